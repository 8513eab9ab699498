// The JSON output contract, version 1 (README: "The output contract"). Written a diagnostic at a
// time: a run with millions of findings never becomes one string.
import type { Diagnostic } from '../core/types';
import type { Reporter } from './reporter';
import { ArrayWriter, around, indented } from './stream';

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

const HEAD = '{\n  "version": 1,\n  "files": ';

export function jsonReporter(): Reporter {
  const files = new ArrayWriter(1);
  let started = false;
  return {
    *file({ result }) {
      const [before, after] = around({ path: result.path, script: result.script, diagnostics: [] }, 2);
      yield (started ? '' : HEAD) + files.open() + before;
      started = true;
      const diagnostics = new ArrayWriter(3);
      for (const d of result.diagnostics) yield diagnostics.item(contractDiagnostic(d));
      yield diagnostics.close() + after;
    },
    end(summary) {
      return (started ? '' : HEAD) + files.close() + ',\n  "summary": ' + indented(summary, 1) + '\n}\n';
    },
  };
}
