// input/parse diagnostics: a parser's complaint at its line and column.
import { LineIndex } from './positions';
import type { Diagnostic } from './types';

export function parseProblem(text: string, offset: number, length: number, detail: string): Diagnostic {
  const lines = new LineIndex(text);
  const safe = Math.min(Math.max(0, offset), text.length);
  const len = Math.min(Math.max(0, length), text.length - safe);
  const start = lines.position(safe);
  const end = lines.position(safe + len);
  return {
    rule: 'input/parse',
    severity: 'error',
    message: detail,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    offset: safe,
    length: len,
    text: text.slice(safe, safe + len),
    suggestions: [],
    messageId: 'inputParse',
    data: { detail },
  };
}
