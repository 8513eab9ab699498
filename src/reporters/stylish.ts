// For people: each file's problems with file:line:col, the line with the defect underlined
// (East Asian wide characters count two columns), and a count per rule at the end. Control
// characters from documents and file names are shown escaped (\x1b), never sent to the terminal.
import { createColors } from 'picocolors';
import eaw from 'eastasianwidth';
import type { TFunction } from 'i18next';
import type { Diagnostic, Summary } from '../core/types';
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

/** Findings of one file that say the same thing: same rule, severity, text, message and fix. */
function groupsOf(diagnostics: Diagnostic[]): Diagnostic[][] {
  const groups = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const id = JSON.stringify([d.rule, d.severity, d.text, d.message, d.suggestions[0], d.key]);
    const g = groups.get(id);
    if (g) g.push(d);
    else groups.set(id, [d]);
  }
  return [...groups.values()];
}

/** Forms named in a summed-up line; the rest are counted. */
const FORMS_LISTED = 40;

/** A file with more groups than this shows no excerpts: one line per group. */
const EXCERPTS_UP_TO = 30;
/** A rule with more groups than this in one file is summed up in one line (its forms and counts);
 * errors are always shown one by one, with their reasons. */
const SUMMARIZE_OVER = 12;

export function stylishReporter(ctx: ReporterContext): Reporter {
  const c = createColors(ctx.color);
  const counts = new Map<string, number>();
  const sev = { error: c.red('error'), warning: c.yellow('warning'), info: c.blue('info') };
  const at = (d: Diagnostic) => `${d.line}:${d.column}`;
  return {
    file({ result, text }) {
      if (!result.diagnostics.length) return '';
      const lines = text.split(/\r\n|\r|\n/);
      const out = [c.underline(printable(result.path))];
      const groups = groupsOf(result.diagnostics);
      const byRule = new Map<string, Diagnostic[][]>();
      for (const g of groups) {
        const key = `${g[0]!.rule}\0${g[0]!.severity}`;
        const list = byRule.get(key);
        if (list) list.push(g);
        else byRule.set(key, [g]);
      }
      const rank = { error: 0, warning: 1, info: 2 };
      const summed = new Set(
        [...byRule]
          .filter(([, gs]) => gs.length > SUMMARIZE_OVER && gs[0]![0]!.severity !== 'error')
          .sort((a, b) => rank[a[1][0]![0]!.severity] - rank[b[1][0]![0]!.severity])
          .map(([k]) => k),
      );
      // The pattern first: a rule that fires on many forms gets one line naming them with counts.
      for (const key of summed) {
        const gs = byRule.get(key)!;
        const first = gs.reduce((a, g) => (g[0]!.offset < a.offset ? g[0]! : a), gs[0]![0]!);
        // Forms (text → suggestion) with their counts, most frequent first; a long tail is counted, not listed.
        const counts = new Map<string, number>();
        for (const g of gs) {
          const form = `${printable(g[0]!.text)}${g[0]!.suggestions[0] !== undefined ? `→${printable(g[0]!.suggestions[0]!)}` : ''}`;
          counts.set(form, (counts.get(form) ?? 0) + g.length);
        }
        const total = gs.reduce((n, g) => n + g.length, 0);
        const sorted = [...counts].sort((a, b) => b[1] - a[1]);
        const listed = sorted.slice(0, FORMS_LISTED).map(([form, n]) => `${form} ×${n}`);
        if (sorted.length > FORMS_LISTED) listed.push(`… (+${sorted.length - FORMS_LISTED})`);
        const messageId = first.rule === 'script/conversion' ? 'stylishConverted' : 'stylishSummed';
        out.push(`  ${c.dim(at(first))}  ${sev[first.severity]}  ${ctx.t(messageId, { count: total, kinds: counts.size, file: printable(result.path) })}  ${c.dim(first.rule)}`);
        out.push(`      ${listed.join(', ')}`);
      }
      const shown = groups.filter((g) => !summed.has(`${g[0]!.rule}\0${g[0]!.severity}`));
      const excerpts = shown.length <= EXCERPTS_UP_TO;
      for (const g of shown) {
        const d = g[0]!;
        const key = d.key !== undefined ? `  ${c.cyan(`[${printable(d.key)}]`)}` : '';
        const times = g.length > 1 ? `  ${c.bold(`×${g.length}`)}` : '';
        out.push(`  ${c.dim(at(d))}  ${sev[d.severity]}  ${printable(d.message ?? '')}${key}${times}  ${c.dim(d.rule)}`);
        if (g.length > 1) out.push(`      ${c.dim(ctx.t('stylishAlsoAt', { places: g.slice(1).map(at).join(', ') }))}`);
        const line = lines[d.line - 1];
        if (excerpts && g.length === 1 && line !== undefined && d.length > 0) {
          const end = d.endLine === d.line ? d.endColumn - 1 : line.length;
          const [text, carets] = excerpt(line, d.column - 1, end);
          out.push(`      ${text}`, `      ${c.red(carets)}`);
        }
      }
      for (const d of result.diagnostics) counts.set(d.rule, (counts.get(d.rule) ?? 0) + 1);
      return out.join('\n') + '\n\n';
    },
    end(summary) {
      const problems = summary.errors + summary.warnings + summary.infos;
      if (!problems) return c.green(ctx.t('summaryClean', { files: fileCount(ctx.t, summary.files) })) + '\n';
      const head = summaryLine(ctx.t, summary);
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


const fileCount = (t: TFunction, n: number) => t('countFiles', { count: n });

/** "3 problems (1 error, 2 warnings, 0 infos) in 1 file", each count in its plural form. */
export function summaryLine(t: TFunction, s: Summary): string {
  const problems = s.errors + s.warnings + s.infos;
  return t('summaryProblems', {
    problems: t('countProblems', { count: problems }),
    errors: t('countErrors', { count: s.errors }),
    warnings: t('countWarnings', { count: s.warnings }),
    infos: t('countInfos', { count: s.infos }),
    files: fileCount(t, s.files),
  });
}
