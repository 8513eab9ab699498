// TBX → glossary entries. Both versions (v2 <martif>, v3 <tbx>), told apart by the root element.
// Concepts termlint wrote (they carry its payload note) come back exactly; concepts from other
// tools are completed the way a spreadsheet row is (draft.ts).
import type { Problem } from '../../errors';
import { attr, children, nameOf, startOf, textOf, parseXmlTree, type XNode } from '../../text/xml';
import type { ZhScript } from '../../text/script';
import type { AvoidForm, Example, Localized, Region } from '../model';
import { emptyDraft, fromDraft, scriptsOf } from './draft';
import { idFrom, type EntryData } from './raw';
import { ABBREVIATION_TYPES, EXPORT_MARK, isPayload, PAYLOAD_PREFIX, type TbxVersion } from './tbx-dialect';

type Status = 'preferred' | 'admitted' | 'avoid' | undefined;

interface TermIn {
  text: string;
  status: Status;
  type?: string;
  regions: Region[];
  notes: string[];
  payload?: Record<string, unknown>;
}

interface LangIn {
  tag: string;
  notes: string[];
  terms: TermIn[];
}

interface ConceptIn {
  id?: string;
  line: number;
  domain?: string;
  sources: string[];
  notes: string[];
  payload?: Record<string, unknown>;
  langs: LangIn[];
}

export interface ImportResult {
  entries: EntryData[];
  /** The line (or spreadsheet row) each entry comes from. */
  lines?: number[];
  problems: Problem[];
}

/** Line and column (1-based) of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

const elements = (n: XNode) => children(n).filter((c) => nameOf(c) !== '#text');
const named = (n: XNode, ...names: string[]) => elements(n).filter((c) => names.includes(nameOf(c)));

function statusOf(value: string): Status {
  if (value.startsWith('preferredTerm')) return 'preferred';
  if (value.startsWith('admittedTerm')) return 'admitted';
  if (value.startsWith('deprecatedTerm') || value.startsWith('supersededTerm')) return 'avoid';
  return undefined;
}

/** en, zh-Hans, zh-Hant, or a region; undefined for other languages. */
function languageOf(tag: string): { lang: 'en' | ZhScript | 'zh'; region?: Region } | undefined {
  const t = tag.toLowerCase().replace(/_/g, '-');
  if (t === 'en' || t.startsWith('en-')) return { lang: 'en' };
  if (t === 'zh') return { lang: 'zh' };
  if (t === 'zh-cn' || t === 'zh-hans-cn') return { lang: 'zh-Hans', region: 'zh-CN' };
  if (t === 'zh-tw' || t === 'zh-hant-tw') return { lang: 'zh-Hant', region: 'zh-TW' };
  if (t === 'zh-hk' || t === 'zh-hant-hk') return { lang: 'zh-Hant', region: 'zh-HK' };
  if (t.startsWith('zh-hans') || t === 'zh-sg') return { lang: 'zh-Hans' };
  if (t.startsWith('zh-hant') || t === 'zh-mo') return { lang: 'zh-Hant' };
  return undefined;
}

class PayloadError extends Error {}

function splitNotes(nodes: XNode[]): { notes: string[]; payload?: Record<string, unknown> } {
  const notes: string[] = [];
  let payload: Record<string, unknown> | undefined;
  for (const n of nodes) {
    const value = textOf(n).trim();
    if (!isPayload(value)) {
      if (value) notes.push(value);
      continue;
    }
    try {
      const parsed = JSON.parse(value.slice(PAYLOAD_PREFIX.length)) as unknown;
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
      payload = { ...payload, ...(parsed as Record<string, unknown>) };
    } catch (err) {
      throw new PayloadError((err as Error).message);
    }
  }
  return { notes, ...(payload ? { payload } : {}) };
}

function readTerm(n: XNode): TermIn {
  // ntig (TBX v2 outside TBX-Basic) nests its term and termNotes in a termGrp.
  const own = elements(n).flatMap((c) => (nameOf(c) === 'termGrp' ? elements(c) : [c]));
  const of = (name: string) => own.filter((c) => nameOf(c) === name);
  const noteOf = (type: string) => of('termNote').filter((t) => attr(t, 'type') === type).map((t) => textOf(t).trim());
  const { notes, payload } = splitNotes(of('note'));
  const type = noteOf('termType')[0];
  return {
    text: of('term').map(textOf).join('').replace(/\s+/g, ' ').trim(),
    status: statusOf(noteOf('administrativeStatus')[0] ?? ''),
    ...(type ? { type } : {}),
    regions: noteOf('geographicalUsage').filter((r): r is Region => r === 'zh-CN' || r === 'zh-TW' || r === 'zh-HK'),
    notes,
    ...(payload ? { payload } : {}),
  };
}

function readConcept(n: XNode, text: string, terms: string[]): ConceptIn {
  const descrips = named(n, 'descrip', 'descripGrp').flatMap((c) => (nameOf(c) === 'descripGrp' ? named(c, 'descrip') : [c]));
  const { notes, payload } = splitNotes(named(n, 'note'));
  const definition = descrips.filter((x) => attr(x, 'type') === 'definition').map((x) => textOf(x).trim());
  return {
    ...(attr(n, 'id') ? { id: attr(n, 'id') } : {}),
    line: lineColumn(text, startOf(n) ?? 0).line,
    domain: descrips.find((x) => attr(x, 'type') === 'subjectField') ? textOf(descrips.find((x) => attr(x, 'type') === 'subjectField')!).trim() : undefined,
    sources: named(n, 'admin').filter((a) => attr(a, 'type') === 'source').map((a) => textOf(a).trim()),
    notes: [...definition, ...notes],
    ...(payload ? { payload } : {}),
    langs: named(n, 'langSet', 'langSec').map((l) => ({
      tag: attr(l, 'xml:lang') ?? '',
      notes: splitNotes(named(l, 'note')).notes,
      terms: named(l, ...terms).map(readTerm).filter((t) => t.text),
    })),
  };
}

const pick = <T>(v: unknown, check: (x: unknown) => boolean, fallback: T): T => (check(v) ? (v as T) : fallback);
const isStrings = (x: unknown) => Array.isArray(x) && x.every((s) => typeof s === 'string');

/** A concept termlint wrote: every field in its place, nothing filled in. */
function exact(c: ConceptIn): EntryData | string {
  const p = c.payload ?? {};
  const lang = (want: 'en' | ZhScript) => c.langs.filter((l) => languageOf(l.tag)?.lang === want);
  const terms = (want: 'en' | ZhScript) => lang(want).flatMap((l) => l.terms);
  const en = terms('en');
  const preferred = (list: TermIn[]) => (list.find((t) => t.status === 'preferred') ?? list.find((t) => t.status !== 'avoid'))?.text;
  const enPreferred = preferred(en);
  if (!enPreferred) return 'importNoEnglish';
  const regions: Partial<Record<Region, string>> = pick(p.regions, (x) => !!x && typeof x === 'object', {});
  const zh = (script: ZhScript) => {
    const list = terms(script);
    const pref = preferred(list) ?? '';
    for (const t of list) for (const r of t.regions) regions[r] ??= t.text;
    const regional = pick<Record<string, string>>(p.regional, (x) => !!x && typeof x === 'object', {})[script];
    return {
      preferred: pref,
      variants: list.filter((t) => t.status !== 'avoid' && t.text !== pref).map((t) => t.text),
      avoid: list
        .filter((t) => t.status === 'avoid')
        .map((t): AvoidForm => {
          const q = t.payload ?? {};
          const reasons = pick<Localized>(q.reasons, (x) => !!x && typeof x === 'object', { en: t.notes[0] ?? 'deprecated' });
          return {
            text: t.text,
            reason: reasons.en,
            reasons,
            ...(typeof q.replace === 'string' ? { replace: q.replace } : {}),
            ...(isStrings(q.evidence) ? { evidence: q.evidence as string[] } : {}),
            ...(q.domainEvidence === false ? { domainEvidence: false } : {}),
          };
        }),
      ...(typeof regional === 'string' ? { regional } : {}),
    };
  };
  const hans = zh('zh-Hans');
  const hant = zh('zh-Hant');
  if (!hans.preferred || !hant.preferred) return 'importNoChinese';
  // A note that would read as a payload travels inside it.
  const enNotes = typeof p.notes === 'string' ? [p.notes] : c.notes;
  const notes: Localized | undefined = enNotes.length
    ? {
        en: enNotes.join('\n'),
        ...Object.fromEntries(
          (['zh-Hans', 'zh-Hant'] as const).flatMap((s) => {
            const n = lang(s).flatMap((l) => l.notes);
            return n.length ? [[s, n.join('\n')]] : [];
          }),
        ),
      }
    : undefined;
  return {
    id: c.id ?? idFrom(enPreferred),
    domain: c.domain ?? '',
    en: {
      preferred: enPreferred,
      variants: en.filter((t) => t.status !== 'avoid' && t.text !== enPreferred && !ABBREVIATION_TYPES.has(t.type ?? '')).map((t) => t.text),
      abbreviations: en.filter((t) => t.text !== enPreferred && ABBREVIATION_TYPES.has(t.type ?? '')).map((t) => t.text),
    },
    keepEnglish: p.keepEnglish === true,
    interchangeable: p.interchangeable === true,
    'zh-Hans': hans,
    'zh-Hant': hant,
    ...(typeof p.ambiguity === 'string' ? { ambiguity: p.ambiguity } : {}),
    ...(notes ? { notes: notes.en, notesL10n: notes } : {}),
    examples: pick<Example[]>(p.examples, Array.isArray, []),
    sources: c.sources,
    regions,
    everyday: p.everyday === true,
    context: pick<string[]>(p.context, isStrings, []),
  };
}

/** A concept from another tool: statuses where given, the rest completed. */
function foreign(c: ConceptIn, file: string): EntryData | string {
  const d = emptyDraft(`${file} line ${c.line}`);
  if (c.id) d.id = idFrom(c.id);
  if (c.domain) d.domain = idFrom(c.domain);
  d.sources = c.sources;
  const zhNotes: Partial<Record<ZhScript, string>> = {};
  for (const l of c.langs) {
    const language = languageOf(l.tag);
    if (!language) continue;
    // Preferred first, then the others in order; avoided ones apart.
    const ordered = [...l.terms.filter((t) => t.status === 'preferred'), ...l.terms.filter((t) => t.status !== 'preferred' && t.status !== 'avoid')];
    if (language.region && ordered[0]) d.regions[language.region] = ordered[0].text;
    if (language.lang === 'en') {
      for (const t of ordered) (ABBREVIATION_TYPES.has(t.type ?? '') ? d.abbreviations : d.en).push(t.text);
      if (l.notes.length && !c.notes.length) c.notes.push(...l.notes);
      continue;
    }
    const script = language.lang === 'zh' ? undefined : language.lang;
    for (const t of ordered) {
      const s = script ?? scriptsOf(t.text)[0] ?? 'zh-Hans';
      d[s].push(t.text);
      for (const r of t.regions) d.regions[r] ??= t.text;
    }
    for (const t of l.terms.filter((x) => x.status === 'avoid')) d.avoid.push({ text: t.text, reason: t.notes[0], ...(script ? { script } : {}) });
    if (script && l.notes.length) zhNotes[script] = l.notes.join('\n');
  }
  if (!d.en.length) {
    if (!d.abbreviations.length) return 'importNoEnglish';
    d.en.push(d.abbreviations.shift()!);
  }
  if (!d['zh-Hans'].length && !d['zh-Hant'].length) return 'importNoChinese';
  if (c.notes.length) d.notes = { en: c.notes.join('\n'), ...zhNotes };
  return fromDraft(d);
}

/** Reads a TBX document (v2 or v3). Problems carry file:line:column; entries are returned either way. */
export function readTbx(text: string, file: string): ImportResult & { version?: TbxVersion } {
  const problems: Problem[] = [];
  const tree = parseXmlTree(text);
  if (!tree.ok) {
    const where = tree.kind === 'syntax' ? { line: tree.line, column: tree.column } : lineColumn(text, tree.offset);
    const messageId = tree.kind === 'doctype' ? 'importDoctype' : 'importXml';
    return { entries: [], problems: [{ file, ...where, messageId, data: { detail: tree.message } }] };
  }
  const root = tree.nodes.find((n) => !['#text', '?xml', '#comment'].includes(nameOf(n)) && !nameOf(n).startsWith('?'));
  const rootName = root ? nameOf(root).replace(/^.*:/, '') : '';
  if (!root || (rootName !== 'martif' && rootName !== 'tbx')) {
    return { entries: [], problems: [{ file, line: 1, column: 1, messageId: 'importNotTbx', data: { root: rootName || '(none)' } }] };
  }
  const version: TbxVersion = rootName === 'martif' ? 2 : 3;
  // A document termlint wrote says so in its header; its concepts come back exactly.
  const header = named(root, 'martifHeader', 'tbxHeader');
  const ours = header.some((h) => textOf(h).includes(EXPORT_MARK));
  const body = named(root, 'text').flatMap((t) => named(t, 'body'));
  const concepts = body.flatMap((b) => named(b, 'termEntry', 'conceptEntry'));
  const entries: EntryData[] = [];
  const lines: number[] = [];
  for (const n of concepts) {
    let c: ConceptIn;
    try {
      c = readConcept(n, text, ['tig', 'ntig', 'termSec']);
    } catch (err) {
      const where = lineColumn(text, startOf(n) ?? 0);
      problems.push({ file, ...where, messageId: 'importBadPayload', data: { detail: (err as Error).message } });
      continue;
    }
    const termlint = ours || c.payload !== undefined || c.langs.some((l) => l.terms.some((t) => t.payload));
    // A concept added in another tool to a file termlint wrote is read as a foreign one.
    const mine = termlint ? exact(c) : undefined;
    const entry = mine === undefined || typeof mine === 'string' ? foreign(c, file) : mine;
    if (typeof entry === 'string') problems.push({ file, line: c.line, column: 1, messageId: entry, data: { id: c.id ?? '' } });
    else {
      entries.push(entry);
      lines.push(c.line);
    }
  }
  return { entries, lines, problems, version };
}
