// termlint check: each format's fixture case against its sidecar expected output, the position
// contract in the target files, and the format edge cases one by one.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, loadGlossary } from '../src';
import { pluralSuffixes, i18nextPlaceholders } from '../src/formats/i18next';
import { poPlaceholders } from '../src/formats/po';
import { placeholdersOf } from '../src/formats/placeholders';
import { CHECK_CASES, describeDiagnostic } from './check-cases';
import { cli, ROOT } from './helpers';

const glossary = loadGlossary();

describe.each(Object.entries(CHECK_CASES))('check case %s', (name, options) => {
  it('reports exactly the sidecar expectations, in the target file at the value', async () => {
    const results = await check({ ...options, glossary, cwd: ROOT });
    const actual = results.flatMap((r) => r.diagnostics.map((d) => describeDiagnostic(r.path, d)));
    const expected = JSON.parse(fs.readFileSync(path.join(ROOT, 'fixtures', 'check', `${name}.expected.json`), 'utf8'));
    expect(actual).toEqual(expected);
    for (const r of results) {
      if (!r.diagnostics.some((d) => d.length)) continue;
      const text = fs.readFileSync(path.join(ROOT, r.path), 'utf8').replace(/^\uFEFF/, '');
      for (const d of r.diagnostics) expect(text.slice(d.offset, d.offset + d.length)).toBe(d.text);
    }
  });
});

describe('i18next', () => {
  it('takes plural forms per language from i18next', () => {
    expect(pluralSuffixes('en').cardinal).toEqual(['_one', '_other']);
    expect(pluralSuffixes('zh-CN').cardinal).toEqual(['_other']);
  });

  it('tells an escaping change apart: {{- name}} is not {{name}}', () => {
    expect(i18nextPlaceholders('{{- name}}')).not.toEqual(i18nextPlaceholders('{{name}}'));
  });

  it('reads interpolation with formats, unescaped values, nesting and Trans tags', () => {
    expect(i18nextPlaceholders('{{count}} {{date, datetime}} {{- html}} $t(common:save) <0>x</0><br/>')).toEqual([
      '{{count}}',
      '{{date, datetime}}',
      '{{- html}}',
      '$t(common:save)',
      '<0>',
      '</0>',
      '<br/>',
    ]);
  });

  it('accepts an English key_one + key_other pair as complete in Chinese with key_other alone', async () => {
    const [r] = await check({ ...CHECK_CASES['i18next-zh-CN'], glossary, cwd: ROOT });
    expect(r!.diagnostics.filter((d) => d.key?.startsWith('settings:files'))).toEqual([]);
  });

  it('handles the v3 _plural form, context suffixes and flat keys', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'termlint-i18n-'));
    fs.writeFileSync(path.join(dir, 'en.json'), JSON.stringify({ item: 'item', item_plural: 'items', 'a.b': 'Flat key', friend_male: 'A boyfriend', friend_female: 'A girlfriend' }));
    fs.writeFileSync(path.join(dir, 'zh-CN.json'), JSON.stringify({ item: '项目', 'a.b': '扁平键', friend_male: '男朋友' }));
    const results = await check({ source: path.join(dir, 'en.json'), target: path.join(dir, 'zh-CN.json'), keySeparator: false, glossary, cwd: dir });
    expect(results[0]!.diagnostics.map((d) => `${d.rule} ${d.key}`)).toEqual(['pair/missing-key friend_female']);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('placeholder syntaxes', () => {
  it.each([
    ['printf', 'Copy %1$s to %2$s (%d%%)', ['%1$s', '%2$s', '%d']],
    ['printf', 'Loaded %lld items from %@', ['%lld', '%@']],
    ['python', 'Hello %(name)s, %(count)d new', ['%(name)s', '%(count)d']],
    ['qt', 'Move %1 to %2', ['%1', '%2']],
    ['brace', 'Retry {0} of {1:N0}', ['{0}', '{1:N0}']],
    ['ruby', 'Hi %{user}', ['%{user}']],
    ['icu', '{count, plural, one {# file in {dir}} other {# files in {dir}}}', ['{count, plural}', '{dir}']],
    ['icu', '{g, select, male {He} female {She} other {They}} left', ['{g, select, female|male|other}']],
  ] as const)('%s: %s', (syntax, value, tokens) => {
    expect(placeholdersOf(value, [syntax])).toEqual(tokens);
  });

  it('compares ICU by arguments, not plural categories: Chinese needs only "other"', () => {
    const en = placeholdersOf('{n, plural, one {# model} other {# models}}', ['icu']);
    expect(placeholdersOf('{n, plural, other {# 个模型}}', ['icu'])).toEqual(en);
    expect(placeholdersOf('{m, plural, other {# 个模型}}', ['icu'])).not.toEqual(en);
  });

  it('reads .NET {0} as a brace placeholder even when quoted, unless the string is ICU', () => {
    expect(placeholdersOf("正在取得 '{0}'", ['printf', 'icu'])).toEqual(['{0}']);
  });

  it('takes the syntax from PO format flags', () => {
    expect(poPlaceholders('Move %1 to %2', ['qt-format'])).toEqual(['%1', '%2']);
    expect(poPlaceholders('50%% of {name}', ['c-format'])).toEqual([]);
  });
});

describe('PO and XLIFF', () => {
  it('reads printf and Python placeholders', () => {
    expect(poPlaceholders('%s %1$d %(name)s %.2f 100%% {0} {name!r} {名字}')).toEqual(['%s', '%1$d', '%(name)s', '%.2f', '{0}', '{name!r}', '{名字}']);
  });

  it('refuses a billion-laughs file without expanding it', async () => {
    const [r] = await check({ files: ['fixtures/check/xliff/billion-laughs.xlf'], glossary, cwd: ROOT });
    expect(r!.diagnostics.map((d) => d.rule)).toEqual(['input/parse']);
    expect(JSON.stringify(r)).not.toContain('lollollol');
  });

  it('reports a target that is not UTF-8 and goes on', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'termlint-po-'));
    fs.writeFileSync(path.join(dir, 'gbk.po'), Buffer.from(new Uint8Array(300).map((_, i) => (i % 2 ? 0xd6 : 0xd0))));
    const results = await check({ files: [path.join(dir, 'gbk.po'), path.join(ROOT, 'fixtures/check/po/messages.zh_CN.po')], glossary, cwd: dir });
    expect(results.map((r) => r.diagnostics[0]?.rule)).toEqual(['input/encoding', 'pair/placeholder']);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('bad input', () => {
  it('reports an i18next target that is not UTF-8, and checks the other namespaces', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'termlint-json-'));
    for (const l of ['en', 'zh-CN']) fs.mkdirSync(path.join(dir, l));
    fs.writeFileSync(path.join(dir, 'en', 'a.json'), '{"x": "Hello"}');
    fs.writeFileSync(path.join(dir, 'zh-CN', 'a.json'), Buffer.from(new Uint8Array(300).map((_, i) => (i % 2 ? 0xd6 : 0xd0))));
    fs.writeFileSync(path.join(dir, 'en', 'b.json'), '{"y": "Save"}');
    fs.writeFileSync(path.join(dir, 'zh-CN', 'b.json'), '{"y": "Save"}');
    const results = await check({ source: path.join(dir, 'en'), target: path.join(dir, 'zh-CN'), glossary, cwd: dir });
    expect(results.map((r) => `${r.path} ${r.diagnostics.map((d) => d.rule).join(',')}`)).toEqual([
      'zh-CN/a.json input/encoding',
      'zh-CN/b.json pair/untranslated',
    ]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reports malformed PO at the parser\'s line', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'termlint-po-'));
    fs.writeFileSync(path.join(dir, 'bad.po'), 'msgid "a"\nmsgstr "b\n\nmsgid "c"\nmsgstr "d"\n');
    const [r] = await check({ files: [path.join(dir, 'bad.po')], glossary, cwd: dir });
    expect(r!.diagnostics.map((d) => [d.rule, d.line])).toEqual([['input/parse', 4]]);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('termlint check CLI', () => {
  it('prints JSON with keys and exits 1 on errors', async () => {
    const r = await cli(['check', '--source', 'fixtures/check/i18next/en', '--target', 'fixtures/check/i18next/zh-CN', '--format', 'json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    const all = json.files.flatMap((f: { diagnostics: unknown[] }) => f.diagnostics) as { rule: string }[];
    const d = all.find((x) => x.rule === 'term/avoid');
    expect(d).toMatchObject({ key: 'settings:model.weights', text: '重量', line: 4, suggestions: ['权重'] });
  });

  it('speaks every reporter', async () => {
    const args = ['check', 'fixtures/check/po/messages.zh_CN.po'];
    expect((await cli([...args, '--format', 'github'])).stdout).toMatch(/^::error file=fixtures\/check\/po\/messages\.zh_CN\.po,line=22,col=9,/m);
    expect(JSON.parse((await cli([...args, '--format', 'sarif'])).stdout).runs[0].results.length).toBeGreaterThan(3);
    expect((await cli(args)).stdout).toContain('[Saved %s to %s]');
  });

  it('lets rules be configured and exits 0 when only warnings remain', async () => {
    const r = await cli(['check', 'fixtures/check/po/messages.zh_CN.po', '--rule', 'pair/placeholder=warning', '--rule', 'term/avoid=warning']);
    expect(r.code).toBe(0);
  });

  it('exits 2 without inputs or with half a pair', async () => {
    expect((await cli(['check'])).code).toBe(2);
    expect((await cli(['check', '--source', 'fixtures/check/i18next/en'])).code).toBe(2);
    expect((await cli(['check', 'README.md'])).code).toBe(2);
    expect((await cli(['check', '--source', 'fixtures/check/i18next/en', '--target', 'fixtures/check/i18next/zh-CN/settings.json'])).code).toBe(2);
  });
});

describe('pair/inconsistent options', () => {
  it('reports different sources with one translation only when asked', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'termlint-same-'));
    fs.mkdirSync(path.join(dir, 'en'));
    fs.mkdirSync(path.join(dir, 'zh-CN'));
    fs.writeFileSync(path.join(dir, 'en', 'a.json'), JSON.stringify({ del: 'Delete', rm: 'Remove file' }));
    fs.writeFileSync(path.join(dir, 'zh-CN', 'a.json'), JSON.stringify({ del: '删除文件', rm: '删除文件' }));
    const ids = async (rules: Record<string, unknown>) =>
      (await check({ source: 'en', target: 'zh-CN', cwd: dir, rules: rules as never })).flatMap((r) => r.diagnostics.map((d) => `${d.rule}:${d.messageId}:${d.severity}`));
    expect(await ids({})).not.toContain('pair/inconsistent:target:info');
    expect(await ids({ 'pair/inconsistent': ['warning', { sameTarget: true }] })).toContain('pair/inconsistent:target:info');
  });
});

describe('pair/term-missing decides everyday words by the string', () => {
  it('expects the ML rendering when another term of the field stands beside the word, not otherwise', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'termlint-sense-'));
    const en = { tune: 'Fine-tune the model on your data', feature: 'New feature', local: 'Local models', model: 'Model', bits: 'Please wait a bit before your next API call' };
    const zh = { tune: '在你的数据上微调它', feature: '新功能', local: '本地模特', model: '型号', bits: '请稍等片刻再发起下一次 API 调用' };
    fs.writeFileSync(path.join(dir, 'en.json'), JSON.stringify(en));
    fs.writeFileSync(path.join(dir, 'zh-CN.json'), JSON.stringify(zh));
    const r = await cli(['check', '-s', 'en.json', '-t', 'zh-CN.json', '-f', 'json'], {}, { cwd: dir });
    const missing = JSON.parse(r.stdout).files.flatMap((f: { diagnostics: { rule: string; key: string; term: string }[] }) => f.diagnostics).filter((d: { rule: string }) => d.rule === 'pair/term-missing');
    // "model" beside "fine-tune" is the ML model; "Local models" rendered 模特 is wrong whatever the string.
    expect(missing.map((d: { key: string; term: string }) => `${d.key} ${d.term}`).sort()).toEqual(['local model', 'tune model']);
  });
});
