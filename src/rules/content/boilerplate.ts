// content/boilerplate — scraped leftovers: paywall and navigation lines (付費5元查看完整內容,
// 相關內容), spam lines of comma-separated keywords, and the same short fragment repeated through
// a document. Patterns are data (src/data/boilerplate.ts), extendable with the option `patterns`.
// Ignores: Markdown headings, list items, table rows and links; sentences; lines without Chinese.
import { BOILERPLATE_LINES } from '../../data/boilerplate';
import { sharedResult, type Report, type TextRule, type RuleContext } from '../rule';

const STRUCTURE = /^\s*(?:#{1,6}\s|[-*+]\s|\d+[.)]\s|\||>)/;
const SENTENCE_END = /[。！？；：!?;:]/;

/** Boilerplate lines of the file; script/mixed leaves them alone (spam is not worth proofreading). */
export function findBoilerplate(ctx: RuleContext): Report[] {
  return sharedResult(ctx, 'content/boilerplate', () => {
    const found: Report[] = [];
    const extra = (ctx.options.patterns as string[]).map((p) => new RegExp(p, 'u'));
    const patterns = [...BOILERPLATE_LINES, ...extra];
    const seen = new Map<string, { offset: number; length: number }[]>();
    for (let l = 0; l < ctx.lines.lineCount; l++) {
      const start = ctx.lines.lineStart(l);
      const raw = ctx.lines.lineText(l);
      const masked = ctx.masked.slice(start, start + raw.length);
      const trimmed = masked.trim();
      if (!trimmed || !/\p{Script=Han}/u.test(trimmed) || STRUCTURE.test(masked)) continue;
      const offset = start + masked.indexOf(trimmed);
      const folded = ctx.shadow.slice(offset, offset + trimmed.length);
      const text = ctx.text.slice(offset, offset + trimmed.length);
      if (patterns.some((re) => re.test(folded) || re.test(text))) {
        found.push({ offset, length: trimmed.length, messageId: 'pattern', data: { text } });
        continue;
      }
      const items = trimmed.split(/[,，]/).map((s) => s.trim());
      const listLike = items.every((s) => s.length >= 2 && s.length <= 20 && !/[\s'"“”‘’「」()（）[\]/]/.test(s));
      if (items.length >= 5 && listLike && !SENTENCE_END.test(trimmed)) {
        found.push({ offset, length: trimmed.length, messageId: 'spam', data: { text } });
        continue;
      }
      if (trimmed.length <= 20 && !/[。，,！？；：!?;:[\]]/.test(trimmed)) {
        const list = seen.get(folded) ?? [];
        list.push({ offset, length: trimmed.length });
        seen.set(folded, list);
      }
    }
    for (const list of seen.values()) {
      if (list.length < 3) continue;
      for (const at of list.slice(1)) {
        const text = ctx.text.slice(at.offset, at.offset + at.length);
        found.push({ ...at, messageId: 'repeated', data: { text, count: list.length } });
      }
    }
    return found.sort((a, b) => a.offset - b.offset);
  });
}

export const rule: TextRule = {
  id: 'content/boilerplate',
  kind: 'text',
  severity: 'warning',
  summary: 'Scraped boilerplate: paywall or navigation lines, keyword spam, repeated short lines',
  fix: 'safe',
  options: {
    type: 'object',
    properties: {
      patterns: { type: 'array', items: { type: 'string', regex: true }, default: [], description: 'extra boilerplate line patterns (regular expressions)' },
    },
  },
  messages: {
    pattern: '"{{text}}" is scraped page boilerplate',
    spam: 'this line is a list of search keywords (spam), not prose',
    repeated: '"{{text}}" repeats {{count}} times in this document: scraped navigation or boilerplate',
  },
  check(ctx) {
    for (const r of findBoilerplate(ctx)) ctx.report(r);
  },
};
