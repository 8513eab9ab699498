// Configuration: termlint.config.json or .termlintrc.yaml (.yml), found upwards from the working
// directory, or named with --config. Errors carry file:line:column and exit code 2; so does a
// user regular expression that is invalid or can backtrack catastrophically (safe-regex2).
import fs from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, visit, type Document } from 'yaml';
import { note, TermlintError, type NoteValue } from '../errors';
import { describeError, kindOf, MAX_FILE_SIZE_CEILING, parseSize, readInput, readProblemDetail, SETTINGS_FILE_LIMIT } from '../core/files';
import type { RuleSetting } from './engine';
import { REGIONS, type Region } from '../glossary/model';
import { RULES_BY_ID } from '../rules';
import { regexProblem, ruleOptions } from '../rules/options';

export const CONFIG_NAMES = ['termlint.config.json', '.termlintrc.yaml', '.termlintrc.yml', '.termlintrc.json'];

export interface Config {
  /** Where the configuration was read from (undefined: defaults). */
  file?: string;
  rules: Record<string, RuleSetting>;
  /** Glossary files or directories, resolved against the configuration's folder. */
  glossaries: string[];
  /** Use the built-in glossary (default true). */
  builtinGlossary: boolean;
  /** gitignore-style patterns, relative to the configuration's folder. */
  ignore: string[];
  /** Extra boilerplate line patterns (regular expressions) for content/boilerplate. */
  boilerplate: string[];
  /** Source strings `termlint check` may leave untranslated (brand names); /…/ for a pattern. */
  allowUntranslated: string[];
  /** Size limit per input file, in bytes (undefined: the default). */
  maxFileSize?: number;
  /** The region texts are written for (zh-CN, zh-TW, zh-HK). */
  region?: Region;
}

/** The nearest folder upwards with a configuration file; two in one folder is an error. */
export function findConfig(cwd: string): string | undefined {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    const found = CONFIG_NAMES.map((name) => path.join(dir, name)).filter((file) => fs.existsSync(file));
    if (found.length > 1) throw new TermlintError('configAmbiguous', { dir, files: found.map((f) => path.basename(f)).join(', ') });
    if (found.length) return found[0];
    if (path.dirname(dir) === dir) return undefined;
  }
}


const KEYS = new Set(['rules', 'glossaries', 'builtinGlossary', 'ignore', 'boilerplate', 'allowUntranslated', 'maxFileSize', 'region']);

/** The text of a configuration file: a regular file of reasonable size, in UTF-8. */
function readConfigText(file: string): string {
  const read = readInput(file, SETTINGS_FILE_LIMIT);
  if (read.ok) return read.bytes.toString('utf8');
  throw new TermlintError('configUnreadable', { file, detail: readProblemDetail(read.problem) });
}

/** The document as plain data; an alias bomb is refused at its first alias. */
function plain(doc: Document, fail: (offset: number, detail: NoteValue) => never): unknown {
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    let offset = 0;
    visit(doc, {
      Alias(_, node) {
        offset = node.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    return fail(offset, (err as Error).message);
  }
}

export function loadConfig(file: string | undefined): Config {
  const config: Config = { rules: {}, glossaries: [], builtinGlossary: true, ignore: [], boilerplate: [], allowUntranslated: [] };
  if (!file) return config;
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (err) {
    throw new TermlintError('configUnreadable', { file, detail: describeError(err) });
  }
  if (stat.isDirectory()) throw new TermlintError('configUnreadable', { file, detail: note('notRegularFile', { kind: kindOf(stat) }) });
  const text = readConfigText(file);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const fail = (offset: number, detail: NoteValue): never => {
    const { line, col } = lineCounter.linePos(offset);
    throw new TermlintError('configInvalid', { file, line, column: col, detail });
  };
  if (doc.errors.length) fail(doc.errors[0]!.pos[0], doc.errors[0]!.message.split('\n')[0]!);
  const at = (keyPath: (string | number)[]) => {
    // The deepest node of the path that exists (an option's value, else its rule's setting).
    for (let n = keyPath.length; n > 0; n--) {
      const node = doc.getIn(keyPath.slice(0, n), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return node.range[0];
    }
    return 0;
  };
  const checkPattern = (keyPath: (string | number)[], source: string, flags = 'u') => {
    const why = regexProblem(source, flags);
    if (why) fail(at(keyPath), why);
  };
  const data = (plain(doc, fail) ?? {}) as Record<string, unknown>;
  if (typeof data !== 'object' || Array.isArray(data)) fail(0, note('config.notMapping'));
  const dir = path.dirname(file);
  for (const key of Object.keys(data)) if (!KEYS.has(key)) fail(at([key]), note('schema.unknownField', { key }));
  const strings = (key: string): string[] => {
    const v = data[key];
    if (v === undefined) return [];
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) fail(at([key]), note('config.stringList', { key }));
    return v as string[];
  };
  config.file = file;
  config.glossaries = strings('glossaries').map((g) => path.resolve(dir, g));
  config.ignore = strings('ignore');
  config.allowUntranslated = strings('allowUntranslated');
  for (const [i, a] of config.allowUntranslated.entries()) {
    // The same reading as termlint check's: /source/flags, only "i" counts.
    const m = /^\/(.*)\/([a-z]*)$/.exec(a);
    if (m) checkPattern(['allowUntranslated', i], m[1]!, m[2]!.includes('i') ? 'iu' : 'u');
  }
  if (data.region !== undefined) {
    if (!(REGIONS as readonly unknown[]).includes(data.region)) fail(at(['region']), note('config.region', { regions: REGIONS.join(', ') }));
    config.region = data.region as Region;
  }
  if (data.maxFileSize !== undefined) {
    const size = parseSize(data.maxFileSize as string | number);
    if (size === undefined || size > MAX_FILE_SIZE_CEILING) {
      fail(at(['maxFileSize']), note('config.maxFileSize'));
    }
    config.maxFileSize = size;
  }
  const bp = data.boilerplate as { patterns?: unknown } | undefined;
  if (bp !== undefined) {
    if (typeof bp !== 'object' || Array.isArray(bp) || !Array.isArray(bp.patterns)) {
      fail(at(['boilerplate']), note('config.boilerplate'));
    }
    for (const [i, p] of (bp!.patterns as unknown[]).entries()) checkPattern(['boilerplate', 'patterns', i], String(p));
    config.boilerplate = (bp!.patterns as unknown[]).map(String);
  }
  if (data.builtinGlossary !== undefined) {
    if (typeof data.builtinGlossary !== 'boolean') fail(at(['builtinGlossary']), note('config.builtinGlossary'));
    config.builtinGlossary = data.builtinGlossary as boolean;
  }
  const rules = data.rules;
  if (rules !== undefined) {
    if (typeof rules !== 'object' || Array.isArray(rules)) fail(at(['rules']), note('config.rulesMapping'));
    for (const [id, setting] of Object.entries(rules as Record<string, unknown>)) {
      const rule = RULES_BY_ID.get(id);
      if (!rule) fail(at(['rules', id]), note('config.unknownRule', { rule: id }));
      const level = Array.isArray(setting) ? setting[0] : setting;
      if (!['off', 'info', 'warning', 'error'].includes(String(level))) {
        fail(at(['rules', id, ...(Array.isArray(setting) ? [0] : [])]), note('config.severity', { rule: id }));
      }
      if (Array.isArray(setting)) {
        if (setting.length > 2) fail(at(['rules', id, 2]), note('config.settingShape', { rule: id }));
        if (setting[1] !== undefined && (typeof setting[1] !== 'object' || setting[1] === null || Array.isArray(setting[1]))) {
          fail(at(['rules', id, 1]), note('config.optionsMapping', { rule: id }));
        }
        const [problem] = ruleOptions(rule!, setting[1]).problems;
        if (problem) fail(at(['rules', id, 1, ...problem.path]), problem.detail);
      }
      const options = Array.isArray(setting) ? (setting[1] as { patterns?: unknown } | undefined) : undefined;
      if (options?.patterns !== undefined) {
        if (!Array.isArray(options.patterns) || options.patterns.some((p) => typeof p !== 'string')) {
          fail(at(['rules', id, 1, 'patterns']), note('config.patterns', { rule: id }));
        }
        for (const [i, p] of (options.patterns as string[]).entries()) checkPattern(['rules', id, 1, 'patterns', i], p);
      }
      config.rules[id] = setting as RuleSetting;
    }
  }
  return config;
}
