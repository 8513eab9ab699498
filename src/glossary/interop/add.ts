// `termlint glossary add`: one new entry inserted into a glossary file at its place in id order,
// the rest of the file untouched byte for byte; refused if the concept is there already or if
// the new entry does not validate.
import fs from 'node:fs';
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { MB, readInput, readProblemDetail } from '../../io';
import { GlossaryError, TermlintError } from '../../errors';
import { chineseKey } from '../../text/script';
import { LemmaTable } from '../../text/english';
import type { GlossaryFile } from '../load';
import { parseGlossaryFile } from '../load';
import { validateGlossaryFiles } from '../validate';
import type { Example } from '../model';
import { emptyDraft, fromDraft } from './draft';
import { glossaryYaml, idFrom, toRaw, toYaml, type EntryData } from './raw';

export interface AddRequest {
  en: string;
  id?: string;
  enVariants?: string[];
  abbreviations?: string[];
  hans?: string;
  hant?: string;
  /** Chinese variants; each goes to the script it is written in. */
  variants?: string[];
  /** "form:reason". */
  avoid?: string[];
  /** "bad sentence => good sentence". */
  examples?: string[];
  ok?: string[];
  domain?: string;
  note?: string;
  sources?: string[];
  regional?: string;
}

/** The entry a request describes (not yet checked against a file). */
export function entryFromRequest(r: AddRequest): EntryData {
  if (!r.hans && !r.hant) throw new TermlintError('addNeedsChinese');
  const d = emptyDraft('the command line');
  if (r.id) d.id = r.id;
  d.en.push(r.en, ...(r.enVariants ?? []));
  d.abbreviations.push(...(r.abbreviations ?? []));
  if (r.hans) d['zh-Hans'].push(r.hans);
  if (r.hant) d['zh-Hant'].push(r.hant);
  d.zh.push(...(r.variants ?? []));
  for (const a of r.avoid ?? []) {
    const m = /^([^:：]+)[:：](.+)$/s.exec(a);
    if (!m) throw new TermlintError('addBadAvoid', { value: a });
    d.avoid.push({ text: m[1]!.trim(), reason: m[2]!.trim() });
  }
  if (r.note) d.notes = { en: r.note };
  d.sources.push(...(r.sources ?? []));
  const entry = fromDraft(d);
  const examples: Example[] = (r.examples ?? []).map((x) => {
    const m = /^(.+?)\s*=>\s*(.+)$/s.exec(x);
    if (!m) throw new TermlintError('addBadExample', { value: x });
    return { bad: m[1]!.trim(), good: m[2]!.trim() };
  });
  entry.examples = [...examples, ...(r.ok ?? []).map((ok) => ({ ok }))];
  if (r.regional) entry['zh-Hant'].regional = r.regional;
  return entry;
}

/** An entry of `file` that names the same concept: same id, English term or Simplified term. */
export function sameConcept(file: GlossaryFile, e: EntryData): { id: string; line: number } | undefined {
  // English compared as lookup compares it: "alpha terms" is "alpha term".
  const lemmas = new LemmaTable();
  for (const x of [...file.entries, e]) lemmas.add(x.en.preferred);
  const en = lemmas.key(e.en.preferred);
  const zh = chineseKey(e['zh-Hans'].preferred);
  const i = file.entries.findIndex((x) => x.id === e.id || lemmas.key(x.en.preferred) === en || chineseKey(x['zh-Hans'].preferred) === zh);
  return i === -1 ? undefined : { id: file.entries[i]!.id, line: file.entries[i]!.definedAt.line };
}

/** The file's text with the entry inserted (`text` undefined: a new file of `domain`). */
export function insertEntry(filePath: string, text: string | undefined, entry: EntryData, domain?: string): { text: string; line: number } {
  if (text === undefined) {
    const name = domain ?? (idFrom(filePath.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/i, '')) || 'custom');
    const out = glossaryYaml({ domain: name, entries: [entry] }, `${name} (created by termlint glossary add)`);
    return { text: out, line: out.split('\n').findIndex((l) => l.includes(`id: ${entry.id}`)) + 1 };
  }
  const file = parseGlossaryFile(filePath, text, true);
  if (file.problems.length) throw new GlossaryError(file.problems);
  const same = sameConcept(file, entry);
  if (same) throw new TermlintError('addDuplicate', { en: entry.en.preferred, id: same.id, file: filePath, line: same.line });
  const doc = parseDocument(text);
  const seq = isMap(doc.contents) ? doc.contents.get('entries', true) : undefined;
  const items = isSeq(seq) && seq.flow !== true ? seq.items : [];
  const idOf = (item: unknown) => {
    const node = isMap(item) ? item.get('id', true) : undefined;
    return isScalar(node) ? String(node.value) : '';
  };
  const lineStart = (offset: number) => text.lastIndexOf('\n', offset - 1) + 1;
  let at: number;
  let indent: string;
  if (items.length) {
    const next = items.find((item) => idOf(item).localeCompare(entry.id, 'en') > 0);
    const first = items[0] as { range?: [number, number, number] };
    indent = /^( *)/.exec(text.slice(lineStart(first.range![0]), first.range![0]))![1]!;
    if (next) {
      // Comment lines right above the next entry belong to it.
      at = lineStart((next as { range: [number, number, number] }).range[0]);
      while (at > 0) {
        const prev = lineStart(at - 1);
        if (!/^\s*#/.test(text.slice(prev, at))) break;
        at = prev;
      }
    }
    else {
      const last = items[items.length - 1] as { range: [number, number, number] };
      const end = last.range[1];
      const nl = text[end - 1] === '\n' ? end - 1 : text.indexOf('\n', end);
      at = nl === -1 ? text.length : nl + 1;
    }
  } else {
    // No block list to insert into (entries: [] or none): the file is written anew in its own order.
    const raw = doc.toJS() as { entries?: unknown[] };
    raw.entries = [...(raw.entries ?? []), toRaw(entry)];
    const out = toYaml(raw);
    return { text: out, line: out.split('\n').findIndex((l) => l.includes(`id: ${entry.id}`)) + 1 };
  }
  const block = toYaml([toRaw(entry)])
    .trimEnd()
    .split('\n')
    .map((l) => indent + l)
    .join('\n');
  const before = text.slice(0, at);
  const sep = before.length && !before.endsWith('\n') ? '\n' : '';
  return { text: before + sep + block + '\n' + text.slice(at), line: before.split('\n').length + (sep ? 1 : 0) };
}

/** Problems `glossary validate` finds in the new entry of a file's text (the lines from `line` on that belong to it). */
export function problemsOfNewEntry(filePath: string, text: string, id: string): ReturnType<typeof validateGlossaryFiles> {
  const file = parseGlossaryFile(filePath, text, true);
  if (file.problems.length) return file.problems;
  const index = file.entries.findIndex((e) => e.id === id);
  const start = file.locate(['entries', index]).line;
  const end = index + 1 < file.entries.length ? file.locate(['entries', index + 1]).line : Infinity;
  return validateGlossaryFiles([file]).filter((p) => p.line >= start && p.line < end);
}

/** A glossary file's text, or undefined when there is no such file yet. */
export function readGlossaryText(filePath: string): string | undefined {
  if (!fs.existsSync(filePath)) return undefined;
  const read = readInput(filePath, 64 * MB);
  if (!read.ok) {
    throw new GlossaryError([{ file: filePath, line: 1, column: 1, messageId: 'glossaryUnreadable', data: { detail: readProblemDetail(read.problem) } }]);
  }
  return new TextDecoder('utf-8').decode(read.bytes).replace(/^\uFEFF/, '');
}
