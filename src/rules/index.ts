// Every rule, in the order of the rules table: text rules, pair rules, input rules.
// Adding a rule: its file, its doc beside it, one line here, locale entries, a fixture.
import type { AnyRule, InputRule, PairRule, TextRule } from './rule';
import { rule as contentBoilerplate } from './content/boilerplate';
import { rule as encodingMojibake } from './encoding/mojibake';
import { rule as garbleHalfTranslated } from './garble/half-translated';
import { rule as glossMismatch } from './gloss/mismatch';
import { rule as scriptConversion } from './script/conversion';
import { rule as scriptMixed } from './script/mixed';
import { rule as termAvoid } from './term/avoid';
import { rule as termInconsistent } from './term/inconsistent';
import { rule as termTypo } from './term/typo';
import { rule as termUntranslated } from './term/untranslated';
import { rule as termVariant } from './term/variant';
import { rule as termRegional } from './term/regional';
import { rule as pairTermMissing } from './pair/term-missing';
import { rule as pairPlaceholder } from './pair/placeholder';
import { rule as pairUntranslated } from './pair/untranslated';
import { rule as pairMissingKey } from './pair/missing-key';
import { rule as pairMissingFile } from './pair/missing-file';
import { rule as pairExtraKey } from './pair/extra-key';
import { rule as pairInconsistent } from './pair/inconsistent';
import { rule as pairNotFinal } from './pair/not-final';
import { rule as inputBinary } from './input/binary';
import { rule as inputEncoding } from './input/encoding';
import { rule as inputUnreadable } from './input/unreadable';
import { rule as inputParse } from './input/parse';
import { rule as inputTooLarge } from './input/too-large';
import { rule as inputNotRegular } from './input/not-regular';

export const RULES: readonly AnyRule[] = [
  termAvoid,
  termInconsistent,
  termVariant,
  termRegional,
  termUntranslated,
  termTypo,
  glossMismatch,
  garbleHalfTranslated,
  scriptMixed,
  scriptConversion,
  encodingMojibake,
  contentBoilerplate,
  pairTermMissing,
  pairPlaceholder,
  pairUntranslated,
  pairMissingKey,
  pairMissingFile,
  pairExtraKey,
  pairInconsistent,
  pairNotFinal,
  inputBinary,
  inputEncoding,
  inputUnreadable,
  inputParse,
  inputTooLarge,
  inputNotRegular,
];

export const RULES_BY_ID: ReadonlyMap<string, AnyRule> = new Map(RULES.map((r) => [r.id, r]));
export const TEXT_RULES = RULES.filter((r): r is TextRule => r.kind === 'text');
export const PAIR_RULES = RULES.filter((r): r is PairRule => r.kind === 'pair');
export const INPUT_RULES = RULES.filter((r): r is InputRule => r.kind === 'input');
