// Rule options: each rule declares a JSON Schema; settings are validated against it (unknown keys
// and wrong types rejected, regular expressions compiled and checked for catastrophic
// backtracking) and defaults are filled in. Problems carry the path inside the options, so that
// the configuration loader can point at file:line:column.
import Ajv, { type ValidateFunction } from 'ajv';
import safeRegex from 'safe-regex2';
import type { RuleMeta } from './rule';
import { note, schemaNote, type NoteValue } from '../errors';

export interface OptionProblem {
  /** Path inside the options object, e.g. ['patterns', 0]. */
  path: (string | number)[];
  detail: NoteValue;
}

/** Why a pattern cannot be used, or undefined when it is fine. */
export function regexProblem(pattern: string, flags = 'u'): NoteValue | undefined {
  let re: RegExp;
  try {
    re = new RegExp(pattern, flags);
  } catch (err) {
    return note('regex.invalid', { detail: (err as Error).message });
  }
  if (!safeRegex(re)) {
    return note('regex.exponential', { pattern });
  }
  return undefined;
}

const ajv = new Ajv({ allErrors: true, strict: false, useDefaults: true });
ajv.addKeyword({
  keyword: 'regex',
  type: 'string',
  errors: true,
  validate: function check(this: unknown, _schema: boolean, data: string) {
    const detail = regexProblem(data);
    (check as unknown as { errors: unknown[] }).errors = detail ? [{ keyword: 'regex', message: 'regex', params: { note: detail } }] : [];
    return !detail;
  },
});

const compiled = new WeakMap<RuleMeta, ValidateFunction>();

function validator(rule: RuleMeta): ValidateFunction {
  let v = compiled.get(rule);
  if (!v) {
    v = ajv.compile({ additionalProperties: false, ...(rule.options ?? { type: 'object', properties: {} }) });
    compiled.set(rule, v);
  }
  return v;
}

/** Validates a rule's options (a copy gets the defaults); returns the options or the problems. */
export function ruleOptions(rule: RuleMeta, raw: unknown): { options: Record<string, unknown>; problems: OptionProblem[] } {
  const options = structuredClone(raw ?? {}) as Record<string, unknown>;
  const validate = validator(rule);
  if (validate(options)) return { options, problems: [] };
  const problems = (validate.errors ?? []).map((e): OptionProblem => {
    const path = e.instancePath
      .split('/')
      .slice(1)
      .map((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, '/').replace(/~0/g, '~')));
    if (e.keyword === 'additionalProperties') {
      const key = String((e.params as { additionalProperty: string }).additionalProperty);
      const known = Object.keys(rule.options?.properties ?? {});
      return { path: [...path, key], detail: known.length ? note('option.unknown', { key, rule: rule.id, known: known.join(', ') }) : note('option.unknownNone', { key, rule: rule.id }) };
    }
    if (e.keyword === 'regex') return { path, detail: (e.params as { note: NoteValue }).note };
    return { path, detail: note('option.invalid', { option: path.join('.'), rule: rule.id, detail: schemaNote(e) }) };
  });
  return { options, problems };
}
