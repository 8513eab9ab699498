// `termlint check`: bilingual checks on translation units, and the monolingual lint rules on every
// target value, reported at the value's place in the target file with its key.
import type { Glossary } from '../glossary/glossary';
import type { GlossaryEntry } from '../glossary/model';
import { translator, type Locale } from '../i18n';
import { analyze, lintText, type ActiveRule, type Analysis } from '../engine';
import { entriesOf, refsAsWritten } from '../core/match';
import { LineIndex } from '../core/positions';
import { preferredIn } from '../rules/rule';
import type { Diagnostic, DocScript, FileResult, Severity, SeveritySetting } from '../core/types';
import { chineseKey, ZH_SCRIPTS, type ZhScript } from '../text/script';
import { englishWords } from '../text/english';
import { multiset, type Bundle, type Unit } from '../core/bundle';
import { PAIR_RULES, TARGET_LINT_RULES } from './rules';
import { POLYSEMOUS_WORDS } from '../data/polysemous';

export interface CheckContext {
  glossary: Glossary;
  /** Lint rules in force (the monolingual ones run on target values). */
  lintRules: ActiveRule[];
  /** Severity of each pair rule after configuration; absent means off. */
  pairSeverity: Map<string, Severity>;
  locale: Locale;
  allowUntranslated: string[];
}

export function pairSeverities(settings: Record<string, SeveritySetting | [SeveritySetting, unknown?]>): Map<string, Severity> {
  const out = new Map<string, Severity>();
  for (const rule of PAIR_RULES) {
    const s = settings[rule.id];
    const level = Array.isArray(s) ? s[0] : s;
    if (level === 'off') continue;
    out.set(rule.id, (level as Severity | undefined) ?? rule.severity);
  }
  return out;
}

/** The script a target locale is written in: zh-TW, zh-HK, zh-Hant → Traditional. */
export function scriptOfLocale(locale: string): ZhScript | undefined {
  const l = locale.toLowerCase().replace('_', '-');
  if (!l.startsWith('zh')) return undefined;
  return /hant|-tw|-hk|-mo/.test(l) ? 'zh-Hant' : 'zh-Hans';
}

const HAN = /\p{Script=Han}/u;

/** What is left of a source string once placeholders, tags, URLs and numbers are removed. */
function words(s: string, placeholders: string[]): string {
  let rest = s;
  for (const p of placeholders) rest = rest.split(p).join(' ');
  return rest.replace(/https?:\/\/\S+|\S+@\S+|<[^>]*>|&\w+;|\d+([.,]\d+)*/g, ' ');
}

function allowed(ctx: CheckContext, source: string, glossary: Glossary): boolean {
  const s = source.trim();
  for (const a of ctx.allowUntranslated) {
    const m = /^\/(.*)\/([a-z]*)$/.exec(a);
    if (m ? new RegExp(m[1]!, m[2]!.includes('i') ? 'iu' : 'u').test(s) : a === s) return true;
  }
  // Product and brand names (GitHub, iOS, LoRA), acronyms (API, JSON) and kept-English terms.
  if (/^(?:[A-Z]{2,5}s?|[A-Za-z]*[a-z][A-Z][\w]*)$/.test(s)) return true;
  const refs = glossary.en.get(glossary.englishKey(s));
  return Boolean(refs?.some((r) => r.entry.keepEnglish || r.kind === 'abbreviation'));
}

export function checkBundle(bundle: Bundle, ctx: CheckContext): FileResult[] {
  const t = translator(ctx.locale);
  const lines = new LineIndex(bundle.text);
  const script: ZhScript = scriptOfLocale(bundle.targetLocale) ?? 'zh-Hans';
  const diagnostics: Diagnostic[] = [...bundle.problems.map((d) => ({ ...d, message: t(d.messageId, d.data) }))];
  const report: Reporter = (rule, messageId, data, where, key, extra = {}) => {
    const severity = ctx.pairSeverity.get(rule);
    if (!severity) return;
    const start = where?.start ?? 0;
    const end = where?.end ?? start;
    const a = lines.position(start);
    const b = lines.position(end);
    diagnostics.push({
      rule,
      severity,
      message: t(`rules.${rule}.${messageId}`, { key, ...data }),
      line: a.line,
      column: a.column,
      endLine: b.line,
      endColumn: b.column,
      offset: start,
      length: end - start,
      text: bundle.text.slice(start, end),
      suggestions: [],
      key,
      messageId,
      data,
      ...extra,
    });
  };

  const lintRules = ctx.lintRules.filter((r) => TARGET_LINT_RULES.includes(r.rule.id));
  const analyses = new Map<Unit, Analysis>();
  for (const unit of bundle.units) {
    const short = (s: string) => (s.length > 60 ? s.slice(0, 57) + '…' : s);
    if (unit.target === undefined) {
      if (bundle.format === 'xliff') report('pair/untranslated', 'empty', { source: short(unit.source) }, unit.anchor, unit.key);
      else report('pair/missing-key', 'missing', { source: short(unit.source) }, unit.anchor, unit.key);
      continue;
    }
    const span = unit.span;
    if (unit.fuzzy) report('pair/fuzzy', 'fuzzy', { source: short(unit.source) }, span, unit.key);
    const sourceWords = words(unit.source, unit.sourcePlaceholders);
    const hasWords = /\p{L}{2,}/u.test(sourceWords);
    if (!unit.target.trim()) {
      if (unit.source.trim()) report('pair/untranslated', 'empty', { source: short(unit.source) }, span, unit.key);
      continue;
    }
    if (hasWords && !allowed(ctx, unit.source, ctx.glossary)) {
      if (unit.target.trim() === unit.source.trim()) report('pair/untranslated', 'same', { source: short(unit.source) }, span, unit.key);
      else if (!HAN.test(unit.target) && /[a-z]{2,}/i.test(sourceWords)) {
        report('pair/untranslated', 'noChinese', { source: short(unit.source) }, span, unit.key);
      }
    }
    // Placeholders: multisets must agree.
    const src = multiset(unit.sourcePlaceholders);
    const tgt = multiset(unit.targetPlaceholders);
    for (const [p, n] of src) {
      if ((tgt.get(p) ?? 0) < n) report('pair/placeholder', 'missing', { placeholder: p }, span, unit.key);
    }
    for (const [p, n] of tgt) {
      if ((src.get(p) ?? 0) < n) {
        const at = span ? bundle.text.indexOf(p, span.start) : -1;
        const where = span && at !== -1 && at + p.length <= span.end ? { start: at, end: at + p.length } : span;
        report('pair/placeholder', 'extra', { placeholder: p }, where, unit.key);
      }
    }
    // The monolingual rules on the value, at its place in the file.
    if (span && unit.maskedTarget !== undefined && HAN.test(unit.maskedTarget)) {
      const analysis = analyze(unit.maskedTarget, ctx.glossary, 'value.txt', script);
      analyses.set(unit, analysis);
      const result = lintText(unit.maskedTarget, { glossary: ctx.glossary, rules: lintRules, path: 'value.txt', locale: ctx.locale, script }, analysis);
      for (const d of result.diagnostics) {
        const a = lines.position(span.start + d.offset);
        const b = lines.position(span.start + d.offset + d.length);
        diagnostics.push({
          ...d,
          offset: span.start + d.offset,
          line: a.line,
          column: a.column,
          endLine: b.line,
          endColumn: b.column,
          text: bundle.text.slice(span.start + d.offset, span.start + d.offset + d.length),
          key: unit.key,
        });
      }
    }
    // Glossary terms of the source must be rendered in the target.
    termCoverage(unit, ctx, (entry) => {
      report('pair/term-missing', 'missing', { term: entry.en.preferred, expected: preferredIn(entry, script) }, span, unit.key, {
        suggestions: [preferredIn(entry, script)],
        term: entry.en.preferred,
      });
    });
  }
  for (const e of bundle.extra) report('pair/extra-key', 'extra', {}, e.span, e.key);
  inconsistencies(bundle, analyses, script, report);

  diagnostics.sort((a, b) => a.offset - b.offset || a.rule.localeCompare(b.rule));
  const results: FileResult[] = [{ path: bundle.path, script: script as DocScript, diagnostics }];
  for (const p of bundle.sourceProblems) {
    results.push({ path: p.path, script: 'none', diagnostics: [{ ...p.diagnostic, message: t(p.diagnostic.messageId, p.diagnostic.data) }] });
  }
  return results;
}

/**
 * The concepts an English text names that a translation must render: full terms, not kept in
 * English, with a Chinese rendering; single everyday words (feature, policy) aside. With counts.
 */
export function sourceTerms(text: string, analysis: Analysis): Map<GlossaryEntry, number> {
  const counts = new Map<GlossaryEntry, number>();
  for (const occ of analysis.en) {
    const entries = entriesOf(occ.refs);
    if (entries.length !== 1) continue;
    const entry = entries[0]!;
    if (entry.keepEnglish || occ.refs.every((r) => r.kind === 'abbreviation')) continue;
    const written = englishWords(text.slice(occ.offset, occ.offset + occ.length));
    if (written.length === 1 && POLYSEMOUS_WORDS.has(written[0]!.replace(/s$/, ''))) continue;
    if (!ZH_SCRIPTS.some((s) => HAN.test(entry[s].preferred))) continue;
    counts.set(entry, (counts.get(entry) ?? 0) + 1);
  }
  return counts;
}

/** Calls back for each concept the source names that the target renders in no accepted way. */
function termCoverage(unit: Unit, ctx: CheckContext, missing: (e: GlossaryEntry) => void) {
  const wanted = sourceTerms(unit.source, analyze(unit.source, ctx.glossary, 'source.txt'));
  if (!wanted.size) return;
  // Found anywhere in the decoded value: coverage is lenient (应用程序 covers 应用), unlike lint.
  const folded = chineseKey(unit.target ?? '');
  const found = (entry: GlossaryEntry) =>
    ZH_SCRIPTS.some((s) => [entry[s].preferred, ...entry[s].variants].some((f) => HAN.test(f) && folded.includes(chineseKey(f))));
  const targetWords = ` ${englishWords(unit.target ?? '').join(' ')} `;
  for (const entry of wanted.keys()) {
    if (found(entry)) continue;
    // Kept in English in the translation: a choice term/untranslated may question, not a miss.
    const kept = [entry.en.preferred, ...entry.en.variants, ...entry.en.abbreviations].some((f) =>
      targetWords.includes(` ${englishWords(f).join(' ')} `),
    );
    if (!kept) missing(entry);
  }
}

type Reporter = (
  rule: string,
  messageId: string,
  data: Record<string, string | number>,
  where: { start: number; end: number } | undefined,
  key: string,
  extra?: Partial<Diagnostic>,
) => void;

/** The same source string translated several ways; the same glossary term rendered several ways. */
function inconsistencies(bundle: Bundle, analyses: Map<Unit, Analysis>, script: ZhScript, report: Reporter): void {
  const bySource = new Map<string, Unit[]>();
  for (const u of bundle.units) {
    if (!u.target?.trim() || !u.source.trim()) continue;
    const id = `${u.context ?? ''}\u0004${u.source.trim()}`;
    const list = bySource.get(id) ?? [];
    list.push(u);
    bySource.set(id, list);
  }
  for (const [id, units] of bySource) {
    const source = id.slice(id.indexOf('\u0004') + 1);
    const counts = multiset(units.map((u) => u.target!.trim()));
    if (counts.size < 2) continue;
    const [majority] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    const summary = [...counts].map(([k, n]) => `${k} ×${n}`).join(', ');
    for (const u of units) {
      if (u.target!.trim() === majority) continue;
      report('pair/inconsistent', 'source', { source, text: u.target!.trim(), majority, counts: summary }, u.span, u.key);
    }
  }
  // Glossary terms across the bundle: one rendering per concept, shortened forms aside.
  const byEntry = new Map<GlossaryEntry, Map<string, { unit: Unit; offset: number; length: number }[]>>();
  for (const [unit, analysis] of analyses) {
    for (const occ of analysis.zh) {
      if (occ.key.length < 2) continue;
      const refs = refsAsWritten(occ, unit.maskedTarget ?? '', script);
      const entries = entriesOf(refs);
      if (entries.length !== 1 || refs.some((r) => r.kind === 'avoid') || entries[0]!.interchangeable) continue;
      const m = byEntry.get(entries[0]!) ?? new Map();
      const list = m.get(chineseKey(occ.key)) ?? [];
      list.push({ unit, offset: unit.span!.start + occ.offset, length: occ.length });
      m.set(chineseKey(occ.key), list);
      byEntry.set(entries[0]!, m);
    }
  }
  for (const [entry, renderings] of byEntry) {
    if (renderings.size < 2) continue;
    const sorted = [...renderings].sort((a, b) => b[1].length - a[1].length);
    const [majorityKey, majorityList] = sorted[0]!;
    const majority = bundle.text.slice(majorityList[0]!.offset, majorityList[0]!.offset + majorityList[0]!.length);
    const minority = sorted.slice(1).filter(([k]) => !k.includes(majorityKey) && !majorityKey.includes(k));
    if (!minority.length) continue;
    const counts = [sorted[0]!, ...minority]
      .map(([, l]) => `${bundle.text.slice(l[0]!.offset, l[0]!.offset + l[0]!.length)} ×${l.length}`)
      .join(', ');
    for (const [, list] of minority) {
      for (const o of list) {
        const text = bundle.text.slice(o.offset, o.offset + o.length);
        report('pair/inconsistent', 'term', { text, term: entry.en.preferred, majority, counts }, { start: o.offset, end: o.offset + o.length }, o.unit.key, {
          term: entry.en.preferred,
          suggestions: [majority],
        });
      }
    }
  }
}
