// The lint pipeline for one text: read → detect script → shadow → segment → match → rules →
// directives → diagnostics. Everything glossary-sized is compiled once per process.
import type { Glossary } from './glossary/glossary';
import { translator, type Locale } from './i18n';
import { suppressor } from './core/directives';
import { findChinese, findEnglish, tokenize, type Occurrence, type Token } from './core/match';
import { LineIndex } from './core/positions';
import { readerFor, type Directive } from './formats/readers';
import type { Report, Rule, RuleContext } from './rules/rule';
import { RULES, RULES_BY_ID } from './rules';
import { countScripts, detectScript, shadowOf } from './core/script';
import { prepareSegmenter } from './core/segment';
import type { Diagnostic, DocScript, FileResult, Severity, SeveritySetting } from './core/types';
import { TermlintError } from './errors';
import { PAIR_RULES_BY_ID } from './check/rules';

export type RuleSetting = SeveritySetting | [SeveritySetting, Record<string, unknown>?];

export interface ActiveRule {
  rule: Rule;
  severity: Severity;
  options: Record<string, unknown>;
}

interface Compiled {
  maxZh: number;
  maxEnWords: number;
}

const compiled = new WeakMap<Glossary, Compiled>();

/** Per glossary, once: jieba learns its Chinese forms; the matchers learn the longest form. */
function compile(glossary: Glossary): Compiled {
  let c = compiled.get(glossary);
  if (c) return c;
  const han = [...glossary.zh.keys()].filter((k) => /^\p{Script=Han}+$/u.test(k));
  prepareSegmenter(han.filter((k) => k.length > 1));
  let maxEnWords = 1;
  for (const key of glossary.en.keys()) maxEnWords = Math.max(maxEnWords, key.split(' ').length);
  const longest = han.reduce((n, k) => Math.max(n, k.length), 1);
  c = { maxZh: Math.min(16, longest), maxEnWords: Math.min(8, maxEnWords) };
  compiled.set(glossary, c);
  return c;
}

/** The rules in force: defaults, then settings by id (`"off"`, a severity, or [severity, options]). */
export function resolveRules(settings: Record<string, RuleSetting> = {}): ActiveRule[] {
  for (const id of Object.keys(settings)) {
    if (!RULES_BY_ID.has(id) && !PAIR_RULES_BY_ID.has(id)) throw new TermlintError('unknownRule', { rule: id, rules: [...RULES_BY_ID.keys()].join(', ') });
  }
  const active: ActiveRule[] = [];
  for (const rule of RULES) {
    const setting = settings[rule.id];
    const [level, options] = Array.isArray(setting) ? setting : [setting, undefined];
    if (level === 'off' || (level === undefined && rule.enabledByDefault === false)) continue;
    if (level !== undefined && !['error', 'warning', 'info'].includes(level)) {
      throw new TermlintError('badSeverity', { rule: rule.id, severity: String(level) });
    }
    active.push({ rule, severity: (level as Severity | undefined) ?? rule.severity, options: options ?? {} });
  }
  return active;
}

export interface LintTextOptions {
  glossary: Glossary;
  rules: ActiveRule[];
  /** Decides the reader: .md/.markdown are Markdown, anything else plain text. */
  path: string;
  locale?: Locale;
  /** The script the text is meant to be in (a zh-TW bundle's short values), instead of detecting it. */
  script?: DocScript;
}

export interface Analysis {
  masked: string;
  directives: Directive[];
  script: DocScript;
  lines: LineIndex;
  shadow: string;
  tokens: Token[][];
  zh: Occurrence[];
  en: Occurrence[];
}

/** Reads, detects the script, segments and finds the glossary's terms: what every rule works on. */
export function analyze(text: string, glossary: Glossary, filePath: string, script?: DocScript): Analysis {
  const { maxZh, maxEnWords } = compile(glossary);
  const { masked, directives } = readerFor(filePath)(text);
  const detected = detectScript(countScripts(masked));
  const hasHan = detected !== 'none';
  const shadow = hasHan ? shadowOf(masked) : masked;
  const tokens = hasHan ? tokenize(shadow) : [];
  return {
    masked,
    directives,
    script: script && hasHan ? script : detected,
    lines: new LineIndex(text),
    shadow,
    tokens,
    zh: hasHan ? findChinese(glossary, tokens, maxZh) : [],
    en: findEnglish(glossary, masked, maxEnWords),
  };
}

export function lintText(text: string, options: LintTextOptions, analysis?: Analysis): FileResult {
  const { glossary } = options;
  const { masked, directives, script, lines, shadow, tokens, zh, en } =
    analysis ?? analyze(text, glossary, options.path, options.script);
  const t = translator(options.locale ?? 'en');
  const suppressed = suppressor(directives, lines);
  const diagnostics: Diagnostic[] = [];
  const shared = new Map<string, unknown>();
  const active = new Set(options.rules.map((r) => r.rule.id));
  const optionsOf = (id: string) => options.rules.find((r) => r.rule.id === id)?.options ?? {};

  for (const { rule, severity, options: ruleOptions } of options.rules) {
    const report = (r: Report) => {
      if (r.length < 0 || r.offset < 0 || r.offset + r.length > text.length) return;
      if (suppressed(rule.id, r.offset)) return;
      const start = lines.position(r.offset);
      const end = lines.position(r.offset + r.length);
      const data = r.data ?? {};
      diagnostics.push({
        rule: rule.id,
        severity,
        message: t(`rules.${rule.id}.${r.messageId}`, data),
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
        offset: r.offset,
        length: r.length,
        text: text.slice(r.offset, r.offset + r.length),
        suggestions: r.suggestions ?? [],
        ...(r.term ? { term: r.term } : {}),
        messageId: r.messageId,
        data,
      });
    };
    const ctx: RuleContext = { text, masked, shadow, script, lines, glossary, tokens, zh, en, options: ruleOptions, active, optionsOf, shared, report };
    rule.check(ctx);
  }
  diagnostics.sort((a, b) => a.offset - b.offset || a.rule.localeCompare(b.rule) || a.length - b.length);
  return { path: options.path, script, diagnostics };
}
