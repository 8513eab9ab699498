// Parenthetical glosses, 中文（English） and 中文 (English): where the bracket opens and closes, and
// what is inside. One parser for every reader of glosses (gloss/mismatch, termlint extract).

const CLOSING: Record<string, string> = { '(': ')', '（': '）' };

/** Longest distance from the opening to the closing bracket of a gloss. */
const MAX_GLOSS = 80;

export interface Gloss {
  /** Offsets of the opening and closing brackets. */
  open: number;
  close: number;
  /** The opening bracket as written: ( or （. */
  bracket: string;
  closing: string;
  /** What the brackets hold, trimmed. */
  text: string;
}

/**
 * The gloss right after `end` (the end of the glossed words): one space may stand before the
 * bracket; the closing bracket must follow on the same line, within 80 characters.
 */
export function glossAfter(text: string, end: number): Gloss | undefined {
  let open = end;
  if (text[open] === ' ') open++;
  const bracket = text[open];
  const closing = bracket ? CLOSING[bracket] : undefined;
  if (!closing) return undefined;
  const close = text.indexOf(closing, open + 1);
  const newline = text.indexOf('\n', open);
  if (close === -1 || close - open > MAX_GLOSS || (newline !== -1 && newline < close)) return undefined;
  return { open, close, bracket: bracket!, closing, text: text.slice(open + 1, close).trim() };
}

/** The parts of a gloss: "continual fine-tuning, CFT" → ["continual fine-tuning", "CFT"]. */
export function glossParts(gloss: string): string[] {
  return gloss.split(/\s*[,，;；]\s*/);
}

const HAN_BEFORE_BRACKET = /[\p{Script=Han}\u3007] ?[(（]/gu;

/** Every gloss that directly follows a Chinese character, with `end`: where the glossed Chinese ends. */
export function glossesAfterChinese(text: string): (Gloss & { end: number })[] {
  const found: (Gloss & { end: number })[] = [];
  HAN_BEFORE_BRACKET.lastIndex = 0;
  for (let m = HAN_BEFORE_BRACKET.exec(text); m; m = HAN_BEFORE_BRACKET.exec(text)) {
    const end = m.index + (m[0].codePointAt(0)! > 0xffff ? 2 : 1);
    const gloss = glossAfter(text, end);
    if (gloss) found.push({ ...gloss, end });
    HAN_BEFORE_BRACKET.lastIndex = end;
  }
  return found;
}
