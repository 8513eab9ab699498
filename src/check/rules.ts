// The bilingual rules of `termlint check`. Their logic is in run.ts, which sees both sides and the
// whole bundle; this table gives each an id, a default severity, a summary and English messages.
import type { Severity } from '../core/types';

export interface PairRule {
  id: string;
  severity: Severity;
  summary: string;
  messages: Record<string, string>;
}

export const PAIR_RULES: readonly PairRule[] = [
  {
    id: 'pair/term-missing',
    severity: 'warning',
    summary: 'A glossary term of the source has none of its accepted renderings in the target',
    messages: {
      missing: 'the source uses "{{term}}" but the translation has none of its renderings; expected "{{expected}}"',
      document: 'the source uses "{{term}}" {{count}} times but the translation never renders it; expected "{{expected}}"',
    },
  },
  {
    id: 'pair/placeholder',
    severity: 'error',
    summary: 'Placeholders, tags or nesting differ between source and target',
    messages: {
      missing: 'placeholder {{placeholder}} of the source is missing in the translation',
      extra: 'placeholder {{placeholder}} is not in the source (renamed, duplicated or translated?)',
    },
  },
  {
    id: 'pair/untranslated',
    severity: 'warning',
    summary: 'A target value left empty, identical to the source, or without Chinese',
    messages: {
      empty: 'the translation of "{{source}}" is empty',
      same: 'the translation is identical to the source "{{source}}"',
      noChinese: 'the translation of "{{source}}" contains no Chinese',
    },
  },
  {
    id: 'pair/missing-key',
    severity: 'error',
    summary: 'A key of the source has no translation in the target',
    messages: { missing: 'key "{{key}}" is missing in the translation (source: "{{source}}")' },
  },
  {
    id: 'pair/extra-key',
    severity: 'warning',
    summary: 'A key of the target that the source does not have',
    messages: { extra: 'key "{{key}}" is not in the source' },
  },
  {
    id: 'pair/inconsistent',
    severity: 'warning',
    summary: 'One source string, or one glossary term, translated in several ways across the bundle',
    messages: {
      source: '"{{source}}" is translated "{{text}}" here but "{{majority}}" elsewhere ({{counts}})',
      term: '"{{text}}" renders "{{term}}", which this bundle mostly writes "{{majority}}" ({{counts}})',
    },
  },
  {
    id: 'pair/fuzzy',
    severity: 'warning',
    summary: 'A PO entry marked fuzzy: a translation that still needs review',
    messages: { fuzzy: 'the translation of "{{source}}" is marked fuzzy and needs review' },
  },
];

export const PAIR_RULES_BY_ID = new Map(PAIR_RULES.map((r) => [r.id, r]));

/** Monolingual lint rules that also run on every target value. */
export const TARGET_LINT_RULES = [
  'term/avoid',
  'term/typo',
  'gloss/mismatch',
  'garble/half-translated',
  'script/mixed',
  'script/conversion',
  'encoding/mojibake',
];
