// SARIF 2.1.0, as GitHub code scanning accepts it (upload with github/codeql-action/upload-sarif).
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { RULES } from '../rules';
import type { Severity } from '../core/types';
import type { Reporter, ReporterContext } from './reporter';

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', info: 'note' };

const uri = (p: string) => p.split(/[\\/]/).map(encodeURIComponent).join('/');

export function sarifReporter(ctx: ReporterContext): Reporter {
  return {
    file: () => '',
    end(results) {
      const rules: ReportingDescriptor[] = RULES.map((r) => ({
        id: r.id,
        name: r.id.replace(/[/-](\w)/g, (_, c: string) => c.toUpperCase()),
        shortDescription: { text: r.summary },
        defaultConfiguration: { level: LEVEL[r.severity], enabled: r.enabledByDefault !== false },
        properties: { kind: r.kind, fix: r.fix },
      }));
      const index = new Map(rules.map((r, i) => [r.id, i]));
      const out: Result[] = [];
      for (const file of results) {
        for (const d of file.diagnostics) {
          out.push({
            ruleId: d.rule,
            ruleIndex: index.get(d.rule)!,
            level: LEVEL[d.severity],
            message: { text: d.message ?? '' },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: uri(file.path), uriBaseId: '%SRCROOT%' },
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
          });
        }
      }
      const log: Log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
          {
            // No informationUri: the package has no published home page yet (SARIF makes it optional).
            tool: { driver: { name: 'termlint', version: ctx.version, rules } },
            columnKind: 'utf16CodeUnits',
            results: out,
          },
        ],
      };
      return JSON.stringify(log, null, 2) + '\n';
    },
  };
}
