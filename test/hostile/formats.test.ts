// Hostile translation files: nesting deep enough to overflow a recursive parser, duplicate JSON
// keys (the later value silently wins), values that are not strings, and PO headers that lie.
import { describe, expect, it, vi } from 'vitest';
import { cli } from '../helpers';
import { tempTrees } from './util';

vi.setConfig({ testTimeout: 60_000 });

const make = tempTrees();

interface Report {
  files: { path: string; diagnostics: { rule: string; message: string; line: number; column: number; offset: number; length: number; text: string; key?: string }[] }[];
}

async function check(dir: string, args: string[]) {
  const r = await cli(['check', ...args, '-f', 'json'], {}, { cwd: dir });
  expect(r.stderr).toBe('');
  return { code: r.code, report: JSON.parse(r.stdout) as Report };
}

/** Every diagnostic of the report, each with the text of its file at its offset checked. */
function all(report: Report, texts: Record<string, string>) {
  return report.files.flatMap((f) =>
    f.diagnostics.map((d) => {
      const text = texts[f.path];
      if (text !== undefined) expect(text.slice(d.offset, d.offset + d.length)).toBe(d.text);
      return { path: f.path, ...d };
    }),
  );
}

describe('depth', () => {
  const deepJson = (n: number) => '{"a":'.repeat(n) + '"模型"' + '}'.repeat(n);
  const deepXml = (n: number, root: string) => `<?xml version="1.0"?>\n${root}${'<g>'.repeat(n)}文字${'</g>'.repeat(n)}${root.replace(/<(\w+).*/, '</$1>')}`;

  it.each([1000, 100_000])('JSON nested %i deep is input/parse at the bracket too deep, not a crash', async (n) => {
    const en = deepJson(n);
    const zh = deepJson(n).replace('模型', '模型！');
    const files = { 'en.json': en, 'zh.json': zh, 'app_en.arb': en, 'app_zh.arb': zh, 'x.xcstrings': `{"sourceLanguage":"en","strings":${en}}` };
    const dir = make(files);
    for (const [args, path] of [
      [['--source', 'en.json', '--target', 'zh.json'], 'zh.json'],
      [['--source', 'app_en.arb', '--target', 'app_zh.arb'], 'app_zh.arb'],
      [['x.xcstrings'], 'x.xcstrings'],
    ] as const) {
      const { code, report } = await check(dir, [...args]);
      expect(code).toBe(1);
      const found = all(report, files).filter((d) => d.path === path);
      expect(found.map((d) => d.rule)).toEqual(['input/parse']);
      expect(found[0]!.message).toContain('nested more than 256 levels deep');
      expect(found[0]!.text).toBe('{');
    }
  });

  it('JSON nested within the limit is read, its deepest string checked', async () => {
    const n = 200;
    const files = { 'en.json': deepJson(n).replace('模型', 'model'), 'zh.json': deepJson(n).replace('模型', '这是一段零射击的文字。') };
    const { report } = await check(make(files), ['--source', 'en.json', '--target', 'zh.json']);
    const found = all(report, files);
    expect(found.map((d) => d.rule)).toContain('term/avoid');
    expect(found.find((d) => d.rule === 'term/avoid')!.key).toBe(Array(n).fill('a').join('.'));
  });

  it.each([1000, 100_000])('XLIFF and Android XML nested %i deep are input/parse where it gets too deep', async (n) => {
    const files = {
      'a.zh-CN.xlf': deepXml(n, '<xliff version="1.2">'),
      'values/strings.xml': '<?xml version="1.0"?>\n<resources><string name="a">Model</string></resources>\n',
      'values-zh-rCN/strings.xml': deepXml(n, '<resources>'),
    };
    const dir = make(files);
    for (const [args, path] of [
      [['a.zh-CN.xlf'], 'a.zh-CN.xlf'],
      [['--source', 'values', '--target', 'values-zh-rCN'], 'values-zh-rCN/strings.xml'],
    ] as const) {
      const { report } = await check(dir, [...args]);
      const found = all(report, files).filter((d) => d.path === path);
      expect(found.map((d) => d.rule)).toEqual(['input/parse']);
      expect(found[0]!.message).toContain('nested more than 100 levels deep');
      expect(found[0]!.text).toBe('<');
      expect(found[0]!.line).toBe(2);
    }
  });
});

describe('JSON duplicate keys', () => {
  it('i18next: the later value is the one checked, and the duplicate is reported at file:line:column', async () => {
    const files = {
      'en.json': '{\n  "title": "Model",\n  "body": "Zero-shot learning"\n}\n',
      'zh.json': '{\n  "title": "模型",\n  "body": "零样本学习",\n  "body": "零射击学习"\n}\n',
    };
    const { code, report } = await check(make(files), ['--source', 'en.json', '--target', 'zh.json']);
    expect(code).toBe(1);
    const found = all(report, files);
    const dup = found.find((d) => d.rule === 'input/parse')!;
    expect(dup).toMatchObject({ line: 4, column: 3, text: '"body"' });
    expect(dup.message).toContain('duplicate key "body": this value replaces the one at 3:3');
    // The value that wins (as JSON.parse and i18next read it) is the one checked.
    expect(found.filter((d) => d.rule === 'term/avoid').map((d) => d.line)).toEqual([4]);
  });

  it('a duplicate in the source is reported on the source; ARB and xcstrings too', async () => {
    const files = {
      'en.json': '{"a": "Model", "a": "Models"}',
      'zh.json': '{"a": "模型"}',
      'app_en.arb': '{"@@locale": "en", "hello": "Hi", "hello": "Hello"}',
      'app_zh.arb': '{"@@locale": "zh", "hello": "你好", "hello": "您好"}',
      'x.xcstrings': '{"sourceLanguage":"en","strings":{"k":{"localizations":{"zh-Hans":{"stringUnit":{"state":"translated","value":"模型"}}}},"k":{}},"version":"1.0"}',
    };
    const dir = make(files);
    const i18n = all((await check(dir, ['--source', 'en.json', '--target', 'zh.json'])).report, files);
    expect(i18n.filter((d) => d.rule === 'input/parse').map((d) => [d.path, d.text])).toEqual([['en.json', '"a"']]);
    const arb = all((await check(dir, ['--source', 'app_en.arb', '--target', 'app_zh.arb'])).report, files);
    expect(arb.filter((d) => d.rule === 'input/parse').map((d) => [d.path, d.column])).toEqual(
      expect.arrayContaining([['app_zh.arb', 35], ['app_en.arb', 35]]),
    );
    const xc = all((await check(dir, ['x.xcstrings'])).report, files);
    expect(xc.filter((d) => d.rule === 'input/parse').map((d) => d.text)).toEqual(['"k"']);
  });
});

describe('values that are not strings', () => {
  it('i18next arrays are units (key.0); numbers, booleans and null are reported, never dropped silently', async () => {
    const files = {
      'en.json': '{\n  "steps": ["Train the model", "Evaluate it"],\n  "count": 3,\n  "flag": true\n}\n',
      'zh.json': '{\n  "steps": ["训练模型", "用零射击评估它"],\n  "count": 3,\n  "flag": null\n}\n',
    };
    const { report } = await check(make(files), ['--source', 'en.json', '--target', 'zh.json']);
    const found = all(report, files);
    expect(found.find((d) => d.rule === 'term/avoid')).toMatchObject({ key: 'steps.1', line: 2 });
    const notText = found.filter((d) => d.rule === 'input/parse').map((d) => `${d.path} ${d.text}: ${d.message}`);
    expect(notText).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^zh\.json 3: .*"count" is a JSON number/),
        expect.stringMatching(/^zh\.json null: .*"flag" is a JSON null/),
        expect.stringMatching(/^en\.json true: .*"flag" is a JSON boolean/),
      ]),
    );
    expect(found.map((d) => d.rule)).not.toContain('pair/missing-key');
  });

  it('ARB: a message that is not a string is reported', async () => {
    const files = { 'app_en.arb': '{"a": "Model", "n": 1}', 'app_zh.arb': '{"a": "模型", "n": {"x": 1}}' };
    const found = all((await check(make(files), ['--source', 'app_en.arb', '--target', 'app_zh.arb'])).report, files);
    expect(found.filter((d) => d.rule === 'input/parse').map((d) => d.message)).toEqual(
      expect.arrayContaining([expect.stringContaining('"n" is a JSON object'), expect.stringContaining('"n" is a JSON number')]),
    );
  });
});

describe('PO headers', () => {
  const po = (headers: string[], body: string) =>
    `msgid ""\nmsgstr ""\n${headers.map((h) => `"${h}\\n"`).join('\n')}\n\n${body}`;
  const plural = 'msgid "One model"\nmsgid_plural "%d models"\nmsgstr[0] "%d 个零射击模型"\n';
  const ct = '"Content-Type: text/plain; charset=UTF-8"';

  it.each([
    ['nplurals=100000000; plural=0;', 'nplurals must be a whole number from 1 to 6, not "100000000"'],
    ['nplurals=0; plural=0;', 'nplurals must be a whole number from 1 to 6'],
    ['nplurals=2; plural=process.exit(1);', 'is not a valid C expression over n'],
    ['nplurals=2; plural=n>1 ? 2 : 0;', 'gives form 2 for n = 2, but nplurals=2'],
    ['nplurals=2; plural=1/(n-n);', 'division by zero'],
    ['nplurals=2', 'has no plural expression'],
  ])('Plural-Forms "%s" is input/parse on the header (%s), the entries still checked', async (header, detail) => {
    const text = po([`Language: zh_CN`, `Plural-Forms: ${header}`], plural);
    const files = { 'm.po': text };
    const { code, report } = await check(make(files), ['m.po']);
    expect(code).toBe(1);
    const found = all(report, files);
    const bad = found.filter((d) => d.rule === 'input/parse');
    expect(bad).toHaveLength(1);
    expect(bad[0]!.message).toContain(detail);
    expect(bad[0]!.text).toBe(`Plural-Forms: ${header}`);
    expect(bad[0]!.line).toBe(4);
    // The one form the entry has is still checked.
    expect(found.map((d) => d.rule)).toContain('term/avoid');
    expect(found.length).toBeLessThan(10);
  });

  it('a valid Plural-Forms is evaluated, not run: Arabic-style six forms accepted; msgstr count must match', async () => {
    const six = 'nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);';
    const files = {
      'ok.po': po(['Language: zh_CN', `Plural-Forms: nplurals=1; plural=0;`], plural),
      'six.po': po(['Language: zh_CN', `Plural-Forms: ${six}`], plural),
    };
    const dir = make(files);
    const ok = all((await check(dir, ['ok.po'])).report, files);
    expect(ok.map((d) => d.rule)).not.toContain('input/parse');
    const sixFound = all((await check(dir, ['six.po'])).report, files);
    const count = sixFound.filter((d) => d.rule === 'input/parse');
    expect(count.map((d) => [d.text, d.line])).toEqual([['msgstr', 8]]);
    expect(count[0]!.message).toContain('has 1 msgstr forms, but Plural-Forms declares nplurals=6');
  });

  it('a declared GBK or Big5 charset is honoured: decoded, linted, positions in the decoded text', async () => {
    const iconv = (await import('iconv-lite')).default;
    const body = 'msgid "zero-shot ability"\nmsgstr "零射击能力"\n';
    const trad = 'msgid "zero-shot ability"\nmsgstr "零射擊能力"\n';
    const gbkText = po(['Content-Type: text/plain; charset=GBK', 'Language: zh_CN'], body);
    const big5Text = po(['Content-Type: text/plain; charset=Big5', 'Language: zh_TW'], trad);
    const dir = make({ 'gbk.po': iconv.encode(gbkText, 'gbk'), 'big5.po': iconv.encode(big5Text, 'big5') });
    for (const [file, text, term] of [['gbk.po', gbkText, '零射击'], ['big5.po', big5Text, '零射擊']] as const) {
      const found = all((await check(dir, [file])).report, { [file]: text });
      const avoid = found.find((d) => d.rule === 'term/avoid');
      expect(avoid, file).toBeDefined();
      expect(avoid!.text).toBe(term);
      expect(avoid!.line).toBe(7);
      expect(found.map((d) => d.rule)).not.toContain('input/encoding');
    }
  });

  it('an unknown charset is input/encoding naming it, and the run goes on', async () => {
    const files = {
      'odd.po': po(['Content-Type: text/plain; charset=x-klingon', 'Language: zh_CN'], 'msgid "a"\nmsgstr "零射击"\n'),
      'fine.po': po([ct.slice(1, -1), 'Language: zh_CN'], 'msgid "a"\nmsgstr "零射击"\n'),
    };
    const { report } = await check(make(files), ['odd.po', 'fine.po']);
    const byPath = Object.fromEntries(report.files.map((f) => [f.path, f.diagnostics]));
    expect(byPath['odd.po']!.map((d) => d.rule)).toEqual(['input/encoding']);
    expect(byPath['odd.po']![0]!.message).toContain('declares charset "x-klingon"');
    expect(byPath['fine.po']!.map((d) => d.rule)).toContain('term/avoid');
  });

  it('a catalogue without a header entry is read as UTF-8', async () => {
    const files = { 'bare.po': 'msgid "zero-shot"\nmsgstr "零射击"\n' };
    const { report } = await check(make(files), ['bare.po']);
    expect(all(report, files).map((d) => d.rule)).toContain('term/avoid');
  });
});

describe('a flood of problems in one file', () => {
  it('the first problems are kept, the rest counted in one input/too-large finding at their worst severity', async () => {
    const { Problems } = await import('../../src/engine/engine');
    const { fileDiagnostic } = await import('../../src/core/diagnostic');
    const list = new Problems(3);
    const severities = ['info', 'warning', 'info', 'warning', 'error', 'info'] as const;
    for (const severity of severities) list.push(fileDiagnostic({ rule: 'pair/untranslated', severity, messageId: 'same', data: {} }));
    const out = list.finish([...list.items]);
    expect(out.map((d) => d.rule)).toEqual(['pair/untranslated', 'pair/untranslated', 'pair/untranslated', 'input/too-large']);
    expect(out[3]).toMatchObject({ severity: 'error', messageId: 'problems', data: { limit: 3, more: 3 } });
    const quiet = new Problems(3);
    quiet.push(fileDiagnostic({ rule: 'pair/untranslated', severity: 'warning', messageId: 'same', data: {} }));
    expect(quiet.finish([...quiet.items]).map((d) => d.rule)).toEqual(['pair/untranslated']);
  });

  it('a bundle whose every value repeats one source lists each key once, naming a few others', async () => {
    const keys = Array.from({ length: 40 }, (_, i) => `k${i}`);
    const files = {
      'en.json': JSON.stringify(Object.fromEntries(keys.map((k) => [k, 'Settings']))),
      'zh.json': JSON.stringify(Object.fromEntries(keys.map((k, i) => [k, i % 2 ? '设置' : '配置']))),
    };
    const found = all((await check(make(files), ['--source', 'en.json', '--target', 'zh.json'])).report, files);
    const inconsistent = found.filter((d) => d.rule === 'pair/inconsistent');
    expect(inconsistent).toHaveLength(20);
    expect(inconsistent[0]!.message).toMatch(/k\d+, k\d+, k\d+, k\d+, k\d+, … \(20\)/);
  });
});
