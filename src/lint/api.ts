// The library API: lint(text) for one text, lintFiles(paths) for a run; the CLI is a thin layer.
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Glossary } from '../glossary/glossary';
import { loadGlossary } from '../glossary/glossary';
import type { Locale } from '../i18n';
import { renderResults } from '../i18n';
import { decode } from '../core/decode';
import { fileDiagnostic, inputInit } from '../core/diagnostic';
import { lintText, resolveRules, type ActiveRule, type RuleSetting } from '../engine/engine';
import { LINTED_EXTENSIONS, textFormatFor } from '../formats';
import { collectFiles, STDIN } from '../core/files';
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
}

export interface Prepared {
  glossary: Glossary;
  rules: ActiveRule[];
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
  return { glossary, rules: resolveRules(settings).text };
}

/** Lints one text, messages in `options.locale`. `filePath` decides the format (Markdown, MDX, plain text) and is reported. */
export function lint(text: string, options: LintOptions & { filePath?: string } = {}): FileResult {
  const p = prepare(options);
  const file = options.filePath ?? 'input.md';
  const result = lintText(text.replace(/^\uFEFF/, ''), { glossary: p.glossary, rules: p.rules, path: file, read: textFormatFor(file).read });
  return renderResults([result], options.locale ?? 'en')[0]!;
}

/** A file that could not be read or decoded, as its input rule's diagnostic. */
export function inputProblem(file: string, reason: string, data: Record<string, string> = {}): FileResult {
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
  readStdin?: () => Promise<Uint8Array>;
  ignore?: string[];
  ignoreBase?: string;
}

/** Reads, decodes and lints one file (in this thread or a worker). */
export function lintFile(file: string, shown: string, p: Prepared, bytes?: Uint8Array): FileLint {
  let data: Uint8Array;
  try {
    data = bytes ?? fs.readFileSync(file);
  } catch (err) {
    const detail = (err as NodeJS.ErrnoException).code ?? String(err);
    return { result: inputProblem(shown, 'inputUnreadable', { detail }), text: '' };
  }
  const decoded = decode(data);
  if (!decoded.ok) return { result: inputProblem(shown, decoded.messageId), text: '' };
  return { result: lintText(decoded.text, { glossary: p.glossary, rules: p.rules, path: shown, read: textFormatFor(shown).read }), text: decoded.text };
}

/** Lints files one at a time (or on worker threads), yielding results in file order. */
export async function* lintFileStream(inputs: string[], options: StreamOptions = {}): AsyncGenerator<FileLint> {
  const cwd = options.cwd ?? process.cwd();
  const files = collectFiles(inputs, { cwd, extensions: LINTED_EXTENSIONS, ignore: options.ignore, base: options.ignoreBase });
  const shown = (file: string) => (file === STDIN ? (options.stdinFilename ?? '<stdin>') : path.relative(cwd, file) || file);
  const workers = Math.min(options.workers ?? 1, files.length);
  if (workers > 1 && !files.includes(STDIN)) {
    yield* lintOnWorkers(files, shown, options, workers);
    return;
  }
  const p = prepare(options);
  for (const file of files) {
    const bytes = file === STDIN ? await (options.readStdin ?? readAll)() : undefined;
    yield lintFile(file, shown(file), p, bytes);
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
  };
}

/**
 * `count` threads in all: this one and count - 1 workers, taking files from one queue. Each loads
 * the segmenter's dictionary once; results are yielded in file order, whoever linted them.
 */
async function* lintOnWorkers(files: string[], shown: (f: string) => string, options: StreamOptions, count: number): AsyncGenerator<FileLint> {
  const script = path.join(PACKAGE_ROOT, 'dist', 'lint', 'worker.js'); // compiled, also under tests
  const pool = Array.from({ length: count - 1 }, () => new Worker(script, { workerData: workerOptions(options) }));
  const keepText = options.keepText !== false;
  const done = new Map<number, FileLint>();
  let next = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const send = (w: Worker) => {
    if (next < files.length) {
      const id = next++;
      w.postMessage({ id, file: files[id], shown: shown(files[id]!), keepText });
    }
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
        if (next < files.length) {
          // Lint the next file here, then let the workers' messages in.
          const mine = next++;
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

async function readAll(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function summarize(results: FileResult[]): Summary {
  const summary: Summary = { files: results.length, errors: 0, warnings: 0, infos: 0 };
  for (const r of results) {
    for (const d of r.diagnostics) {
      if (d.severity === 'error') summary.errors++;
      else if (d.severity === 'warning') summary.warnings++;
      else summary.infos++;
    }
  }
  return summary;
}

/** Lints files and directories; the whole report, without the texts. */
export async function lintFiles(inputs: string[], options: StreamOptions = {}): Promise<LintReport> {
  const files: FileResult[] = [];
  for await (const { result } of lintFileStream(inputs, options)) files.push(result);
  return { version: 1, files: renderResults(files, options.locale ?? 'en'), summary: summarize(files) };
}
