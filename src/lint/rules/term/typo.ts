// term/typo — a near-miss of a glossary term: one character inserted, dropped or replaced
// (知识编缉 for 知识编辑). Candidates come from a deletion index of the glossary's forms (one map
// lookup per deletion, whatever the glossary's size). Only same-sounding substitutions count:
// the slips of pinyin input; see looksMisspelt.
import levenshtein from 'fast-levenshtein';
import type { Glossary } from '../../../glossary/glossary';
import { pinyin } from 'pinyin-pro';
import { renderingIn, slice, targetScript, type Rule } from '../../rule';

const MIN_LENGTH = 3;
/** A misspelling is a slip: a "typo" that a document repeats more often is a word of its own. */
const MAX_REPEATS = 2;
const MAX_LENGTH = 10;

function deletions(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.slice(0, i) + s.slice(i + 1));
  return out;
}

const indexes = new WeakMap<Glossary, Map<string, string[]>>();

/** Every Chinese form and each of its one-character deletions → the forms. */
function deletionIndex(glossary: Glossary): Map<string, string[]> {
  let index = indexes.get(glossary);
  if (index) return index;
  index = new Map();
  for (const [key, refs] of glossary.zh) {
    if (key.length < MIN_LENGTH || !/^\p{Script=Han}+$/u.test(key)) continue;
    if (refs.every((r) => r.kind === 'avoid')) continue;
    for (const d of [key, ...deletions(key)]) {
      const list = index.get(d) ?? [];
      if (!list.includes(key)) list.push(key);
      index.set(d, list);
    }
  }
  indexes.set(glossary, index);
  return index;
}

const readings = new Map<string, string[]>();

function soundsOf(ch: string): string[] {
  let r = readings.get(ch);
  if (!r) {
    r = pinyin(ch, { toneType: 'none', multiple: true, type: 'array' });
    readings.set(ch, r);
  }
  return r;
}

/**
 * A window is a misspelling when it differs from the form in one character that sounds the
 * same: the typing slip of a pinyin input method (编缉 for 编辑, 遗望 for 遗忘). Phrases of real
 * words differ in sound and stay quiet: 知识编码 (vs 知识编辑), 阈值函数 (vs 价值函数); so does a
 * same-sounding word standing beside intact words: 与训练 (vs 预训练) is 与 + 训练.
 */
function looksMisspelt(parts: string[], window: string, form: string): boolean {
  if (window.length !== form.length) return false;
  let diff = -1;
  for (let i = 0; i < form.length; i++) {
    if (window[i] === form[i]) continue;
    if (diff !== -1) return false;
    diff = i;
  }
  if (diff === -1) return false;
  const heard = soundsOf(window[diff]!);
  if (!soundsOf(form[diff]!).some((r) => heard.includes(r))) return false;
  // A word of its own beside intact words is a phrase (与训练 = 与 + 训练), not a broken word.
  let at = 0;
  const own = parts.find((p) => {
    const hit = at <= diff && diff < at + p.length;
    at += p.length;
    return hit;
  });
  return !(own?.length === 1 && parts.every((p) => p === own || p.length > 1));
}

function countIn(text: string, word: string): number {
  let n = 0;
  for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + word.length)) n++;
  return n;
}

export const rule: Rule = {
  id: 'term/typo',
  severity: 'warning',
  summary: 'A near-miss of a glossary term (one character off)',
  messages: {
    typo: '"{{text}}" looks like a misspelling of "{{right}}" ({{term}})',
  },
  check(ctx) {
    const index = deletionIndex(ctx.glossary);
    const covered = new Set(ctx.zh.map((o) => o.offset));
    for (const tokens of ctx.tokens) {
      for (let i = 0; i < tokens.length; i++) {
        let window = '';
        for (let j = i; j < tokens.length && j < i + 3; j++) {
          window += tokens[j]!.text;
          if (window.length > MAX_LENGTH) break;
          if (window.length < MIN_LENGTH || ctx.glossary.zh.has(window)) continue;
          const candidates = new Set([...(index.get(window) ?? []), ...deletions(window).flatMap((d) => index.get(d) ?? [])]);
          const form = [...candidates].find((f) => levenshtein.get(window, f) === 1);
          if (!form) continue;
          if (!looksMisspelt(tokens.slice(i, j + 1).map((t) => t.text), window, form)) continue;
          if (countIn(ctx.shadow, window) > MAX_REPEATS) continue;
          if (covered.has(tokens[i]!.offset)) continue;
          const offset = tokens[i]!.offset;
          const entry = ctx.glossary.zh.get(form)!.find((r) => r.kind !== 'avoid')!.entry;
          const right = renderingIn(entry, form, targetScript(ctx.script, 'zh-Hans'));
          const text = slice(ctx, offset, window.length);
          ctx.report({
            offset,
            length: window.length,
            messageId: 'typo',
            data: { text, right, term: entry.en.preferred },
            suggestions: [right],
            term: entry.en.preferred,
          });
          i = j;
          break;
        }
      }
    }
  },
};
