// pair/placeholder — placeholders, tags and nesting of the source missing, renamed or added in
// the translation ({{count}} → {{conut}}, %(name)s dropped, <0> lost).
// Why: a broken placeholder breaks the program at run time, not just the wording.
// Ignores: order (languages reorder arguments); the syntax is the format's.
import { multiset } from '../../core/bundle';
import type { PairRule } from '../rule';

export const rule: PairRule = {
  id: 'pair/placeholder',
  kind: 'pair',
  severity: 'error',
  summary: 'Placeholders, tags or nesting differ between source and target',
  fix: 'none',
  messages: {
    missing: 'placeholder {{placeholder}} of the source is missing in the translation',
    extra: 'placeholder {{placeholder}} is not in the source (renamed, duplicated or translated?)',
  },
  check(ctx) {
    const { text } = ctx.bundle;
    for (const unit of ctx.bundle.units) {
      if (!unit.target?.trim()) continue;
      const src = multiset(unit.sourcePlaceholders);
      const tgt = multiset(unit.targetPlaceholders);
      for (const [p, n] of src) {
        if ((tgt.get(p) ?? 0) < n) ctx.report({ unit, messageId: 'missing', data: { placeholder: p } });
      }
      for (const [p, n] of tgt) {
        if ((src.get(p) ?? 0) >= n) continue;
        const span = unit.span;
        const at = span ? text.indexOf(p, span.start) : -1;
        const where = span && at !== -1 && at + p.length <= span.end ? { start: at, end: at + p.length } : undefined;
        ctx.report({ unit, messageId: 'extra', data: { placeholder: p }, where });
      }
    }
  },
};
