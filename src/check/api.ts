// The library API of `termlint check`.
import fs from 'node:fs';
import path from 'node:path';
import { TermlintError } from '../errors';
import type { Glossary } from '../glossary/glossary';
import { loadGlossary } from '../glossary/glossary';
import type { Locale } from '../i18n';
import { translator } from '../i18n';
import { fileDiagnostic, inputProblem, type FileLint } from '../lint/api';
import { decode, undecodable, type Decoded } from '../core/decode';
import { DEFAULT_MAX_FILE_SIZE, readInput, type Note } from '../core/files';
import { analyze, lintText, resolveRules, type RuleSetting } from '../engine';
import { preferredIn } from '../rules/rule';
import type { FileResult } from '../core/types';
import { readI18nextPair } from '../formats/i18next';
import { readPo } from '../formats/po';
import { checkBundle, pairSeverities, scriptOfLocale, sourceTerms, type CheckContext } from './run';
import { readXliff } from '../formats/xliff';
import type { Bundle } from '../core/bundle';

export interface CheckOptions {
  /** i18next JSON file or locale folder, or an English document, with `target`. */
  source?: string;
  target?: string;
  /** XLIFF (.xlf, .xliff) and PO (.po) files: both sides in one file. */
  files?: string[];
  glossary?: Glossary;
  glossaries?: string[];
  builtinGlossary?: boolean;
  rules?: Record<string, RuleSetting>;
  locale?: Locale;
  allowUntranslated?: string[];
  sourceLocale?: string;
  targetLocale?: string;
  keySeparator?: string | false;
  nsSeparator?: string;
  cwd?: string;
  /** Inputs larger than this many bytes are not read: input/too-large (default 64 MB). */
  maxFileSize?: number;
}

/** A file's bytes and text, or the input/* problem that stops it being checked. */
function readChecked(file: string, limit: number): { bytes: Buffer; decoded: Decoded & { ok: true } } | { problem: Note } {
  const read = readInput(file, limit);
  if (!read.ok) return { problem: read.problem };
  const decoded = decode(read.bytes);
  return decoded.ok ? { bytes: read.bytes, decoded } : { problem: undecodable(decoded) };
}

const DOCUMENT = /\.(md|markdown|txt)$/i;

function context(options: CheckOptions): CheckContext {
  const settings = options.rules ?? {};
  return {
    glossary: options.glossary ?? loadGlossary({ builtin: options.builtinGlossary !== false, paths: options.glossaries ?? [] }),
    lintRules: resolveRules(settings),
    pairSeverity: pairSeverities(settings),
    locale: options.locale ?? 'en',
    allowUntranslated: options.allowUntranslated ?? [],
  };
}

/** Runs every check the options ask for; one result per file, with the file's text. */
export async function checkFiles(options: CheckOptions): Promise<FileLint[]> {
  const cwd = options.cwd ?? process.cwd();
  const shown = (f: string) => {
    const rel = path.relative(cwd, f);
    return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : f;
  };
  const ctx = context(options);
  const results: FileLint[] = [];
  const bundles: Bundle[] = [];
  const limit = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const problem = (file: string, p: Note): FileLint => ({ result: inputProblem(shown(file), p.messageId, ctx.locale, p.data), text: '' });
  if (options.source || options.target) {
    if (!options.source || !options.target) throw new TermlintError('checkNeedsInput');
    const source = path.resolve(cwd, options.source);
    const target = path.resolve(cwd, options.target);
    if (DOCUMENT.test(source) && DOCUMENT.test(target)) results.push(...documentPair(source, target, ctx, shown, options, limit));
    else {
      bundles.push(
        ...readI18nextPair(source, target, {
          keySeparator: options.keySeparator ?? '.',
          nsSeparator: options.nsSeparator ?? ':',
          ...(options.sourceLocale ? { sourceLocale: options.sourceLocale } : {}),
          ...(options.targetLocale ? { targetLocale: options.targetLocale } : {}),
        }, shown),
      );
    }
  }
  for (const f of options.files ?? []) {
    const file = path.resolve(cwd, f);
    if (!fs.existsSync(file) && !isLink(file)) throw new TermlintError('pathNotFound', { path: f });
    const read = readChecked(file, limit);
    if ('problem' in read) {
      results.push(problem(file, read.problem));
      continue;
    }
    const { bytes, decoded } = read;
    if (/\.xlf$|\.xliff$/i.test(file)) bundles.push(readXliff(decoded.text, shown(file)));
    else if (/\.po$/i.test(file)) bundles.push(await readPo(bytes, decoded.text, shown(file)));
    else throw new TermlintError('checkUnknownFormat', { path: f });
  }
  for (const b of bundles) {
    if (options.targetLocale) b.targetLocale = options.targetLocale;
    const [own, ...sources] = checkBundle(b, ctx);
    results.push({ result: own!, text: b.text }, ...sources.map((r) => ({ result: r, text: sourceText(path.resolve(cwd, r.path), limit) })));
  }
  return results;
}

const isLink = (file: string) => fs.lstatSync(file, { throwIfNoEntry: false })?.isSymbolicLink() === true;

/** A source file's text again, for excerpts ('' when it cannot be read). */
function sourceText(file: string, limit: number): string {
  const read = readChecked(file, limit);
  return 'problem' in read ? '' : read.decoded.text;
}

/** The results of checkFiles, without the texts. */
export async function check(options: CheckOptions): Promise<FileResult[]> {
  return (await checkFiles(options)).map((f) => f.result);
}

/** An English document and its Chinese translation: every lint rule on the translation, and
 * each glossary term the source uses must appear in the translation in an accepted rendering. */
function documentPair(source: string, target: string, ctx: CheckContext, shown: (f: string) => string, options: CheckOptions, limit: number): FileLint[] {
  const read = (f: string) => {
    if (!fs.existsSync(f) && !isLink(f)) throw new TermlintError('pathNotFound', { path: f });
    const r = readChecked(f, limit);
    return 'problem' in r ? r : r.decoded;
  };
  const s = read(source);
  const t = read(target);
  // An unreadable source is said, not skipped: the term check needs it.
  const sourceProblem = 'problem' in s ? [{ result: inputProblem(shown(source), s.problem.messageId, ctx.locale, s.problem.data), text: '' }] : [];
  if ('problem' in t) return [...sourceProblem, { result: inputProblem(shown(target), t.problem.messageId, ctx.locale, t.problem.data), text: '' }];
  const script = options.targetLocale ? scriptOfLocale(options.targetLocale) : undefined;
  const result = lintText(t.text, { glossary: ctx.glossary, rules: ctx.lintRules, path: shown(target), locale: ctx.locale, ...(script ? { script } : {}) });
  if ('problem' in s) return [...sourceProblem, { result, text: t.text }];
  const src = analyze(s.text, ctx.glossary, source);
  const tgt = analyze(t.text, ctx.glossary, target, script);
  const counts = sourceTerms(s.text, src);
  const rendered = new Set(tgt.zh.flatMap((o) => o.refs.filter((r) => r.kind !== 'avoid').map((r) => r.entry)));
  const severity = ctx.pairSeverity.get('pair/term-missing');
  const zh = tgt.script === 'zh-Hant' ? 'zh-Hant' : 'zh-Hans';
  const tr = translator(ctx.locale);
  for (const [entry, count] of counts) {
    if (rendered.has(entry) || !severity) continue;
    const expected = preferredIn(entry, zh);
    const data = { term: entry.en.preferred, count, expected };
    const message = tr('rules.pair/term-missing.document', data);
    result.diagnostics.push(
      fileDiagnostic('pair/term-missing', severity, message, 'document', data, { suggestions: [expected], term: entry.en.preferred }),
    );
  }
  result.diagnostics.sort((a, b) => a.offset - b.offset || a.rule.localeCompare(b.rule));
  return [{ result, text: t.text }];
}
