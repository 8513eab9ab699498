// pair/not-final — a translation its file marks as not finished: XLIFF `state` new /
// needs-translation / needs-review-* (2.x `initial`), a String Catalog `new` / `needs_review`
// string, a PO entry flagged fuzzy. Such a target is reported as what it is and is not checked as
// a finished translation by the other rules (gettext does not even use fuzzy entries at run time).
// Ignores: translated, reviewed, signed-off and final targets; `<alt-trans>` proposals.
import { shorten } from './untranslated';
import type { PairRule } from '../rule';

export const rule: PairRule = {
  id: 'pair/not-final',
  kind: 'pair',
  severity: 'warning',
  summary: 'A translation marked unfinished: XLIFF state new or needs-review, PO fuzzy, String Catalog needs_review',
  fix: 'none',
  allUnits: true,
  messages: {
    fuzzy: 'the translation of "{{source}}" is marked fuzzy and needs review',
    untranslated: 'the translation of "{{source}}" is marked untranslated ({{state}})',
    needsReview: 'the translation of "{{source}}" is marked for review ({{state}})',
  },
  check(ctx) {
    for (const unit of ctx.bundle.units) {
      if (!unit.review || unit.target === undefined) continue;
      const data = { source: shorten(unit.source), state: unit.state ?? unit.review };
      ctx.report({ unit, messageId: unit.review, data });
    }
  },
};
