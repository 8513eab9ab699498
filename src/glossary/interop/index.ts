// Glossary import and export: which format a file is, reading it into entries, writing glossary
// files (atomically, never over an existing file unless asked), and exporting a loaded glossary.
import fs from 'node:fs';
import path from 'node:path';
import { TermlintError, type Problem } from '../../errors';
import { describeError, MB, readInput, readProblemDetail, writeAtomic } from '../../io';
import type { Glossary } from '../glossary';
import { parseGlossaryFile } from '../load';
import { validateGlossaryFiles } from '../validate';
import { glossaryYaml, rawFile, type DomainEntries, type EntryData } from './raw';
import { readDelimited, readXlsx, writeMarkdown, writeTable } from './table';
import { readTbx, type ImportResult } from './tbx-read';
import { writeTbx } from './tbx-write';
import { EXPORT_MARK } from './tbx-dialect';

export { EXPORT_MARK } from './tbx-dialect';
export type { DomainEntries, EntryData } from './raw';

export const EXPORT_FORMATS = ['tbx', 'tbx3', 'csv', 'tsv', 'json', 'md'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const IMPORT_EXTENSIONS = ['.tbx', '.tbx3', '.xml', '.csv', '.tsv', '.xlsx'];

/** A term base to import is refused above this size. */
const IMPORT_LIMIT = 64 * MB;

/** The glossary's entries in force (after overrides), grouped by domain in file order. */
export function domainsOf(g: Glossary): DomainEntries[] {
  const byDomain = new Map<string, EntryData[]>();
  const seen = new Set<string>();
  for (const file of g.files) {
    for (const entry of file.entries) {
      if (g.entries.get(entry.id) !== entry || seen.has(entry.id)) continue;
      seen.add(entry.id);
      const { definedAt: _, ...data } = entry;
      const list = byDomain.get(entry.domain) ?? [];
      list.push(data);
      byDomain.set(entry.domain, list);
    }
  }
  return [...byDomain].map(([domain, entries]) => ({ domain, entries }));
}

/** The glossary in an export format. `version` names the termlint that wrote it. */
export function exportGlossary(domains: DomainEntries[], format: ExportFormat, version: string): string {
  const mark = `${EXPORT_MARK} ${version} (termlint-specific fields: README.md, Import and export)`;
  switch (format) {
    case 'tbx':
      return writeTbx(domains, 2, mark);
    case 'tbx3':
      return writeTbx(domains, 3, mark);
    case 'csv':
      return writeTable(domains, ',');
    case 'tsv':
      return writeTable(domains, '\t');
    case 'md':
      return writeMarkdown(domains);
    case 'json':
      return JSON.stringify({ version: 1, files: domains.map(rawFile) }, null, 2) + '\n';
  }
}

/** Text of a file: UTF-8, or UTF-16 with a byte-order mark; a UTF-8 BOM is dropped. */
function textOf(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

/** Reads a term base: TBX (.tbx, .tbx3, .xml), CSV, TSV or XLSX, by extension. */
export async function importFile(file: string): Promise<ImportResult> {
  const ext = path.extname(file).toLowerCase();
  if (!IMPORT_EXTENSIONS.includes(ext)) throw new TermlintError('importUnknownFormat', { path: file, formats: IMPORT_EXTENSIONS.join(', ') });
  const read = readInput(file, IMPORT_LIMIT);
  if (!read.ok) {
    throw new TermlintError('importUnreadable', { path: file, detail: readProblemDetail(read.problem) });
  }
  if (ext === '.xlsx') return readXlsx(read.bytes, file);
  const text = textOf(read.bytes);
  if (ext === '.csv') return readDelimited(text, file, ',');
  if (ext === '.tsv') return readDelimited(text, file, '\t');
  return readTbx(text, file);
}

/** Repeated ids in an import, at the line of the repetition. */
export function duplicates(result: ImportResult, file: string): Problem[] {
  const first = new Map<string, number>();
  const problems: Problem[] = [];
  result.entries.forEach((e, i) => {
    const line = result.lines?.[i] ?? 1;
    const at = first.get(e.id);
    if (at !== undefined) problems.push({ file, line, column: 1, messageId: 'duplicateId', data: { id: e.id, first: `${file}:${at}` } });
    else first.set(e.id, line);
  });
  return problems;
}

export interface PlannedFile {
  path: string;
  text: string;
  entries: number;
}

/**
 * The glossary files an import writes: one per domain into a folder (`out` an existing folder or
 * ending in a separator), else one file. Entries without a domain take `domain`.
 */
export function planImport(entries: EntryData[], out: string, origin: string, domain?: string): { files: PlannedFile[]; merged: string[] } {
  const toDir = out.endsWith('/') || out.endsWith(path.sep) || (fs.existsSync(out) && fs.statSync(out).isDirectory());
  const fallback = domain ?? 'imported';
  if (toDir) {
    const groups = new Map<string, EntryData[]>();
    for (const e of entries) {
      const d = e.domain || fallback;
      const list = groups.get(d);
      if (list) list.push({ ...e, domain: d });
      else groups.set(d, [{ ...e, domain: d }]);
    }
    const files = [...groups].map(([d, list]) => ({ path: path.join(out, `${d}.yaml`), text: glossaryYaml({ domain: d, entries: list }, origin), entries: list.length }));
    return { files, merged: [] };
  }
  const domains = [...new Set(entries.map((e) => e.domain).filter(Boolean))];
  const fromName = path.basename(out).replace(/\.[^.]*$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  const d = domain ?? (domains.length === 1 ? domains[0]! : fromName || 'imported');
  const text = glossaryYaml({ domain: d, entries: entries.map((e) => ({ ...e, domain: d })) }, origin);
  return { files: [{ path: out, text, entries: entries.length }], merged: domains.length > 1 ? domains : [] };
}

/** What `glossary validate` would say about files before they are written. */
export function validatePlanned(files: PlannedFile[]): Problem[] {
  const parsed = files.map((f) => parseGlossaryFile(f.path, f.text, false));
  return [...parsed.flatMap((f) => f.problems), ...validateGlossaryFiles(parsed)];
}

/** Writes files atomically; refuses, before writing any, if one exists and `force` is not set. */
export function writeFiles(files: { path: string; text: string }[], force: boolean): void {
  if (!force) {
    const existing = files.find((f) => fs.existsSync(f.path));
    if (existing) throw new TermlintError('outExists', { path: existing.path });
  }
  for (const f of files) {
    try {
      fs.mkdirSync(path.dirname(f.path), { recursive: true });
      writeAtomic(f.path, f.text);
    } catch (err) {
      throw new TermlintError('writeFailed', { path: f.path, detail: describeError(err) });
    }
  }
}
