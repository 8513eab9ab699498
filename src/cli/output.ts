// What lint and check share on the command line: configuration, glossary and rule flags, and
// printing results through a reporter with the exit code they imply.
import path from 'node:path';
import type { Command } from 'commander';
import { Option } from 'commander';
import { note, TermlintError } from '../errors';
import type { Glossary } from '../glossary/glossary';
import { count, type FileLint } from '../lint/api';
import { findConfig, loadConfig, type Config } from '../engine/config';
import { DEFAULT_MAX_FILE_SIZE, MAX_FILE_SIZE_CEILING, parseSize } from '../core/files';
import type { RuleSetting } from '../engine/engine';
import { REGIONS, type Region } from '../glossary/model';
import type { Summary } from '../core/types';
import { packageVersion } from '../paths';
import { FORMATS, reporterFor, type Format } from '../reporters';
import { addGlossaryOptions, collect, glossaryFromFlags, type Context } from './context';
import { finishFix, FIX_TYPE_LIST, type FixFlags, type FixPlan } from './fix';
import { writeOutput } from './io';

export interface OutputFlags extends FixFlags {
  format: Format;
  rule?: string[];
  config?: string;
  glossary?: string[];
  builtin: boolean;
  maxWarnings?: string;
  quiet?: boolean;
  maxFileSize?: string;
  region?: Region;
}

/** The options lint and check share. */
export function addOutputOptions(cmd: Command): Command {
  return addGlossaryOptions(cmd)
    .addOption(new Option('-f, --format <format>', 'output format').choices([...FORMATS]).default('stylish'))
    .option('--rule <id=severity>', 'set a rule to off, info, warning or error (repeatable)', collect)
    .option('-c, --config <file>', 'configuration file (default: termlint.config.json or .termlintrc.yaml, found upwards)')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this')
    .option('--max-file-size <size>', 'larger inputs are not read: input/too-large (default 64MB; e.g. 200MB, 500KB)')
    .addOption(new Option('--region <region>', 'the region the text is for: term/regional reports other regions\' words as warnings (default: zh-TW for Traditional, zh-CN for Simplified text, as info)').choices([...REGIONS]))
    .option('-q, --quiet', 'report errors only')
    .option('--fix', 'apply safe fixes to the files (written atomically, encoding, BOM and line endings kept), then report what is left')
    .option('--fix-dry-run', 'print the safe fixes as a unified diff instead of writing them; nothing on disk changes')
    .option('--fix-type <types>', `only fixes of these rule families, comma-separated: ${FIX_TYPE_LIST}`);
}

export interface Settings {
  config: Config;
  configFile?: string;
  rules: Record<string, RuleSetting>;
  glossary: Glossary;
  maxWarnings?: number;
  /** Size limit per input, in bytes: --max-file-size, else the configuration's, else 64 MB. */
  maxFileSize: number;
  /** --region, else the configuration's. */
  region?: Region;
}

function parseRuleFlags(values: string[] = []): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = {};
  for (const v of values) {
    const m = /^([a-z]+\/[a-z-]+)=(off|info|warning|error)$/.exec(v.trim());
    if (!m) throw new TermlintError('badRuleOption', { value: v });
    rules[m[1]!] = m[2] as RuleSetting;
  }
  return rules;
}

export function settingsFrom(ctx: Context, flags: OutputFlags): Settings {
  const maxWarnings = flags.maxWarnings === undefined ? undefined : Number(flags.maxWarnings);
  if (maxWarnings !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) {
    throw new TermlintError('usage', { detail: note('usage.maxWarnings', { value: String(flags.maxWarnings) }) });
  }
  const flagSize = flags.maxFileSize === undefined ? undefined : parseSize(flags.maxFileSize);
  if (flags.maxFileSize !== undefined && (flagSize === undefined || flagSize > MAX_FILE_SIZE_CEILING)) {
    throw new TermlintError('usage', { detail: note('usage.maxFileSize', { value: String(flags.maxFileSize) }) });
  }
  const configFile = flags.config ? path.resolve(ctx.io.cwd, flags.config) : findConfig(ctx.io.cwd);
  const config = loadConfig(configFile);
  const rules = { ...config.rules, ...parseRuleFlags(flags.rule) };
  const glossary = glossaryFromFlags(ctx, flags, { paths: config.glossaries, builtin: config.builtinGlossary });
  const maxFileSize = flagSize ?? config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const region = flags.region ?? config.region;
  return { config, ...(configFile ? { configFile } : {}), rules, glossary, maxFileSize, ...(region ? { region } : {}), ...(maxWarnings !== undefined ? { maxWarnings } : {}) };
}

const PROGRESS_AFTER_MS = 2000;

/** Prints each file as it comes, then the summary; returns the exit code. */
export async function emit(ctx: Context, flags: OutputFlags, settings: Settings, files: AsyncIterable<FileLint> | Iterable<FileLint>, plan?: FixPlan): Promise<number> {
  const { io, t } = ctx;
  const color = io.isTTY && !io.env.NO_COLOR && flags.format === 'stylish';
  const reporter = reporterFor(flags.format, { t, color, version: packageVersion() });
  // Counts only: each file's findings are printed and let go (bounded memory on large runs).
  const summary: Summary = { files: 0, errors: 0, warnings: 0, infos: 0 };
  const started = Date.now();
  let progress = false;
  const hidden = { warnings: 0, infos: 0 };
  for await (const lint of files) {
    if (flags.quiet) {
      for (const d of lint.result.diagnostics) if (d.severity !== 'error') hidden[d.severity === 'warning' ? 'warnings' : 'infos']++;
      lint.result.diagnostics = lint.result.diagnostics.filter((d) => d.severity === 'error');
    }
    count(summary, lint.result);
    if (progress) io.stderr('\r\x1b[K');
    if (!plan?.dryRun) await writeOutput(io, reporter.file(lint));
    if (io.stderrIsTTY && Date.now() - started > PROGRESS_AFTER_MS) {
      io.stderr(t('progress', { done: summary.files }));
      progress = true;
    }
  }
  if (progress) io.stderr('\r\x1b[K');
  if (plan) finishFix(ctx, plan);
  // -q says what it hid: a clean-looking run that hid warnings must not read as "no problems".
  if (hidden.warnings + hidden.infos > 0) {
    io.stderr(`termlint: ${t('quietHid', { warnings: t('countWarnings', { count: hidden.warnings }), infos: t('countInfos', { count: hidden.infos }) })}\n`);
  }
  if (!plan?.dryRun) await writeOutput(io, reporter.end(summary));
  const tooMany = settings.maxWarnings !== undefined && summary.warnings > settings.maxWarnings;
  if (tooMany && flags.format === 'stylish') io.stderr(t('tooManyWarnings', { warnings: summary.warnings, max: settings.maxWarnings }) + '\n');
  return summary.errors > 0 || tooMany ? 1 : 0;
}
