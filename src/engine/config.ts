// Configuration: termlint.config.json or .termlintrc.yaml (.yml), found upwards from the working
// directory, or named with --config. Errors carry file:line:column and exit code 2.
import fs from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { TermlintError } from '../errors';
import type { RuleSetting } from './engine';
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
}

export function findConfig(cwd: string): string | undefined {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    for (const name of CONFIG_NAMES) {
      const file = path.join(dir, name);
      if (fs.existsSync(file)) return file;
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}

const KEYS = new Set(['rules', 'glossaries', 'builtinGlossary', 'ignore', 'boilerplate', 'allowUntranslated']);

export function loadConfig(file: string | undefined): Config {
  const config: Config = { rules: {}, glossaries: [], builtinGlossary: true, ignore: [], boilerplate: [], allowUntranslated: [] };
  if (!file) return config;
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new TermlintError('configUnreadable', { file, detail: (err as NodeJS.ErrnoException).code ?? String(err) });
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const fail = (offset: number, detail: string): never => {
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
  const data = (doc.toJS() ?? {}) as Record<string, unknown>;
  if (typeof data !== 'object' || Array.isArray(data)) fail(0, 'the configuration must be a mapping');
  const dir = path.dirname(file);
  for (const key of Object.keys(data)) if (!KEYS.has(key)) fail(at([key]), `unknown field "${key}"`);
  const strings = (key: string): string[] => {
    const v = data[key];
    if (v === undefined) return [];
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) fail(at([key]), `"${key}" must be a list of strings`);
    return v as string[];
  };
  config.file = file;
  config.glossaries = strings('glossaries').map((g) => path.resolve(dir, g));
  config.ignore = strings('ignore');
  config.allowUntranslated = strings('allowUntranslated');
  const bp = data.boilerplate as { patterns?: unknown } | undefined;
  if (bp !== undefined) {
    if (typeof bp !== 'object' || Array.isArray(bp) || !Array.isArray(bp.patterns)) {
      fail(at(['boilerplate']), '"boilerplate" must be { patterns: [regular expressions] }');
    }
    for (const [i, p] of (bp!.patterns as unknown[]).entries()) {
      const problem = regexProblem(String(p));
      if (problem) fail(at(['boilerplate', 'patterns', i]), problem);
    }
    config.boilerplate = (bp!.patterns as unknown[]).map(String);
  }
  if (data.builtinGlossary !== undefined) {
    if (typeof data.builtinGlossary !== 'boolean') fail(at(['builtinGlossary']), '"builtinGlossary" must be true or false');
    config.builtinGlossary = data.builtinGlossary as boolean;
  }
  const rules = data.rules;
  if (rules !== undefined) {
    if (typeof rules !== 'object' || Array.isArray(rules)) fail(at(['rules']), '"rules" must map rule ids to settings');
    for (const [id, setting] of Object.entries(rules as Record<string, unknown>)) {
      const rule = RULES_BY_ID.get(id);
      if (!rule) fail(at(['rules', id]), `unknown rule "${id}"`);
      const level = Array.isArray(setting) ? setting[0] : setting;
      if (!['off', 'info', 'warning', 'error'].includes(String(level))) {
        fail(at(['rules', id, ...(Array.isArray(setting) ? [0] : [])]), `rule "${id}": severity must be off, info, warning or error`);
      }
      if (Array.isArray(setting)) {
        if (setting.length > 2) fail(at(['rules', id, 2]), `rule "${id}": a setting is "severity" or [severity, {options}]`);
        if (setting[1] !== undefined && (typeof setting[1] !== 'object' || setting[1] === null || Array.isArray(setting[1]))) {
          fail(at(['rules', id, 1]), `rule "${id}": options must be a mapping`);
        }
        const [problem] = ruleOptions(rule!, setting[1]).problems;
        if (problem) fail(at(['rules', id, 1, ...problem.path]), problem.detail);
      }
      config.rules[id] = setting as RuleSetting;
    }
  }
  return config;
}
