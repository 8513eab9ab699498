// pair/fuzzy — a PO entry marked fuzzy: a machine or stale guess that still needs review.
// Why: gettext does not use fuzzy translations at run time; a reviewer must confirm them.
// Ignores: entries without the fuzzy flag; other formats (they have no such flag).
import { shorten } from './untranslated';
import type { PairRule } from '../rule';

export const rule: PairRule = {
  id: 'pair/fuzzy',
  kind: 'pair',
  severity: 'warning',
  summary: 'A PO entry marked fuzzy: a translation that still needs review',
  fix: 'none',
  messages: { fuzzy: 'the translation of "{{source}}" is marked fuzzy and needs review' },
  check(ctx) {
    for (const unit of ctx.bundle.units) {
      if (unit.fuzzy && unit.target !== undefined) ctx.report({ unit, messageId: 'fuzzy', data: { source: shorten(unit.source) } });
    }
  },
};
