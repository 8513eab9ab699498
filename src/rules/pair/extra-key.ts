// pair/extra-key — a key in the translation that the source no longer has (a stale string).
// Why: stale keys hide renamed strings and grow bundles; often the new key is missing beside it.
// Ignores: plural and context variants of a key the source has (i18next suffixes).
import type { PairRule } from '../rule';

export const rule: PairRule = {
  id: 'pair/extra-key',
  kind: 'pair',
  severity: 'warning',
  summary: 'A key of the target that the source does not have',
  fix: 'none',
  messages: { extra: 'key "{{key}}" is not in the source' },
  check(ctx) {
    for (const e of ctx.bundle.extra) ctx.report({ messageId: 'extra', data: { key: e.key }, where: e.span, key: e.key });
  },
};
