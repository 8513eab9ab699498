// The options for adopting termlint in CI, shared by lint and check: --baseline/--update-baseline
// (both), --changed-since/--changed-lines and --cache/--cache-location (lint). The commands call
// this in two places: `ciRun()` before the run (stream options), and its `filter()` / `finish()`
// around the results.
import path from 'node:path';
import type { Command } from 'commander';
import { note, TermlintError } from '../errors';
import type { FileLint } from '../core/types';
import type { StreamOptions } from '../lint/api';
import { packageVersion } from '../paths';
import { printable } from '../reporters/stylish';
import { openBaseline, type Baseline } from './baseline';
import { cacheFile, cacheKey, LintCache } from './cache';
import { changedSince, onChangedLine, realPath, type Changes } from './changed';
import { displayData, displayPath, type Context } from './context';
import type { OutputFlags, Settings } from './output';

export const DEFAULT_BASELINE = 'termlint-baseline.json';

export interface CiFlags {
  baseline?: string;
  updateBaseline?: boolean;
  changedSince?: string;
  changedLines?: boolean;
  cache?: boolean;
  cacheLocation?: string;
}

export function addCiOptions(cmd: Command, command: 'lint' | 'check'): Command {
  cmd
    .option('--baseline <file>', `known findings not to report (fingerprints, not line numbers); see --update-baseline`)
    .option('--update-baseline', `record this run's findings in the --baseline file (default ${DEFAULT_BASELINE}), written atomically`);
  if (command === 'lint') {
    cmd
      .option('--changed-since <ref>', 'lint only files changed since a git revision (committed, staged, unstaged) and untracked files')
      .option('--changed-lines', 'with --changed-since: report only findings on changed lines')
      .option('--cache', 'do not lint again files unchanged since the last run (same content, glossary, settings, termlint version)')
      .option('--cache-location <path>', 'cache file or folder (default node_modules/.cache/termlint/)');
  }
  return cmd;
}

export interface CiRun {
  /** Options for lintFileStream (lint only). */
  stream: Pick<StreamOptions, 'before'>;
  /** Whether results must carry their file's text (baselines fingerprint the finding's line). */
  needsText: boolean;
  /** Caches, filters and baselines each file's result as it streams to the reporter. */
  filter(files: AsyncIterable<FileLint> | Iterable<FileLint>): AsyncGenerator<FileLint>;
  /** After the reporter's summary: writes the baseline and cache, and says what they did. */
  finish(): void;
}

export function ciRun(ctx: Context, flags: CiFlags & OutputFlags, settings: Settings): CiRun {
  const { io, t } = ctx;
  if (flags.changedLines && !flags.changedSince) throw new TermlintError('changedLinesNeedsRef');
  if (flags.cacheLocation && !flags.cache) throw new TermlintError('usage', { detail: note('usage.cacheLocation') });
  const useBaseline = flags.baseline !== undefined || flags.updateBaseline === true;
  const baseline: Baseline | undefined = useBaseline
    ? openBaseline(path.resolve(io.cwd, flags.baseline ?? DEFAULT_BASELINE), io.cwd, flags.updateBaseline === true)
    : undefined;
  const changes: Changes | undefined = flags.changedSince ? changedSince(io.cwd, flags.changedSince, flags.changedLines === true) : undefined;
  const needsText = baseline !== undefined;
  // --fix rewrites files: every file is read again, never answered from the cache.
  const cache = flags.cache && !flags.fix && !flags.fixDryRun
    ? new LintCache(
        cacheFile(io.cwd, flags.cacheLocation),
        cacheKey(packageVersion(), settings.glossary, {
          rules: settings.rules,
          boilerplate: settings.config.boilerplate,
          region: settings.region ?? null,
          maxFileSize: settings.maxFileSize,
        }),
        settings.maxFileSize,
        needsText || flags.format === 'stylish',
      )
    : undefined;
  const changedOf = (shown: string) => changes?.files.get(realPath(path.resolve(io.cwd, shown)));

  return {
    stream:
      changes || cache
        ? {
            before: (file, shown) => {
              if (changes && !changes.files.has(realPath(file))) return null;
              return cache?.lookup(file, shown);
            },
          }
        : {},
    needsText,
    async *filter(files) {
      for await (const lint of files) {
        cache?.store(lint);
        baseline?.apply(lint.result, lint.text, flags.updateBaseline === true);
        const lines = flags.changedLines ? changedOf(lint.result.path) : undefined;
        if (lines) lint.result.diagnostics = lint.result.diagnostics.filter((d) => onChangedLine(d, lines));
        yield lint;
      }
    },
    finish() {
      const say = (text: string) => (flags.format === 'stylish' ? io.stdout(`${text}\n`) : io.stderr(`termlint: ${text}\n`));
      if (baseline && flags.updateBaseline) {
        const written = baseline.save();
        say(printable(t('baselineWritten', { count: written.findings, files: t('countFiles', { count: written.files }), file: displayPath(ctx, baseline.file) })));
      }
      if (baseline?.suppressed) say(printable(t('baselineSuppressed', { count: baseline.suppressed, file: displayPath(ctx, baseline.file) })));
      if (cache) {
        const problem = cache.save();
        if (problem) io.stderr(`termlint: ${printable(t('cacheUnwritable', displayData(ctx, { file: cache.file, detail: problem })))}\n`);
      }
    },
  };
}
