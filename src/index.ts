// The termlint library API; the CLI is a thin layer over it.
export { loadGlossary, Glossary, type GlossaryOptions } from './glossary/glossary';
export { validateGlossaryFiles } from './glossary/validate';
export { readGlossaryFile, parseGlossaryFile, type GlossaryFile } from './glossary/load';
export type { GlossaryEntry, FormRef, FormKind, ZhForms, EnForms, AvoidForm, Example } from './glossary/model';
export { lookup, type LookupResult, type LookupMatch, type LookupSuggestion, type MatchedAs } from './lookup';
export { foldToHans, toHant, chineseKey } from './text/script';
export { TermlintError, GlossaryError, type Problem } from './errors';
export { run } from './cli/run';
export { lint, lintFiles, lintFileStream, summarize, type LintOptions, type StreamOptions, type FileLint } from './lint/api';
export { RULES } from './rules';
export type { Diagnostic, FileResult, LintReport, Summary, Severity, DocScript } from './core/types';
export type { RuleSetting } from './engine/engine';
export { check, checkFiles, type CheckOptions } from './check/api';
export { RULES_BY_ID, TEXT_RULES, PAIR_RULES, INPUT_RULES } from './rules';
export type { AnyRule, TextRule, PairRule, InputRule, RuleMeta } from './rules/rule';
export { TEXT_FORMATS, BILINGUAL_FORMATS } from './formats';
export type { TextFormat, BilingualFormat } from './formats/format';
export { renderResults } from './i18n';
