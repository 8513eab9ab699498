// --fix and --fix-dry-run for lint and check: safe fixes applied to a fixed point, written atomically
// in the file's own encoding, or shown as a unified diff.
import path from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { note, TermlintError, type Note } from '../errors';
import { fixToFixedPoint, writeFixed } from '../core/fix';
import { FIX_TYPES, ruleRank } from '../engine/engine';
import type { Diagnostic, FileLint } from '../core/types';
import { displayData, type Context } from './context';
import { printable } from '../reporters/stylish';

/** For --help. */
export const FIX_TYPE_LIST = FIX_TYPES.join(', ');

export interface FixFlags {
  fix?: boolean;
  fixDryRun?: boolean;
  fixType?: string;
}

export interface FixPlan {
  dryRun: boolean;
  accept: (d: Diagnostic) => boolean;
  /** Fixes applied (or that would be), files changed, and the unified diffs of a dry run. */
  applied: number;
  files: Set<string>;
  diffs: string[];
}

/** The fix plan of the flags, or undefined without --fix / --fix-dry-run. */
export function fixPlan(flags: FixFlags): FixPlan | undefined {
  if (flags.fixType !== undefined && !flags.fix && !flags.fixDryRun) throw new TermlintError('usage', { detail: note('usage.fixTypeAlone') });
  if (!flags.fix && !flags.fixDryRun) return undefined;
  const types = flags.fixType?.split(',').map((t) => t.trim()).filter(Boolean);
  const unknown = types?.find((t) => !FIX_TYPES.includes(t));
  if (unknown !== undefined || types?.length === 0) {
    throw new TermlintError('usage', { detail: note('usage.fixType', { value: unknown ?? '', types: FIX_TYPES.join(', ') }) });
  }
  const wanted = new Set(types ?? FIX_TYPES);
  return { dryRun: !flags.fix, accept: (d) => wanted.has(d.rule.split('/')[0]!), applied: 0, files: new Set(), diffs: [] };
}

/** Fixes one file's text (re-linting with `relint` between passes); writes it or records the diff.
 * Returns the file's result after the fixes. */
export function fixFile(ctx: Context, plan: FixPlan, file: FileLint, relint: (text: string) => Diagnostic[], passes = 10): FileLint {
  const { result, text } = file;
  if (!result.diagnostics.some((d) => d.fix && plan.accept(d))) return file;
  const fixed = fixToFixedPoint(text, result.diagnostics, relint, ruleRank, plan.accept, passes);
  if (fixed.text === text) return file;
  const shown = result.path;
  if (plan.dryRun) {
    plan.diffs.push(createTwoFilesPatch(`a/${shown}`, `b/${shown}`, text, fixed.text, '', '', { context: 3 }));
  } else {
    if (!text) return file;
    const problem = writeFixed(path.resolve(ctx.io.cwd, shown), text, fixed.text);
    if (problem) {
      warn(ctx, note('fixNotWritten', { path: shown, detail: problem }));
      return file;
    }
  }
  plan.applied += fixed.applied;
  plan.files.add(shown);
  return { result: { ...result, diagnostics: fixed.diagnostics }, text: fixed.text };
}

/** After the run: the diff (dry run) on stdout, and one line on stderr saying what was done. */
export function finishFix(ctx: Context, plan: FixPlan): void {
  if (plan.dryRun) for (const d of plan.diffs) ctx.io.stdout(d);
  warn(ctx, note(plan.dryRun ? 'fixWouldApply' : 'fixApplied', { count: plan.applied, files: note('countFiles', { count: plan.files.size }) }));
}

function warn(ctx: Context, n: Note): void {
  ctx.io.stderr(`termlint: ${printable(ctx.t(n.messageId, displayData(ctx, n.data)))}\n`);
}
