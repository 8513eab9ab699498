// GitHub Actions workflow commands: ::error file=…,line=…,col=…::message — annotations on the diff.
import type { Reporter } from './reporter';
import { printable } from './stylish';

// Control characters other than newlines are shown escaped (\x1b): the log renders ANSI sequences.
const escapeData = (s: string) => printable(s, true).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

export function githubReporter(): Reporter {
  return {
    file({ result }) {
      return result.diagnostics
        .map((d) => {
          const props = [
            `file=${escapeProperty(result.path)}`,
            `line=${d.line}`,
            `col=${d.column}`,
            `endLine=${d.endLine}`,
            `endColumn=${d.endColumn}`,
            `title=${escapeProperty(d.rule)}`,
          ].join(',');
          return `::${COMMAND[d.severity]} ${props}::${escapeData(d.message ?? "")}\n`;
        })
        .join('');
    },
    end: () => '',
  };
}
