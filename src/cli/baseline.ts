// --baseline <file> and --update-baseline: known findings are recorded once and not reported
// again, so a project can adopt termlint with findings it has not fixed yet and fail only on new
// ones. A finding is known by its rule, its text, and its key (check) or a hash of the text around
// it on its line with the finding blanked out — not by line number, so edits elsewhere in the file
// keep it matched.
// Identical fingerprints are counted: two known and three found means one new.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { note, TermlintError, type NoteValue } from '../errors';
import { describeError, readInput, readProblemDetail, SETTINGS_FILE_LIMIT, writeAtomic } from '../core/files';
import { decode } from '../core/decode';
import type { Diagnostic, FileResult } from '../core/types';

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  rule: string;
  text: string;
  key?: string;
  /** Hash of the text around the finding (contextHash); '' for a finding in a translation unit (key). */
  context: string;
  count: number;
}

export interface BaselineData {
  version: typeof BASELINE_VERSION;
  /** By path relative to the baseline file's folder, with forward slashes. */
  files: Record<string, BaselineEntry[]>;
}

const isLineBreak = (c: string | undefined) => c === '\n' || c === '\r';

/** How far the context reaches on each side of a finding, within its line(s). */
export const CONTEXT_CHARS = 32;

/**
 * The context of a finding: up to CONTEXT_CHARS characters either side of it on its line(s), the
 * finding blanked, whitespace collapsed, hashed. Bounded, so that an edit far away in a long
 * paragraph (one line in Markdown) leaves the finding matched.
 */
export function contextHash(text: string, d: Pick<Diagnostic, 'offset' | 'length'>): string {
  let start = Math.min(d.offset, text.length);
  const from = Math.max(0, start - CONTEXT_CHARS);
  while (start > from && !isLineBreak(text[start - 1])) start--;
  let end = Math.min(d.offset + d.length, text.length);
  const to = Math.min(text.length, end + CONTEXT_CHARS);
  while (end < to && !isLineBreak(text[end])) end++;
  const context = `${text.slice(start, d.offset)}\u0000${text.slice(d.offset + d.length, end)}`.replace(/\s+/g, ' ').trim();
  return crypto.createHash('sha256').update(context).digest('hex').slice(0, 16);
}

/** A finding in a translation unit (check) is known by its key; one in a document by its context. */
function entryOf(d: Diagnostic, text: string): Omit<BaselineEntry, 'count'> {
  return d.key !== undefined ? { rule: d.rule, text: d.text, key: d.key, context: '' } : { rule: d.rule, text: d.text, context: contextHash(text, d) };
}

const fingerprint = (e: Omit<BaselineEntry, 'count'>) => JSON.stringify([e.rule, e.text, e.key ?? null, e.context]);

const compareEntries = (a: BaselineEntry, b: BaselineEntry) => (fingerprint(a) < fingerprint(b) ? -1 : fingerprint(a) > fingerprint(b) ? 1 : 0);

/** The baseline's entries for one file's findings. */
export function entriesFor(diagnostics: Diagnostic[], text: string): BaselineEntry[] {
  const counts = new Map<string, BaselineEntry>();
  for (const d of diagnostics) {
    const e = entryOf(d, text);
    const f = fingerprint(e);
    const known = counts.get(f);
    if (known) known.count++;
    else counts.set(f, { ...e, count: 1 });
  }
  return [...counts.values()].sort(compareEntries);
}

const invalid = (file: string, detail: NoteValue) => new TermlintError('baselineInvalid', { file, detail });

/** Reads and checks a baseline file; exit 2 with the reason when it is missing or malformed. */
export function readBaseline(file: string): BaselineData {
  if (!fs.existsSync(file)) throw new TermlintError('baselineMissing', { file });
  const read = readInput(file, SETTINGS_FILE_LIMIT * 16);
  if (!read.ok) throw invalid(file, readProblemDetail(read.problem));
  const decoded = decode(read.bytes);
  if (!decoded.ok) throw invalid(file, note('baseline.notUtf8'));
  let data: unknown;
  try {
    data = JSON.parse(decoded.text);
  } catch (err) {
    throw invalid(file, (err as Error).message);
  }
  const d = data as Partial<BaselineData>;
  if (!d || typeof d !== 'object' || Array.isArray(d)) throw invalid(file, note('baseline.notObject'));
  if (d.version !== BASELINE_VERSION) throw invalid(file, note('baseline.version', { version: BASELINE_VERSION }));
  if (!d.files || typeof d.files !== 'object' || Array.isArray(d.files)) throw invalid(file, note('baseline.files'));
  for (const [p, entries] of Object.entries(d.files)) {
    const ok =
      Array.isArray(entries) &&
      entries.every(
        (e: Partial<BaselineEntry>) =>
          e && typeof e.rule === 'string' && typeof e.text === 'string' && typeof e.context === 'string' &&
          (e.key === undefined || typeof e.key === 'string') && Number.isInteger(e.count) && e.count! > 0,
      );
    if (!ok) throw invalid(file, note('baseline.entries', { path: p }));
  }
  return d as BaselineData;
}

/** Stable JSON: files sorted by path, entries by fingerprint, keys in one order. */
export function serializeBaseline(data: BaselineData): string {
  const files: Record<string, BaselineEntry[]> = {};
  for (const p of Object.keys(data.files).sort()) {
    const entries = data.files[p]!;
    if (!entries.length) continue;
    files[p] = [...entries]
      .sort(compareEntries)
      .map((e) => ({ rule: e.rule, text: e.text, ...(e.key !== undefined ? { key: e.key } : {}), context: e.context, count: e.count }));
  }
  return JSON.stringify({ version: BASELINE_VERSION, files }, null, 2) + '\n';
}

export function writeBaseline(file: string, data: BaselineData): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    writeAtomic(file, serializeBaseline(data));
  } catch (err) {
    throw new TermlintError('baselineUnwritable', { file, detail: describeError(err) });
  }
}

/** A run against a baseline: suppresses known findings file by file, and can record the run's. */
export class Baseline {
  suppressed = 0;
  private readonly dir: string;
  private readonly seen = new Map<string, BaselineEntry[]>();

  constructor(
    readonly file: string,
    private readonly data: BaselineData,
    private readonly cwd: string,
  ) {
    this.dir = path.dirname(file);
  }

  /** The key of a result's file: its path relative to the baseline's folder, with forward slashes. */
  keyOf(result: FileResult): string {
    return path.relative(this.dir, path.resolve(this.cwd, result.path)).split(path.sep).join('/');
  }

  /** Records the file's findings (for --update-baseline), then drops the known ones from the result. */
  apply(result: FileResult, text: string, record: boolean): void {
    const key = this.keyOf(result);
    if (record) {
      this.seen.set(key, entriesFor(result.diagnostics, text));
      this.data.files[key] = this.seen.get(key)!;
    }
    const known = new Map<string, number>();
    for (const e of this.data.files[key] ?? []) known.set(fingerprint(e), (known.get(fingerprint(e)) ?? 0) + e.count);
    if (!known.size) return;
    result.diagnostics = result.diagnostics.filter((d) => {
      const f = fingerprint(entryOf(d, text));
      const left = known.get(f) ?? 0;
      if (left <= 0) return true;
      known.set(f, left - 1);
      this.suppressed++;
      return false;
    });
  }

  /**
   * Writes the baseline: this run's findings for the files it saw; entries of files the run did not
   * see are kept while those files exist.
   */
  save(): { findings: number; files: number } {
    const files: Record<string, BaselineEntry[]> = {};
    for (const [p, entries] of Object.entries(this.data.files)) {
      if (this.seen.has(p) || fs.existsSync(path.resolve(this.dir, p))) files[p] = entries;
    }
    writeBaseline(this.file, { version: BASELINE_VERSION, files });
    const kept = Object.values(files).filter((e) => e.length);
    return { findings: kept.reduce((n, e) => n + e.reduce((m, x) => m + x.count, 0), 0), files: kept.length };
  }
}

/** The baseline for a run: read (unless it is being created), or empty. */
export function openBaseline(file: string, cwd: string, update: boolean): Baseline {
  const data = update && !fs.existsSync(file) ? { version: BASELINE_VERSION, files: {} } : readBaseline(file);
  return new Baseline(file, data as BaselineData, cwd);
}
