// Errors that carry their exit code: 2 for usage, configuration, glossary and input errors.

/** A message id and its data, rendered at the edge in the user's locale. A value may itself be a
 * message (an OS error, a file kind, a configuration problem): no English string travels as data. */
export interface Note {
  messageId: string;
  data: Record<string, NoteValue>;
}
export type NoteValue = string | number | Note;

export const note = (messageId: string, data: Record<string, NoteValue> = {}): Note => ({ messageId, data });

/** A JSON-Schema (ajv) error as a message: `schema.<keyword>` with the error's parameters. */
export function schemaNote(error: { keyword: string; message?: string; params: Record<string, unknown> }): Note {
  const p = error.params;
  const list = (v: unknown) => (Array.isArray(v) ? v.map((x) => JSON.stringify(x)).join(', ') : JSON.stringify(v));
  switch (error.keyword) {
    case 'type':
      return note('schema.type', { type: String(p.type) });
    case 'required':
      return note('schema.required', { property: String(p.missingProperty) });
    case 'enum':
      return note('schema.enum', { allowed: list(p.allowedValues) });
    case 'const':
      return note('schema.enum', { allowed: list(p.allowedValue) });
    case 'minLength':
    case 'minItems':
    case 'minProperties':
    case 'maxLength':
    case 'maxItems':
      return note(`schema.${error.keyword}`, { limit: Number(p.limit) });
    case 'pattern':
      return note('schema.pattern', { pattern: String(p.pattern) });
    case 'uniqueItems':
      return note('schema.uniqueItems', { i: Number(p.i), j: Number(p.j) });
    case 'oneOf':
    case 'anyOf':
      return note('schema.oneOf');
    case 'additionalProperties':
      return note('schema.unknownField', { key: String(p.additionalProperty) });
    default:
      return note('schema.other', { detail: error.message ?? error.keyword });
  }
}

export interface Problem extends Note {
  file: string;
  line: number;
  column: number;
}

export class TermlintError extends Error {
  constructor(
    readonly messageId: string,
    readonly data: Record<string, NoteValue> = {},
    readonly exitCode = 2,
  ) {
    super(messageId);
  }
}

/** A glossary that cannot be loaded: every problem has a file, line and column. */
export class GlossaryError extends TermlintError {
  constructor(readonly problems: Problem[]) {
    super('glossaryInvalid', { count: problems.length });
  }
}
