// English normalization: inflection folds only where the glossary's vocabulary says so.
import { describe, expect, it } from 'vitest';
import { englishWords, isAllCaps, LemmaTable, lightKey } from '../src/text/english';

describe('english normalization', () => {
  const table = new LemmaTable();
  for (const form of ['fine-tuning', 'paradigm', 'matrix', 'language model', 'language modeling', 'bias', 'GPU']) {
    table.add(form);
  }

  it('tells words in capitals only (acronyms, placeholders) from words', () => {
    for (const w of ['FILENAME', 'GPU', 'CD-ROM', 'MAX_SIZE']) expect(isAllCaps(w)).toBe(true);
    for (const w of ['Filename', 'LLMs', 'filename', 'A', 'X1']) expect(isAllCaps(w)).toBe(false);
  });

  it('splits on spaces, hyphens, dashes, underscores and slashes, lower-cased', () => {
    expect(englishWords('Fine-Tuning')).toEqual(['fine', 'tuning']);
    expect(englishWords('encoder–decoder_model / X')).toEqual(['encoder', 'decoder', 'model', 'x']);
    expect(lightKey("  Bayes'  theorem ")).toBe('bayes theorem');
  });

  it('folds plurals and participles of glossary words', () => {
    expect(table.key('fine-tuned')).toBe(table.key('fine-tuning'));
    expect(table.key('Fine Tunings')).toBe(table.key('fine-tuning'));
    expect(table.key('paradigms')).toBe(table.key('paradigm'));
    expect(table.key('matrices')).toBe(table.key('matrix'));
    expect(table.key('biases')).toBe(table.key('bias'));
    expect(table.key('GPUs')).toBe(table.key('GPU'));
  });

  it('keeps a base word apart from its -ing form', () => {
    expect(table.key('language models')).not.toBe(table.key('language modeling'));
  });

  it('leaves unknown words, misspellings included, as they are', () => {
    expect(table.key('forgeting')).toBe('forgeting');
    expect(table.key('fine-tunned')).not.toBe(table.key('fine-tuning'));
  });
});
