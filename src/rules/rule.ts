// What a rule is: one file per rule, `src/rules/<family>/<name>.ts`, with its doc beside it.
// Text rules are defined here; pair rules (which see both sides of a translation) in pair/pair-rule.ts.
import type { Glossary } from '../glossary/glossary';
import type { GlossaryEntry, Localized, Region } from '../glossary/model';
import { chineseKey, inScript, type ZhScript } from '../text/script';
import type { LineIndex } from '../core/positions';
import type { Occurrence, Token } from '../core/match';
import type { DocScript, Severity } from '../core/types';
import type { Analysis } from '../core/analyze';
import type { Bundle, Unit } from '../core/bundle';

export interface Report {
  offset: number;
  length: number;
  messageId: string;
  data?: Record<string, string | number>;
  suggestions?: string[];
  term?: string;
  /** At most this severity (a finding that rests on weaker evidence); never raises the configured one. */
  severity?: Severity;
  /** For a rule whose fix is `safe`: the edit, when it is not "the span becomes the one suggestion"
   * (a boilerplate line removed with its line break), or false when this finding is not safe to fix. */
  fix?: { offset: number; length: number; text: string } | false;
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
  /** The rule's options from the configuration, defaults filled in (validated against its schema). */
  options: Record<string, unknown>;
  /** The region the text is written for, when declared (configuration, --region, front matter). */
  region?: Region;
  /** Results shared between rules of one file (e.g. a detection two rules read). */
  shared: Map<string, unknown>;
  report(report: Report): void;
}

/** JSON Schema (draft-07) of a rule's options object; `default`s are filled in. */
export type OptionsSchema = Record<string, unknown> & { type: 'object'; properties: Record<string, unknown> };

/** What every rule declares, whatever it works on: the one source of help, docs, SARIF and locales. */
export interface RuleMeta {
  /** `family/name`, equal to the file's path under rules/. */
  id: string;
  /** text: runs on a document or a target value; pair: compares source and target; input: a file that could not be read. */
  kind: 'text' | 'pair' | 'input';
  severity: Severity;
  /** Off unless configured (term/variant). */
  enabledByDefault?: boolean;
  /** One line for the rules table and SARIF. */
  summary: string;
  /** English message templates by id, with {{placeholders}}; translations live in src/locales. */
  messages: Record<string, string>;
  /** The rule's options; configuration is validated against it with file:line:column. */
  options?: OptionsSchema;
  /** none: reports only; suggestion: suggests a replacement to review; safe: the suggestion is a drop-in fix. */
  fix: 'none' | 'suggestion' | 'safe';
  /** Rules this one yields to: its diagnostic is dropped where an active one of theirs overlaps it. */
  defersTo?: readonly string[];
  /** Text rules that also run on every target value of `termlint check`. */
  onTargets?: boolean;
  /** Pair rules that also see units their file marks unfinished (the others see finished ones only). */
  allUnits?: boolean;
}

export interface TextRule extends RuleMeta {
  kind: 'text';
  check(ctx: RuleContext): void;
  /** For a rule that weighs the whole document, how to decide it over a huge text linted in sections. */
  document?: DocumentScope<unknown>;
}

/** What a whole-document decision sees: the text and its place, not a section's analysis. */
export type DocumentContext = Pick<RuleContext, 'text' | 'script' | 'lines' | 'glossary' | 'options' | 'region' | 'report'>;

/**
 * A rule that weighs the whole document (one concept rendered two ways), split so that a huge text
 * linted in sections is still decided whole: what each section gives, moved to the text's offsets,
 * then one decision over all of them. `check` on a text that fits is decide(ctx, [collect(ctx)]).
 */
export interface DocumentScope<T> {
  collect(ctx: RuleContext): T;
  shift(part: T, by: number): T;
  decide(ctx: DocumentContext, parts: T[]): void;
}

export interface InputRule extends RuleMeta {
  kind: 'input';
}

/** Where a pair rule points: a span of the target file (absent: the unit's value, else the file's start). */
export type Where = { start: number; end: number } | undefined;

export interface PairReport {
  unit?: Unit;
  messageId: string;
  data?: Record<string, string | number>;
  /** Default: the unit's target span, else its anchor. */
  where?: Where;
  /** Default: the unit's key. */
  key?: string;
  suggestions?: string[];
  term?: string;
  /** At most this severity; never raises the configured one. */
  severity?: Severity;
}

export interface PairContext {
  bundle: Bundle;
  glossary: Glossary;
  /** The script the target locale is written in. */
  script: ZhScript;
  /** The rule's options, defaults filled in. */
  options: Record<string, unknown>;
  /** Source strings that may stay untranslated (configuration `allowUntranslated`). */
  allowUntranslated: readonly string[];
  /** The analysis of a unit's target value (masked, segmented, matched), for units with Chinese. */
  targetAnalysis(unit: Unit): Analysis | undefined;
  /** The analysis of a unit's source string. */
  sourceAnalysis(unit: Unit): Analysis;
  report(report: PairReport): void;
}

export interface PairRule extends RuleMeta {
  kind: 'pair';
  check(ctx: PairContext): void;
}

export type AnyRule = TextRule | PairRule | InputRule;

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
export function slice(ctx: Pick<RuleContext, 'text'>, offset: number, length: number): string {
  return ctx.text.slice(offset, offset + length);
}

/** Memoizes a per-file computation that several rules share. */
export function sharedResult<T>(ctx: RuleContext, key: string, compute: () => T): T {
  if (!ctx.shared.has(key)) ctx.shared.set(key, compute());
  return ctx.shared.get(key) as T;
}

/**
 * Data whose value exists in several locales (a glossary reason): `name` holds English, and
 * `name@zh-Hans` / `name@zh-Hant` the translations, which the edge picks for its locale.
 */
export function localizedData(name: string, text: Localized): Record<string, string> {
  const out: Record<string, string> = { [name]: text.en };
  for (const locale of ['zh-Hans', 'zh-Hant'] as const) if (text[locale]) out[`${name}@${locale}`] = text[locale]!;
  return out;
}

const SENTENCE_END = /[。！？!?；;\n]/;

/** The sentence around [start, end) of the masked text. */
export function sentenceAround(masked: string, start: number, end: number): { from: number; to: number } {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(masked[from - 1]!)) from--;
  let to = end;
  while (to < masked.length && !SENTENCE_END.test(masked[to]!)) to++;
  return { from, to };
}

/** Latin words (GPU, API) need non-letters around them; Han words are matched as written. */
function onWordBounds(hay: string, i: number, length: number): boolean {
  const alnum = /[a-z0-9]/;
  if (alnum.test(hay[i]!) && alnum.test(hay[i - 1] ?? '')) return false;
  if (alnum.test(hay[i + length - 1]!) && alnum.test(hay[i + length] ?? '')) return false;
  return true;
}

/**
 * Whether the sentence of [offset, offset + length) contains one of `words` (folded to Simplified,
 * any case) outside the span itself; a word that contains `self` is a collocation and must cover the span.
 */
export function sentenceShows(ctx: RuleContext, offset: number, length: number, words: readonly string[], self = ''): boolean {
  const end = offset + length;
  const { from, to } = sentenceAround(ctx.masked, offset, end);
  const fold = (a: number, b: number) => ctx.shadow.slice(a, b).toLowerCase();
  const sentence = fold(from, to);
  const around = `${fold(from, offset)}${' '.repeat(length)}${fold(end, to)}`;
  const own = chineseKey(self);
  for (const word of words) {
    const key = chineseKey(word).toLowerCase();
    const collocation = own !== '' && key.includes(own);
    const hay = collocation ? sentence : around;
    for (let i = hay.indexOf(key); i !== -1; i = hay.indexOf(key, i + 1)) {
      const at = from + i;
      if (collocation ? at <= offset && end <= at + key.length : onWordBounds(hay, i, key.length)) return true;
    }
  }
  return false;
}
