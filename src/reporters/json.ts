// The JSON output contract, version 1 (README: "The output contract").
import type { Diagnostic, FileResult } from '../core/types';
import type { Reporter } from './reporter';

/** A diagnostic as the contract shows it: message ids and data stay in the library. */
export function contractDiagnostic(d: Diagnostic) {
  return {
    rule: d.rule,
    severity: d.severity,
    message: d.message,
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    offset: d.offset,
    length: d.length,
    text: d.text,
    suggestions: d.suggestions,
    ...(d.term ? { term: d.term } : {}),
    ...(d.key !== undefined ? { key: d.key } : {}),
    ...(d.fix ? { fix: d.fix } : {}),
  };
}

export function jsonReporter(): Reporter {
  return {
    file: () => '',
    end(results: FileResult[], summary) {
      const files = results.map((r) => ({ path: r.path, script: r.script, diagnostics: r.diagnostics.map(contractDiagnostic) }));
      return JSON.stringify({ version: 1, files, summary }, null, 2) + '\n';
    },
  };
}
