// The lint output contract (JSON version 1) and the types rules work with.
import type { NoteValue } from '../errors';
export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';
export type DocScript = 'zh-Hans' | 'zh-Hant' | 'mixed' | 'none';

export interface Diagnostic {
  rule: string;
  severity: Severity;
  /** Rendered at the edge (reporters, the library API) from messageId and data, in the user's locale. */
  message?: string;
  /** 1-based; column in UTF-16 code units. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** 0-based UTF-16 offset into the decoded text (BOM not counted). */
  offset: number;
  length: number;
  /** Always equals the file's text at offset/length. */
  text: string;
  suggestions: string[];
  /** The English preferred form, when the rule concerns a glossary concept. */
  term?: string;
  /** The key (i18next), unit id (XLIFF) or msgid (PO) of a translation unit, for `termlint check`. */
  key?: string;
  /** Message id and data, for rendering in another locale. */
  messageId: string;
  data: Record<string, NoteValue>;
  /** A safe fix (`--fix`): replace [offset, offset + length) of the file's text with `text`. */
  fix?: Fix;
}

/** An edit of the file's decoded text; `text` is already escaped for the file's format. */
export interface Fix {
  offset: number;
  length: number;
  text: string;
}

export interface FileResult {
  path: string;
  script: DocScript;
  diagnostics: Diagnostic[];
}

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
}

export interface LintReport {
  version: 1;
  files: FileResult[];
  summary: Summary;
}

/** One file's result with its decoded text (for reporters that show the offending line; '' when not kept). */
export interface FileLint {
  result: FileResult;
  text: string;
}
