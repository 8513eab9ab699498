// Errors that carry their exit code: 2 for usage, configuration, glossary and input errors.
export interface Problem {
  file: string;
  line: number;
  column: number;
  messageId: string;
  data: Record<string, string | number>;
}

export class TermlintError extends Error {
  constructor(
    readonly messageId: string,
    readonly data: Record<string, string | number> = {},
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
