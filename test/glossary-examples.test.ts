// The glossary's bad → good examples run through the linter: every bad sentence gets term/avoid
// for its entry, and no good sentence gets term/avoid at all.
import { describe, expect, it } from 'vitest';
import { lint, loadGlossary } from '../src';

const glossary = loadGlossary();
// bad → good pairs only: `{ok}` sentences (silent for avoids with evidence) wait for the evidence rule.
const examples = [...glossary.entries.values()].flatMap((entry) =>
  entry.examples.flatMap((ex) => (ex.bad !== undefined ? [{ entry, bad: ex.bad, good: ex.good }] : [])),
);

describe('glossary examples', () => {
  it('exist', () => {
    expect(examples.length).toBeGreaterThanOrEqual(100);
  });

  it.each(examples.map((e) => [e.entry.id, e.bad, e.good, e] as const))('%s: %s', (_id, bad, good, e) => {
    const avoidTexts = [...e.entry['zh-Hans'].avoid, ...e.entry['zh-Hant'].avoid].map((a) => a.text);
    const found = lint(bad, { glossary, filePath: 'example.txt' }).diagnostics.filter(
      (d) => d.rule === 'term/avoid' && d.term === e.entry.en.preferred,
    );
    expect(found.length, bad).toBeGreaterThan(0);
    expect(found.every((d) => avoidTexts.includes(d.text))).toBe(true);
    const clean = lint(good, { glossary, filePath: 'example.txt' }).diagnostics.filter((d) => d.rule === 'term/avoid');
    expect(clean, good).toEqual([]);
  });
});
