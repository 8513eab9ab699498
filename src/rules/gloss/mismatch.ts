// gloss/mismatch — a parenthetical English gloss that names another concept than the Chinese
// before it: 知識蒸餾（pruning）. Abbreviations count as a match (持續微調(CFT) is fine).
// Ignores: glosses and Chinese the glossary does not know, glosses that are lists or examples
// (指标（如 recall、precision）), a gloss that is only an abbreviation of something else (FP16),
// names kept in English (词嵌入（word2vec）), a short mixed-language label whose parenthesis qualifies
// all of it (Zero-Shot 评估 (Perplexity)), and related concepts (汇聚层（pooling）) — but not
// another concept of the family that differs by an affix (参数（hyperparameters）, 解码器（encoder）).
import type { GlossaryEntry } from '../../glossary/model';
import { entriesOf, refsAsWritten } from '../../core/match';
import { slice, type TextRule, type RuleContext } from '../rule';
import { chineseKey, ZH_SCRIPTS } from '../../text/script';
import { lightKey } from '../../text/english';
import { glossAfter, glossParts } from '../../text/gloss';

/**
 * The concepts a gloss names, when it is one full English term of the glossary, optionally
 * followed by an abbreviation ("continual fine-tuning, CFT"); else undefined.
 */
function namedByGloss(ctx: RuleContext, gloss: string, open: number, close: number): GlossaryEntry[] | undefined {
  const inside = ctx.en.filter((en) => en.offset > open && en.offset + en.length <= close);
  const parts = glossParts(gloss);
  if (!inside.length || parts.length > 2) return undefined;
  if (parts.some((p) => !inside.some((en) => slice(ctx, en.offset, en.length) === p))) return undefined;
  const full = inside.filter((en) => en.refs.some((r) => r.kind !== 'abbreviation'));
  if (!full.length) return undefined;
  return inside.flatMap((en) => entriesOf(en.refs));
}

/**
 * Two concepts are related when one's English contains the other's (pooling layer / pooling),
 * one's Chinese ends with the other's (掩码语言模型 / 语言模型), or the gloss's concept is written
 * just before in the same phrase (半精度训练（half precision）, but not 编码器和解码器（encoder）).
 */
function related(mine: GlossaryEntry, other: GlossaryEntry, before: string): boolean {
  // Preferred English only: variants split compounds (hyper-parameter) into words that would make
  // parameter look like a part of hyperparameter.
  const en = (e: GlossaryEntry) => [` ${lightKey(e.en.preferred)} `];
  if (en(mine).some((a) => en(other).some((b) => a.includes(b) || b.includes(a)))) return true;
  const zh = (e: GlossaryEntry) =>
    ZH_SCRIPTS.flatMap((s) => [e[s].preferred, ...e[s].variants]).map(chineseKey).filter((k) => k.length > 1);
  // A shortened form (语言模型 for 掩码语言模型) drops a modifier word; a one-character affix makes
  // another concept of the same family (参数 / 超参数), which is a mismatch.
  const shortened = (long: string, short: string) => long.endsWith(short) && long.length - short.length >= 2;
  if (zh(other).some((o) => zh(mine).some((m) => shortened(o, m) || shortened(m, o)))) return true;
  // Written just before as part of the same phrase (半精度训练), not as a coordinated noun (编码器和解码器).
  return zh(other).some((o) => {
    const at = before.lastIndexOf(o);
    return at !== -1 && !/[和与及或跟、，,；;]/.test(before.slice(at + o.length));
  });
}

/**
 * A short label that mixes languages, the parenthesis qualifying the whole of it (a heading
 * `Zero-Shot 評估 (Perplexity)`): the Chinese word follows an English one, and the line has no
 * sentence punctuation. What the parenthesis names is not a gloss of the Chinese word alone.
 */
function mixedLabel(ctx: RuleContext, start: number, close: number): boolean {
  if (!/[A-Za-z][\w-]*\s?$/.test(ctx.masked.slice(Math.max(0, start - 20), start))) return false;
  const line = ctx.lines.lineOf(start);
  const from = ctx.lines.lineStart(line);
  const text = ctx.masked.slice(from, from + ctx.lines.lineText(line).length);
  return text.trim().length <= 40 && !/[。，；！？,;!?]/.test(text) && close < from + text.length;
}

export const rule: TextRule = {
  id: 'gloss/mismatch',
  kind: 'text',
  severity: 'warning',
  summary: 'A parenthetical gloss 中文（English） whose English names another concept',
  fix: 'none',
  onTargets: true,
  messages: {
    mismatch: '"{{chinese}}" is "{{term}}", but its gloss "{{gloss}}" names "{{other}}"',
  },
  check(ctx) {
    for (const occ of ctx.zh) {
      const found = glossAfter(ctx.masked, occ.offset + occ.length);
      if (!found) continue;
      const { open, close, bracket, closing, text: gloss } = found;
      if (mixedLabel(ctx, occ.offset, close)) continue;
      const mine = new Set<GlossaryEntry>(entriesOf(refsAsWritten(occ, ctx.text, ctx.script)));
      const named = namedByGloss(ctx, gloss, open, close);
      if (!named || named.some((e) => mine.has(e))) continue;
      // Quiet unless the gloss is a full English term of a plainly different concept.
      const before = chineseKey(ctx.shadow.slice(Math.max(ctx.lines.lineStart(ctx.lines.lineOf(occ.offset)), occ.offset - 12), occ.offset + occ.length));
      const others = named.filter((o) => !o.keepEnglish && ![...mine].some((m) => related(m, o, before)));
      if (!others.length) continue;
      const other = others[0]!;
      const [first] = mine;
      ctx.report({
        offset: occ.offset,
        length: close + 1 - occ.offset,
        messageId: 'mismatch',
        data: {
          chinese: slice(ctx, occ.offset, occ.length),
          term: first?.en.preferred ?? '',
          gloss,
          other: other.en.preferred,
        },
        suggestions: first ? [`${slice(ctx, occ.offset, occ.length)}${bracket}${first.en.preferred}${closing}`] : [],
        term: first?.en.preferred,
      });
    }
  },
};
