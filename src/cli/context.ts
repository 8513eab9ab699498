// Shared by every subcommand: the translator, the output streams, and glossary loading.
import path from 'node:path';
import type { Command } from 'commander';
import type { TFunction } from 'i18next';
import { TermlintError, type NoteValue, type Problem } from '../errors';
import { loadGlossary, type Glossary } from '../glossary/glossary';
import type { CliIO } from './io';
import { renderData, type Locale } from '../i18n';
import { printable } from '../reporters/stylish';

export interface Context {
  io: CliIO;
  t: TFunction;
  locale: Locale;
  debug: boolean;
}

export interface GlossaryFlags {
  glossary?: string[];
  builtin?: boolean;
}

export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** --glossary (repeatable) and --no-builtin, for every command that uses the glossary. */
export function addGlossaryOptions(cmd: Command): Command {
  return cmd
    .option('--glossary <path>', 'add a glossary file or directory (repeatable; overrides built-in entries by id)', collect)
    .option('--no-builtin', 'use only the glossaries given with --glossary (or in the configuration)');
}

/** The glossary the flags ask for, after any the configuration names (already absolute). */
export function glossaryFromFlags(ctx: Context, flags: GlossaryFlags, config: { paths: string[]; builtin: boolean } = { paths: [], builtin: true }): Glossary {
  const paths = [...config.paths, ...(flags.glossary ?? []).map((p) => path.resolve(ctx.io.cwd, p))];
  const builtin = flags.builtin !== false && config.builtin;
  if (!builtin && paths.length === 0) throw new TermlintError('noGlossary');
  return loadGlossary({ builtin, paths });
}

/** A path as the user should see it: relative to the working directory when below it. */
export function displayPath(ctx: Context, file: string): string {
  const rel = path.relative(ctx.io.cwd, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}

/** Message data with absolute paths shown relative to the working directory. */
export function displayData(ctx: Context, data: Record<string, NoteValue>): Record<string, string | number> {
  return renderData(ctx.t, data, (v) => (path.isAbsolute(v) ? displayPath(ctx, v) : v));
}

export function formatProblem(ctx: Context, p: Problem): string {
  const where = `${displayPath(ctx, p.file)}:${p.line}:${p.column}`;
  return `${printable(`${where}  ${ctx.t('error')}  ${ctx.t(p.messageId, displayData(ctx, p.data))}`)}  (${p.messageId})\n`;
}
