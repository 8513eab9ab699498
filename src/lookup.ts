// `termlint lookup`: find a concept by any of its forms, in any script or language.
import levenshtein from 'fast-levenshtein';
import type { Glossary } from './glossary/glossary';
import type { FormKind, FormRef, GlossaryEntry, Localized, Region } from './glossary/model';
import { chineseKey, hasHan, type ZhScript } from './text/script';
import { lightKey } from './text/english';

export type MatchedAs = FormKind | 'fuzzy';

export interface EntrySummary {
  id: string;
  en: string;
  'zh-Hans': string;
  'zh-Hant': string;
  keepEnglish: boolean;
  variants: { en: string[]; 'zh-Hans': string[]; 'zh-Hant': string[] };
  abbreviations: string[];
  avoid: { 'zh-Hans': { text: string; reason: string }[]; 'zh-Hant': { text: string; reason: string }[] };
  notes?: string;
  /** The notes in each locale the glossary gives. */
  notesL10n?: Localized;
  /** The usual word of each region, where regions differ. */
  regions?: Partial<Record<Region, string>>;
  /** Where the forms come from. */
  sources?: string[];
  ambiguity?: string;
}

export interface LookupMatch extends EntrySummary {
  matchedAs: MatchedAs;
  /** The form the query matched, and its script. */
  form: string;
  script: ZhScript | 'en';
  /** Why the matched form is wrong, when matchedAs is "avoid" (English; `reasons` in each locale). */
  reason?: string;
  reasons?: Localized;
}

export interface LookupSuggestion extends LookupMatch {
  distance: number;
}

export interface LookupResult {
  query: string;
  matches: LookupMatch[];
  suggestions: LookupSuggestion[];
}

export function summarize(entry: GlossaryEntry): EntrySummary {
  return {
    id: entry.id,
    en: entry.en.preferred,
    'zh-Hans': entry['zh-Hans'].preferred,
    'zh-Hant': entry['zh-Hant'].preferred,
    keepEnglish: entry.keepEnglish,
    variants: {
      en: entry.en.variants,
      'zh-Hans': entry['zh-Hans'].variants,
      'zh-Hant': entry['zh-Hant'].variants,
    },
    abbreviations: entry.en.abbreviations,
    avoid: { 'zh-Hans': entry['zh-Hans'].avoid, 'zh-Hant': entry['zh-Hant'].avoid },
    ...(entry.notesL10n ? { notes: entry.notesL10n.en, notesL10n: entry.notesL10n } : {}),
    ...(entry.regions && Object.keys(entry.regions).length ? { regions: entry.regions } : {}),
    ...(entry.sources.length ? { sources: entry.sources } : {}),
    ...(entry.ambiguity ? { ambiguity: entry.ambiguity } : {}),
  };
}

function toMatch(ref: FormRef, matchedAs: MatchedAs): LookupMatch {
  return {
    ...summarize(ref.entry),
    matchedAs,
    form: ref.text,
    script: ref.script,
    ...(ref.reason ? { reason: ref.reason } : {}),
    ...(ref.avoid?.reasons ? { reasons: ref.avoid.reasons } : {}),
  };
}

const KIND_ORDER: Record<FormKind, number> = { preferred: 0, abbreviation: 1, variant: 2, avoid: 3 };

/** Typos tolerated for a query of this many characters (Chinese characters weigh more). */
function maxDistance(length: number, chinese: boolean): number {
  if (chinese) return length <= 2 ? 0 : length <= 8 ? 1 : 2;
  return length <= 3 ? 0 : Math.min(3, Math.max(1, Math.floor(length / 6)));
}

const MAX_SUGGESTIONS = 5;

export function lookup(glossary: Glossary, query: string): LookupResult {
  const chinese = hasHan(query);
  const exact = chinese ? glossary.zh.get(chineseKey(query)) : glossary.en.get(glossary.englishKey(query));
  // Forms that share a folded key (衝突 / 沖突) are told apart by the query as written.
  const asWritten = (exact ?? []).filter((r) => r.text.normalize('NFC') === query.trim().normalize('NFC'));
  const matches = [...(chinese && asWritten.length ? asWritten : (exact ?? []))]
    .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.entry.id.localeCompare(b.entry.id))
    .filter((ref, i, all) => all.findIndex((r) => r.entry === ref.entry) === i)
    .map((ref) => toMatch(ref, ref.kind));
  if (matches.length) return { query, matches, suggestions: [] };

  // Nothing exact: the nearest forms by edit distance, on script-folded characters for Chinese
  // and on case- and hyphen-folded words for English.
  const key = chinese ? chineseKey(query) : lightKey(query);
  const limit = maxDistance([...key].length, chinese);
  const best = new Map<string, LookupSuggestion>();
  const index = chinese ? glossary.zh : glossary.en;
  for (const refs of index.values()) {
    for (const ref of refs) {
      const candidate = chinese ? chineseKey(ref.text) : lightKey(ref.text);
      if (Math.abs([...candidate].length - [...key].length) > limit) continue;
      const distance = levenshtein.get(key, candidate);
      if (distance > limit || distance === 0) continue;
      const seen = best.get(ref.entry.id);
      if (!seen || distance < seen.distance) best.set(ref.entry.id, { ...toMatch(ref, 'fuzzy'), distance });
    }
  }
  const suggestions = [...best.values()]
    .sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id))
    .slice(0, MAX_SUGGESTIONS);
  return { query, matches: [], suggestions };
}
