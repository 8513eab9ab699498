// The glossary's examples run through the linter: every `bad` sentence gets term/avoid for its
// entry, and applying the suggestions to it gives exactly its `good` sentence (drop-in fixes);
// no `good` sentence gets term/avoid; an `ok` sentence (the rendering in its ordinary sense) gets
// nothing from its entry.
import { describe, expect, it } from 'vitest';
import { lint, loadGlossary } from '../src';

const glossary = loadGlossary();
const entries = [...glossary.entries.values()];
const pairs = entries.flatMap((entry) => entry.examples.flatMap((ex) => (ex.bad !== undefined ? [{ entry, bad: ex.bad, good: ex.good }] : [])));
const oks = entries.flatMap((entry) => entry.examples.flatMap((ex) => (ex.ok !== undefined ? [{ entry, ok: ex.ok }] : [])));

/** The text with each diagnostic's first suggestion in place of its span. */
function applySuggestions(text: string, ds: { offset: number; length: number; suggestions: string[] }[]): string {
  let out = text;
  for (const d of [...ds].sort((a, b) => b.offset - a.offset)) out = out.slice(0, d.offset) + (d.suggestions[0] ?? '') + out.slice(d.offset + d.length);
  return out;
}

describe('glossary examples', () => {
  it('exist', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(100);
  });

  it.each(pairs.map((e) => [e.entry.id, e.bad, e] as const))('%s: %s', (_id, bad, e) => {
    const avoidTexts = [...e.entry['zh-Hans'].avoid, ...e.entry['zh-Hant'].avoid].map((a) => a.text);
    // A wrong conversion (沖突) may be reported by script/conversion instead: term/avoid defers to it.
    const FIXING = ['term/avoid', 'script/conversion'];
    const all = lint(bad, { glossary, filePath: 'example.txt' }).diagnostics.filter((d) => FIXING.includes(d.rule));
    const found = all.filter((d) => (d.rule === 'term/avoid' ? d.term === e.entry.en.preferred : avoidTexts.some((t) => t.includes(d.text) || d.text.includes(t))));
    expect(found.length, bad).toBeGreaterThan(0);
    expect(found.filter((d) => d.rule === 'term/avoid').every((d) => avoidTexts.some((a) => a.includes(d.text)))).toBe(true);
    expect(applySuggestions(bad, all), 'the suggestion is a drop-in replacement').toBe(e.good);
    const clean = lint(e.good, { glossary, filePath: 'example.txt' }).diagnostics.filter((d) => FIXING.includes(d.rule));
    expect(clean, e.good).toEqual([]);
  });

  it.each(oks.map((e) => [e.entry.id, e.ok, e] as const))('%s stays silent: %s', (_id, ok, e) => {
    const found = lint(ok, { glossary, filePath: 'example.txt' }).diagnostics.filter((d) => d.term === e.entry.en.preferred);
    expect(found, ok).toEqual([]);
  });
});
