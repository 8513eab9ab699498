// encoding/mojibake — text damaged by a wrong encoding somewhere upstream: U+FFFD, "?" standing
// for a lost letter inside a Latin word (Lauren?on), UTF-8 read as Latin-1 (Ã©, â€™), UTF-8 read
// as GBK (锟斤拷, 鈥檚), uninitialized-memory fill (烫烫烫, 屯屯屯), and stray control characters.
// Ignores: a "?" that ends a question (followed by a space, punctuation or the end of the line).
import type { TextRule } from '../rule';

const PATTERNS: { re: RegExp; messageId: string }[] = [
  { re: /\uFFFD+/g, messageId: 'replacement' },
  { re: /[A-Za-z]+\?[a-z]+/g, messageId: 'lostLetter' },
  { re: /(?:[ÃÂ][\u0080-\u00BF]|â€[\u0080-\u00BF\u0152-\u2122]?)+/g, messageId: 'latin1' },
  { re: /(?:锟斤拷)+|锟斤|斤拷|鈥.|(?:烫){3,}|(?:屯){3,}|(?:燙){3,}/g, messageId: 'gbk' },
  { re: /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]+/g, messageId: 'control' },
];

export const rule: TextRule = {
  id: 'encoding/mojibake',
  kind: 'text',
  severity: 'error',
  summary: 'Text damaged by a wrong encoding: U+FFFD, Lauren?on, æ™ºèƒ½, 锟斤拷, lost Han characters as ??',
  fix: 'suggestion',
  onTargets: true,
  messages: {
    replacement: 'U+FFFD replacement character: the text was decoded with the wrong encoding, or a byte sequence is invalid',
    lostLetter: '"{{text}}": a letter was lost to a wrong encoding ("?" inside a word)',
    latin1: '"{{text}}" is UTF-8 read as Latin-1 (mojibake)',
    gbk: '"{{text}}" is mojibake from a UTF-8/GBK mix-up or uninitialized memory',
    control: 'stray control character U+{{code}}',
  },
  check(ctx) {
    // Lost letters and mojibake are looked for in prose; control characters and U+FFFD anywhere.
    for (const { re, messageId } of PATTERNS) {
      const source = messageId === 'control' || messageId === 'replacement' ? ctx.text : ctx.masked;
      re.lastIndex = 0;
      for (let m = re.exec(source); m; m = re.exec(source)) {
        const text = ctx.text.slice(m.index, m.index + m[0].length);
        const code = text.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
        ctx.report({ offset: m.index, length: m[0].length, messageId, data: { text, code } });
      }
    }
  },
};
