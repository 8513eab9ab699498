// The library API: lint(text) for one text, lintFiles(paths) for a run; the CLI is a thin layer.
import fs from 'node:fs';
import path from 'node:path';
import type { Glossary } from '../glossary/glossary';
import { loadGlossary } from '../glossary/glossary';
import type { Locale } from '../i18n';
import { translator } from '../i18n';
import { decode } from './decode';
import { lintText, resolveRules, type ActiveRule, type RuleSetting } from './engine';
import { collectFiles, STDIN } from './files';
import type { FileResult, LintReport, Summary } from './types';

export interface LintOptions {
  /** A compiled glossary; else one is loaded from `glossaries` and `builtinGlossary`. */
  glossary?: Glossary;
  glossaries?: string[];
  builtinGlossary?: boolean;
  /** Rule settings by id: "off", "info", "warning", "error", or [severity, options]. */
  rules?: Record<string, RuleSetting>;
  /** Extra boilerplate line patterns (regular expressions). */
  boilerplate?: string[];
  /** Language of the messages (default en). */
  locale?: Locale;
}

interface Prepared {
  glossary: Glossary;
  rules: ActiveRule[];
  locale: Locale;
}

function prepare(options: LintOptions): Prepared {
  const glossary =
    options.glossary ?? loadGlossary({ builtin: options.builtinGlossary !== false, paths: options.glossaries ?? [] });
  const settings: Record<string, RuleSetting> = { ...(options.rules ?? {}) };
  if (options.boilerplate?.length) {
    const current = settings['content/boilerplate'];
    const [level, opts] = Array.isArray(current) ? current : [current ?? 'warning', {}];
    const patterns = [...(((opts ?? {}) as { patterns?: string[] }).patterns ?? []), ...options.boilerplate];
    settings['content/boilerplate'] = [level, { ...(opts ?? {}), patterns }];
  }
  return { glossary, rules: resolveRules(settings), locale: options.locale ?? 'en' };
}

/** Lints one text. `filePath` decides Markdown (.md, .markdown) or plain text, and is reported. */
export function lint(text: string, options: LintOptions & { filePath?: string } = {}): FileResult {
  const p = prepare(options);
  return lintText(text.replace(/^\uFEFF/, ''), { glossary: p.glossary, rules: p.rules, path: options.filePath ?? 'input.md', locale: p.locale });
}

export function inputProblem(file: string, messageId: string, locale: Locale, data: Record<string, string> = {}): FileResult {
  const rule = messageId === 'inputBinary' ? 'input/binary' : messageId === 'inputNotUtf8' ? 'input/encoding' : 'input/unreadable';
  return {
    path: file,
    script: 'none',
    diagnostics: [
      {
        rule,
        severity: 'error',
        message: translator(locale)(messageId, data),
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        offset: 0,
        length: 0,
        text: '',
        suggestions: [],
        messageId,
        data,
      },
    ],
  };
}

export interface FileLint {
  result: FileResult;
  /** The decoded text, for reporters that show the offending line; not kept by lintFiles. */
  text: string;
}

export interface StreamOptions extends LintOptions {
  cwd?: string;
  /** Name reported for standard input, and whether it is read as Markdown. */
  stdinFilename?: string;
  readStdin?: () => Promise<Uint8Array>;
  ignore?: string[];
  ignoreBase?: string;
}

/** Lints files one at a time, yielding each result as soon as it is ready. */
export async function* lintFileStream(inputs: string[], options: StreamOptions = {}): AsyncGenerator<FileLint> {
  const cwd = options.cwd ?? process.cwd();
  const p = prepare(options);
  const files = collectFiles(inputs, { cwd, ignore: options.ignore, base: options.ignoreBase });
  for (const file of files) {
    const shown = file === STDIN ? (options.stdinFilename ?? '<stdin>') : path.relative(cwd, file) || file;
    let bytes: Uint8Array;
    try {
      bytes = file === STDIN ? await (options.readStdin ?? readAll)() : fs.readFileSync(file);
    } catch (err) {
      yield { result: inputProblem(shown, 'inputUnreadable', p.locale, { detail: (err as NodeJS.ErrnoException).code ?? String(err) }), text: '' };
      continue;
    }
    const decoded = decode(bytes);
    if (!decoded.ok) {
      yield { result: inputProblem(shown, decoded.messageId, p.locale), text: '' };
      continue;
    }
    const result = lintText(decoded.text, { glossary: p.glossary, rules: p.rules, path: shown, locale: p.locale });
    yield { result, text: decoded.text };
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
  return { version: 1, files, summary: summarize(files) };
}
