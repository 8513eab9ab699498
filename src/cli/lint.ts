// termlint lint [paths…]: the main job. Thin: options → library → reporter → exit code.
import path from 'node:path';
import type { Command } from 'commander';
import { Option } from 'commander';
import { TermlintError } from '../errors';
import { loadGlossary } from '../glossary/glossary';
import { lintFileStream, summarize } from '../lint/api';
import { findConfig, loadConfig } from '../lint/config';
import { STDIN } from '../lint/files';
import type { RuleSetting } from '../lint/engine';
import type { FileResult } from '../lint/types';
import { packageVersion } from '../paths';
import { FORMATS, reporterFor, type Format } from '../reporters';
import { collect, type Context } from './context';

interface LintFlags {
  format: Format;
  rule?: string[];
  config?: string;
  glossary?: string[];
  builtin: boolean;
  maxWarnings?: string;
  quiet?: boolean;
  stdinFilename?: string;
}

const PROGRESS_AFTER_MS = 2000;

function parseRuleFlags(values: string[] = []): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = {};
  for (const v of values) {
    const m = /^([a-z]+\/[a-z-]+)=(off|info|warning|error)$/.exec(v.trim());
    if (!m) throw new TermlintError('badRuleOption', { value: v });
    rules[m[1]!] = m[2] as RuleSetting;
  }
  return rules;
}

export function registerLint(program: Command, ctx: Context, setExit: (code: number) => void): void {
  program
    .command('lint')
    .description('check Chinese documents (Markdown, plain text) for terminology and translation defects')
    .argument('[paths...]', 'files, directories (.md, .markdown, .txt; .gitignore honoured), globs, or - for stdin', ['.'])
    .addOption(new Option('-f, --format <format>', 'output format').choices([...FORMATS]).default('stylish'))
    .option('--rule <id=severity>', 'set a rule to off, info, warning or error (repeatable)', collect)
    .option('-c, --config <file>', 'configuration file (default: termlint.config.json or .termlintrc.yaml, found upwards)')
    .option('--glossary <path>', 'add a glossary file or directory (repeatable; overrides built-in entries by id)', collect)
    .option('--no-builtin', 'use only the glossaries given with --glossary or in the configuration')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this')
    .option('-q, --quiet', 'report errors only')
    .option('--stdin-filename <name>', 'name (and type, by extension) of the text read from -')
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
      const { io, t } = ctx;
      if (flags.stdinFilename && !paths.includes(STDIN)) throw new TermlintError('stdinFilename');
      const maxWarnings = flags.maxWarnings === undefined ? undefined : Number(flags.maxWarnings);
      if (maxWarnings !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) {
        throw new TermlintError('usage', { detail: `--max-warnings expects a whole number, not "${flags.maxWarnings}"` });
      }
      const configFile = flags.config ? path.resolve(io.cwd, flags.config) : findConfig(io.cwd);
      const config = loadConfig(configFile);
      const rules = { ...config.rules, ...parseRuleFlags(flags.rule) };
      const glossaries = [...config.glossaries, ...(flags.glossary ?? []).map((g) => path.resolve(io.cwd, g))];
      const builtin = flags.builtin !== false && config.builtinGlossary;
      if (!builtin && !glossaries.length) throw new TermlintError('noGlossary');
      const glossary = loadGlossary({ builtin, paths: glossaries });
      const reporter = reporterFor(flags.format, { t, color: io.isTTY && !io.env.NO_COLOR && flags.format === 'stylish', version: packageVersion() });

      const results: FileResult[] = [];
      const started = Date.now();
      let shownProgress = false;
      const stream = lintFileStream(paths, {
        cwd: io.cwd,
        glossary,
        rules,
        boilerplate: config.boilerplate,
        locale: ctx.locale,
        stdinFilename: flags.stdinFilename,
        ignore: config.ignore,
        ignoreBase: configFile ? path.dirname(configFile) : io.cwd,
        ...(io.readStdin ? { readStdin: io.readStdin } : {}),
      });
      for await (const lint of stream) {
        if (flags.quiet) lint.result.diagnostics = lint.result.diagnostics.filter((d) => d.severity === 'error');
        results.push(lint.result);
        if (shownProgress) io.stderr('\r\x1b[K');
        io.stdout(reporter.file(lint));
        if (io.stderrIsTTY && Date.now() - started > PROGRESS_AFTER_MS) {
          io.stderr(t('progress', { done: results.length, total: '…' }));
          shownProgress = true;
        }
      }
      if (shownProgress) io.stderr('\r\x1b[K');
      const summary = summarize(results);
      io.stdout(reporter.end(results, summary));
      const tooMany = maxWarnings !== undefined && summary.warnings > maxWarnings;
      if (tooMany && flags.format === 'stylish') io.stderr(t('tooManyWarnings', { warnings: summary.warnings, max: maxWarnings }) + '\n');
      setExit(summary.errors > 0 || tooMany ? 1 : 0);
    });
}
