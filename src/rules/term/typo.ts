// term/typo — a near-miss of a glossary term: one character replaced by one that sounds the same
// (知识编缉 for 知识编辑). Candidates come from an index of what a substitution leaves intact
// (three map lookups per window, whatever the glossary's size). Only same-sounding substitutions
// count: the slips of pinyin input; see looksMisspelt.
import type { Glossary } from '../../glossary/glossary';
import type { pinyin as Pinyin } from 'pinyin-pro';

// pinyin-pro's dictionary (~25 MB) is loaded on the first candidate, not at start-up.
let pinyin: typeof Pinyin | undefined;
import { renderingIn, slice, targetScript, type TextRule } from '../rule';
import { FUNCTION_WORDS } from '../../data/function-words';
import { wordFrequency } from '../../core/segment';
import { countOccurrences } from '../../text/strings';

const MIN_LENGTH = 3;
/** A misspelling is a slip: a "typo" that a document repeats more often is a word of its own. */
const MAX_REPEATS = 2;
const MAX_LENGTH = 10;
/** A dictionary frequency that makes a word common (影响 24144, 影像 335; the slip 编缉 2); wordFrequency keeps these only. */
const COMMON_WORD = 1000;

const indexes = new WeakMap<Glossary, Map<string, string[]>>();

/**
 * Forms by what a one-character substitution leaves intact: the first two characters, the last
 * two, and for three-character forms the first and last. One lookup per key, whatever the size.
 */
function substitutionIndex(glossary: Glossary): Map<string, string[]> {
  let index = indexes.get(glossary);
  if (index) return index;
  index = new Map();
  const add = (key: string, form: string) => {
    const list = index!.get(key);
    if (!list) index!.set(key, [form]);
    else if (!list.includes(form)) list.push(form);
  };
  for (const [key, refs] of glossary.zh) {
    if (key.length < MIN_LENGTH || key.length > MAX_LENGTH || !/^\p{Script=Han}+$/u.test(key)) continue;
    if (refs.every((r) => r.kind === 'avoid')) continue;
    for (const k of keysOf(key)) add(k, key);
  }
  indexes.set(glossary, index);
  return index;
}

function keysOf(s: string): string[] {
  const n = s.length;
  const keys = [`${n}<${s.slice(0, 2)}`, `${n}>${s.slice(n - 2)}`];
  if (n === 3) keys.push(`${n}=${s[0]}${s[2]}`);
  return keys;
}

/** The form that differs from the window in exactly one position, if any. */
function substituted(index: Map<string, string[]>, window: string): string | undefined {
  for (const key of keysOf(window)) {
    for (const form of index.get(key) ?? []) {
      let diff = 0;
      for (let i = 0; i < form.length && diff < 2; i++) if (form[i] !== window[i]) diff++;
      if (diff === 1) return form;
    }
  }
  return undefined;
}

const readings = new Map<string, string[]>();

function soundsOf(ch: string): string[] {
  let r = readings.get(ch);
  if (!r) {
    pinyin ??= (require('pinyin-pro') as { pinyin: typeof Pinyin }).pinyin;
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
  let diff = 0;
  while (window[diff] === form[diff]) diff++;
  const heard = soundsOf(window[diff]!);
  if (!soundsOf(form[diff]!).some((r) => heard.includes(r))) return false;
  // A word of its own beside intact words is a phrase (与训练 = 与 + 训练), not a broken word.
  let at = 0;
  const own = parts.find((p) => {
    const hit = at <= diff && diff < at + p.length;
    at += p.length;
    return hit;
  });
  // A function word typed on purpose between words: 可训练的秩分解 is not 低秩分解, 此向量 not 词向量.
  if (own !== undefined && FUNCTION_WORDS.has(own)) return false;
  // A common word of its own is no slip: 不影响辨识 is 影响 + 辨识, not 影像辨识 (编缉 is rare).
  if (own !== undefined && own.length > 1 && wordFrequency(own) >= COMMON_WORD) return false;
  return !(own?.length === 1 && parts.every((p) => p === own || p.length > 1));
}


export const rule: TextRule = {
  id: 'term/typo',
  kind: 'text',
  severity: 'warning',
  summary: 'A same-sounding one-character slip in a term (知识编缉)',
  fix: 'suggestion',
  onTargets: true,
  messages: {
    typo: '"{{text}}" looks like a misspelling of "{{right}}" ({{term}})',
  },
  check(ctx) {
    const index = substitutionIndex(ctx.glossary);
    const covered = new Set(ctx.zh.map((o) => o.offset));
    for (const tokens of ctx.tokens) {
      for (let i = 0; i < tokens.length; i++) {
        let window = '';
        for (let j = i; j < tokens.length && j < i + 3; j++) {
          window += tokens[j]!.text;
          if (window.length > MAX_LENGTH) break;
          if (window.length < MIN_LENGTH || ctx.glossary.zh.has(window)) continue;
          const form = substituted(index, window);
          if (!form || !looksMisspelt(tokens.slice(i, j + 1).map((t) => t.text), window, form)) continue;
          if (countOccurrences(ctx.shadow, window) > MAX_REPEATS || covered.has(tokens[i]!.offset)) continue;
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
