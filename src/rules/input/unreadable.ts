// input/unreadable — a file that could not be read (permissions, a directory, a vanished path).
import type { InputRule } from '../rule';

export const rule: InputRule = {
  id: 'input/unreadable',
  kind: 'input',
  severity: 'error',
  summary: 'The file could not be read',
  fix: 'none',
  messages: {
    unreadable: 'cannot read this file ({{detail}})',
    directory: 'cannot read this directory ({{detail}}); the files in it were not linted',
  },
};
