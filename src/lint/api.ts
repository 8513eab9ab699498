// The library API: lint(text) for one text, lintFiles(paths) for a run; the CLI is a thin layer.
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Glossary } from '../glossary/glossary';
import type { NoteValue } from '../errors';
import { loadGlossary } from '../glossary/glossary';
import type { Locale } from '../i18n';
import type { Region } from '../glossary/model';
import { renderResults } from '../i18n';
import { decode, undecodable } from '../core/decode';
import { byPosition, fileDiagnostic, inputInit, shiftDiagnostic } from '../core/diagnostic';
import { declaredRegion } from '../core/analyze';
import { LineIndex } from '../core/positions';
import { countScripts, detectScript } from '../core/script';
import { sections } from '../core/sections';
import { decideDocument, lintText, Problems, resolveRules, type ActiveRule, type RuleSetting, type Section } from '../engine/engine';
import { LINTED_EXTENSIONS, textFormatFor } from '../formats';
import { collectFiles, DEFAULT_MAX_FILE_SIZE, readInput, readStdin, STDIN, tooLarge, type Found, type Note } from '../core/files';
import { PACKAGE_ROOT } from '../paths';
import type { FileLint, FileResult, LintReport, Summary } from '../core/types';
export type { FileLint } from '../core/types';

export interface LintOptions {
  /** A compiled glossary; else one is loaded from `glossaries` and `builtinGlossary`. */
  glossary?: Glossary;
  glossaries?: string[];
  builtinGlossary?: boolean;
  /** Rule settings by id: "off", "info", "warning", "error", or [severity, options]. */
  rules?: Record<string, RuleSetting>;
  /** Extra boilerplate line patterns (regular expressions). */
  boilerplate?: string[];
  /** Language of the messages of `lint()` and `lintFiles()` (default en); streams leave them to the reporter. */
  locale?: Locale;
  /** Inputs larger than this many bytes are not read: input/too-large (default 64 MB). */
  maxFileSize?: number;
  /** The region texts are written for; term/regional reports other regions' words as warnings. */
  region?: Region;
}

export interface Prepared {
  glossary: Glossary;
  rules: ActiveRule[];
  maxFileSize: number;
  region?: Region;
}

export function prepare(options: LintOptions): Prepared {
  const glossary =
    options.glossary ?? loadGlossary({ builtin: options.builtinGlossary !== false, paths: options.glossaries ?? [] });
  const settings: Record<string, RuleSetting> = { ...(options.rules ?? {}) };
  if (options.boilerplate?.length) {
    const current = settings['content/boilerplate'];
    const [level, opts] = Array.isArray(current) ? current : [current ?? 'warning', {}];
    const patterns = [...(((opts ?? {}) as { patterns?: string[] }).patterns ?? []), ...options.boilerplate];
    settings['content/boilerplate'] = [level, { ...(opts ?? {}), patterns }];
  }
  return { glossary, rules: resolveRules(settings).text, maxFileSize: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE, ...(options.region ? { region: options.region } : {}) };
}

/** Lints one text, messages in `options.locale`. `filePath` decides the format (Markdown, MDX, plain text) and is reported. */
export function lint(text: string, options: LintOptions & { filePath?: string } = {}): FileResult {
  const p = prepare(options);
  const file = options.filePath ?? 'input.md';
  const result = lintDecoded(text.replace(/^\uFEFF/, ''), file, p);
  return renderResults([result], options.locale ?? 'en')[0]!;
}

/** A file that could not be read or decoded, as its input rule's diagnostic. */
export function inputProblem(file: string, reason: string, data: Record<string, NoteValue> = {}): FileResult {
  return { path: file, script: 'none', diagnostics: [fileDiagnostic(inputInit(reason, data))] };
}

export interface StreamOptions extends LintOptions {
  /** Worker threads for multi-file runs (default 1: lint in this thread). */
  workers?: number;
  /** Yield each file's text with its result (default true; reporters without excerpts need none). */
  keepText?: boolean;
  cwd?: string;
  /** Name reported for standard input, and whether it is read as Markdown. */
  stdinFilename?: string;
  /** Standard input, at most `limit` + 1 bytes (more is cut off and reported as too large). */
  readStdin?: (limit: number) => Promise<Uint8Array>;
  ignore?: string[];
  ignoreBase?: string;
  /** The configuration file `ignore` comes from, for messages. */
  ignoreSource?: string;
  /** Disregard .gitignore files and `ignore`. */
  noIgnore?: boolean;
  /** Follow symbolic links inside directories and globs (each real path once). */
  followSymlinks?: boolean;
  /** Called once the inputs are known, with what was skipped on purpose. */
  onCollected?: (notes: Note[]) => void;
  /**
   * Called for each readable input file (not standard input) before it is linted: a result to use
   * instead (a cache hit), null to leave the file out of the run, undefined to lint it.
   */
  before?: (file: string, shown: string) => FileLint | null | undefined;
}

const problemLint = (shown: string, problem: Note): FileLint => ({ result: inputProblem(shown, problem.messageId, problem.data), text: '' });

/** Reads (regular files only, within the size limit), decodes and lints one file. */
export function lintFile(file: string, shown: string, p: Prepared, bytes?: Uint8Array): FileLint {
  let data: Uint8Array;
  if (bytes) {
    if (bytes.length > p.maxFileSize) return problemLint(shown, tooLarge(undefined, p.maxFileSize));
    data = bytes;
  } else {
    const read = readInput(file, p.maxFileSize);
    if (!read.ok) return problemLint(shown, read.problem);
    data = read.bytes;
  }
  const decoded = decode(data);
  if (!decoded.ok) return problemLint(shown, undecodable(decoded));
  return { result: lintDecoded(decoded.text, shown, p), text: decoded.text };
}

/** Texts longer than this are linted in sections of about this size (see core/sections.ts). */
export const SECTION_CHARS = 1 << 18;

/** Lints a decoded text as the file `shown` (its extension picks the reader). A very large text is
 * linted section by section, with the script and region of the whole text. */
export function lintDecoded(text: string, shown: string, p: Prepared, sectionChars = SECTION_CHARS): FileResult {
  const options = { glossary: p.glossary, rules: p.rules, path: shown, read: textFormatFor(shown).read, ...(p.region ? { region: p.region } : {}) };
  if (text.length <= sectionChars) return lintText(text, options);
  const script = detectScript(countScripts(text));
  const region = p.region ?? declaredRegion(text);
  const lines = new LineIndex(text);
  const diagnostics = new Problems();
  const section: Section = { start: 0, parts: new Map(), directives: [] };
  for (const [start, end] of sections(text, sectionChars)) {
    section.start = start;
    const part = lintText(text.slice(start, end), { ...options, script, ...(region ? { region } : {}), section });
    for (const d of part.diagnostics) {
      if (diagnostics.full) diagnostics.count(d.severity);
      else diagnostics.push(shiftDiagnostic(d, text, lines, start));
    }
  }
  // Whole-document rules (term/inconsistent) decide once, over the parts every section handed on.
  for (const d of decideDocument(text, lines, { ...options, script, ...(region ? { region } : {}) }, section)) diagnostics.push(d);
  return { path: shown, script, diagnostics: diagnostics.finish(diagnostics.items.sort(byPosition)) };
}

/** Lints files one at a time (or on worker threads), yielding results in file order. */
export async function* lintFileStream(inputs: string[], options: StreamOptions = {}): AsyncGenerator<FileLint> {
  const cwd = options.cwd ?? process.cwd();
  const { inputs: found, notes } = collectFiles(inputs, {
    cwd,
    extensions: LINTED_EXTENSIONS,
    ignore: options.ignore,
    base: options.ignoreBase,
    ...(options.ignoreSource ? { ignoreSource: options.ignoreSource } : {}),
    noIgnore: options.noIgnore === true,
    followSymlinks: options.followSymlinks === true,
  });
  options.onCollected?.(notes);
  // Paths below the working directory relative, others absolute (../../dev/zero says less than /dev/zero).
  const shown = (file: string) => {
    if (file === STDIN) return options.stdinFilename ?? '<stdin>';
    const rel = path.relative(cwd, file);
    return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
  };
  // Inputs the caller answers itself (cached results, files outside the run) are merged back in order.
  const known = new Map<number, FileLint | null>();
  if (options.before) {
    found.forEach((f, i) => {
      if (f.problem || f.path === STDIN) return;
      const answer = options.before!(f.path, shown(f.path));
      if (answer !== undefined) known.set(i, answer);
    });
  }
  if (!known.size) {
    yield* lintFound(found, shown, options);
    return;
  }
  let i = 0;
  const flush = function* () {
    for (; known.has(i); i++) if (known.get(i)) yield known.get(i)!;
  };
  for await (const lint of lintFound(found.filter((_, j) => !known.has(j)), shown, options)) {
    yield* flush();
    yield lint;
    i++;
  }
  yield* flush();
}

async function* lintFound(found: Found[], shown: (f: string) => string, options: StreamOptions): AsyncGenerator<FileLint> {
  if (!found.length) return;
  const workers = Math.min(options.workers ?? 1, found.filter((f) => !f.problem).length);
  if (workers > 1 && !found.some((f) => f.path === STDIN)) {
    yield* lintOnWorkers(found, shown, options, workers);
    return;
  }
  const p = prepare(options);
  for (const f of found) {
    if (f.problem) yield problemLint(shown(f.path), f.problem);
    else if (f.path === STDIN) yield lintFile(f.path, shown(f.path), p, await (options.readStdin ?? readStdin)(p.maxFileSize));
    else yield lintFile(f.path, shown(f.path), p);
  }
}

/** The options a worker can rebuild everything from (a loaded glossary cannot cross threads). */
function workerOptions(options: StreamOptions): LintOptions {
  const files = options.glossary?.files;
  return {
    glossaries: files ? files.filter((f) => !f.builtin).map((f) => f.path) : (options.glossaries ?? []),
    builtinGlossary: files ? files.some((f) => f.builtin) : options.builtinGlossary !== false,
    ...(options.rules ? { rules: options.rules } : {}),
    ...(options.boilerplate ? { boilerplate: options.boilerplate } : {}),
    ...(options.locale ? { locale: options.locale } : {}),
    ...(options.maxFileSize ? { maxFileSize: options.maxFileSize } : {}),
    ...(options.region ? { region: options.region } : {}),
  };
}

/**
 * `count` threads in all: this one and count - 1 workers, taking files from one queue. Each loads
 * the segmenter's dictionary once; results are yielded in file order, whoever linted them.
 */
async function* lintOnWorkers(found: Found[], shown: (f: string) => string, options: StreamOptions, count: number): AsyncGenerator<FileLint> {
  const script = path.join(PACKAGE_ROOT, 'dist', 'lint', 'worker.js'); // compiled, also under tests
  const pool = Array.from({ length: count - 1 }, () => new Worker(script, { workerData: workerOptions(options) }));
  const keepText = options.keepText !== false;
  const done = new Map<number, FileLint>();
  const files = found.map((f) => f.path);
  // Paths already known to be unreadable need no thread.
  found.forEach((f, id) => f.problem && done.set(id, problemLint(shown(f.path), f.problem)));
  let next = 0;
  const take = () => {
    while (next < files.length && found[next]!.problem) next++;
    return next < files.length ? next++ : undefined;
  };
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const send = (w: Worker) => {
    const id = take();
    if (id !== undefined) w.postMessage({ id, file: files[id], shown: shown(files[id]!), keepText });
  };
  for (const w of pool) {
    w.on('message', (m: { id: number; lint?: FileLint; error?: string }) => {
      if (m.error) failure ??= new Error(m.error);
      else done.set(m.id, m.lint!);
      send(w);
      wake?.();
    });
    w.on('error', (err) => {
      failure ??= err;
      wake?.();
    });
    send(w);
  }
  const p = prepare(options); // while the workers load theirs
  const yieldToWorkers = () => new Promise<void>((resolve) => setImmediate(resolve));
  try {
    for (let id = 0; id < files.length; id++) {
      while (!done.has(id)) {
        if (failure) throw failure;
        const mine = take();
        if (mine !== undefined) {
          // Lint the next file here, then let the workers' messages in.
          const lint = lintFile(files[mine]!, shown(files[mine]!), p);
          done.set(mine, keepText ? lint : { result: lint.result, text: '' });
          await yieldToWorkers();
        } else await new Promise<void>((resolve) => (wake = resolve));
      }
      const lint = done.get(id)!;
      done.delete(id);
      yield lint;
    }
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}

export function summarize(results: FileResult[]): Summary {
  const summary: Summary = { files: 0, errors: 0, warnings: 0, infos: 0 };
  for (const r of results) count(summary, r);
  return summary;
}

/** Adds one file's findings to a summary (a run keeps counts, not every file's findings). */
export function count(summary: Summary, r: FileResult): void {
  summary.files++;
  for (const d of r.diagnostics) {
    if (d.severity === 'error') summary.errors++;
    else if (d.severity === 'warning') summary.warnings++;
    else summary.infos++;
  }
}

/** Lints files and directories; the whole report, without the texts. */
export async function lintFiles(inputs: string[], options: StreamOptions = {}): Promise<LintReport> {
  const files: FileResult[] = [];
  for await (const { result } of lintFileStream(inputs, options)) files.push(result);
  return { version: 1, files, summary: summarize(files) };
}
