// content/boilerplate: its pattern data (both scripts, each form shown by a fixture line, no
// catastrophic backtracking) and what the rule shares with script/mixed.
import { describe, expect, it } from 'vitest';
import safeRegex from 'safe-regex2';
import { lint, loadGlossary } from '../src';
import { BOILERPLATE_PATTERNS } from '../src/data/boilerplate';
import { foldChars } from '../src/text/script';
import { loadFixture } from './fixtures';

const glossary = loadGlossary();
const hansLines = loadFixture('content-boilerplate.txt').expectations.map((e) => e.text);
const hantLines = loadFixture('content-boilerplate-hant.txt').expectations.map((e) => e.text);

describe('boilerplate patterns', () => {
  it.each(BOILERPLATE_PATTERNS.map((p, i) => [i, p.kind, p] as const))('#%i (%s) has a fixture line in each script', (_, __, p) => {
    expect(hansLines.some((l) => p.hans.test(l)), String(p.hans)).toBe(true);
    // The Traditional form as written, not folded: it must match Taiwan text on its own.
    expect(hantLines.some((l) => p.hant.test(l)), String(p.hant)).toBe(true);
  });

  it('are written in their script and safe from catastrophic backtracking', () => {
    for (const p of BOILERPLATE_PATTERNS) {
      expect(foldChars(p.hans.source), String(p.hans)).toBe(p.hans.source);
      expect(safeRegex(p.hans) && safeRegex(p.hant), String(p.hans)).toBe(true);
    }
  });
});

describe('content/boilerplate and script/mixed', () => {
  // A Simplified document whose promotion line has a Traditional character.
  const text =
    '这一章讲番茄的育苗方法，内容适合初学者阅读。播种前先把种子在温水里浸泡一夜，这样发芽会更整齐。\n' +
    '扫码关注公众号，領取种植资料\n' +
    '幼苗长出两片真叶后再移栽，移栽后要浇透水。\n';

  it('script/mixed leaves boilerplate lines to content/boilerplate while that rule is on', () => {
    const d = lint(text, { glossary, filePath: 'a.txt' }).diagnostics;
    expect(d.map((x) => x.rule)).toEqual(['content/boilerplate']);
  });

  it('script/mixed proofreads those lines when content/boilerplate is off', () => {
    const d = lint(text, { glossary, filePath: 'a.txt', rules: { 'content/boilerplate': 'off' } }).diagnostics;
    expect(d.map((x) => [x.rule, x.text])).toEqual([['script/mixed', '領']]);
  });
});
