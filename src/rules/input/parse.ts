// input/parse — a translation file its format's parser rejects, at the parser's line and column.
import type { InputRule } from '../rule';

export const rule: InputRule = {
  id: 'input/parse',
  kind: 'input',
  severity: 'error',
  summary: 'The file could not be parsed in its format',
  fix: 'none',
  messages: { parse: 'cannot parse: {{detail}}' },
};
