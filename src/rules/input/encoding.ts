// input/encoding — a text file that is not UTF-8 (or UTF-16 with a byte-order mark): skipped.
import type { InputRule } from '../rule';

export const rule: InputRule = {
  id: 'input/encoding',
  kind: 'input',
  severity: 'error',
  summary: 'The file is not in a Unicode encoding termlint reads',
  fix: 'none',
  messages: { notUtf8: 'this file is not UTF-8 (GBK or Big5?); convert it to UTF-8 to lint it' },
};
