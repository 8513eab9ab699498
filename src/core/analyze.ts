// What every rule works on, computed once per text: the masked prose (from the format's reader),
// the script, the Simplified shadow, the jieba tokens and the glossary's occurrences.
import type { Glossary } from '../glossary/glossary';
import { findChinese, findEnglish, tokenize, type Occurrence, type Token } from './match';
import { LineIndex } from './positions';
import { countScripts, detectScript, shadowOf } from './script';
import { prepareSegmenter } from './segment';
import type { DocScript } from './types';

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids; empty means every rule. */
  rules: string[];
  offset: number;
}

/** A reader's result: the text with everything but prose blanked (same length), and its directives. */
export interface ReadResult {
  masked: string;
  directives: Directive[];
}

export type Read = (text: string) => ReadResult;

export interface Analysis {
  /** The region the front matter declares (`region: zh-TW`, or a `lang`/`locale` with a region). */
  region?: 'zh-CN' | 'zh-TW' | 'zh-HK';
  masked: string;
  directives: Directive[];
  script: DocScript;
  lines: LineIndex;
  shadow: string;
  tokens: Token[][];
  zh: Occurrence[];
  en: Occurrence[];
}

interface Compiled {
  maxZh: number;
  maxEnWords: number;
}

const compiled = new WeakMap<Glossary, Compiled>();

/** The glossary compile step, once per glossary: jieba learns its Chinese forms; the matchers their longest form. */
export function compileGlossary(glossary: Glossary): Compiled {
  let c = compiled.get(glossary);
  if (c) return c;
  const han = [...glossary.zh.keys()].filter((k) => /^\p{Script=Han}+$/u.test(k));
  prepareSegmenter(han.filter((k) => k.length > 1));
  let maxEnWords = 1;
  for (const key of glossary.en.keys()) maxEnWords = Math.max(maxEnWords, key.split(' ').length);
  const longest = han.reduce((n, k) => Math.max(n, k.length), 1);
  c = { maxZh: Math.min(16, longest), maxEnWords: Math.min(8, maxEnWords) };
  compiled.set(glossary, c);
  return c;
}

/** Reads, detects the script (unless given), segments and finds the glossary's terms. */
export function analyze(text: string, glossary: Glossary, read: Read, script?: DocScript): Analysis {
  const { maxZh, maxEnWords } = compileGlossary(glossary);
  const { masked, directives } = read(text);
  const detected = detectScript(countScripts(masked));
  const hasHan = detected !== 'none';
  const shadow = hasHan ? shadowOf(masked) : masked;
  const tokens = hasHan ? tokenize(shadow) : [];
  const region = declaredRegion(text);
  return {
    ...(region ? { region } : {}),
    masked,
    directives,
    script: script && hasHan ? script : detected,
    lines: new LineIndex(text),
    shadow,
    tokens,
    zh: hasHan ? findChinese(glossary, tokens, maxZh) : [],
    en: findEnglish(glossary, masked, maxEnWords),
  };
}

/** The region a Markdown front matter declares: `region: zh-TW`, `lang: zh-Hant-TW`, `locale: zh_HK`. */
export function declaredRegion(text: string): Analysis['region'] {
  const front = /^(?:\uFEFF)?---[ \t]*\r?\n([^]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  if (!front) return undefined;
  const m = /^(?:region|lang|language|locale)\s*:\s*["']?zh(?:[-_]Han[st])?[-_](CN|TW|HK)\b/im.exec(front[1]!);
  return m ? (`zh-${m[1]!.toUpperCase()}` as Analysis['region']) : undefined;
}
