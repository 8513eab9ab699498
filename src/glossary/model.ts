// The glossary's data model, as read from glossary/<domain>.yaml (format: glossary/README.md).
import type { ZhScript } from '../text/script';

/** A text in termlint's three locales; `en` always, the others where the glossary gives them. */
export interface Localized {
  en: string;
  'zh-Hans'?: string;
  'zh-Hant'?: string;
}

export interface AvoidForm {
  text: string;
  /** The reason in English (also `reasons.en`). */
  reason: string;
  reasons: Localized;
  /** What replaces exactly `text` in running text; absent: the script's preferred form. */
  replace?: string;
  /** Wrong only in a sense: reported only with one of these words in the sentence, or inside one of these collocations. */
  evidence?: string[];
  /** false: only the sentence may show the sense (迅速 is too common for a document's topic to decide). */
  domainEvidence?: boolean;
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

/** `bad` → `good` (the avoided rendering and its drop-in fix), or `ok`: a sentence that must stay silent. */
export type Example = { bad: string; good: string; ok?: undefined } | { ok: string; bad?: undefined; good?: undefined };

export type Region = 'zh-CN' | 'zh-TW' | 'zh-HK';
export const REGIONS: readonly Region[] = ['zh-CN', 'zh-TW', 'zh-HK'];

export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

export interface GlossaryEntry {
  id: string;
  /** The domain of the file that defines it (llm, computing, math-statistics…). */
  domain: string;
  en: EnForms;
  /** Conventionally written in English inside Chinese prose (Transformer, LoRA, BERT). */
  keepEnglish: boolean;
  /** The renderings are interchangeable synonyms (高斯分布 / 正态分布): mixing them is no inconsistency. */
  interchangeable: boolean;
  'zh-Hans': ZhForms;
  'zh-Hant': ZhForms;
  /** Required when a form of this entry is also claimed by another concept. */
  ambiguity?: string;
  /** Notes in English (also `notesL10n.en`). */
  notes?: string;
  notesL10n?: Localized;
  examples: Example[];
  /** Where the forms come from (a standard, a textbook, NAER for Taiwan…), for reviewers. */
  sources: string[];
  /** The usual word of each region, where regions differ (zh-CN Simplified, zh-TW/zh-HK Traditional). */
  regions: Partial<Record<Region, string>>;
  /** The English word is common outside ML (model, token, training): a bilingual check needs evidence of the ML sense. */
  everyday: boolean;
  /** Words (English or Chinese) whose presence selects this sense of a shared form. */
  context: string[];
  /** Where the entry was defined, and whether it comes from the built-in base. */
  definedAt: SourceLocation & { builtin: boolean };
}

export type FormKind = 'preferred' | 'variant' | 'abbreviation' | 'avoid';

/** One rendering of one concept, as the index stores it. */
export interface FormRef {
  entry: GlossaryEntry;
  kind: FormKind;
  script: ZhScript | 'en';
  text: string;
  reason?: string;
  /** The avoid item itself, for its evidence, replacement and localized reasons. */
  avoid?: AvoidForm;
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
    ...zh.avoid.map((a): FormRef => ({ entry, kind: 'avoid', script, text: a.text, reason: a.reason, avoid: a })),
  ];
}

/** Glossary domains of general vocabulary (everyday computing, mathematics): not evidence of an ML text. */
const GENERAL_DOMAINS = new Set(['computing', 'math-statistics']);

export function isGeneralVocabulary(entry: GlossaryEntry): boolean {
  return GENERAL_DOMAINS.has(entry.domain);
}
