// The rule registry is the one source of every rule's facts: each rule has its file and doc, a
// fixture that expects it, messages in every locale with the same placeholders, a README row, and
// options that are validated. `UPDATE_README=1 npx vitest run test/registry.test.ts` rewrites the
// README's generated tables.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/rules';
import { MESSAGES, LOCALES } from '../src/i18n';
import { rulesTable } from '../src/cli/rules';
import { resolveRules } from '../src/engine/engine';
import { ruleOptions } from '../src/rules/options';
import { english, ROOT } from './helpers';
import { BILINGUAL_FORMATS, LINTED_EXTENSIONS, textFormatFor } from '../src/formats';
import { androidLocale } from '../src/formats/android';

const read = (...p: string[]) => fs.readFileSync(path.join(ROOT, ...p), 'utf8');
const dirText = (dir: string) =>
  fs
    .readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => fs.readFileSync(path.join(d.parentPath, d.name), 'utf8'))
    .join('\n');
const placeholders = (s: string) => [...s.matchAll(/\{\{\s*([\w.-]+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('every rule of the registry', () => {
  const lintFixtures = dirText('fixtures/lint');
  const checkFixtures = dirText('fixtures/check');

  it.each(RULES.map((r) => [r.id, r] as const))('%s: file, doc, fixture, locale entries', (id, rule) => {
    expect(id).toMatch(/^(term|gloss|garble|script|encoding|content|pair|input)\/[a-z]+(-[a-z]+)*$/);
    expect(id.split('/')[0] === 'pair').toBe(rule.kind === 'pair');
    expect(id.split('/')[0] === 'input').toBe(rule.kind === 'input');
    expect(fs.existsSync(path.join(ROOT, 'src', 'rules', `${id}.ts`))).toBe(true);
    const doc = read('src', 'rules', `${id}.md`);
    expect(doc.startsWith(`# ${id}\n`)).toBe(true);
    expect(doc).toContain(`**Default severity:** ${rule.severity}`);
    if (rule.enabledByDefault === false) expect(doc).toContain('**Off by default**');
    expect(doc).toContain(`**Fix:** ${rule.fix}`);
    if (rule.kind === 'text') expect(lintFixtures).toContain(`expect ${id} "`);
    else expect(checkFixtures).toMatch(new RegExp(` ${id.replace('/', '\\/')} `));
    expect(rule.summary.length).toBeGreaterThan(10);
    for (const [messageId, english] of Object.entries(rule.messages)) {
      for (const locale of LOCALES) {
        const text = MESSAGES[locale][`rules.${id}.${messageId}`];
        expect(text, `${locale} rules.${id}.${messageId}`).toBeTruthy();
        expect(placeholders(text!), `${locale} rules.${id}.${messageId}`).toEqual(placeholders(english));
      }
    }
    for (const other of rule.defersTo ?? []) expect(RULES.map((r) => r.id)).toContain(other);
  });

  it('has no locale entry for a rule or message that does not exist', () => {
    const known = new Set(RULES.flatMap((r) => Object.keys(r.messages).map((m) => `rules.${r.id}.${m}`)));
    for (const locale of LOCALES) {
      const stale = Object.keys(MESSAGES[locale]).filter((k) => k.startsWith('rules.') && !known.has(k));
      expect(stale, locale).toEqual([]);
    }
  });

  it('is what the README rules tables show', () => {
    let readme = read('README.md');
    for (const kind of ['text', 'pair', 'input'] as const) {
      const re = new RegExp(`(<!-- rules:${kind}[^>]*-->\\n)[^]*?(<!-- /rules:${kind} -->)`);
      expect(readme, `README markers for ${kind} rules`).toMatch(re);
      readme = readme.replace(re, (_, open: string, close: string) => `${open}${rulesTable(kind)}\n${close}`);
    }
    if (process.env.UPDATE_README) fs.writeFileSync(path.join(ROOT, 'README.md'), readme);
    expect(read('README.md')).toBe(readme);
  });
});

describe('rule settings', () => {
  it('take severities and options, fill defaults, and reject unknown ids and bad severities', () => {
    const set = resolveRules({ 'term/avoid': 'warning', 'script/mixed': 'off', 'term/variant': 'info', 'pair/not-final': 'error' });
    expect(set.text.find((r) => r.rule.id === 'term/avoid')?.severity).toBe('warning');
    expect(set.text.some((r) => r.rule.id === 'script/mixed')).toBe(false);
    expect(set.text.some((r) => r.rule.id === 'term/variant')).toBe(true);
    expect(set.pair.find((r) => r.rule.id === 'pair/not-final')?.severity).toBe('error');
    expect(resolveRules().text.some((r) => r.rule.id === 'term/variant')).toBe(false);
    expect(resolveRules().text.find((r) => r.rule.id === 'content/boilerplate')?.options).toEqual({ patterns: [] });
    expect(() => resolveRules({ 'term/nope': 'error' })).toThrow();
    expect(() => resolveRules({ 'term/avoid': 'loud' as never })).toThrow();
  });

  it('validate options against the rule schema', () => {
    const boilerplate = RULES.find((r) => r.id === 'content/boilerplate')!;
    expect(ruleOptions(boilerplate, { patterns: ['^广告'] }).problems).toEqual([]);
    expect(ruleOptions(boilerplate, { patterns: '^x' }).problems[0]?.path).toEqual(['patterns']);
    expect(english(ruleOptions(boilerplate, { pattern: ['^x'] }).problems[0]?.detail)).toMatch(/unknown option "pattern"/);
    expect(ruleOptions(boilerplate, { patterns: ['(a'] }).problems[0]?.path).toEqual(['patterns', 0]);
    expect(english(ruleOptions(boilerplate, { patterns: ['^模(a+)+$'] }).problems[0]?.detail)).toMatch(/exponential/);
    const avoid = RULES.find((r) => r.id === 'term/avoid')!;
    expect(english(ruleOptions(avoid, { anything: 1 }).problems[0]?.detail)).toMatch(/has no options/);
  });
});

describe('every format of the registry', () => {
  it.each(BILINGUAL_FORMATS.map((f) => [f.id, f] as const))('%s: fixtures, extensions, a reader', (id, format) => {
    expect(fs.existsSync(path.join(ROOT, 'fixtures', 'check', id)), `fixtures/check/${id}`).toBe(true);
    expect(fs.existsSync(path.join(ROOT, 'fixtures', 'check', `${id}.expected.json`)) || id === 'i18next').toBe(true);
    expect(format.extensions.length).toBeGreaterThan(0);
    expect(format.pairing === 'file' ? format.readFile : format.readPair && format.claims).toBeTruthy();
  });

  it('text formats cover the extensions a directory walk lints, .mdx included', () => {
    expect(LINTED_EXTENSIONS).toEqual(expect.arrayContaining(['.md', '.markdown', '.mdx', '.txt']));
    expect(textFormatFor('a.MDX').id).toBe('mdx');
    expect(textFormatFor('notes').id).toBe('text');
  });

  it('tell locales from paths and metadata', () => {
    expect(androidLocale('res/values-zh-rTW/strings.xml')).toBe('zh-TW');
    expect(androidLocale('res/values-b+zh+Hant+TW/strings.xml')).toBe('zh-Hant-TW');
    expect(androidLocale('res/values/strings.xml')).toBeUndefined();
  });
});
