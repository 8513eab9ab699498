// What a rule is: one file per rule, `src/rules/<family>/<name>.ts`, with its doc beside it.
import type { Glossary } from '../glossary/glossary';
import type { GlossaryEntry } from '../glossary/model';
import { chineseKey, inScript, type ZhScript } from '../text/script';
import type { LineIndex } from '../core/positions';
import type { Occurrence, Token } from '../core/match';
import type { DocScript, Severity } from '../core/types';

export interface Report {
  offset: number;
  length: number;
  messageId: string;
  data?: Record<string, string | number>;
  suggestions?: string[];
  term?: string;
}

export interface RuleContext {
  /** The decoded file text; offsets index into it. */
  text: string;
  /** The text with non-prose (code, URLs, markup) blanked out; same length. */
  masked: string;
  /** The masked text folded to Simplified character by character; same length. */
  shadow: string;
  script: DocScript;
  lines: LineIndex;
  glossary: Glossary;
  /** jieba tokens of each Han run. */
  tokens: Token[][];
  zh: Occurrence[];
  en: Occurrence[];
  /** The rule's options from the configuration. */
  options: Record<string, unknown>;
  /** Ids of the rules in force, so that a rule can leave a span to a more specific one. */
  active: ReadonlySet<string>;
  /** Another rule's options, for results computed once and shared between rules. */
  optionsOf(rule: string): Record<string, unknown>;
  /** Results shared between rules of one file (e.g. spans another rule already explains). */
  shared: Map<string, unknown>;
  report(report: Report): void;
}

export interface Rule {
  /** `family/name`, equal to the file's path under rules/. */
  id: string;
  severity: Severity;
  /** Off unless configured (term/variant). */
  enabledByDefault?: boolean;
  /** One line for the rules table and SARIF. */
  summary: string;
  /** English message templates by id, with {{placeholders}}; translations live in src/locales. */
  messages: Record<string, string>;
  check(ctx: RuleContext): void;
}

/** The script suggestions should be written in: the document's, else the matched form's. */
export function targetScript(doc: DocScript, fallback: ZhScript | 'en'): ZhScript {
  if (doc === 'zh-Hans' || doc === 'zh-Hant') return doc;
  return fallback === 'zh-Hant' ? 'zh-Hant' : 'zh-Hans';
}

/** The preferred Chinese rendering of an entry in a script. */
export function preferredIn(entry: GlossaryEntry, script: ZhScript): string {
  return entry[script].preferred || inScript(entry['zh-Hans'].preferred, script);
}

/** The entry's rendering with this folded key, written in `script`; else its preferred one. */
export function renderingIn(entry: GlossaryEntry, key: string, script: ZhScript): string {
  const forms = [entry[script].preferred, ...entry[script].variants];
  return forms.find((f) => chineseKey(f) === key) ?? preferredIn(entry, script);
}

/** The text at an offset, as written. */
export function slice(ctx: RuleContext, offset: number, length: number): string {
  return ctx.text.slice(offset, offset + length);
}

/** Memoizes a per-file computation that several rules share. */
export function sharedResult<T>(ctx: RuleContext, key: string, compute: () => T): T {
  if (!ctx.shared.has(key)) ctx.shared.set(key, compute());
  return ctx.shared.get(key) as T;
}
