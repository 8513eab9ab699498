// The glossary's data model, as read from glossary/<domain>.yaml (format: glossary/README.md).
import type { ZhScript } from '../text/script';

export interface AvoidForm {
  text: string;
  reason: string;
}

export interface ZhForms {
  preferred: string;
  variants: string[];
  avoid: AvoidForm[];
  /** Why this script's forms do not correspond to the other script's under conversion. */
  regional?: string;
}

export interface EnForms {
  preferred: string;
  variants: string[];
  abbreviations: string[];
}

export interface Example {
  bad: string;
  good: string;
}

export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

export interface GlossaryEntry {
  id: string;
  en: EnForms;
  /** Conventionally written in English inside Chinese prose (Transformer, LoRA, BERT). */
  keepEnglish: boolean;
  /** The renderings are interchangeable synonyms (高斯分布 / 正态分布): mixing them is no inconsistency. */
  interchangeable: boolean;
  'zh-Hans': ZhForms;
  'zh-Hant': ZhForms;
  /** Required when a form of this entry is also claimed by another concept. */
  ambiguity?: string;
  notes?: string;
  examples: Example[];
  /** Where the entry was defined, and whether it comes from the built-in base. */
  source: SourceLocation & { builtin: boolean };
}

export type FormKind = 'preferred' | 'variant' | 'abbreviation' | 'avoid';

/** One rendering of one concept, as the index stores it. */
export interface FormRef {
  entry: GlossaryEntry;
  kind: FormKind;
  script: ZhScript | 'en';
  text: string;
  reason?: string;
}

/** All renderings an entry claims in a script, with their kinds. */
export function formsOf(entry: GlossaryEntry, script: ZhScript | 'en'): FormRef[] {
  if (script === 'en') {
    const { preferred, variants, abbreviations } = entry.en;
    return [
      { entry, kind: 'preferred', script, text: preferred },
      ...variants.map((text): FormRef => ({ entry, kind: 'variant', script, text })),
      ...abbreviations.map((text): FormRef => ({ entry, kind: 'abbreviation', script, text })),
    ];
  }
  const zh = entry[script];
  return [
    { entry, kind: 'preferred', script, text: zh.preferred },
    ...zh.variants.map((text): FormRef => ({ entry, kind: 'variant', script, text })),
    ...zh.avoid.map((a): FormRef => ({ entry, kind: 'avoid', script, text: a.text, reason: a.reason })),
  ];
}
