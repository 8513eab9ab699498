// term/untranslated — an English glossary term left in Chinese prose ("Training 调查了…") where the
// glossary translates it. Ignores: abbreviations (LLM), words in capitals the glossary does not
// write so (FILENAME: a placeholder), terms kept in English (Transformer),
// parenthetical glosses (微调（fine-tuning）), lines that are mostly English, English on the same
// line as its own translation (a mention), and English glued to its own Chinese
// (garble/half-translated reports that).
import { entriesOf, refsAsCased } from '../../core/match';
import { isGeneralVocabulary } from '../../glossary/model';
import { preferredIn, slice, targetScript, type TextRule } from '../rule';
import { ZH_SCRIPTS } from '../../text/script';

const HAN = /\p{Script=Han}/u;

/** True when the offset sits inside a bracket opened earlier on the same line. */
function insideParentheses(line: string, at: number): boolean {
  let depth = 0;
  for (let i = at - 1; i >= 0; i--) {
    const c = line[i];
    if (c === ')' || c === '）') depth++;
    else if (c === '(' || c === '（') {
      if (depth === 0) return true;
      depth--;
    }
  }
  return false;
}

export const rule: TextRule = {
  id: 'term/untranslated',
  kind: 'text',
  severity: 'info',
  summary: 'An English glossary term left untranslated in Chinese prose',
  fix: 'suggestion',
  defersTo: ['garble/half-translated', 'content/boilerplate'],
  messages: {
    untranslated: 'English "{{text}}" in Chinese prose; the glossary translates "{{term}}" as "{{right}}"',
  },
  check(ctx) {
    // Concepts rendered in Chinese on each line, to tell a mention from an untranslated term.
    const renderedOnLine = new Map<number, Set<unknown>>();
    for (const z of ctx.zh) {
      const line = ctx.lines.lineOf(z.offset);
      const set = renderedOnLine.get(line) ?? new Set();
      for (const r of z.refs) set.add(r.entry);
      renderedOnLine.set(line, set);
    }
    for (const occ of ctx.en) {
      const entries = entriesOf(refsAsCased(occ, ctx.text));
      if (entries.length !== 1) continue;
      const entry = entries[0]!;
      if (entry.keepEnglish || occ.refs.some((r) => r.kind === 'abbreviation')) continue;
      // A single everyday computing word (App, Windows, process) is as often a name or a UI label as
      // a term; an identifier (cache_dir, max_length) is code, not prose.
      const written = slice(ctx, occ.offset, occ.length);
      if (entry.everyday && isGeneralVocabulary(entry) && !/\s|-/.test(written.trim())) continue;
      if (written.includes('_') || ctx.text[occ.offset - 1] === '_' || ctx.text[occ.offset + occ.length] === '_') continue;
      const line0 = ctx.lines.lineOf(occ.offset);
      const start = ctx.lines.lineStart(line0);
      const line = ctx.masked.slice(start, start + ctx.lines.lineText(line0).length);
      const han = (line.match(/\p{Script=Han}/gu) ?? []).length;
      const latin = (line.match(/[A-Za-z]/g) ?? []).length;
      if (han === 0 || han < latin / 2) continue;
      if (insideParentheses(line, occ.offset - start)) continue;
      // Chinese must touch the term on one side (allowing one space): prose, not a title or list.
      const before = ctx.masked.slice(Math.max(0, occ.offset - 2), occ.offset);
      const after = ctx.masked.slice(occ.offset + occ.length, occ.offset + occ.length + 2);
      if (!HAN.test(before) && !HAN.test(after)) continue;
      // English beside its own translation on the line is a mention ("dataset 譯為「資料集」").
      if (renderedOnLine.get(line0)?.has(entry)) continue;
      // The English that starts the Chinese rendering itself (F1 分數, ReLU 函数) is translated.
      if (ZH_SCRIPTS.some((s) => [entry[s].preferred, ...entry[s].variants].some((f) => !HAN.test(f[0]!) && HAN.test(f) && ctx.text.startsWith(f, occ.offset)))) continue;
      const right = preferredIn(entry, targetScript(ctx.script, 'zh-Hans'));
      ctx.report({
        offset: occ.offset,
        length: occ.length,
        messageId: 'untranslated',
        data: { text: slice(ctx, occ.offset, occ.length), term: entry.en.preferred, right },
        suggestions: [right],
        term: entry.en.preferred,
      });
    }
  },
};
