// Every ML/LLM concept the seed survey page names (test/data/seed-concepts.txt) is in the base.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGlossary, lookup } from '../src';

const glossary = loadGlossary();
const concepts = readFileSync(join(__dirname, 'data', 'seed-concepts.txt'), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter(Boolean);

describe('seed page concepts', () => {
  it('lists several hundred distinct concepts', () => {
    expect(concepts.length).toBeGreaterThanOrEqual(300);
    expect(new Set(concepts.map((c) => c.toLowerCase())).size).toBe(concepts.length);
  });

  it('finds every one by exact lookup, not by fuzzy suggestion', () => {
    const missing = concepts.filter((c) => lookup(glossary, c).matches.length === 0);
    expect(missing).toEqual([]);
  });
});
