// term/avoid — a known-wrong rendering of a glossary concept (零射擊 for zero-shot).
// Why: these are the translations a reviewer would reject outright; each carries its reason.
// Ignores: a form that another concept accepts (the glossary's ambiguity notes), so that
// 精度 is never called wrong for precision because it is wrong for accuracy; and a rendering that
// is wrong only in one sense (重量, 模特, 培训) unless its sentence shows that sense (the avoid
// item's `evidence`: ML words in the sentence, or a collocation such as 模型的重量 around it) —
// an error — or the whole text is about ML — a warning. Elsewhere (news, finance) it is silent.
import { isGeneralVocabulary, type AvoidForm, type FormRef } from '../../glossary/model';
import { refsAsWritten, type Occurrence } from '../../core/match';
import { chineseKey, inScript } from '../../text/script';
import { localizedData, renderingIn, sentenceShows, sharedResult, slice, targetScript, type TextRule, type RuleContext } from '../rule';

export interface Avoided {
  occ: Occurrence;
  ref: FormRef;
}

/** Whether the occurrence's sentence shows the sense in which the rendering is wrong. */
export function hasEvidence(ctx: RuleContext, occ: Occurrence, avoid: AvoidForm): boolean {
  return !avoid.evidence || sentenceShows(ctx, occ.offset, occ.length, avoid.evidence, avoid.text);
}

const MIN_DOMAIN_CONCEPTS = 8;
const MIN_DOMAIN_DENSITY = 2 / 1000;

/**
 * Whether the whole text is about ML: enough distinct ML concepts, named in Chinese or in English
 * (not everyday words, not general computing or mathematics), for its size. Then a sense-dependent rendering is probably meant in
 * the ML sense even where its own sentence does not say so — a warning, not an error.
 */
export function isMlText(ctx: RuleContext): boolean {
  return sharedResult(ctx, 'ml-text', () => {
    const concepts = new Set<string>();
    // Concepts named in either language: a Chinese ML text keeps many terms in English (LoRA, tokenizer).
    for (const occ of [...ctx.zh, ...ctx.en]) {
      for (const r of occ.refs) {
        if (r.kind !== 'avoid' && !r.entry.everyday && !isGeneralVocabulary(r.entry)) concepts.add(r.entry.id);
      }
    }
    let han = 0;
    for (const run of ctx.tokens) for (const t of run) han += t.text.length;
    return concepts.size >= MIN_DOMAIN_CONCEPTS && concepts.size >= han * MIN_DOMAIN_DENSITY;
  });
}

/** Known-wrong renderings in the file; `weak` when only the text's domain shows the sense. */
export function findAvoided(ctx: RuleContext): (Avoided & { weak?: boolean })[] {
  return sharedResult(ctx, 'term/avoid', () => {
    const found: (Avoided & { weak?: boolean })[] = [];
    for (const occ of ctx.zh) {
      const refs = refsAsWritten(occ, ctx.text, ctx.script);
      if (refs.some((r) => r.kind !== 'avoid') || !refs[0]) continue;
      const ref = refs.find((r) => !r.avoid?.evidence) ?? refs.find((r) => r.avoid && hasEvidence(ctx, occ, r.avoid));
      if (ref) found.push({ occ, ref });
      else {
        const weak = refs.find((r) => r.avoid?.domainEvidence !== false);
        if (weak && isMlText(ctx)) found.push({ occ, ref: weak, weak: true });
      }
    }
    return found;
  });
}

/** What replaces exactly the occurrence: the avoid item's `replace`, else the concept's rendering. */
export function replacementOf(ref: FormRef, occ: Occurrence, script: ReturnType<typeof targetScript>): string {
  if (ref.avoid?.replace !== undefined) return inScript(ref.avoid.replace, script);
  // A wrong conversion (云端 in Traditional text) is fixed by the form it misspells (雲端).
  return renderingIn(ref.entry, occ.key, script);
}

export const rule: TextRule = {
  id: 'term/avoid',
  kind: 'text',
  severity: 'error',
  summary: 'Known-wrong renderings of a glossary term: 零射擊 for zero-shot, 模型的重量 for model weights, 知識沖突',
  fix: 'safe',
  defersTo: ['script/conversion'],
  onTargets: true,
  messages: {
    wrong: '"{{text}}" is a wrong rendering of "{{term}}" ({{reason}}); use "{{right}}"',
  },
  check(ctx) {
    for (const { occ, ref, weak } of findAvoided(ctx)) {
      const right = replacementOf(ref, occ, targetScript(ctx.script, ref.script));
      const text = slice(ctx, occ.offset, occ.length);
      // A wrong character conversion inside a term (計算復雜度) is the defect script/conversion
      // reports elsewhere (復雜度): the same severity, whichever rule finds it.
      const converted = text.length === right.length && chineseKey(text) === chineseKey(right);
      // It is also reported where the characters are wrong (標准化: 准), so that where
      // script/conversion finds the same characters, one finding stays (the engine's overlap rule).
      let first = 0;
      let last = text.length - 1;
      if (converted) {
        while (text[first] === right[first]) first++;
        while (text[last] === right[last]) last--;
      }
      ctx.report({
        ...(weak ? { severity: 'warning' as const, fix: false as const } : converted ? { severity: 'warning' as const } : {}),
        offset: occ.offset + first,
        length: last - first + 1,
        messageId: 'wrong',
        data: { text, term: ref.entry.en.preferred, right, ...localizedData('reason', ref.avoid?.reasons ?? { en: ref.reason ?? '' }) },
        suggestions: [converted ? right.slice(first, last + 1) : right],
        term: ref.entry.en.preferred,
      });
    }
  },
};
