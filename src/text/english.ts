// English normalization for matching glossary terms: case, hyphens, spacing and inflection.
// Inflection is handled through a lemma table built from the glossary's own vocabulary:
// every glossary word maps its plural and verb forms to one lemma, and words the table does
// not know are left as they are (so a misspelling stays a misspelling and is found by the
// fuzzy search instead of being silently "corrected").
import pluralize from 'pluralize';

// wink-lemmatizer loads WordNet's exception lists (~90 ms): only when a word is new to the table.
let wink: typeof import('wink-lemmatizer') | undefined;
const lemmatizer = {
  noun: (w: string) => (wink ??= require('wink-lemmatizer') as typeof import('wink-lemmatizer')).noun(w),
  verb: (w: string) => (wink ??= require('wink-lemmatizer') as typeof import('wink-lemmatizer')).verb(w),
};

const SEPARATORS = /[\s\-‐‑‒–—_/]+/gu;

/** Lower-cased words of an English form, split on spaces, hyphens, dashes, underscores, slashes. */
export function englishWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’']s\b/gu, '')
    .split(SEPARATORS)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}+#.]+$/gu, '').replace(/\.$/u, ''))
    .filter((w) => w.length > 0);
}

/**
 * Written in capitals only (FILENAME, MAX_SIZE, LLM): an acronym or a placeholder, not a word in
 * running text. At least two letters and no lower-case letter.
 */
export function isAllCaps(text: string): boolean {
  return !/\p{Ll}/u.test(text) && (text.match(/\p{Lu}/gu) ?? []).length >= 2;
}

/** A string without inflection, spacing or case: what two forms must share to be the same term. */
export function lightKey(text: string): string {
  return englishWords(text).join(' ');
}

// Participles and gerunds (tuned, tuning) form one class, apart from the base word: "fine-tuned"
// matches "fine-tuning", while "language model" stays apart from "language modeling".
const PARTICIPLE = '~ing';

function analyze(word: string): { key: string; surfaces: string[] } {
  if (!/^[a-z]+$/u.test(word)) return { key: word, surfaces: [word] };
  const noun = lemmatizer.noun(word);
  const ending = /(?:ing|ed)$/u.exec(noun);
  if (ending) {
    // wink knows common verbs (tuning → tune); for the rest (finetuning) the suffix is stripped.
    const verb = lemmatizer.verb(noun);
    const base = noun.slice(0, ending.index);
    if (verb !== noun || base.length >= 4) {
      // Swap the suffix of the attested word (tuning ↔ tuned, embedding ↔ embedded) rather than
      // inflecting the verb, whose consonant doubling cannot be known: no misspelling becomes a key.
      const surfaces = [word, noun, pluralize.plural(noun), base + 'ing', base + 'ed', base + 'ings'];
      return { key: (verb !== noun ? verb : base) + PARTICIPLE, surfaces };
    }
  }
  // pluralize leaves words ending in -s alone (bias → bias), so the regular plural is added too.
  const regular = /(?:s|x|z|ch|sh)$/u.test(noun) ? noun + 'es' : noun + 's';
  return { key: noun, surfaces: [word, noun, pluralize.plural(noun), pluralize.plural(word), regular] };
}

/** Maps inflected words to lemmas; built once from a vocabulary of English forms. */
export class LemmaTable {
  private readonly table: Map<string, string>;

  /** Optionally seeded with pairs from a compiled snapshot (entries()). */
  constructor(pairs: Iterable<[string, string]> = []) {
    this.table = new Map(pairs);
  }

  entries(): [string, string][] {
    return [...this.table];
  }

  add(form: string): void {
    for (const word of englishWords(form)) {
      if (this.table.has(word)) continue;
      const { key, surfaces } = analyze(word);
      for (const surface of surfaces) {
        if (!this.table.has(surface)) this.table.set(surface, key);
      }
    }
  }

  /** The matching key of an English form: its words, lemmatized where the table knows them. */
  key(text: string): string {
    return englishWords(text)
      .map((w) => this.table.get(w) ?? w)
      .join(' ');
  }
}
