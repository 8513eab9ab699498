// What `termlint extract` proposes.
import type { ZhScript } from '../text/script';

export type CandidateKind = 'gloss' | 'english' | 'aligned';

export interface Context {
  /** The file as shown (relative to the working directory when below it), 1-based line. */
  file: string;
  line: number;
  /** The line around the occurrence, shortened. */
  text: string;
  /** The translation unit's key, for bilingual files. */
  key?: string;
  /** The source text of the unit (aligned pairs). */
  source?: string;
}

export interface Candidate {
  kind: CandidateKind;
  /** English term (absent when a gloss gives only an abbreviation). */
  en?: string;
  abbreviation?: string;
  /** The Chinese as written (absent for English left in prose). */
  zh?: string;
  /** The script of the documents it was found in. */
  script: ZhScript;
  /** Occurrences (gloss, english) or units where both sides occur (aligned). */
  count: number;
  /** Dice coefficient of the two sides over units (aligned only). */
  score?: number;
  /** Up to three, in input order. */
  contexts: Context[];
}
