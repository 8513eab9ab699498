// input/binary — a file that is not text (it contains NUL bytes): skipped, never guessed at.
import type { InputRule } from '../rule';

export const rule: InputRule = {
  id: 'input/binary',
  kind: 'input',
  severity: 'error',
  summary: 'The file is not text and was skipped',
  fix: 'none',
  messages: { binary: 'this file is not text (it contains NUL bytes); skipped' },
};
