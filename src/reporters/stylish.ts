// For people: each file's problems with file:line:col, the line with the defect underlined
// (East Asian wide characters count two columns), and a count per rule at the end. Control
// characters from documents and file names are shown escaped (\x1b), never sent to the terminal.
import { createColors } from 'picocolors';
import eaw from 'eastasianwidth';
import type { FileResult } from '../core/types';
import type { Reporter, ReporterContext } from './reporter';

const CONTEXT = 36; // display columns shown on each side of a defect in a long line

// C0 and C1 controls, DEL, and the bidirectional overrides and isolates ("Trojan Source").
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const CONTROL_BUT_NEWLINES = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

const escapeChar = (ch: string) => {
  const code = ch.charCodeAt(0);
  return NAMED[ch] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
};

/** Text safe to print on a terminal: control characters as \x1b, \t, \u202e. */
export function printable(s: string, keepNewlines = false): string {
  return s.replace(keepNewlines ? CONTROL_BUT_NEWLINES : CONTROL, escapeChar);
}

const width = (s: string) => [...s].reduce((n, ch) => n + (ch === '\t' ? 1 : eaw.characterLength(ch)), 0);

/** The line around the defect, trimmed to a readable window, and the caret underline. */
function excerpt(line: string, start: number, end: number): [string, string] {
  let from = start;
  let budget = CONTEXT;
  while (from > 0 && budget > 0) budget -= width(line[--from]!);
  let to = end;
  budget = CONTEXT;
  while (to < line.length && budget > 0) budget -= width(line[to++]!);
  const show = (s: string) => printable(s.replace(/\t/g, ' '));
  const prefix = (from > 0 ? '…' : '') + show(line.slice(from, start));
  const marked = show(line.slice(start, end));
  const shown = prefix + marked + show(line.slice(end, to)) + (to < line.length ? '…' : '');
  const carets = ' '.repeat(width(prefix)) + '^'.repeat(Math.max(1, width(marked)));
  return [shown, carets];
}

export function stylishReporter(ctx: ReporterContext): Reporter {
  const c = createColors(ctx.color);
  const counts = new Map<string, number>();
  const sev = { error: c.red('error'), warning: c.yellow('warning'), info: c.blue('info') };
  return {
    file({ result, text }) {
      if (!result.diagnostics.length) return '';
      const lines = text.split(/\r\n|\r|\n/);
      const out = [c.underline(printable(result.path))];
      for (const d of result.diagnostics) {
        counts.set(d.rule, (counts.get(d.rule) ?? 0) + 1);
        const key = d.key !== undefined ? `  ${c.cyan(`[${printable(d.key)}]`)}` : '';
        out.push(`  ${c.dim(`${d.line}:${d.column}`)}  ${sev[d.severity]}  ${printable(d.message ?? "")}${key}  ${c.dim(d.rule)}`);
        const line = lines[d.line - 1];
        if (line !== undefined && d.length > 0) {
          const end = d.endLine === d.line ? d.endColumn - 1 : line.length;
          const [shown, carets] = excerpt(line, d.column - 1, end);
          out.push(`      ${shown}`, `      ${c.red(carets)}`);
        }
      }
      return out.join('\n') + '\n\n';
    },
    end(_results: FileResult[], summary) {
      const problems = summary.errors + summary.warnings + summary.infos;
      if (!problems) return c.green(ctx.t('summaryClean', { files: summary.files })) + '\n';
      const head = ctx.t('summaryProblems', { ...summary, problems });
      const mark = summary.errors ? c.red('✖') : c.yellow('⚠');
      const rows = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      const w = Math.max(ctx.t('ruleColumn').length, ...rows.map(([r]) => r.length));
      const table = [
        `  ${c.dim(ctx.t('ruleColumn').padEnd(w))}  ${c.dim(ctx.t('countColumn'))}`,
        ...rows.map(([rule, n]) => `  ${rule.padEnd(w)}  ${String(n).padStart(5)}`),
      ];
      return `${mark} ${head}\n\n${table.join('\n')}\n`;
    },
  };
}

