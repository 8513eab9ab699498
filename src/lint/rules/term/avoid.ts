// term/avoid — a known-wrong rendering of a glossary concept (零射擊 for zero-shot).
// Why: these are the translations a reviewer would reject outright; each carries its reason.
// Ignores: a form that another concept accepts (the glossary's ambiguity notes), so that
// 精度 is never called wrong for precision because it is wrong for accuracy.
import { refsAsWritten } from '../../match';
import { preferredIn, slice, targetScript, type Rule } from '../../rule';

export const rule: Rule = {
  id: 'term/avoid',
  severity: 'error',
  summary: 'A known-wrong rendering of a glossary term',
  messages: {
    wrong: '"{{text}}" is a wrong rendering of "{{term}}" ({{reason}}); use "{{right}}"',
  },
  check(ctx) {
    for (const occ of ctx.zh) {
      const refs = refsAsWritten(occ, ctx.text, ctx.script);
      if (refs.some((r) => r.kind !== 'avoid')) continue;
      const ref = refs[0];
      if (!ref) continue;
      const right = preferredIn(ref.entry, targetScript(ctx.script, ref.script));
      ctx.report({
        offset: occ.offset,
        length: occ.length,
        messageId: 'wrong',
        data: { text: slice(ctx, occ.offset, occ.length), term: ref.entry.en.preferred, reason: ref.reason ?? '', right },
        suggestions: [right],
        term: ref.entry.en.preferred,
      });
    }
  },
};
