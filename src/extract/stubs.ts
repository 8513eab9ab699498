// Candidates as glossary entries (glossary/README.md) for a reviewer: what is known is filled in,
// what is not is an empty string marked TODO, which the glossary loader rejects with
// file:line:column until someone fills it. The other script's form is converted character by
// character and marked "TODO check".
import { Document, isMap, isScalar, isSeq, type Node } from 'yaml';
import type { Glossary } from '../glossary/glossary';
import { foldToHans, toHant, type ZhScript } from '../text/script';
import { lightKey } from '../text/english';
import type { Candidate, CandidateKind } from './types';

export interface Stub {
  candidate: Candidate;
  /** A glossary entry; '' where a reviewer must write something. */
  entry: {
    id: string;
    en: { preferred: string; abbreviations?: string[] };
    'zh-Hans': { preferred: string };
    'zh-Hant': { preferred: string };
  };
  /** Paths of the fields left empty (en.preferred, zh-Hans.preferred…). */
  todo: string[];
  /** Paths of the fields converted from the other script, to confirm. */
  check: string[];
}

export interface StubFileOptions {
  domain?: string;
  description?: string;
}

export const DEFAULT_DOMAIN = 'extracted';

/**
 * English of a translation source as a glossary writes it: lower case (sources capitalize their
 * first word), unless a word is a name or an abbreviation (LoRA, BERT, PyTorch). English written
 * inside Chinese prose keeps its case: there, a capital is a name's.
 */
function glossaryCase(en: string): string {
  const words = en.split(/([\s\-‐]+)/);
  const plain = words.every((w) => /^[\s\-‐]*$/.test(w) || /^[A-Za-z][a-z0-9'’]*$/.test(w));
  return plain ? en.toLowerCase() : en;
}

function slug(text: string): string {
  return lightKey(text)
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const other = (s: ZhScript): ZhScript => (s === 'zh-Hans' ? 'zh-Hant' : 'zh-Hans');

/** One stub per candidate, with ids unique among themselves and apart from the glossary's. */
export function stubsOf(candidates: Candidate[], glossary: Glossary): Stub[] {
  const used = new Set(glossary.entries.keys());
  return candidates.map((c) => {
    const base = slug(c.en ?? c.abbreviation ?? '') || 'term';
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    const todo: string[] = [];
    const check: string[] = [];
    const en = !c.en ? '' : c.kind === 'aligned' ? glossaryCase(c.en) : c.en;
    if (!en) todo.push('en.preferred');
    const written = c.script;
    const converted = other(written);
    const zh = { 'zh-Hans': { preferred: '' }, 'zh-Hant': { preferred: '' } };
    if (c.zh) {
      zh[written].preferred = c.zh;
      zh[converted].preferred = converted === 'zh-Hant' ? toHant(c.zh) : foldToHans(c.zh);
      check.push(`${converted}.preferred`);
    } else todo.push(`${written}.preferred`, `${converted}.preferred`);
    return {
      candidate: c,
      entry: { id, en: { preferred: en, ...(c.abbreviation ? { abbreviations: [c.abbreviation] } : {}) }, ...zh },
      todo,
      check,
    };
  });
}

const HOW: Record<CandidateKind, (c: Candidate) => string> = {
  gloss: (c) => `glossed 中文（English） ${c.count}×`,
  english: (c) => `English left in Chinese prose ${c.count}×`,
  aligned: (c) => `aligned in ${c.count} translation units (Dice ${c.score?.toFixed(2)})`,
};

const oneLine = (s: string) => s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');

function contextLines(c: Candidate): string[] {
  return c.contexts.map((x) => {
    const where = `${x.file}:${x.line}`;
    const key = x.key !== undefined ? ` [${x.key}]` : '';
    const text = x.source !== undefined ? `${x.source} → ${x.text}` : x.text;
    return oneLine(`   ${where}${key}  ${text}`);
  });
}

const HEADER = [
  ' Candidate terms found by `termlint extract`: review each entry, then keep, edit or delete it.',
  ' An empty value marked TODO must be written before this file loads as a glossary',
  ' (the loader rejects it at its line). A value marked "TODO check" is a character-by-character',
  ' conversion: confirm it, or give the regional word and a `regional` note (glossary/README.md).',
  ' Entries come in order of count; `termlint glossary validate` wants them sorted by id',
  ' (termlint extract --sort id).',
];

function nodeAt(doc: Document, keyPath: (string | number)[]): Node | undefined {
  const node = doc.getIn(keyPath, true);
  return isScalar(node) || isMap(node) || isSeq(node) ? node : undefined;
}

/** A glossary file of stubs, with the counts and contexts as comments. */
export function renderYaml(stubs: Stub[], options: StubFileOptions = {}): string {
  const doc = new Document({
    version: 1,
    domain: options.domain ?? DEFAULT_DOMAIN,
    description: options.description ?? 'Candidate terms from termlint extract (to review)',
    entries: stubs.map((s) => s.entry),
  });
  doc.commentBefore = HEADER.join('\n');
  stubs.forEach((s, i) => {
    const item = nodeAt(doc, ['entries', i]);
    if (item) item.commentBefore = [oneLine(` ${HOW[s.candidate.kind](s.candidate)}`), ...contextLines(s.candidate)].join('\n');
    for (const p of s.todo) {
      const node = nodeAt(doc, ['entries', i, ...p.split('.')]);
      if (node) node.comment = p.startsWith('en.') ? ' TODO: the English term' : ' TODO: the Chinese rendering (or keepEnglish: true and the English itself)';
    }
    for (const p of s.check) {
      const node = nodeAt(doc, ['entries', i, ...p.split('.')]);
      if (node) node.comment = ' TODO check: converted character by character';
    }
  });
  if (!stubs.length) doc.set('entries', doc.createNode([]));
  const text = doc.toString({ lineWidth: 0 });
  return text.endsWith('\n') ? text : `${text}\n`;
}

/** The stubs with their evidence, as JSON. */
export function renderJson(stubs: Stub[], options: StubFileOptions = {}): string {
  return (
    JSON.stringify(
      {
        version: 1,
        domain: options.domain ?? DEFAULT_DOMAIN,
        candidates: stubs.map((s) => ({ ...s.candidate, todo: s.todo, check: s.check, entry: s.entry })),
      },
      null,
      2,
    ) + '\n'
  );
}
