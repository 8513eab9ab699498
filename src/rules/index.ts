// Every rule, in the order of the rules table. Adding a rule: its file, its doc, one line here.
import type { Rule } from './rule';
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

export const RULES: readonly Rule[] = [
  termAvoid,
  termInconsistent,
  termVariant,
  termUntranslated,
  termTypo,
  glossMismatch,
  garbleHalfTranslated,
  scriptMixed,
  scriptConversion,
  encodingMojibake,
  contentBoilerplate,
];

export const RULES_BY_ID = new Map(RULES.map((r) => [r.id, r]));
