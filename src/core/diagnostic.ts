// The one place a Diagnostic is built: positions from offsets, the reported text from the file.
// Messages are not rendered here: a diagnostic carries its messageId and data, and the edge (a
// reporter, or the library API) renders them in the user's locale.
import { LineIndex } from './positions';
import type { Diagnostic, Fix, Severity } from './types';
import type { NoteValue } from '../errors';

export interface DiagnosticInit {
  rule: string;
  severity: Severity;
  messageId: string;
  data?: Record<string, NoteValue>;
  suggestions?: string[];
  term?: string;
  key?: string;
  fix?: Fix;
}

/** A diagnostic at [offset, offset + length) of `text`, clamped to the text. */
export function diagnosticAt(text: string, lines: LineIndex, offset: number, length: number, init: DiagnosticInit): Diagnostic {
  const start = Math.min(Math.max(0, offset), text.length);
  const len = Math.min(Math.max(0, length), text.length - start);
  const a = lines.position(start);
  const b = lines.position(start + len);
  return {
    rule: init.rule,
    severity: init.severity,
    line: a.line,
    column: a.column,
    endLine: b.line,
    endColumn: b.column,
    offset: start,
    length: len,
    text: text.slice(start, start + len),
    suggestions: init.suggestions ?? [],
    ...(init.term ? { term: init.term } : {}),
    ...(init.key !== undefined ? { key: init.key } : {}),
    messageId: init.messageId,
    data: init.data ?? {},
    ...(init.fix ? { fix: init.fix } : {}),
  };
}

/** A diagnostic about a whole file, placed at its start with an empty span. */
export function fileDiagnostic(init: DiagnosticInit): Diagnostic {
  return diagnosticAt('', new LineIndex(''), 0, 0, init);
}

/** Moves a diagnostic computed on a slice of a file (a target value) to its place in the file; a fix's
 * text is escaped for the file's format. */
export function shiftDiagnostic(d: Diagnostic, text: string, lines: LineIndex, base: number, key?: string, escape: (s: string) => string = (s) => s): Diagnostic {
  const { rule, severity, messageId, data, suggestions, term, fix } = d;
  return diagnosticAt(text, lines, base + d.offset, d.length, {
    rule,
    severity,
    messageId,
    data,
    suggestions,
    ...(term ? { term } : {}),
    ...(key !== undefined ? { key } : key === undefined && d.key !== undefined ? { key: d.key } : {}),
    ...(fix ? { fix: { offset: base + fix.offset, length: fix.length, text: escape(fix.text) } } : {}),
  });
}

/** A parser's complaint at its place in the file (rule input/parse). */
export function parseProblem(text: string, offset: number, length: number, detail: NoteValue, lines = new LineIndex(text)): Diagnostic {
  return diagnosticAt(text, lines, offset, length, { rule: 'input/parse', severity: 'error', messageId: 'parse', data: { detail } });
}

export function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.offset - b.offset || a.rule.localeCompare(b.rule) || a.length - b.length;
}

/** Why a file could not be read, as the input rule and message that say so. */
const INPUT_REASONS: Record<string, { rule: string; messageId: string }> = {
  inputBinary: { rule: 'input/binary', messageId: 'binary' },
  inputNotUtf8: { rule: 'input/encoding', messageId: 'notUtf8' },
  inputEncoding: { rule: 'input/encoding', messageId: 'looksLike' },
  inputUnreadable: { rule: 'input/unreadable', messageId: 'unreadable' },
  inputDirUnreadable: { rule: 'input/unreadable', messageId: 'directory' },
  inputTooLarge: { rule: 'input/too-large', messageId: 'file' },
  inputTooLargeStream: { rule: 'input/too-large', messageId: 'stream' },
  inputNotRegular: { rule: 'input/not-regular', messageId: 'notRegular' },
};

export function inputInit(reason: string, data: Record<string, NoteValue> = {}): DiagnosticInit {
  const { rule, messageId } = INPUT_REASONS[reason] ?? INPUT_REASONS.inputUnreadable!;
  return { rule, severity: 'error', messageId, data };
}
