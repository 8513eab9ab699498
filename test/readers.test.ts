// Readers: the contract every reader keeps (same length, unmasked characters unchanged, line
// breaks kept), what Markdown and MDX mask, directives, and linear time on adversarial input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markdownReader, mdxReader, plainReader, READERS, type FormatReader } from '../src/formats/readers';
import { textFormatFor } from '../src/formats';

const readerFor = (file: string) => textFormatFor(file).read;

/** What breaks the reader contract for this text, or undefined. */
function violation(reader: FormatReader, text: string): string | undefined {
  let result;
  try {
    result = reader.read(text);
  } catch (e) {
    return `throws ${String(e)}`;
  }
  const { masked, directives } = result;
  if (masked.length !== text.length) return `length ${masked.length} ≠ ${text.length}`;
  for (let i = 0; i < text.length; i++) {
    if (masked[i] === text[i]) continue;
    if (masked[i] !== ' ') return `offset ${i}: ${JSON.stringify(masked[i])} is neither the input's character nor a space`;
    if (text[i] === '\r' || text[i] === '\n') return `offset ${i}: line break blanked`;
  }
  for (const d of directives) if (d.offset < 0 || d.offset >= text.length) return `directive offset ${d.offset} out of range`;
  return undefined;
}

// Pieces of Markdown, MDX and plain text that interact: syntax, prose, line breaks, astral characters.
const TOKENS = [
  '正文', '零射击', 'word', ' ', '  ', '\t', '\n', '\n', '\r\n', '\r', '𠮷', '\u3000', '，',
  '`', '``', '```', '~~~', '    ', '$', '$$', '\\', '&amp;', '"', "'", '=', '-', '---', '+++', '#', '>', '*', '_', '~', '|',
  '1. ', '- ', '[', ']', '(', ')', '![', '](', '][', '[^1]', ': ', '<', '>', '</', '/>', '<!--', '-->', '<div>', '</div>',
  '<b>', '<pre>', '</pre>', '<Tip>', '</Tip>', '<img src="x">', '{', '}', '{x}', '{/* termlint-disable */}',
  '<!-- termlint-disable-next-line -->', 'import a from "b"', 'export const c = 1', 'http://', 'https://x.cn/零射击',
  '//github.com/a', 'www.', 'a@b.cn', '$$\\begin{a}',
];
const documents = fc.array(fc.constantFrom(...TOKENS), { maxLength: 80 }).map((parts) => parts.join(''));

const HANDWRITTEN = [
  '',
  '\n',
  '\r\n\r\n',
  '\r',
  '𠮷',
  '正文\r\n```\r\n零射击\r\n```\r\n𠮷`零射击`𠮷\r\n',
  '正文\r```\r零射击\r```\r正文',
  '```\n零射击 never closed\n\n正文',
  '~~~~\n零射击\n~~~\n~~~~~\n正文',
  '<!-- never closed\n\n零射击',
  '正文 <!-- never closed 零射击',
  '<div\n正文',
  '$$\n零射击',
  '---\ntitle: never closed\n',
  '[正文](never closed',
  '{ never closed\n\n正文',
  '<Tip>\n\n正文\n',
  '\uFEFF正文', // a BOM is stripped on reading files, but a reader must cope
  '\uD842正文\uDFB7', // lone surrogates
];

describe.each(READERS.map((r) => [r.id, r] as const))('the %s reader', (_id, reader) => {
  it('keeps the contract on hand-written edge cases', () => {
    for (const text of HANDWRITTEN) expect(violation(reader, text), JSON.stringify(text)).toBeUndefined();
  });

  it('keeps the contract on random documents', () => {
    fc.assert(fc.property(documents, (text) => violation(reader, text) === undefined), { numRuns: 300 });
  });

  it('keeps the contract on random strings, astral characters included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => violation(reader, text) === undefined), {
      numRuns: 200,
    });
  });
});

/** Asserts that every occurrence of `hidden` is blanked and every occurrence of `kept` is intact. */
function expectMasking(reader: FormatReader, text: string, hidden: string[], kept: string[]): string {
  const { masked } = reader.read(text);
  expect(masked.length).toBe(text.length);
  for (const h of hidden) {
    expect(text.includes(h), `fixture contains ${h}`).toBe(true);
    for (let i = text.indexOf(h); i >= 0; i = text.indexOf(h, i + 1)) {
      expect(masked.slice(i, i + h.length), `${JSON.stringify(h)} at ${i} in ${JSON.stringify(text)}`).toBe(' '.repeat(h.length));
    }
  }
  for (const k of kept) {
    expect(text.includes(k), `fixture contains ${k}`).toBe(true);
    for (let i = text.indexOf(k); i >= 0; i = text.indexOf(k, i + 1)) {
      expect(masked.slice(i, i + k.length), `${JSON.stringify(k)} at ${i} in ${JSON.stringify(text)}`).toBe(k);
    }
  }
  return masked;
}

// [what, text, hidden, kept]: valid in both Markdown and MDX.
const COMMON: Array<[string, string, string[], string[]]> = [
  ['YAML front matter', '---\ntitle: 零射击\n---\n正文\n', ['title: 零射击', '---'], ['正文']],
  ['TOML front matter', '+++\ntitle = "零射击"\n+++\n正文\n', ['title = "零射击"'], ['正文']],
  ['fenced code', '正文\n\n```python\n零射击 = 1\n```\n\n正文', ['```python', '零射击 = 1'], ['正文']],
  ['tilde fences', '~~~\n零射击\n~~~\n正文', ['零射击'], ['正文']],
  ['an unclosed fence, to the end', '正文\n\n```\n零射击\n\n零射击', ['零射击'], ['正文']],
  ['fenced code in a list and a quote', '- 正文\n\n  ```\n  零射击\n  ```\n\n> ```\n> 零射击\n> ```\n', ['零射击'], ['正文']],
  ['inline code', '正文`零射击`正文``零`射击``', ['`零射击`', '``零`射击``'], ['正文']],
  ['inline math', '正文$零射击$正文', ['$零射击$'], ['正文']],
  ['math blocks', '$$\n零射击\n$$\n\n正文', ['零射击'], ['正文']],
  ['display math closed on a content line', '$$\\begin{a}零射击\n零射击\\end{a}$$，正文\n\n正文', ['零射击', '$$\\begin{a}'], ['，正文', '正文']],
  ['dollar amounts, not math', '价格 $5 和 $10，正文', [], ['价格 $5 和 $10，正文']],
  ['autolinks', '正文 <https://x.cn/零射击> 正文', ['<https://x.cn/零射击>'], ['正文']],
  ['URLs in prose, stopping at Chinese punctuation', '见 https://x.cn/a，正文 www.x.cn/b 正文', ['https://x.cn/a', 'www.x.cn/b'], ['，正文', '正文']],
  ['URLs without a scheme', '正文//github.com/a/b 正文', ['//github.com/a/b'], ['正文']],
  ['e-mail addresses', '正文 a.b@x.cn 正文', ['a.b@x.cn'], ['正文']],
  ['link targets and titles; link text stays', '[正文](https://x.cn/零射击 "零射击")', ['(https://x.cn/零射击 "零射击")'], ['[正文]']],
  ['image targets; alt text stays, its code masked', '![正文`零射击`](零射击.png "零射击")', ['`零射击`', '(零射击.png "零射击")'], ['![正文']],
  ['reference definitions and labels', '[正文][零射击] [正文][]\n\n[零射击]: https://x.cn "零射击"\n', ['[零射击]: https://x.cn "零射击"', '[零射击] '], ['[正文]']],
  ['labels of undefined references', '[正文][零射击]', ['[零射击]'], ['[正文]']],
  ['footnotes', '正文[^零射击]\n\n[^零射击]: 正文\n', ['[^零射击]'], ['正文']],
  ['Markdown punctuation stays', '# 正文\n\n- **正文**\n\n| 正文 | 正文 |\n|---|---|\n\n> 正文\n', [], ['# 正文', '- **正文**', '| 正文 | 正文 |', '> 正文']],
];

describe('Markdown and MDX masking', () => {
  for (const reader of [markdownReader, mdxReader]) {
    it.each(COMMON)(`${reader.id}: %s`, (_what, text, hidden, kept) => {
      expectMasking(reader, text, hidden, kept);
    });
  }

  it('Markdown: HTML tags and comments are masked, prose between tags stays', () => {
    const text = '<div align="center">\n  <p title="零射击">正文</p>\n</div>\n\n正文<b>正文</b><!-- 零射击 -->正文\n';
    const masked = expectMasking(markdownReader, text, ['<div align="center">', '<p title="零射击">', '</p>', '</div>', '<b>', '</b>', '<!-- 零射击 -->'], ['正文']);
    expect(masked).not.toMatch(/[<>]/);
  });

  it('Markdown: indented code is masked; in MDX, indented text is prose', () => {
    const text = '正文\n\n    零射击\n\n正文';
    expectMasking(markdownReader, text, ['零射击'], ['正文']);
    expectMasking(mdxReader, text, [], ['正文', '零射击']);
    expectMasking(mdxReader, `${text}\n\n<img src="x">\n`, [], ['正文', '零射击']); // also when read as Markdown
  });

  it('Markdown: code-like HTML elements are masked with their content', () => {
    expectMasking(markdownReader, '<pre>\n零射击\n\n零射击\n</pre>\n\n正文<code>零射击</code>', ['零射击'], ['正文']);
  });

  it('Markdown: an unclosed HTML comment masks to the end, as CommonMark reads it', () => {
    expectMasking(markdownReader, '正文\n\n<!-- 零射击\n\n零射击', ['零射击'], ['正文']);
  });

  it('Markdown: braces and JSX-looking text are prose', () => {
    expectMasking(markdownReader, '正文 {正文} import 正文', [], ['{正文}', 'import 正文']);
  });

  it('MDX: import/export, JSX tags and attributes, expressions; prose in JSX children stays', () => {
    const text = [
      'import { Tip } from "./零射击"',
      'export const meta = { title: "零射击" }',
      '',
      '# 正文 {props.零射击}',
      '',
      '<Tip kind="零射击" open={true} data={{ a: "零射击" }}>',
      '正文**正文**',
      '</Tip>',
      '',
      '正文<Badge text="零射击" />正文<Em>正文</Em>。',
      '',
    ].join('\n');
    const masked = expectMasking(
      mdxReader,
      text,
      ['import { Tip } from "./零射击"', 'export const meta = { title: "零射击" }', '{props.零射击}', '<Tip kind="零射击" open={true} data={{ a: "零射击" }}>', '</Tip>', '<Badge text="零射击" />', '<Em>', '</Em>'],
      ['# 正文', '正文**正文**', '正文'],
    );
    expect(masked).not.toMatch(/[<>{}]/);
  });

  it('MDX that does not parse is read as Markdown with JSX-like markup masked, never lost', () => {
    // An unclosed HTML void tag, a template block and a `<` in prose: not valid MDX.
    const text = [
      '<Switch {fw} />',
      '',
      '{#if fw === "零射击"}',
      '',
      '正文 <img src="零射击.png"> 正文',
      '',
      '<Dropdown',
      '  options={[{ label: "零射击", value: "a > b" }]} />',
      '',
      '{/if}',
      '',
      '正文 a < b 正文 <!-- 零射击 -->',
      '',
      'import x from "零射击"',
      '',
    ].join('\n');
    expect(() => mdxReader.read(text)).not.toThrow();
    expectMasking(mdxReader, text, ['<Switch {fw} />', '{#if fw === "零射击"}', '<img src="零射击.png">', '{/if}', '<!-- 零射击 -->', 'import x from "零射击"', '"零射击"'], ['正文', 'a < b']);
  });

  it('CRLF and astral characters keep every offset', () => {
    const text = '𠮷正文\r\n\r\n```\r\n𠮷零射击\r\n```\r\n\r\n𠮷`零射击`正文[𠮷](https://x.cn/零射击)\r\n';
    for (const reader of [markdownReader, mdxReader]) {
      const masked = expectMasking(reader, text, ['零射击', '```'], ['𠮷正文\r\n', '正文[𠮷]']);
      expect(masked.match(/\r\n/g)).toHaveLength(7);
    }
  });
});

describe('directives', () => {
  it('come from HTML comments in Markdown, at the comment, not from code', () => {
    const text = '正文\n<!-- termlint-disable term/avoid, script/mixed -->\n```\n<!-- termlint-enable -->\n```\n`<!-- termlint-enable -->`\n';
    expect(markdownReader.read(text).directives).toEqual([{ kind: 'disable', rules: ['term/avoid', 'script/mixed'], offset: 3 }]);
  });

  it('come from {/* */} comments in MDX, parsed or not', () => {
    const text = '正文\n\n{/* termlint-disable-next-line term/avoid */}\n正文 {/* termlint-disable-line */}\n';
    const expected = [
      { kind: 'disable-next-line', rules: ['term/avoid'], offset: 4 },
      { kind: 'disable-line', rules: [], offset: 53 },
    ];
    expect(mdxReader.read(text).directives).toEqual(expected);
    // The same after an unclosed void tag that makes the document invalid MDX.
    const broken = text + '\n<img src="x">\n';
    expect(mdxReader.read(broken).directives).toEqual(expected);
  });

  it('in MDX read as Markdown, come from HTML comments too', () => {
    const text = '<img src="x">\n\n<!-- termlint-disable -->\n正文\n';
    expect(mdxReader.read(text).directives).toEqual([{ kind: 'disable', rules: [], offset: 15 }]);
  });
});

describe('readerFor', () => {
  it('picks the reader by extension, plain text for anything else', () => {
    const text = '正文 {零射击} `零射击`';
    const read = (file: string) => readerFor(file)(text).masked;
    expect(read('a.mdx')).toBe(mdxReader.read(text).masked);
    expect(read('a.MDX')).toBe(mdxReader.read(text).masked);
    expect(read('a.md')).toBe(markdownReader.read(text).masked);
    expect(read('a.markdown')).toBe(markdownReader.read(text).masked);
    expect(read('a.txt')).toBe(plainReader.read(text).masked);
    expect(read('a.rst')).toBe(text);
    expect(read('a.mdx')).not.toBe(read('a.md')); // {零射击} is an expression only in MDX
    expect(read('a.md')).not.toBe(read('a.txt')); // `零射击` is code only in Markdown
  });
});

// Linear time: a 200 KB input must take less than 3× the time of a 100 KB one. Ratios within
// one process, each time the best of several runs, the whole measurement repeated if noisy.
// The inputs are the benchmark's (bench/adversarial.js); the slowest are timed there only.
const ADVERSARIAL = (require('../bench/adversarial') as { ADVERSARIAL: Array<[string, (size: number) => string, { slow?: boolean }?]> }).ADVERSARIAL
  .filter(([, , o]) => !o?.slow)
  .map(([what, make]) => [what, make] as [string, (size: number) => string]);

function secondsPerRun(read: (text: string) => unknown, text: string, runs: number): number {
  const start = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) read(text);
  return Number(process.hrtime.bigint() - start) / 1e9 / runs;
}

function growth(read: (text: string) => unknown, make: (size: number) => string): number {
  const small = make(100_000);
  const big = make(200_000);
  const runs = Math.max(1, Math.ceil(0.02 / secondsPerRun(read, small, 1))); // at least ≈ 20 ms per measurement
  let ratio = Infinity;
  for (let attempt = 0; attempt < 3 && ratio >= 3; attempt++) {
    const a = Math.min(secondsPerRun(read, small, runs), secondsPerRun(read, small, runs));
    const b = Math.min(secondsPerRun(read, big, runs), secondsPerRun(read, big, runs));
    ratio = Math.min(ratio, b / a);
  }
  return ratio;
}

describe.each(READERS.map((r) => [r.id, r] as const))('the %s reader is linear', (_id, reader) => {
  it.each(ADVERSARIAL)('on %s', (_what, make) => {
    expect(growth(reader.read, make)).toBeLessThan(3);
  }, 180_000);
});
