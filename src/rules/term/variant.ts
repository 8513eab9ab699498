// term/variant — an accepted but not preferred rendering (缩放定律 where the base prefers 规模定律).
// Off by default: variants are correct; house styles that want one form switch it on.
// Ignores: forms that several concepts share.
import { entriesOf, refsAsWritten } from '../../core/match';
import { preferredIn, slice, targetScript, type TextRule } from '../rule';

export const rule: TextRule = {
  id: 'term/variant',
  kind: 'text',
  severity: 'info',
  enabledByDefault: false,
  summary: 'An accepted variant where the glossary prefers another rendering',
  fix: 'suggestion',
  messages: {
    variant: '"{{text}}" is an accepted variant of "{{term}}"; the preferred rendering is "{{right}}"',
  },
  check(ctx) {
    for (const occ of ctx.zh) {
      const refs = refsAsWritten(occ, ctx.text, ctx.script);
      if (entriesOf(refs).length !== 1 || !refs.every((r) => r.kind === 'variant')) continue;
      const ref = refs[0]!;
      const right = preferredIn(ref.entry, targetScript(ctx.script, ref.script));
      if (right === slice(ctx, occ.offset, occ.length)) continue;
      ctx.report({
        offset: occ.offset,
        length: occ.length,
        messageId: 'variant',
        data: { text: slice(ctx, occ.offset, occ.length), term: ref.entry.en.preferred, right },
        suggestions: [right],
        term: ref.entry.en.preferred,
      });
    }
  },
};
