// Translation units as `termlint check` reads them from i18next bundles, XLIFF and PO files.
import type { Diagnostic } from './types';
import type { Read } from './analyze';

export type Placeholder = string;

export interface Span {
  start: number;
  end: number;
}

export interface Unit {
  /** i18next key (namespace:key in folder pairs), XLIFF unit id, or PO msgctxt + msgid. */
  key: string;
  source: string;
  /** Undefined when the target file has no such key. */
  target?: string;
  /** Where the target value is in the target file (for diagnostics). */
  span?: Span;
  /** The target value's region with everything but text blanked, same length as the span. */
  maskedTarget?: string;
  /** Placeholders, tags and nesting of each side, as comparable tokens. */
  sourcePlaceholders: Placeholder[];
  targetPlaceholders: Placeholder[];
  /** PO msgctxt: the same source string in two contexts may be translated differently. */
  context?: string;
  /** Where to point when there is no target value (the XLIFF source). */
  anchor?: Span;
  /** The review state the file gives the target (XLIFF state, String Catalog state), as written. */
  state?: string;
  /** The target is not finished: marked fuzzy, untranslated or for review (absent: finished). */
  review?: 'fuzzy' | 'untranslated' | 'needsReview';
}

export interface Bundle {
  /** The id of the format that read it. */
  format: string;
  /** Both languages live in one file (XLIFF, String Catalogs): a unit without target is untranslated, not a missing key. */
  bothSides?: boolean;
  /** The file diagnostics are reported against (the target side). */
  path: string;
  text: string;
  sourceLocale: string;
  targetLocale: string;
  units: Unit[];
  /** Keys the target has and the source does not (i18next), with where they are. */
  extra: { key: string; span: Span }[];
  /** Problems found while reading the target (input/parse), positioned in it. */
  problems: Diagnostic[];
  /** Problems of the source file, positioned in it. */
  sourceProblems: { path: string; diagnostic: Diagnostic }[];
  /** The target file does not exist (a namespace the translation lacks): one finding, not one per key. */
  missingFile?: boolean;
  /** A document pair: the text rules run on the whole target with this reader, not per value. */
  document?: { read: Read };
  /** How text is written inside a target value of this file (JSON string, XML, PO); for fixes. */
  escape?: (text: string) => string;
}

/** Blanks [start, end) of a string, keeping line breaks: offsets stay the file's. */
export function blank(s: string, start: number, end: number): string {
  return s.slice(0, start) + s.slice(start, end).replace(/[^\r\n]/g, ' ') + s.slice(end);
}

/** Counts of each token, for comparing placeholder multisets. */
export function multiset(items: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const i of items) m.set(i, (m.get(i) ?? 0) + 1);
  return m;
}
