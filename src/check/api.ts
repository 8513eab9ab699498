// The library API of `termlint check`: find the format of the inputs in the registry, read them
// into bundles, and run the engine on each bundle.
import fs from 'node:fs';
import path from 'node:path';
import { TermlintError } from '../errors';
import type { Glossary } from '../glossary/glossary';
import { loadGlossary } from '../glossary/glossary';
import type { Locale } from '../i18n';
import { renderResults } from '../i18n';
import { decode, undecodable } from '../core/decode';
import { byPosition, fileDiagnostic, inputInit } from '../core/diagnostic';
import { DEFAULT_MAX_FILE_SIZE, readInput } from '../core/files';
import type { Bundle } from '../core/bundle';
import type { FileLint, FileResult } from '../core/types';
import { checkBundle, resolveRules, type RuleSet, type RuleSetting } from '../engine/engine';
import { BILINGUAL_FORMATS, fileFormatFor, pairFormatFor, textFormatFor } from '../formats';
import { regionOfLocale, scriptOfLocale, type BilingualFormat, type FormatOptions, type Load } from '../formats/format';
import type { Region } from '../glossary/model';

export interface CheckOptions {
  /** A source file or folder (i18next, ARB, Android, a document), with `target`. */
  source?: string;
  target?: string;
  /** Files holding both sides (XLIFF, PO, String Catalogs). */
  files?: string[];
  glossary?: Glossary;
  glossaries?: string[];
  builtinGlossary?: boolean;
  rules?: Record<string, RuleSetting>;
  /** Language of the messages of `check()` (default en); `checkFiles` leaves them to the reporter. */
  locale?: Locale;
  allowUntranslated?: string[];
  sourceLocale?: string;
  targetLocale?: string;
  keySeparator?: string | false;
  nsSeparator?: string;
  cwd?: string;
  /** A prepared rule set (the CLI resolves it with the configuration's positions). */
  ruleSet?: RuleSet;
  /** Inputs larger than this many bytes are not read: input/too-large (default 64 MB). */
  maxFileSize?: number;
  /** The region the translations are for (default: from the target locale). */
  region?: Region;
}

/** Reads a file the way every format must: regular files only, within the size limit, decoded. */
export function loader(limit: number, own?: BilingualFormat['decode']): Load {
  return (file) => {
    const read = readInput(file, limit);
    if (!read.ok) return { ok: false, problem: inputInit(read.problem.messageId, read.problem.data) };
    const declared = own?.(read.bytes);
    if (declared) return declared.ok ? { ok: true, bytes: read.bytes, text: declared.text } : declared;
    const decoded = decode(read.bytes);
    if (!decoded.ok) {
      const why = undecodable(decoded);
      return { ok: false, problem: inputInit(why.messageId, why.data) };
    }
    return { ok: true, bytes: read.bytes, text: decoded.text };
  };
}

const isLink = (file: string) => fs.lstatSync(file, { throwIfNoEntry: false })?.isSymbolicLink() === true;

const formatNames = () => BILINGUAL_FORMATS.map((f) => `${f.id} (${f.extensions.join(', ')})`).join('; ');

/** The path's kind; a link that cannot be followed (a loop, a dangling target) is itself, and reading it will say why. */
function statOf(p: string, shownPath: string): fs.Stats {
  let st: fs.Stats | undefined;
  try {
    st = fs.statSync(p, { throwIfNoEntry: false });
  } catch {
    st = undefined;
  }
  st ??= isLink(p) ? fs.lstatSync(p) : undefined;
  if (!st) throw new TermlintError('pathNotFound', { path: shownPath });
  return st;
}

/** Reads the bundles the options name. */
export async function readBundles(options: CheckOptions, cwd: string, shown: (f: string) => string, results: FileLint[], load: Load): Promise<Bundle[]> {
  const formatOptions: FormatOptions = {
    keySeparator: options.keySeparator ?? '.',
    nsSeparator: options.nsSeparator ?? ':',
    ...(options.sourceLocale ? { sourceLocale: options.sourceLocale } : {}),
    ...(options.targetLocale ? { targetLocale: options.targetLocale } : {}),
  };
  const bundles: Bundle[] = [];
  if (options.source || options.target) {
    if (!options.source || !options.target) throw new TermlintError('checkNeedsInput');
    const source = path.resolve(cwd, options.source);
    const target = path.resolve(cwd, options.target);
    const s = statOf(source, options.source);
    const t = statOf(target, options.target);
    const format = pairFormatFor({ path: source, isDirectory: s.isDirectory() }, { path: target, isDirectory: t.isDirectory() });
    if (!format?.readPair) throw new TermlintError('checkUnknownFormat', { path: `${options.source}, ${options.target}`, formats: formatNames() });
    bundles.push(...(await format.readPair({ source, target, shown, options: formatOptions, load })));
  }
  for (const f of options.files ?? []) {
    const file = path.resolve(cwd, f);
    const format = fileFormatFor(file);
    // What is not a regular file is said as such, whatever its name (/dev/zero, a FIFO).
    const st = statOf(file, f);
    if (!format?.readFile && st.isFile()) throw new TermlintError('checkUnknownFormat', { path: f, formats: formatNames() });
    const loaded = (format?.decode ? loader(options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE, format.decode) : load)(file);
    if (!loaded.ok) {
      results.push({ result: { path: shown(file), script: 'none', diagnostics: [fileDiagnostic(loaded.problem)] }, text: '' });
      continue;
    }
    if (!format?.readFile) throw new TermlintError('checkUnknownFormat', { path: f, formats: formatNames() });
    bundles.push(...(await format.readFile({ file, shown: shown(file), bytes: loaded.bytes, text: loaded.text, options: formatOptions })));
  }
  return bundles;
}

/** Runs every check the options ask for; one result per file, with the file's text. Messages are not rendered. */
export async function checkFiles(options: CheckOptions): Promise<FileLint[]> {
  const cwd = options.cwd ?? process.cwd();
  // Paths below the working directory relative, others absolute (../../dev/zero says less than /dev/zero).
  const shown = (f: string) => {
    const rel = path.relative(cwd, f);
    return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : f;
  };
  const load = loader(options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
  const glossary = options.glossary ?? loadGlossary({ builtin: options.builtinGlossary !== false, paths: options.glossaries ?? [] });
  const rules = options.ruleSet ?? resolveRules(options.rules ?? {});
  const results: FileLint[] = [];
  const bundles = await readBundles(options, cwd, shown, results, load);
  for (const b of bundles) {
    if (options.targetLocale) b.targetLocale = options.targetLocale;
    const script = scriptOfLocale(b.targetLocale) ?? 'zh-Hans';
    const read = b.document?.read ?? textFormatFor('value.txt').read;
    const region = options.region ?? regionOfLocale(b.targetLocale);
    const diagnostics = checkBundle(b, { glossary, rules, script, read, allowUntranslated: options.allowUntranslated ?? [], ...(region ? { region } : {}) });
    results.push({ result: { path: b.path, script, diagnostics }, text: b.text });
    for (const p of b.sourceProblems) {
      const source = p.diagnostic.length ? load(path.resolve(cwd, p.path)) : undefined;
      const text = source?.ok ? source.text : '';
      results.push({ result: { path: p.path, script: 'none', diagnostics: [p.diagnostic] }, text });
    }
  }
  for (const r of results) r.result.diagnostics.sort(byPosition);
  return results;
}

/** The results of checkFiles, without the texts, with messages in `options.locale`. */
export async function check(options: CheckOptions): Promise<FileResult[]> {
  return renderResults(
    (await checkFiles(options)).map((f) => f.result),
    options.locale ?? 'en',
  );
}
