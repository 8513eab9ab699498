// glossary export / import / add: TBX v2 and v3 round trips of the whole built-in base, spreadsheet
// imports (CSV, TSV, XLSX), bad input with file:line and exit 2, atomic and non-clobbering writes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGlossary, type Glossary } from '../src/glossary/glossary';
import { parseGlossaryFile } from '../src/glossary/load';
import { lookup } from '../src/lookup';
import { cli } from './helpers';

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'termlint-interop-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const at = (...parts: string[]) => path.join(tmp, ...parts);
const write = (name: string, text: string) => {
  fs.writeFileSync(at(name), text);
  return at(name);
};

/** Entries without where they were defined, by id. */
function concepts(g: Glossary) {
  return Object.fromEntries([...g.entries.values()].map(({ definedAt: _, ...e }) => [e.id, e]));
}

describe('round trip of the built-in base through TBX', () => {
  const builtin = loadGlossary();
  for (const format of ['tbx', 'tbx3'] as const) {
    it(`${format}: export → import → YAML → load gives the same glossary`, async () => {
      const file = at(`base.${format}`);
      const exported = await cli(['glossary', 'export', '--format', format, '--out', file]);
      expect(exported.code, exported.stderr).toBe(0);
      const xml = fs.readFileSync(file, 'utf8');
      expect(xml).toMatch(format === 'tbx' ? /<martif type="TBX-Basic" xml:lang="en">/ : /<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">/);
      expect(xml).toContain('deprecatedTerm-admn-sts');
      expect(xml).toContain('<langSet xml:lang="zh-Hant">'.replace('langSet', format === 'tbx' ? 'langSet' : 'langSec'));

      const dir = at(`from-${format}`) + path.sep;
      const imported = await cli(['glossary', 'import', file, '--out', dir]);
      expect(imported.stdout).toBe('');
      expect(imported.code, imported.stderr).toBe(0);
      const back = loadGlossary({ builtin: false, paths: [dir] });
      expect(concepts(back)).toEqual(concepts(builtin));
      expect(back.files.map((f) => f.domain).sort()).toEqual([...new Set(builtin.files.map((f) => f.domain))].sort());

      for (const query of ['zero-shot', '零射击', '演算法', 'token', '重量', 'LoRA', '内存']) {
        const a = lookup(builtin, query);
        const b = lookup(back, query);
        expect(b.matches.map((m) => [m.id, m.matchedAs]), query).toEqual(a.matches.map((m) => [m.id, m.matchedAs]));
      }
      const stats = async (args: string[]) => {
        const { files: _, ...rest } = JSON.parse((await cli(['glossary', 'stats', '--format', 'json', ...args])).stdout);
        return rest;
      };
      expect(await stats(['--no-builtin', '--glossary', dir])).toEqual(await stats([]));
      const validate = await cli(['glossary', 'validate', dir]);
      expect(validate.code, validate.stdout).toBe(0);
    });
  }
});

describe('round trip of the built-in base through CSV', () => {
  it('keeps terms, variants, abbreviations, avoided renderings with reasons, domains, notes and sources', async () => {
    const builtin = loadGlossary();
    const csv = at('base.csv');
    expect((await cli(['glossary', 'export', '--format', 'csv', '--out', csv])).code).toBe(0);
    const dir = at('from-csv') + path.sep;
    const r = await cli(['glossary', 'import', csv, '--out', dir]);
    expect(r.stderr).toContain('wrote');
    const back = loadGlossary({ builtin: false, paths: [dir] });
    expect(back.entries.size).toBe(builtin.entries.size);
    for (const e of builtin.entries.values()) {
      const b = back.entries.get(e.id)!;
      const avoid = (x: typeof e, s: 'zh-Hans' | 'zh-Hant') => x[s].avoid.map((a) => [a.text, a.reason]);
      expect([b.domain, b.en, b.sources, b.notes], e.id).toEqual([e.domain, e.en, e.sources, e.notes]);
      for (const s of ['zh-Hans', 'zh-Hant'] as const) {
        expect(b[s].preferred, e.id).toBe(e[s].preferred);
        expect(b[s].variants.slice(0, e[s].variants.length), e.id).toEqual(e[s].variants);
        expect(avoid(b, s), e.id).toEqual(avoid(e, s));
      }
    }
  });
});

describe('glossary export', () => {
  it('writes JSON whose files are glossary files, and a Markdown table', async () => {
    const json = await cli(['glossary', 'export', '--format', 'json', '--no-builtin', '--glossary', 'fixtures/glossary/regional-ok.yaml']);
    expect(json.code).toBe(0);
    const data = JSON.parse(json.stdout);
    expect(data.version).toBe(1);
    expect(data.files[0].entries.length).toBeGreaterThan(0);
    expect(Object.keys(data.files[0])).toEqual(expect.arrayContaining(['version', 'domain', 'entries']));
    // Each file is a glossary file: JSON is YAML, so the loader reads it as it is.
    for (const f of data.files) expect(parseGlossaryFile('x.yaml', JSON.stringify(f), false).problems).toEqual([]);
    const md = await cli(['glossary', 'export', '--format', 'md', '--no-builtin', '--glossary', 'fixtures/glossary/regional-ok.yaml']);
    expect(md.stdout.split('\n')[0]).toBe('| English | zh-Hans | zh-Hant | variants | avoid | domain |');
  });

  it('escapes markup in TBX and reads it back unchanged', async () => {
    const yaml = write(
      'markup.yaml',
      `version: 1
domain: markup
entries:
  - id: angle-term
    en: {preferred: "a <b> & \\"c\\" term", abbreviations: ["A&B"]}
    zh-Hans:
      preferred: 尖括号项
      avoid:
        - {text: 尖刮号项, reason: {en: "termlint: {wrong} <char> & ]]> \\"here\\"", zh-Hans: "错字 <刮>"}, evidence: [括号], domainEvidence: false, replace: ""}
    zh-Hant:
      preferred: 尖括號項
    notes: "termlint: {not a payload}; <note> & co"
    examples:
      - {bad: 尖刮号项不对。, good: 尖括号项对。}
      - {ok: 括号里写尖刮号项也行。}
    context: ["x < y"]
`,
    );
    const base = loadGlossary({ builtin: false, paths: [yaml] });
    for (const format of ['tbx', 'tbx3']) {
      const file = at(`markup.${format}`);
      expect((await cli(['glossary', 'export', '--no-builtin', '--glossary', yaml, '--format', format, '--out', file])).code).toBe(0);
      const dir = at(`markup-${format}`) + path.sep;
      const r = await cli(['glossary', 'import', file, '--out', dir]);
      expect(r.code, r.stdout + r.stderr).not.toBe(2);
      expect(concepts(loadGlossary({ builtin: false, paths: [dir] }))).toEqual(concepts(base));
    }
  });

  it('never writes over an existing file without --force', async () => {
    const out = write('taken.tbx', 'mine');
    const r = await cli(['glossary', 'export', '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--force');
    expect(fs.readFileSync(out, 'utf8')).toBe('mine');
    const forced = await cli(['glossary', 'export', '--format', 'csv', '--out', out, '--force']);
    expect(forced.code).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toMatch(/^id,en,zh-Hans,zh-Hant,/);
  });
});

describe('glossary import of spreadsheets', () => {
  it('reads CSV with common header spellings, lists, avoided forms and missing scripts', async () => {
    const csv = write(
      'terms.csv',
      [
        'English,简体中文,繁體中文,variants,avoid,note,domain',
        'sparse attention,稀疏注意力,,稀疏关注,稀疏留意: 留意 is to pay heed,Attention restricted to a pattern.,house-ml',
        '"learning rate, peak",峰值学习率,峰值學習率,最大学习率 | 最高學習率,,,house-ml',
        'algorithm,算法,演算法,,,,',
      ].join('\n'),
    );
    const out = at('csv-out.yaml');
    const r = await cli(['glossary', 'import', csv, '--out', out]);
    expect(r.stderr).toContain('wrote 3 entries');
    const g = loadGlossary({ builtin: false, paths: [out] });
    const sparse = g.entries.get('sparse-attention')!;
    expect(sparse['zh-Hant'].preferred).toBe('稀疏注意力');
    expect(sparse['zh-Hans'].variants).toEqual(['稀疏关注']);
    expect(sparse['zh-Hant'].variants).toEqual(['稀疏關注']);
    expect(sparse['zh-Hans'].avoid).toMatchObject([{ text: '稀疏留意', reason: '留意 is to pay heed' }]);
    expect(sparse.notes).toBe('Attention restricted to a pattern.');
    const peak = g.entries.get('learning-rate-peak')!;
    expect(peak.en.preferred).toBe('learning rate, peak');
    expect(peak['zh-Hans'].variants).toEqual(['最大学习率']);
    expect(peak['zh-Hant'].variants).toContain('最高學習率');
    const algo = g.entries.get('algorithm')!;
    expect(algo['zh-Hant'].preferred).toBe('演算法');
    expect(algo['zh-Hant'].variants).toEqual(['算法']);
    expect(algo['zh-Hant'].regional).toMatch(/Regional usage/);
    // The one thing left to the user: an example sentence for the avoided rendering.
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/csv-out\.yaml:\d+:\d+ .*稀疏留意.*avoidWithoutExample/);
    expect(fs.readFileSync(out, 'utf8')).toMatch(/^# termlint glossary — imported from terms\.csv/);
  });

  it('reads TSV headers zh-CN / zh_TW and writes a file that validates', async () => {
    const tsv = write('terms.tsv', 'en\tzh-CN\tzh_TW\tabbreviations\nmixture of experts\t混合专家\t混合專家\tMoE\n');
    const out = at('tsv-out.yaml');
    const r = await cli(['glossary', 'import', tsv, '--out', out, '--domain', 'house']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const g = loadGlossary({ builtin: false, paths: [out] });
    expect(g.entries.get('mixture-of-experts')).toMatchObject({ domain: 'house', en: { abbreviations: ['MoE'] }, 'zh-Hant': { preferred: '混合專家' } });
    expect((await cli(['glossary', 'validate', out])).code).toBe(0);
  });

  it('reads the first sheet of an XLSX workbook', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Terms');
    sheet.addRow(['Simplified Chinese', 'English', 'Traditional Chinese']);
    sheet.addRow(['知识蒸馏', 'knowledge distillation', '知識蒸餾']);
    sheet.addRow([]);
    sheet.addRow(['检索增强生成', 'retrieval-augmented generation', '']);
    const file = at('terms.xlsx');
    await wb.xlsx.writeFile(file);
    const out = at('xlsx-out.yaml');
    const r = await cli(['glossary', 'import', file, '--out', out]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const g = loadGlossary({ builtin: false, paths: [out] });
    expect(g.entries.get('knowledge-distillation')?.['zh-Hant'].preferred).toBe('知識蒸餾');
    expect(g.entries.get('retrieval-augmented-generation')?.['zh-Hant'].preferred).toBe('檢索增強生成');
  });

  it('reports bad rows with file:line, exit 2, and writes nothing', async () => {
    const csv = write('bad.csv', 'en,zh-Hans\ngood term,好术语\n,没有英文\n\nno chinese,\n');
    const out = at('bad-out.yaml');
    const r = await cli(['glossary', 'import', csv, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.csv:3:1 .*no English term/);
    expect(r.stderr).toMatch(/bad\.csv:5:1 .*no Chinese term/);
    expect(fs.existsSync(out)).toBe(false);
    const noHeader = await cli(['glossary', 'import', write('nohead.csv', 'term_zh,term_x\n知识,y\n'), '--out', out]);
    expect(noHeader.code).toBe(2);
    expect(noHeader.stderr).toMatch(/nohead\.csv:1:1 .*no English column/);
  });

  it('never overwrites --out without --force', async () => {
    const tsv = write('one.tsv', 'en\tzh-Hans\nbatch\t批次\n');
    const out = write('existing.yaml', 'keep me\n');
    const r = await cli(['glossary', 'import', tsv, '--out', out]);
    expect(r.code).toBe(2);
    expect(fs.readFileSync(out, 'utf8')).toBe('keep me\n');
    expect((await cli(['glossary', 'import', tsv, '--out', out, '--force'])).code).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toContain('批次');
  });
});

describe('glossary import of TBX from other tools', () => {
  it('maps langSets, statuses, regions and notes', async () => {
    const tbx = write(
      'other.tbx',
      `<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en-US">
  <martifHeader><fileDesc><sourceDesc><p>Some TMS</p></sourceDesc></fileDesc></martifHeader>
  <text><body>
    <termEntry id="c42">
      <descrip type="subjectField">Machine Learning</descrip>
      <descrip type="definition">The set of numbers a model learns.</descrip>
      <langSet xml:lang="en-US"><tig><term>parameters</term></tig></langSet>
      <langSet xml:lang="zh-CN">
        <tig><term>参数</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
        <tig><term>参量</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote><note>参量 is a physics word</note></tig>
      </langSet>
      <langSet xml:lang="zh-TW"><ntig><termGrp><term>參數</term></termGrp></ntig></langSet>
    </termEntry>
    <termEntry><langSet xml:lang="en"><tig><term>orphan</term></tig></langSet></termEntry>
  </body></text>
</martif>`,
    );
    const bad = await cli(['glossary', 'import', tbx, '--out', at('other.yaml')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/other\.tbx:15:1 .*no Chinese term/);

    fs.writeFileSync(tbx, fs.readFileSync(tbx, 'utf8').replace(/<termEntry><langSet.*\n/, ''));
    const r = await cli(['glossary', 'import', tbx, '--out', at('other.yaml')]);
    expect(r.code).toBe(1); // the avoided rendering has no example yet
    const e = loadGlossary({ builtin: false, paths: [at('other.yaml')] }).entries.get('c42')!;
    expect(e).toMatchObject({
      domain: 'machine-learning',
      en: { preferred: 'parameters' },
      'zh-Hans': { preferred: '参数', avoid: [{ text: '参量', reason: '参量 is a physics word' }] },
      'zh-Hant': { preferred: '參數' },
      regions: { 'zh-CN': '参数', 'zh-TW': '參數' },
      notes: 'The set of numbers a model learns.',
    });
  });

  it('reads TBX v3 (conceptEntry, langSec, termSec) and a concept added to a file termlint wrote', async () => {
    const tbx = write(
      'other3.tbx',
      `<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader><fileDesc><sourceDesc><p>Exported by termlint 0.0.0</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="gradient-clipping">
      <langSec xml:lang="en"><termSec><term>gradient clipping</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec></langSec>
      <langSec xml:lang="zh-Hans"><termSec><term>梯度裁剪</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec></langSec>
    </conceptEntry>
  </body></text>
</tbx>`,
    );
    const r = await cli(['glossary', 'import', tbx, '--out', at('other3.yaml')]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const e = loadGlossary({ builtin: false, paths: [at('other3.yaml')] }).entries.get('gradient-clipping')!;
    expect(e['zh-Hant'].preferred).toBe('梯度裁剪');
    expect(e.domain).toBe('other3');
  });

  it('refuses a DOCTYPE and a root that is not TBX', async () => {
    const dtd = write('dtd.tbx', '<?xml version="1.0"?>\n<!DOCTYPE martif [<!ENTITY x "y">]>\n<martif><text><body/></text></martif>\n');
    const r = await cli(['glossary', 'import', dtd, '--out', at('dtd.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/dtd\.tbx:2:1 .*DTD/);
    const other = await cli(['glossary', 'import', write('x.xml', '<resources/>'), '--out', at('x.yaml')]);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('<resources>');
    const ext = await cli(['glossary', 'import', write('x.doc', 'x'), '--out', at('x.yaml')]);
    expect(ext.code).toBe(2);
    expect(ext.stderr).toContain('.xlsx');
  });
});

describe('glossary add', () => {
  const base = `# my terms
version: 1
domain: house
entries:
  - id: alpha-term
    en: {preferred: alpha term}
    zh-Hans: {preferred: 阿尔法项}
    zh-Hant: {preferred: 阿爾法項}
  # a comment kept as it is
  - id: gamma-term
    en: {preferred: gamma term}
    zh-Hans: {preferred: 伽马项}
    zh-Hant: {preferred: 伽馬項}
`;

  it('inserts in id order, leaves the rest of the file as it was, and validates', async () => {
    const file = write('house.yaml', base);
    const r = await cli(['glossary', 'add', '--file', file, '--en', 'beta term', '--zh-hans', '贝塔项', '--variant', '贝塔量', '--avoid', '贝他项: wrong character', '--example', '这是贝他项。=> 这是贝塔项。', '--source', 'usage']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/added "beta-term" at .*house\.yaml:9/);
    const text = fs.readFileSync(file, 'utf8');
    const [head, tail] = text.split(/  - id: beta-term\n[\s\S]*?(?=  # a comment)/);
    expect(head! + tail!).toBe(base);
    const g = loadGlossary({ builtin: false, paths: [file] });
    expect([...g.entries.keys()]).toEqual(['alpha-term', 'beta-term', 'gamma-term']);
    expect(g.entries.get('beta-term')).toMatchObject({ 'zh-Hant': { preferred: '貝塔項', variants: ['貝塔量'] }, sources: ['usage'] });
    expect((await cli(['glossary', 'validate', file])).code).toBe(0);

    const last = await cli(['glossary', 'add', '--file', file, '--en', 'zeta term', '--zh-hant', '澤塔項']);
    expect(last.code).toBe(0);
    expect(fs.readFileSync(file, 'utf8').endsWith('  - id: zeta-term\n    en: {preferred: zeta term}\n    zh-Hans: {preferred: 泽塔项}\n    zh-Hant: {preferred: 澤塔項}\n')).toBe(true);
  });

  it('refuses a concept already present, or an entry that does not validate, and changes nothing', async () => {
    const file = write('house2.yaml', base);
    for (const args of [
      ['--en', 'Alpha Term', '--zh-hans', '别的'],
      ['--en', 'other', '--zh-hans', '伽马项'],
      ['--en', 'delta term', '--zh-hans', '德尔塔项', '--avoid', '得他项: wrong'], // no example for the avoided form
      ['--en', 'delta term'],
      ['--en', 'delta term', '--zh-hans', '德尔塔项', '--avoid', 'no reason'],
    ]) {
      const r = await cli(['glossary', 'add', '--file', file, ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.length).toBeGreaterThan(0);
      expect(fs.readFileSync(file, 'utf8')).toBe(base);
    }
    const dup = await cli(['glossary', 'add', '--file', file, '--en', 'alpha terms', '--zh-hans', '新']);
    expect(dup.stderr).toMatch(/already in .*house2\.yaml: entry "alpha-term" at line 5/);
  });

  it('creates a missing file', async () => {
    const file = at('new', 'fresh-terms.yaml');
    const r = await cli(['glossary', 'add', '--file', file, '--en', 'epsilon term', '--zh-hans', '艾普西隆项']);
    expect(r.code, r.stderr).toBe(0);
    const g = loadGlossary({ builtin: false, paths: [file] });
    expect(g.entries.get('epsilon-term')?.domain).toBe('fresh-terms');
  });
});
