// One line per finding, for grep and editors: path:line:column: severity: message (rule).
import type { Reporter } from './reporter';
import { printable, summaryLine } from './stylish';
import type { ReporterContext } from './reporter';

export function compactReporter(ctx: ReporterContext): Reporter {
  return {
    file({ result }) {
      return result.diagnostics
        .map((d) => `${printable(result.path)}:${d.line}:${d.column}: ${d.severity}: ${printable(d.message ?? '')}${d.key !== undefined ? ` [${printable(d.key)}]` : ''} (${d.rule})\n`)
        .join('');
    },
    end(summary) {
      const problems = summary.errors + summary.warnings + summary.infos;
      return problems ? `\n${summaryLine(ctx.t, summary)}\n` : '';
    },
  };
}
