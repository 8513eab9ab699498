// termlint lint [paths…]: the main job. Thin: options → library → reporter → exit code.
import os from 'node:os';
import path from 'node:path';
import type { Command } from 'commander';
import { TermlintError } from '../errors';
import { lintFileStream } from '../lint/api';
import { STDIN } from '../core/files';
import type { Context } from './context';
import { addOutputOptions, emit, settingsFrom, type OutputFlags } from './output';

interface LintFlags extends OutputFlags {
  stdinFilename?: string;
  workers: string;
}

function workerCount(value: string): number {
  if (value === 'auto') return Math.max(1, Math.min(4, os.availableParallelism()));
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new TermlintError('usage', { detail: `--workers expects a whole number or auto, not "${value}"` });
  return n;
}

export function registerLint(program: Command, ctx: Context, setExit: (code: number) => void): void {
  addOutputOptions(
    program
      .command('lint')
      .description('check Chinese documents (Markdown, plain text) for terminology and translation defects')
      .argument('[paths...]', 'files, directories (.md, .markdown, .txt; .gitignore honoured), globs, or - for stdin', ['.']),
  )
    .option('--stdin-filename <name>', 'name (and type, by extension) of the text read from -')
    .option('-j, --workers <n>', 'worker threads for many files (a number, or auto); each loads the dictionary once', '1')
    .addHelpText(
      'after',
      [
        '',
        'Exit codes: 0 no errors, 1 errors (or more warnings than --max-warnings), 2 usage, configuration or glossary error.',
        'Inline directives: <!-- termlint-disable rule-id -->, <!-- termlint-enable -->, <!-- termlint-disable-next-line -->,',
        'and in plain text the same words after # or // on a line of their own.',
        'Examples:',
        '  termlint lint docs/',
        '  termlint lint "docs/**/*.md" --format sarif > termlint.sarif',
        '  termlint lint --rule term/variant=info --max-warnings 0 paper.zh.md',
        '  cat page.txt | termlint lint - --stdin-filename page.txt',
      ].join('\n'),
    )
    .action(async (paths: string[], flags: LintFlags) => {
      const { io } = ctx;
      if (flags.stdinFilename && !paths.includes(STDIN)) throw new TermlintError('stdinFilename');
      const settings = settingsFrom(ctx, flags);
      const workers = workerCount(flags.workers);
      const stream = lintFileStream(paths, {
        cwd: io.cwd,
        glossary: settings.glossary,
        rules: settings.rules,
        boilerplate: settings.config.boilerplate,
        locale: ctx.locale,
        stdinFilename: flags.stdinFilename,
        ignore: settings.config.ignore,
        ignoreBase: settings.configFile ? path.dirname(settings.configFile) : io.cwd,
        ...(io.readStdin ? { readStdin: io.readStdin } : {}),
        workers,
        keepText: flags.format === 'stylish',
      });
      setExit(await emit(ctx, flags, settings, stream));
    });
}
