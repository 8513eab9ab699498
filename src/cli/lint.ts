// termlint lint [paths…]: the main job. Thin: options → library → reporter → exit code.
import os from 'node:os';
import path from 'node:path';
import type { Command } from 'commander';
import { note, TermlintError } from '../errors';
import { lintDecoded, lintFileStream, prepare, type StreamOptions } from '../lint/api';
import type { FileLint } from '../core/types';
import { fixFile, fixPlan } from './fix';
import { STDIN, type Note } from '../core/files';
import { printable } from '../reporters/stylish';
import { displayData, type Context } from './context';
import { addOutputOptions, emit, settingsFrom, type OutputFlags } from './output';
import { addCiOptions, ciRun, type CiFlags } from './ci';

interface LintFlags extends OutputFlags, CiFlags {
  stdinFilename?: string;
  workers: string;
  followSymlinks?: boolean;
  ignore: boolean;
  verbose?: boolean;
}

/** Worker threads: never more than the CPUs (each holds a dictionary); saying so when capped. */
function workerCount(ctx: Context, value: string): number {
  const cpus = os.availableParallelism();
  if (value === 'auto') return Math.max(1, Math.min(4, cpus));
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new TermlintError('usage', { detail: note('usage.workers', { value }) });
  if (n > cpus) {
    ctx.io.stderr(`termlint: ${ctx.t('workersCapped', { requested: n, cpus })}\n`);
    return cpus;
  }
  return n;
}

/** Notes about skipped inputs: each with --verbose, else one line for skipped symbolic links. */
function printNotes(ctx: Context, notes: Note[], verbose: boolean): void {
  const say = (text: string) => ctx.io.stderr(`termlint: ${printable(text)}\n`);
  if (verbose) {
    for (const n of notes) say(ctx.t(n.messageId, displayData(ctx, n.data)));
    return;
  }
  const links = notes.filter((n) => n.messageId === 'noteSymlinkSkipped').length;
  if (links) say(ctx.t('symlinksSkipped', { count: links }));
}

export function registerLint(program: Command, ctx: Context, setExit: (code: number) => void): void {
  // CI options (baseline, changed files, cache): src/cli/ci.ts
  addCiOptions(addOutputOptions(
    program
      .command('lint')
      .description('check Chinese documents (Markdown, plain text) for terminology and translation defects')
      .argument('[paths...]', 'files, directories (.md, .markdown, .txt; .gitignore honoured), globs, or - for stdin', ['.']),
  ), 'lint')
    .option('--stdin-filename <name>', 'name (and type, by extension) of the text read from -')
    .option('-j, --workers <n>', 'worker threads for many files (a number up to the CPUs, or auto); each loads the dictionary once', '1')
    .option('--follow-symlinks', 'follow symbolic links inside directories and globs (each real path once; links named on the command line are always followed)')
    .option('--no-ignore', 'lint files that .gitignore or the configuration\'s "ignore" would skip')
    .option('--verbose', 'list every skipped symbolic link and ignored input on stderr')
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
      if (paths.some((p) => !p.trim())) throw new TermlintError('usage', { detail: note('usage.emptyPath') });
      const plan = fixPlan(flags);
      if (plan && !plan.dryRun && paths.includes(STDIN)) throw new TermlintError('usage', { detail: note('usage.fixStdin') });
      const settings = settingsFrom(ctx, flags);
      const workers = workerCount(ctx, flags.workers);
      const ci = ciRun(ctx, flags, settings); // CI options: src/cli/ci.ts
      const options: StreamOptions = {
        cwd: io.cwd,
        glossary: settings.glossary,
        rules: settings.rules,
        boilerplate: settings.config.boilerplate,
        locale: ctx.locale,
        stdinFilename: flags.stdinFilename,
        ignore: settings.config.ignore,
        ignoreBase: settings.configFile ? path.dirname(settings.configFile) : io.cwd,
        ...(settings.configFile ? { ignoreSource: settings.configFile } : {}),
        noIgnore: !flags.ignore,
        followSymlinks: flags.followSymlinks === true,
        maxFileSize: settings.maxFileSize,
        ...(settings.region ? { region: settings.region } : {}),
        onCollected: (notes) => printNotes(ctx, notes, flags.verbose === true),
        ...(io.readStdin ? { readStdin: io.readStdin } : {}),
        workers,
        keepText: flags.format === 'stylish' || plan !== undefined || ci.needsText,
        ...ci.stream,
      };
      const stream = lintFileStream(paths, options);
      // Fixes first (what is left is what the baseline and the report see).
      const prepared = plan ? prepare(options) : undefined;
      async function* fixed(): AsyncGenerator<FileLint> {
        for await (const f of stream) yield fixFile(ctx, plan!, f, (text) => lintDecoded(text, f.result.path, prepared!).diagnostics);
      }
      setExit(await emit(ctx, flags, settings, ci.filter(plan ? fixed() : stream), plan));
      ci.finish();
    });
}
