// pair/missing-file — a namespace file of the source locale folder that the translation lacks
// (locales/en/billing.json without locales/zh-TW/billing.json): one finding for the file, with the
// number of strings it leaves untranslated, instead of one missing key per string.
import type { PairRule } from '../rule';

export const rule: PairRule = {
  id: 'pair/missing-file',
  kind: 'pair',
  severity: 'error',
  summary: 'A namespace file of the source that the translation does not have',
  fix: 'none',
  messages: { missing: 'the translation has no {{file}}: its {{count}} strings are untranslated' },
  check(ctx) {
    if (!ctx.bundle.missingFile) return;
    const file = ctx.bundle.path.split(/[\\/]/).pop() ?? ctx.bundle.path;
    ctx.report({ messageId: 'missing', data: { file, count: ctx.bundle.units.length }, key: file });
  },
};
