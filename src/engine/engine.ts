// The engine: which rules are in force (settings validated against the registry), the text rules
// on one text, the pair rules on one bundle, and the declared overlaps (`defersTo`) applied in
// one place. It renders no message: diagnostics carry messageId + data to the edge.
import type { Glossary } from '../glossary/glossary';
import { analyze, type Analysis, type Directive, type Read } from '../core/analyze';
import type { Bundle, Unit } from '../core/bundle';
import { byPosition, diagnosticAt, fileDiagnostic, shiftDiagnostic, type DiagnosticInit } from '../core/diagnostic';
import { countScripts } from '../core/script';
import { suppressor, type Suppressor } from '../core/directives';
import { LineIndex } from '../core/positions';
import type { Diagnostic, DocScript, FileResult, Fix, Severity, SeveritySetting } from '../core/types';
import { TermlintError } from '../errors';
import { RULES, RULES_BY_ID } from '../rules';
import { ruleOptions, type OptionProblem } from '../rules/options';
import type { AnyRule, DocumentContext, PairContext, PairReport, PairRule, Report, RuleContext, TextRule } from '../rules/rule';
import type { ZhScript } from '../text/script';
import type { Region } from '../glossary/model';

export type RuleSetting = SeveritySetting | [SeveritySetting, Record<string, unknown>?];

export interface ActiveRule<R extends AnyRule = TextRule> {
  rule: R;
  severity: Severity;
  options: Record<string, unknown>;
}

/** The rules in force, by kind. */
export interface RuleSet {
  text: ActiveRule<TextRule>[];
  pair: ActiveRule<PairRule>[];
  /** Severity of every rule in force (input rules included); absent: off. */
  severity: ReadonlyMap<string, Severity>;
}

const SEVERITIES = ['error', 'warning', 'info'];
const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/**
 * Defaults, then settings by id (`"off"`, a severity, or [severity, options]). A problem with a
 * rule's options goes to `onProblem` (the configuration locates it) or is thrown.
 */
export function resolveRules(
  settings: Record<string, RuleSetting> = {},
  onProblem?: (rule: string, problem: OptionProblem) => void,
): RuleSet {
  for (const id of Object.keys(settings)) {
    if (!RULES_BY_ID.has(id)) throw new TermlintError('unknownRule', { rule: id, rules: [...RULES_BY_ID.keys()].join(', ') });
  }
  const set: RuleSet = { text: [], pair: [], severity: new Map() };
  for (const rule of RULES) {
    const setting = settings[rule.id];
    const [level, raw] = Array.isArray(setting) ? setting : [setting, undefined];
    if (level !== undefined && level !== 'off' && !SEVERITIES.includes(level)) {
      throw new TermlintError('badSeverity', { rule: rule.id, severity: String(level) });
    }
    if (level === 'off' || (level === undefined && rule.enabledByDefault === false)) continue;
    const { options, problems } = ruleOptions(rule, raw);
    for (const p of problems) {
      if (onProblem) onProblem(rule.id, p);
      else throw new TermlintError('badRuleOptions', { rule: rule.id, detail: p.detail });
    }
    const severity = (level as Severity | undefined) ?? rule.severity;
    (set.severity as Map<string, Severity>).set(rule.id, severity);
    if (rule.kind === 'text') set.text.push({ rule, severity, options });
    else if (rule.kind === 'pair') set.pair.push({ rule, severity, options });
  }
  return set;
}

/**
 * One finding per place between rules linked by `defersTo` (either way): where two overlap, the
 * wider one stays (知識沖突 from term/avoid over 沖突 from script/conversion, a boilerplate line over
 * a character in it); on the same span, the rule that declares `defersTo` gives way.
 */
export function applyDefers(diagnostics: Diagnostic[]): Diagnostic[] {
  const byRule = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const list = byRule.get(d.rule);
    if (list) list.push(d);
    else byRule.set(d.rule, [d]);
  }
  const reach = (d: Diagnostic) => Math.max(d.length, 1);
  const defers = (from: string, to: string) => RULES_BY_ID.get(from)?.defersTo?.includes(to) === true;
  const linked = new Map<string, string[]>();
  for (const rule of byRule.keys()) linked.set(rule, [...byRule.keys()].filter((o) => o !== rule && (defers(rule, o) || defers(o, rule))));
  // Each linked rule's findings by offset, with the longest reach: overlaps are found by binary
  // search, not by comparing every pair (a file can have a finding per line).
  const sorted = new Map<string, { list: Diagnostic[]; longest: number }>();
  for (const [rule, list] of byRule) {
    if (!linked.get(rule)!.length && ![...linked.values()].some((l) => l.includes(rule))) continue;
    sorted.set(rule, { list: [...list].sort((a, b) => a.offset - b.offset), longest: list.reduce((m, d) => Math.max(m, reach(d)), 1) });
  }
  const overlapping = function* (d: Diagnostic, other: string) {
    const { list, longest } = sorted.get(other)!;
    const end = d.offset + reach(d);
    let lo = 0;
    let hi = list.length; // first with offset >= end
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.offset < end) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && list[i]!.offset + longest > d.offset; i--) {
      const o = list[i]!;
      if (o.offset + reach(o) > d.offset) yield o;
    }
  };
  return diagnostics.filter((d) => {
    for (const other of linked.get(d.rule)!) {
      for (const o of overlapping(d, other)) if (o.length > d.length || (o.length === d.length && defers(d.rule, other))) return false;
    }
    return true;
  });
}

/** What a rule reported, as a diagnostic of the configured severity (a report may only lower it). */
/** A report's severity: the rule's, or lower when the report asks for less. */
const severityOf = (severity: Severity, r: Report | PairReport): Severity => (r.severity && RANK[r.severity] < RANK[severity] ? r.severity : severity);

function reported(rule: AnyRule, severity: Severity, r: Report | PairReport): DiagnosticInit {
  const fix = 'offset' in r ? safeFix(rule, r) : undefined;
  return {
    rule: rule.id,
    severity: severityOf(severity, r),
    messageId: r.messageId,
    data: r.data ?? {},
    suggestions: r.suggestions ?? [],
    ...(r.term ? { term: r.term } : {}),
    ...(fix ? { fix } : {}),
  };
}

/** The edit `--fix` may make for a report: only rules that declare their fix safe, one suggestion. */
function safeFix(rule: AnyRule, r: Report): Fix | undefined {
  if (rule.fix !== 'safe' || r.fix === false) return undefined;
  if (r.fix) return r.fix;
  return r.suggestions?.length === 1 ? { offset: r.offset, length: r.length, text: r.suggestions[0]! } : undefined;
}

export interface LintTextOptions {
  glossary: Glossary;
  rules: ActiveRule<TextRule>[];
  /** Reported as the file's path. */
  path: string;
  /** The format's reader (Markdown, MDX, plain text…). */
  read: Read;
  /** The script the text is meant to be in (a zh-TW bundle's short values), instead of detecting it. */
  script?: DocScript;
  /** The region it is written for (configuration, --region, a target locale); front matter may declare it too. */
  region?: Region;
  /** Set when the text is a section of a huge one: whole-document rules hand on their part here. */
  section?: Section;
}

/** A section of a huge text: where it starts, and what it hands on to the whole-document decisions. */
export interface Section {
  start: number;
  /** By rule id: each section's part, at the whole text's offsets. */
  parts: Map<string, unknown[]>;
  /** The sections' inline directives, at the whole text's offsets. */
  directives: Directive[];
}

/** A rule's report as a diagnostic of `text`, unless it is out of range or a directive suppresses it. */
function reporter(text: string, lines: LineIndex, suppressed: Suppressor, rule: TextRule, severity: Severity, push: (d: Diagnostic) => void) {
  return (r: Report) => {
    if (r.length < 0 || r.offset < 0 || r.offset + r.length > text.length) return;
    if (suppressed(rule.id, r.offset)) return;
    push(diagnosticAt(text, lines, r.offset, r.length, reported(rule, severity, r)));
  };
}

/** The text rules on one text. */
export function lintText(text: string, options: LintTextOptions, analysis?: Analysis): FileResult {
  const a = analysis ?? analyze(text, options.glossary, options.read, options.script);
  const suppressed = suppressor(a.directives, a.lines);
  const region = a.region ?? options.region;
  const diagnostics: Diagnostic[] = [];
  const shared = new Map<string, unknown>();
  const { section } = options;
  if (section) for (const d of a.directives) section.directives.push({ ...d, offset: d.offset + section.start });
  for (const { rule, severity, options: ruleOptions } of options.rules) {
    const report = reporter(text, a.lines, suppressed, rule, severity, (d) => diagnostics.push(d));
    const ctx: RuleContext = {
      text,
      masked: a.masked,
      shadow: a.shadow,
      script: a.script,
      lines: a.lines,
      glossary: options.glossary,
      tokens: a.tokens,
      zh: a.zh,
      en: a.en,
      options: ruleOptions,
      ...(region ? { region } : {}),
      shared,
      report,
    };
    if (section && rule.document) {
      const parts = section.parts.get(rule.id) ?? [];
      parts.push(rule.document.shift(rule.document.collect(ctx), section.start));
      section.parts.set(rule.id, parts);
    } else rule.check(ctx);
  }
  return { path: options.path, script: a.script, diagnostics: applyDefers(diagnostics).sort(byPosition) };
}

/** The whole-document rules of a huge text linted in sections, decided once over every section's part. */
export function decideDocument(text: string, lines: LineIndex, options: LintTextOptions & { script: DocScript }, section: Section): Diagnostic[] {
  const suppressed = suppressor(section.directives, lines);
  const diagnostics: Diagnostic[] = [];
  for (const { rule, severity, options: ruleOptions } of options.rules) {
    if (!rule.document) continue;
    const report = reporter(text, lines, suppressed, rule, severity, (d) => diagnostics.push(d));
    const ctx: DocumentContext = {
      text,
      script: options.script,
      lines,
      glossary: options.glossary,
      options: ruleOptions,
      ...(options.region ? { region: options.region } : {}),
      report,
    };
    rule.document.decide(ctx, section.parts.get(rule.id) ?? []);
  }
  return diagnostics;
}

export interface BundleOptions {
  glossary: Glossary;
  rules: RuleSet;
  /** The script of the target locale. */
  script: ZhScript;
  /** The reader for a value's text (plain text: URLs masked). */
  read: Read;
  /** The region of the target locale (zh-TW, zh-HK, zh-CN), when it names one. */
  region?: Region;
  allowUntranslated?: readonly string[];
}

const HAN = /\p{Script=Han}/u;

/** Problems listed per file at most; the rest are counted in one input/too-large finding. */
export const MAX_PROBLEMS_PER_FILE = 100_000;

/** A file's findings as they are reported: the first `limit` kept, the rest only counted (memory stays bounded). */
export class Problems {
  readonly items: Diagnostic[] = [];
  private more = 0;
  private worst: Severity = 'info';
  constructor(private readonly limit = MAX_PROBLEMS_PER_FILE) {}

  /** No more findings are kept: the next ones are only counted. */
  get full(): boolean {
    return this.items.length >= this.limit;
  }

  push(d: Diagnostic): void {
    if (this.full) this.count(d.severity);
    else this.items.push(d);
  }

  /** A finding not kept, by its severity (no need to build it once the list is full). */
  count(severity: Severity): void {
    this.more++;
    if (RANK[severity] > RANK[this.worst]) this.worst = severity;
  }

  /** `list` (the kept findings, filtered or merged) and one input/too-large finding for those not kept. */
  finish(list: Diagnostic[]): Diagnostic[] {
    if (this.more) {
      list.push(fileDiagnostic({ rule: 'input/too-large', severity: this.worst, messageId: 'problems', data: { limit: this.limit, more: this.more } }));
    }
    return list;
  }
}

/** Analyses kept per bundle: plenty for a real bundle's repeats, bounded for a million keys. */
const ANALYSES_KEPT = 5_000;

/**
 * `compute` memoised by its argument, the oldest of more than ANALYSES_KEPT dropped: each pair rule
 * walks the units in order, so a huge bundle computes again instead of holding an analysis per value.
 */
function bounded<T>(compute: (text: string) => T): (text: string) => T {
  const kept = new Map<string, T>();
  return (text) => {
    if (kept.has(text)) return kept.get(text)!;
    const value = compute(text);
    if (kept.size >= ANALYSES_KEPT) kept.delete(kept.keys().next().value!);
    kept.set(text, value);
    return value;
  };
}

/** The pair rules on a bundle, and the text rules marked `onTargets` on each target value, at its place in the file. */
export function checkBundle(bundle: Bundle, options: BundleOptions): Diagnostic[] {
  const { glossary, script, read } = options;
  const lines = new LineIndex(bundle.text);
  const diagnostics = new Problems();
  for (const d of bundle.problems) diagnostics.push(d);
  const targets = bounded((value: string) => (HAN.test(value) ? analyze(value, glossary, read, script) : undefined));
  const sources = bounded((source: string) => analyze(source, glossary, read));
  const targetAnalysis = (unit: Unit) => (unit.span && unit.maskedTarget !== undefined ? targets(unit.maskedTarget) : undefined);
  const sourceAnalysis = (unit: Unit) => sources(unit.source)!;
  // Unfinished targets (fuzzy, new, needs review) are reported by the rules that say so, and are
  // not checked as finished translations.
  const finished: Bundle = { ...bundle, units: bundle.units.filter((u) => !u.review) };
  for (const { rule, severity, options: ruleOptions } of options.rules.pair) {
    const report = (r: PairReport) => {
      if (diagnostics.full) return diagnostics.count(severityOf(severity, r));
      const where = r.where ?? r.unit?.span ?? r.unit?.anchor;
      const start = where?.start ?? 0;
      const end = where?.end ?? start;
      const key = r.key ?? r.unit?.key;
      diagnostics.push(
        diagnosticAt(bundle.text, lines, start, end - start, { ...reported(rule, severity, r), ...(key !== undefined ? { key } : {}) }),
      );
    };
    const ctx: PairContext = {
      bundle: rule.allUnits ? bundle : finished,
      glossary,
      script,
      options: ruleOptions,
      allowUntranslated: options.allowUntranslated ?? [],
      targetAnalysis,
      sourceAnalysis,
      report,
    };
    rule.check(ctx);
  }
  if (bundle.document) {
    // A document is linted whole, like `termlint lint` would.
    const result = lintText(bundle.text, { glossary, rules: options.rules.text, path: bundle.path, read: bundle.document.read, script, ...(options.region ? { region: options.region } : {}) });
    for (const d of result.diagnostics) diagnostics.push(d);
    return diagnostics.finish(applyDefers(diagnostics.items).sort(byPosition));
  }
  const onTargets = options.rules.text.filter((r) => r.rule.onTargets);
  for (const unit of finished.units) {
    if (!unit.target?.trim() || !unit.span || unit.maskedTarget === undefined) continue;
    const analysis = targetAnalysis(unit);
    if (!analysis) continue;
    const result = lintText(unit.maskedTarget, { glossary, rules: onTargets, path: bundle.path, read, script, ...(options.region ? { region: options.region } : {}) }, analysis);
    for (const d of result.diagnostics) {
      if (diagnostics.full) diagnostics.count(d.severity);
      else diagnostics.push(shiftDiagnostic(d, bundle.text, lines, unit.span.start, unit.key, bundle.escape));
    }
  }
  return diagnostics.finish(wholeFileScript(bundle, script, applyDefers(diagnostics.items)).sort(byPosition));
}

/**
 * A target file written in the other script altogether (a zh-CN file checked as zh-TW) is one
 * file-level finding with a count, not one script/mixed per character.
 */
function wholeFileScript(bundle: Bundle, script: ZhScript, diagnostics: Diagnostic[]): Diagnostic[] {
  const mixed = diagnostics.filter((d) => d.rule === 'script/mixed');
  if (mixed.length < 3) return diagnostics;
  const counts = countScripts(bundle.units.map((u) => u.maskedTarget ?? '').join('\n'));
  const other = script === 'zh-Hant' ? counts.hans : counts.hant;
  const own = script === 'zh-Hant' ? counts.hant : counts.hans;
  if (other <= own) return diagnostics;
  const written = script === 'zh-Hant' ? 'zh-Hans' : 'zh-Hant';
  const first = mixed[0]!;
  return [
    ...diagnostics.filter((d) => d.rule !== 'script/mixed'),
    fileDiagnostic({
      rule: 'script/mixed',
      severity: first.severity,
      messageId: 'wrongScriptFile',
      data: { locale: bundle.targetLocale, written, count: mixed.length },
    }),
  ];
}

/** A rule's place in the registry: where two safe fixes overlap, the earlier rule's is applied. */
export function ruleRank(id: string): number {
  const i = RULES.findIndex((r) => r.id === id);
  return i === -1 ? RULES.length : i;
}

/** Rule families whose rules have safe fixes (`--fix-type`). */
export const FIX_TYPES: readonly string[] = [...new Set(RULES.filter((r) => r.fix === 'safe').map((r) => r.id.split('/')[0]!))];
