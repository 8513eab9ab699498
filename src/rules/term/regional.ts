// term/regional — another region's word for a concept: mainland vocabulary in a Taiwan text
// (數據 for 資料, 內存 for 記憶體, 軟件 for 軟體), or Taiwan vocabulary in a mainland text (资料集,
// 演算法, 记忆体). The region is the declared one (configuration `region`, --region, front matter
// `region:`), else for Traditional text the region its vocabulary shows (的士, 港鐵, 特首 → zh-HK;
// a Hong Kong text is not told to write Taiwan's 軟體 for its 軟件), else zh-TW; zh-CN for Simplified.
// Why: a Traditional text converted character by character from the mainland is readable but
// reads as foreign in Taiwan; reviewers ask for the local word.
// Ignores: words with another ordinary meaning unless the sentence shows the computing sense (the
// entry's `context`); in Simplified text, Taiwan words of two characters (资料, 程式: ordinary or
// ambiguous on the mainland); forms several concepts claim. Info unless the region is declared.
import type { GlossaryEntry, Region } from '../../glossary/model';
import { chineseKey, inScript } from '../../text/script';
import { vocabularyRegion } from '../../core/script';
import { sentenceShows, sharedResult, slice, type TextRule } from '../rule';

export const rule: TextRule = {
  id: 'term/regional',
  kind: 'text',
  severity: 'warning',
  summary: 'Another region’s word: mainland 數據/內存/軟件 in a Taiwan text, Taiwan 资料集/演算法 in a mainland one',
  fix: 'suggestion',
  defersTo: ['term/avoid', 'content/boilerplate'],
  onTargets: true,
  messages: {
    regional: '"{{text}}" is {{other}} usage for "{{term}}"; {{region}} writes "{{right}}"',
  },
  check(ctx) {
    if (ctx.script !== 'zh-Hans' && ctx.script !== 'zh-Hant') return;
    // Undeclared, a Traditional text follows the region its vocabulary shows (的士, 港鐵 → zh-HK), else Taiwan.
    const region: Region =
      ctx.region ?? (ctx.script === 'zh-Hant' ? (sharedResult(ctx, 'term/regional:vocabulary', () => vocabularyRegion(ctx.masked)) ?? 'zh-TW') : 'zh-CN');
    const script = ctx.script;
    for (const occ of ctx.zh) {
      const entries = new Set(occ.refs.map((r) => r.entry));
      if (entries.size !== 1 || occ.refs.some((r) => r.kind === 'avoid')) continue;
      const entry: GlossaryEntry = occ.refs[0]!.entry;
      const own = entry.regions[region];
      if (!own || chineseKey(own) === occ.key) continue;
      const other = (Object.keys(entry.regions) as Region[]).find((r) => r !== region && chineseKey(entry.regions[r]!) === occ.key);
      if (!other) continue;
      // Mainland Chinese accepts some Taiwan forms (大型语言模型): those are not regional there.
      if (script === 'zh-Hans' && (occ.key.length < 3 || [entry['zh-Hans'].preferred, ...entry['zh-Hans'].variants].some((f) => chineseKey(f) === occ.key))) continue;
      if (entry.context.length && !sentenceShows(ctx, occ.offset, occ.length, entry.context)) continue;
      const right = inScript(own, script);
      ctx.report({
        offset: occ.offset,
        length: occ.length,
        ...(ctx.region ? {} : { severity: 'info' as const }),
        messageId: 'regional',
        data: { text: slice(ctx, occ.offset, occ.length), term: entry.en.preferred, other, region, right },
        suggestions: [right],
        term: entry.en.preferred,
      });
    }
  },
};
