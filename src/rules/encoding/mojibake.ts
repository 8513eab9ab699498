// encoding/mojibake — text damaged by a wrong encoding somewhere upstream; the detection is
// src/text/mojibake.ts (prose only: code, math and URLs are masked). Each span is reported with
// the text it stood for as the suggestion, when that can be recovered.
import type { TextRule } from '../rule';
import { findMojibake } from '../../text/mojibake';

export const rule: TextRule = {
  id: 'encoding/mojibake',
  kind: 'text',
  severity: 'error',
  summary: 'Text damaged by a wrong encoding: U+FFFD, Lauren?on, æ™ºèƒ½, 锟斤拷, lost Han characters as ??',
  fix: 'safe',
  onTargets: true,
  messages: {
    replacement: 'U+FFFD replacement character: the text was decoded with the wrong encoding, or a byte sequence is invalid',
    replacementGbk: '"{{text}}" is U+FFFD replacement characters saved as UTF-8 and read as GBK; the original characters are lost',
    fill: '"{{text}}" is uninitialized memory (debug-heap fill bytes shown as Chinese characters)',
    control: 'stray control character U+{{code}}',
    latin1: '"{{text}}" is UTF-8 read as Windows-1252 or Latin-1; it stands for "{{repair}}"',
    latin1Cut: '"{{text}}" is UTF-8 read as Windows-1252 or Latin-1, with bytes lost; what is left reads "{{decoded}}"',
    gbk: '"{{text}}" is UTF-8 read as GBK; it stands for "{{repair}}"',
    big5: '"{{text}}" is UTF-8 read as Big5; it stands for "{{repair}}"',
    lostHan: '"{{text}}" stands for Chinese characters lost to a wrong encoding (a question mark inside a sentence)',
    lostBullet: '"{{text}}" at the start of the line is a bullet or symbol lost to a wrong encoding',
    lostLetter: '"{{text}}": a letter was lost to a wrong encoding ("?" inside a word)',
  },
  check(ctx) {
    for (const span of findMojibake(ctx.text, ctx.masked)) {
      const text = ctx.text.slice(span.offset, span.offset + span.length);
      const code = text.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
      const data: Record<string, string> = { text, code };
      if (span.repair !== undefined) data.repair = span.repair;
      if (span.decoded !== undefined) data.decoded = span.decoded;
      ctx.report({
        offset: span.offset,
        length: span.length,
        messageId: span.kind,
        data,
        ...(span.repair !== undefined ? { suggestions: [span.repair] } : {}),
      });
    }
  },
};
