// input/encoding — a text file that is not UTF-8 or UTF-16 with a byte-order mark: skipped, with
// what it looks like (GBK, Big5, Latin-1, UTF-16 without BOM) when that can be told.
import type { InputRule } from '../rule';

export const rule: InputRule = {
  id: 'input/encoding',
  kind: 'input',
  severity: 'error',
  summary: 'The file is not in a Unicode encoding termlint reads',
  fix: 'none',
  messages: {
    notUtf8: 'this file is not UTF-8; convert it to UTF-8 to lint it',
    looksLike: 'this file is not UTF-8: it looks like {{encoding}}; convert it to UTF-8 to lint it',
    unknownCharset: 'the file declares charset "{{charset}}", which termlint does not know; convert it to UTF-8 (and declare charset=UTF-8)',
  },
};
