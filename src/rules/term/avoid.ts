// term/avoid — a known-wrong rendering of a glossary concept (零射擊 for zero-shot).
// Why: these are the translations a reviewer would reject outright; each carries its reason.
// Ignores: a form that another concept accepts (the glossary's ambiguity notes), so that
// 精度 is never called wrong for precision because it is wrong for accuracy.
import type { FormRef } from '../../glossary/model';
import { refsAsWritten, type Occurrence } from '../../core/match';
import { renderingIn, sharedResult, slice, targetScript, type TextRule, type RuleContext } from '../rule';

export interface Avoided {
  occ: Occurrence;
  ref: FormRef;
}

/** Known-wrong renderings in the file; script/conversion leaves their spans to term/avoid. */
export function findAvoided(ctx: RuleContext): Avoided[] {
  return sharedResult(ctx, 'term/avoid', () => {
    const found: Avoided[] = [];
    for (const occ of ctx.zh) {
      const refs = refsAsWritten(occ, ctx.text, ctx.script);
      if (refs.some((r) => r.kind !== 'avoid') || !refs[0]) continue;
      found.push({ occ, ref: refs[0] });
    }
    return found;
  });
}

export const rule: TextRule = {
  id: 'term/avoid',
  kind: 'text',
  severity: 'error',
  summary: 'A known-wrong rendering of a glossary term',
  fix: 'safe',
  onTargets: true,
  messages: {
    wrong: '"{{text}}" is a wrong rendering of "{{term}}" ({{reason}}); use "{{right}}"',
  },
  check(ctx) {
    for (const { occ, ref } of findAvoided(ctx)) {
      // A wrong conversion (云端 in Traditional text) is fixed by the form it misspells (雲端).
      const right = renderingIn(ref.entry, occ.key, targetScript(ctx.script, ref.script));
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
