// Entries from foreign term bases (spreadsheets, TBX from other tools): what they leave out is
// filled in the way the built-in base does it, so that the result passes `glossary validate`.
import { chineseKey, foldToHans, toHant, type ZhScript } from '../../text/script';
import type { AvoidForm, Localized, Region } from '../model';
import type { EntryData } from './raw';
import { idFrom } from './raw';

/** What a row or a foreign concept gives; lists start with the preferred form. */
export interface Draft {
  id?: string;
  en: string[];
  abbreviations: string[];
  'zh-Hans': string[];
  'zh-Hant': string[];
  /** Chinese forms of unknown script (a "variants" column): sorted by script. */
  zh: string[];
  avoid: { text: string; reason?: string; script?: ZhScript }[];
  notes?: Localized;
  domain?: string;
  sources: string[];
  regions: Partial<Record<Region, string>>;
  /** "terms.csv row 4": where it came from, for generated notes. */
  origin: string;
}

export function emptyDraft(origin: string): Draft {
  return { en: [], abbreviations: [], 'zh-Hans': [], 'zh-Hant': [], zh: [], avoid: [], sources: [], regions: {}, origin };
}

/** The scripts a form is written in: both for a form the same in either (模型), none when mixed. */
export function scriptsOf(form: string): ZhScript[] {
  const hans = foldToHans(form);
  const out: ZhScript[] = [];
  if (hans === form) out.push('zh-Hans');
  if (toHant(hans) === form) out.push('zh-Hant');
  return out;
}

/** Forms without repeats, each on one line (a form is one line in the schema). */
const unique = (list: string[]) => [...new Set(list.map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean))];

/**
 * Both scripts' accepted forms: a missing script is converted from the other, every Simplified
 * form gets its Traditional conversion as an accepted variant (as the built-in base keeps the
 * converted mainland form), and Traditional forms with no Simplified counterpart are regional
 * vocabulary, which the entry says in `regional`.
 */
export function completeZh(hansIn: string[], hantIn: string[], origin: string): { hans: string[]; hant: string[]; regional?: string } {
  let hans = unique(hansIn);
  let hant = unique(hantIn);
  if (!hans.length) hans = unique(hant.map(foldToHans));
  if (!hant.length) hant = unique(hans.map(toHant));
  const hantKeys = new Set(hant.map(chineseKey));
  for (const form of hans) {
    if (!hantKeys.has(chineseKey(form))) {
      hant.push(toHant(form));
      hantKeys.add(chineseKey(form));
    }
  }
  const hansKeys = new Set(hans.map(chineseKey));
  const regional = hant.some((f) => !hansKeys.has(chineseKey(f)))
    ? `Regional usage (${origin}): zh-Hant names a different word; the mainland forms are accepted variants.`
    : undefined;
  return { hans, hant, ...(regional ? { regional } : {}) };
}

/** The entry a draft describes; the caller has checked that it has English and Chinese. */
export function fromDraft(d: Draft): EntryData {
  const hansIn = [...d['zh-Hans']];
  const hantIn = [...d['zh-Hant']];
  for (const form of d.zh) {
    const scripts = scriptsOf(form);
    if (scripts.includes('zh-Hans') || !scripts.length) hansIn.push(form);
    if (scripts.includes('zh-Hant') && !scripts.includes('zh-Hans')) hantIn.push(form);
  }
  const { hans, hant, regional } = completeZh(hansIn, hantIn, d.origin);
  const avoid: Record<ZhScript, AvoidForm[]> = { 'zh-Hans': [], 'zh-Hant': [] };
  for (const a of d.avoid) {
    const scripts = a.script ? [a.script] : scriptsOf(a.text);
    const reason = a.reason?.trim() || `listed as avoided in ${d.origin}`;
    // A mixed-script form is a wrong conversion: avoided in Traditional.
    const text = a.text.replace(/\s+/g, ' ').trim();
    if (!text) continue;
    for (const s of scripts.length ? scripts : (['zh-Hant'] as ZhScript[])) {
      if (!avoid[s].some((x) => x.text === text)) avoid[s].push({ text, reason, reasons: { en: reason } });
    }
  }
  const en = unique(d.en);
  const regions = Object.keys(d.regions).length >= 2 ? d.regions : {};
  return {
    id: d.id || idFrom(en[0]!) || `term-${idFrom(d.origin) || 'imported'}`,
    domain: d.domain ?? '',
    en: { preferred: en[0]!, variants: en.slice(1), abbreviations: unique(d.abbreviations) },
    keepEnglish: false,
    interchangeable: false,
    'zh-Hans': { preferred: hans[0]!, variants: hans.slice(1), avoid: avoid['zh-Hans'] },
    'zh-Hant': { preferred: hant[0]!, variants: hant.slice(1), avoid: avoid['zh-Hant'], ...(regional ? { regional } : {}) },
    ...(d.notes ? { notes: d.notes.en, notesL10n: d.notes } : {}),
    examples: [],
    sources: unique(d.sources),
    regions,
    everyday: false,
    context: [],
  };
}
