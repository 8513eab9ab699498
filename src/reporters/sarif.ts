// SARIF 2.1.0, as GitHub code scanning accepts it (upload with github/codeql-action/upload-sarif).
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { RULES } from '../rules';
import type { Diagnostic, Severity } from '../core/types';
import type { Reporter, ReporterContext } from './reporter';
import { ArrayWriter, around } from './stream';

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', info: 'note' };

const uri = (p: string) => p.split(/[\\/]/).map(encodeURIComponent).join('/');

function result(d: Diagnostic, file: string, index: Map<string, number>): Result {
  return {
    ruleId: d.rule,
    ruleIndex: index.get(d.rule)!,
    level: LEVEL[d.severity],
    message: { text: d.message ?? '' },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: uri(file), uriBaseId: '%SRCROOT%' },
          region: {
            startLine: d.line,
            startColumn: d.column,
            endLine: d.endLine,
            endColumn: d.endColumn,
            charOffset: d.offset,
            charLength: d.length,
            ...(d.text ? { snippet: { text: d.text } } : {}),
          },
        },
      },
    ],
    ...(d.suggestions.length ? { properties: { suggestions: d.suggestions } } : {}),
  };
}

/** The log, results written one at a time as files come (the same bytes as stringifying it whole). */
export function sarifReporter(ctx: ReporterContext): Reporter {
  const rules: ReportingDescriptor[] = RULES.map((r) => ({
    id: r.id,
    name: r.id.replace(/[/-](\w)/g, (_, c: string) => c.toUpperCase()),
    shortDescription: { text: r.summary },
    defaultConfiguration: { level: LEVEL[r.severity], enabled: r.enabledByDefault !== false },
    properties: { kind: r.kind, fix: r.fix },
  }));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        // No informationUri: the package has no published home page yet (SARIF makes it optional).
        tool: { driver: { name: 'termlint', version: ctx.version, rules } },
        columnKind: 'utf16CodeUnits',
        results: [],
      },
    ],
  };
  // The results array is the last thing in the log: what comes before it, what after.
  const [before, after] = around(log as unknown as Record<string, unknown>, 0);
  const results = new ArrayWriter(3);
  let started = false;
  return {
    *file({ result: file }) {
      if (!started) yield before;
      started = true;
      for (const d of file.diagnostics) yield results.item(result(d, file.path, index));
    },
    end() {
      return (started ? '' : before) + results.close() + after + '\n';
    },
  };
}
