// Glossary entries in the YAML file's own shape (glossary/README.md), from the loaded model: what
// import writes, export's JSON carries, and `glossary add` inserts.
import { Document, isMap, isScalar, isSeq, visit } from 'yaml';
import type { AvoidForm, GlossaryEntry, Localized, ZhForms } from '../model';
import { REGIONS } from '../model';

/** An entry without where it was defined: what an importer produces. */
export type EntryData = Omit<GlossaryEntry, 'definedAt'>;

/** Entries of one domain, as one glossary file holds them. */
export interface DomainEntries {
  domain: string;
  description?: string;
  entries: EntryData[];
}

export type RawEntry = Record<string, unknown>;

const some = <T>(list: T[] | undefined): list is T[] => Array.isArray(list) && list.length > 0;

/** A localized text as the file writes it: a plain string when only English is given. */
function rawLocalized(l: Localized): string | Localized {
  return l['zh-Hans'] === undefined && l['zh-Hant'] === undefined ? l.en : l;
}

function rawAvoid(a: AvoidForm): RawEntry {
  return {
    text: a.text,
    reason: rawLocalized(a.reasons),
    ...(a.replace !== undefined ? { replace: a.replace } : {}),
    ...(a.evidence ? { evidence: a.evidence } : {}),
    ...(a.domainEvidence === false ? { domainEvidence: false } : {}),
  };
}

function rawZh(z: ZhForms): RawEntry {
  return {
    preferred: z.preferred,
    ...(some(z.variants) ? { variants: z.variants } : {}),
    ...(some(z.avoid) ? { avoid: z.avoid.map(rawAvoid) } : {}),
    ...(z.regional ? { regional: z.regional } : {}),
  };
}

/** One entry in the file's shape, fields in the order the built-in base writes them. */
export function toRaw(e: EntryData): RawEntry {
  const regions = Object.fromEntries(REGIONS.filter((r) => e.regions[r]).map((r) => [r, e.regions[r]]));
  return {
    id: e.id,
    en: {
      preferred: e.en.preferred,
      ...(some(e.en.variants) ? { variants: e.en.variants } : {}),
      ...(some(e.en.abbreviations) ? { abbreviations: e.en.abbreviations } : {}),
    },
    ...(e.keepEnglish ? { keepEnglish: true } : {}),
    ...(e.everyday ? { everyday: true } : {}),
    ...(e.interchangeable ? { interchangeable: true } : {}),
    ...(Object.keys(regions).length ? { regions } : {}),
    'zh-Hans': rawZh(e['zh-Hans']),
    'zh-Hant': rawZh(e['zh-Hant']),
    ...(some(e.context) ? { context: e.context } : {}),
    ...(e.ambiguity ? { ambiguity: e.ambiguity } : {}),
    ...(e.notesL10n ? { notes: rawLocalized(e.notesL10n) } : e.notes ? { notes: e.notes } : {}),
    ...(some(e.examples) ? { examples: e.examples } : {}),
    ...(some(e.sources) ? { source: e.sources.length === 1 ? e.sources[0] : e.sources } : {}),
  };
}

/** Sorted as `glossary validate` wants a file's entries: by id. */
export function byId(a: { id: string }, b: { id: string }): number {
  return a.id.localeCompare(b.id, 'en');
}

/** The content of a glossary file, in the file's shape. */
export function rawFile(d: DomainEntries): RawEntry {
  return {
    version: 1,
    domain: d.domain,
    ...(d.description ? { description: d.description } : {}),
    entries: [...d.entries].sort(byId).map(toRaw),
  };
}

/**
 * YAML text in the built-in base's style: short maps and lists of words in flow style
 * (`en: {preferred: token}`, `variants: [词元, 标记]`, one line per avoided form and example),
 * never folded.
 */
export function toYaml(value: unknown): string {
  const doc = new Document(value);
  visit(doc, {
    Pair(_, pair) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const v = pair.value;
      if (isSeq(v) && v.items.every((i) => isScalar(i))) v.flow = true;
      if (isSeq(v) && (key === 'avoid' || key === 'examples')) for (const item of v.items) if (isMap(item)) item.flow = true;
      if (isMap(v) && (key === 'en' || key === 'regions')) v.flow = true;
      if (isMap(v) && (key === 'zh-Hans' || key === 'zh-Hant') && !v.has('avoid') && !v.has('regional')) v.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false });
}

/** A glossary file's text, with a comment saying where it came from. */
export function glossaryYaml(d: DomainEntries, origin: string): string {
  return `# termlint glossary — ${origin}\n# Format: glossary/README.md. Keep entries sorted by id.\n` + toYaml(rawFile(d));
}

/** A kebab-case id from an English term: "Mixture of Experts (MoE)" → mixture-of-experts-moe. */
export function idFrom(en: string): string {
  return en
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
