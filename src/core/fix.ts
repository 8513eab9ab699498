// Applying safe fixes to a file's text: non-overlapping edits, the earlier rule in the registry
// winning an overlap (the loser is left for the next pass, when its finding is looked at again).
import { note, type Note } from '../errors';
import { describeError, MAX_FILE_SIZE_CEILING, readInput, writeAtomic } from '../io';
import { decode, encodeLike } from './decode';
import type { Diagnostic, Fix } from './types';

export interface Applied {
  text: string;
  /** The diagnostics whose fix was applied. */
  applied: Diagnostic[];
  /** Fixable diagnostics left for another pass (their edit overlapped one applied). */
  deferred: Diagnostic[];
}

/** Applies the fixes of `diagnostics` whose family passes `accept`; `rank` orders rules (lower wins). */
export function applyFixes(text: string, diagnostics: Diagnostic[], rank: (rule: string) => number, accept: (d: Diagnostic) => boolean = () => true): Applied {
  const fixable = diagnostics.filter((d): d is Diagnostic & { fix: Fix } => d.fix !== undefined && accept(d) && valid(text, d.fix));
  const chosen: (Diagnostic & { fix: Fix })[] = [];
  const deferred: Diagnostic[] = [];
  const byRule = [...fixable].sort((a, b) => rank(a.rule) - rank(b.rule) || a.fix.offset - b.fix.offset);
  for (const d of byRule) {
    const clash = chosen.some((c) => overlaps(c.fix, d.fix));
    if (clash) deferred.push(d);
    else chosen.push(d);
  }
  chosen.sort((a, b) => a.fix.offset - b.fix.offset);
  let out = '';
  let at = 0;
  for (const d of chosen) {
    out += text.slice(at, d.fix.offset) + d.fix.text;
    at = d.fix.offset + d.fix.length;
  }
  out += text.slice(at);
  return { text: out, applied: chosen, deferred };
}

function valid(text: string, f: Fix): boolean {
  return f.offset >= 0 && f.length >= 0 && f.offset + f.length <= text.length && text.slice(f.offset, f.offset + f.length) !== f.text;
}

/** Two edits touch: they overlap, or both insert at the same place. */
function overlaps(a: Fix, b: Fix): boolean {
  if (a.offset === b.offset) return true;
  return a.offset < b.offset + b.length && b.offset < a.offset + a.length;
}

/** Fixes one text to a fixed point: fix, look again, fix what is left (at most `passes` times). */
export function fixToFixedPoint(
  text: string,
  first: Diagnostic[],
  relint: (text: string) => Diagnostic[],
  rank: (rule: string) => number,
  accept: (d: Diagnostic) => boolean,
  passes = 10,
): { text: string; applied: number; diagnostics: Diagnostic[] } {
  let diagnostics = first;
  let applied = 0;
  for (let pass = 0; pass < passes; pass++) {
    const step = applyFixes(text, diagnostics, rank, accept);
    if (!step.applied.length) break;
    applied += step.applied.length;
    text = step.text;
    diagnostics = relint(text);
  }
  return { text, applied, diagnostics };
}

/** Writes the fixed text over `file` in the file's own encoding and BOM, if the file still holds
 * `before`; a problem (as a message) otherwise. */
export function writeFixed(file: string, before: string, after: string): Note | undefined {
  const read = readInput(file, Math.max(MAX_FILE_SIZE_CEILING, 1));
  if (!read.ok) return read.problem;
  const decoded = decode(read.bytes);
  if (!decoded.ok || decoded.text !== before) return note('fixChanged');
  const bytes = encodeLike(read.bytes, after);
  if (!bytes) return note('fixInvalidBytes');
  try {
    writeAtomic(file, bytes);
  } catch (err) {
    return note('fixWriteFailed', { detail: describeError(err) });
  }
  return undefined;
}
