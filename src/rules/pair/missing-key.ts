// pair/missing-key — a key of the source bundle that the translation does not have.
// Why: the app falls back to English (or shows the key) for that string.
// Ignores: formats whose units carry both sides (XLIFF reports an empty target as untranslated).
import { shorten } from './untranslated';
import type { PairRule } from '../rule';

export const rule: PairRule = {
  id: 'pair/missing-key',
  kind: 'pair',
  severity: 'error',
  summary: 'A key of the source has no translation in the target',
  fix: 'none',
  messages: { missing: 'key "{{key}}" is missing in the translation (source: "{{source}}")' },
  check(ctx) {
    if (ctx.bundle.bothSides || ctx.bundle.missingFile) return;
    for (const unit of ctx.bundle.units) {
      if (unit.target === undefined) ctx.report({ unit, messageId: 'missing', data: { key: unit.key, source: shorten(unit.source) }, where: unit.anchor });
    }
  },
};
