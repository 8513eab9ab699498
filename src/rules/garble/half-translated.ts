// garble/half-translated — machine-translation leftovers: a fragment of a glossary term glued to
// that term's English ("訓練范 paradigms", "微 fine-tuning"), or a whole Chinese term followed by its
// own English without brackets ("范式 paradigm"). Suggests the full Chinese term.
// Ignores: English in brackets (a gloss), abbreviations (大型語言模型(LLMs)), and code-switching
// that keeps whole words (保存模型checkpoint: 模型 is a whole word of 模型检查点), and English in
// capitals (保存到文件 FILENAME 中: a placeholder, not "filename") unless the glossary writes the
// term in exactly those capitals.
import { chineseKey, ZH_SCRIPTS } from '../../text/script';
import { englishWords } from '../../text/english';
import type { GlossaryEntry } from '../../glossary/model';
import { entriesOf, refsAsCased, type Occurrence } from '../../core/match';
import { renderingIn, sharedResult, slice, targetScript, type TextRule, type RuleContext } from '../rule';

export interface Garble {
  offset: number;
  length: number;
  english: Occurrence;
  entry: GlossaryEntry;
  /** The Chinese form the fragment belongs to (folded key). */
  form: string;
  whole: boolean;
}

const HAN_TAIL = /[\p{Script=Han}]+$/u;

/** Every garble in the file; term/untranslated skips the English these explain. */
export function findGarbles(ctx: RuleContext): Garble[] {
  return sharedResult(ctx, 'garble/half-translated', () => {
    const found: Garble[] = [];
    for (const occ of ctx.en) {
      if (occ.refs.some((r) => r.kind === 'abbreviation')) continue;
      const refs = refsAsCased(occ, ctx.text);
      if (!refs.length) continue;
      const written = slice(ctx, occ.offset, occ.length);
      let end = occ.offset;
      if (ctx.masked[end - 1] === ' ') end--;
      const lineStart = ctx.lines.lineStart(ctx.lines.lineOf(occ.offset));
      const tail = HAN_TAIL.exec(ctx.shadow.slice(Math.max(lineStart, end - 16), end))?.[0];
      if (!tail) continue;
      let best: Garble | undefined;
      for (const entry of entriesOf(refs)) {
        const forms = new Set(
          ZH_SCRIPTS.flatMap((s) => [entry[s].preferred, ...entry[s].variants]).map(chineseKey).filter((f) => f.length > 1),
        );
        for (const form of forms) {
          // The longest end of the Chinese before the English that starts this form.
          for (let n = Math.min(tail.length, form.length); n >= 1; n--) {
            const piece = tail.slice(tail.length - n);
            if (!form.startsWith(piece)) continue;
            // A prefix that is itself a word (语言, 解码) is still a fragment when the English
            // repeats it (语言 language model) or only one character of the form is missing (解码 decoder).
            const cut = piece === form || brokenWord(ctx, end - n, end) || form.length - n === 1 || englishWords(written).length >= 2;
            if (cut) {
              const g: Garble = { offset: end - n, length: occ.offset + occ.length - (end - n), english: occ, entry, form, whole: n === form.length };
              if (!best || g.length > best.length) best = g;
            }
            break;
          }
        }
      }
      if (best) found.push(best);
    }
    return found;
  });
}

/**
 * True when the Chinese just before the English ends in a broken word: a lone character (训练|范,
 * 微), not a whole multi-character word (保存模型 checkpoint keeps 模型 whole).
 */
function brokenWord(ctx: RuleContext, start: number, end: number): boolean {
  for (const tokens of ctx.tokens) {
    const last = tokens[tokens.length - 1];
    if (!last || last.offset + last.text.length !== end) continue;
    return last.text.length === 1 || last.offset < start;
  }
  return true;
}

export const rule: TextRule = {
  id: 'garble/half-translated',
  kind: 'text',
  severity: 'error',
  summary: 'Half-translated fragments: 训练范 paradigms, 微 fine-tuning, 范式 paradigm',
  fix: 'safe',
  onTargets: true,
  messages: {
    fragment: '"{{text}}" is half translated: "{{english}}" is glued to part of "{{full}}"',
    doubled: '"{{text}}" repeats "{{english}}" after its Chinese without brackets; write "{{full}}" or "{{full}}（{{english}}）"',
  },
  check(ctx) {
    const spaceBeforeHan = (text: string, at: number) => (/^ \p{Script=Han}/u.test(text.slice(at, at + 2)) ? 1 : 0);
    for (const g of findGarbles(ctx)) {
      // Complete the fragment with the form it started, in the document's script.
      const full = renderingIn(g.entry, g.form, targetScript(ctx.script, 'zh-Hans'));
      const english = slice(ctx, g.english.offset, g.english.length);
      ctx.report({
        offset: g.offset,
        length: g.length,
        messageId: g.whole ? 'doubled' : 'fragment',
        data: { text: slice(ctx, g.offset, g.length), english, full },
        suggestions: [full],
        term: g.entry.en.preferred,
        // The space that separated the English from the Chinese after it goes with the English.
        fix: { offset: g.offset, length: g.length + spaceBeforeHan(ctx.text, g.offset + g.length), text: full },
      });
    }
  },
};

