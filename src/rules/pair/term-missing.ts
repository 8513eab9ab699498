// pair/term-missing — the source names a glossary concept and the translation renders it in no
// accepted way ("Fine-tuning the model" → a target without 微调).
// Why: a dropped or mistranslated term is the error release reviewers look for first.
// Ignores: terms kept in English on both sides, abbreviations alone, single everyday words
// (feature, policy) unless the target uses a known-wrong rendering of them.
import { entriesOf } from '../../core/match';
import type { Analysis } from '../../core/analyze';
import { isGeneralVocabulary, type GlossaryEntry } from '../../glossary/model';
import { englishWords } from '../../text/english';
import { chineseKey, ZH_SCRIPTS } from '../../text/script';
import type { Unit } from '../../core/bundle';
import { preferredIn, type PairContext, type PairRule } from '../rule';

const HAN = /\p{Script=Han}/u;

/**
 * The concepts an English text names that a translation must render: full terms, not kept in
 * English, with a Chinese rendering. With counts; `everyday` marks the concepts named only by a
 * single word that is ordinary outside ML (model, feature, policy), which need more evidence.
 */
export function sourceTerms(text: string, analysis: Analysis): Map<GlossaryEntry, { count: number; everyday: boolean }> {
  const counts = new Map<GlossaryEntry, { count: number; everyday: boolean }>();
  // The ML sense is selected by the words beside it: another term of the field in the same string
  // ("Fine-tune the model", "Token embeddings") makes an everyday word a term.
  const field = analysis.en.some((occ) => {
    const entries = entriesOf(occ.refs);
    return entries.length === 1 && !entries[0]!.everyday && !isGeneralVocabulary(entries[0]!) && occ.refs.some((r) => r.kind !== 'abbreviation');
  });
  for (const occ of analysis.en) {
    const entries = entriesOf(occ.refs);
    if (entries.length !== 1) continue;
    const entry = entries[0]!;
    if (entry.keepEnglish || occ.refs.every((r) => r.kind === 'abbreviation')) continue;
    if (!ZH_SCRIPTS.some((s) => HAN.test(entry[s].preferred))) continue;
    const written = englishWords(text.slice(occ.offset, occ.offset + occ.length));
    // General vocabulary (bit, configuration) keeps its UI sense whatever stands beside it.
    const everyday = written.length === 1 && entry.everyday && (!field || isGeneralVocabulary(entry));
    const seen = counts.get(entry);
    counts.set(entry, { count: (seen?.count ?? 0) + 1, everyday: (seen?.everyday ?? true) && everyday });
  }
  return counts;
}

/**
 * The concepts the source names that the target renders in no accepted way. A concept named only
 * by an everyday word counts only when the target uses one of its known-wrong renderings (模特 for
 * "model"): otherwise the word may be meant in its ordinary sense.
 */
export function missingTerms(unit: Unit, source: Analysis): GlossaryEntry[] {
  const wanted = sourceTerms(unit.source, source);
  if (!wanted.size) return [];
  // Found anywhere in the decoded value: coverage is lenient (应用程序 covers 应用), unlike lint.
  const folded = chineseKey(unit.target ?? '');
  const has = (forms: string[]) => forms.some((f) => HAN.test(f) && folded.includes(chineseKey(f)));
  const accepted = (entry: GlossaryEntry) => ZH_SCRIPTS.some((s) => has([entry[s].preferred, ...entry[s].variants]));
  const wrong = (entry: GlossaryEntry) => ZH_SCRIPTS.some((s) => has(entry[s].avoid.map((a) => a.text)));
  const targetWords = ` ${englishWords(unit.target ?? '').join(' ')} `;
  const out: GlossaryEntry[] = [];
  for (const [entry, { everyday }] of wanted) {
    if (accepted(entry)) continue;
    if (everyday && !wrong(entry)) continue;
    // Kept in English in the translation: a choice term/untranslated may question, not a miss.
    const kept = [entry.en.preferred, ...entry.en.variants, ...entry.en.abbreviations].some((f) =>
      targetWords.includes(` ${englishWords(f).join(' ')} `),
    );
    if (!kept) out.push(entry);
  }
  return out;
}

/**
 * A document pair: a term counts as missing when the translation never renders it anywhere (a
 * paragraph may rephrase), and it is reported once, at the first aligned block whose English uses it.
 */
function documentCoverage(ctx: PairContext): void {
  const units = ctx.bundle.units;
  if (!units.length) return;
  const whole: Unit = {
    key: '',
    source: units.map((u) => u.source).join('\n\n'),
    target: units.map((u) => u.target ?? '').join('\n\n'),
    sourcePlaceholders: [],
    targetPlaceholders: [],
  };
  const counts = sourceTerms(whole.source, ctx.sourceAnalysis(whole));
  for (const entry of missingTerms(whole, ctx.sourceAnalysis(whole))) {
    const first = units.find((u) => sourceTerms(u.source, ctx.sourceAnalysis(u)).has(entry));
    const expected = preferredIn(entry, ctx.script);
    ctx.report({
      ...(first ? { unit: first, where: { start: first.span!.start, end: first.span!.start } } : {}),
      messageId: 'document',
      data: { term: entry.en.preferred, count: counts.get(entry)?.count ?? 1, expected },
      suggestions: [expected],
      term: entry.en.preferred,
    });
  }
}

export const rule: PairRule = {
  id: 'pair/term-missing',
  kind: 'pair',
  severity: 'warning',
  summary: 'A glossary term of the source has none of its accepted renderings in the target',
  fix: 'suggestion',
  messages: {
    missing: 'the source uses "{{term}}" but the translation has none of its renderings; expected "{{expected}}"',
    document: 'the source uses "{{term}}" {{count}} times but the translation never renders it; expected "{{expected}}"',
  },
  check(ctx: PairContext) {
    if (ctx.bundle.document) return documentCoverage(ctx);
    for (const unit of ctx.bundle.units) {
      if (!unit.target?.trim()) continue;
      for (const entry of missingTerms(unit, ctx.sourceAnalysis(unit))) {
        const expected = preferredIn(entry, ctx.script);
        ctx.report({ unit, messageId: 'missing', data: { term: entry.en.preferred, expected }, suggestions: [expected], term: entry.en.preferred });
      }
    }
  },
};
