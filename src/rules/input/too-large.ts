// input/too-large — a file (or standard input) over the size limit: not read, so that one huge
// input cannot exhaust memory; the run goes on. Raise the limit with --max-file-size. Also: a file
// with more problems than are listed per file (MAX_PROBLEMS_PER_FILE), once, at the severity of
// the worst problem not listed.
import type { InputRule } from '../rule';

export const rule: InputRule = {
  id: 'input/too-large',
  kind: 'input',
  severity: 'error',
  summary: 'The input is over the size limit and was not read',
  fix: 'none',
  messages: {
    file: 'this file is {{size}}, over the {{limit}} limit; not read (raise the limit with --max-file-size or maxFileSize in the configuration)',
    stream: 'this input is larger than the {{limit}} limit; not read (raise the limit with --max-file-size or maxFileSize in the configuration)',
    problems: '{{more}} more problems in this file are not listed: at most {{limit}} are listed per file, to keep memory bounded',
  },
};
