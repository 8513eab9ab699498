// Property-based: random documents, made of the pieces that trip linters up (terms right and wrong,
// Markdown syntax, directives, CRLF and lone CR, astral characters, control characters, lone
// surrogates, U+FFFD), never crash, keep the position contract, print safely, and give the same
// results on one thread and on two.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { lint, lintFiles, loadGlossary, type Glossary } from '../../src';
import { translator } from '../../src/i18n';
import { stylishReporter } from '../../src/reporters/stylish';
import { HAS_MKFIFO, tree } from './util';

// Bounded, but generous: a loaded CI machine must not turn slowness into failures.
vi.setConfig({ testTimeout: 60_000 });

const PIECES = [
  // terms, right and wrong, both scripts
  '零射击', '零样本', '零射擊', '模型的重量', '注意力机制', '知识编缉', '大模型', '規模定律', '縮放定律', '基于', '沖突',
  // ordinary prose and punctuation
  '我们', '研究', '的', '。', '，', '（', '）', '、', '這裡', '这里', 'the model', 'fine-tuning', 'Lauren?on', 'Ã©',
  // Markdown and directives
  '# ', '## ', '- ', '1. ', '> ', '| a | b |\n|---|---|\n', '```\n', '```python\n', '`', '**', '_', '[链接](http://example.com/a_b)',
  '<!-- termlint-disable -->', '<!-- termlint-enable -->', '<!-- termlint-disable-next-line term/avoid -->', '<!--', '-->', '<br>',
  '$x^2$', '$$\n', '---\n', 'http://例子.com/零射击', '# termlint-disable\n', '\\',
  // line ends, whitespace, odd characters
  '\n', '\r\n', '\r', '\n\n', ' ', '\t', '\u3000', '𠮷', '😀', '\uFFFD', '\x1b[2J', '\x07', '\x00', '\u202e', '\ufeff', 'e\u0301', '\ud800', '\udc00',
];

const doc = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));

let glossary: Glossary;
beforeAll(() => {
  glossary = loadGlossary();
});

describe('random documents', () => {
  it('never crash, keep the position contract, and print without raw control characters', () => {
    const reporter = stylishReporter({ t: translator('en'), color: false, version: 'test' });
    fc.assert(
      fc.property(doc, fc.constantFrom('a.md', 'a.txt'), (text, filePath) => {
        const result = lint(text, { glossary, filePath });
        const shown = text.replace(/^\uFEFF/, ''); // lint() drops a leading BOM, as decoding does
        for (const d of result.diagnostics) {
          expect(shown.slice(d.offset, d.offset + d.length)).toBe(d.text);
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.column).toBeGreaterThanOrEqual(1);
        }
        const out = reporter.file({ result, text: shown });
        expect(out).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f\u202e]/);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  describe('on one thread and on two', () => {
    const t = tree();
    afterAll(() => t.cleanup());
    let run = 0;
    it('give the same diagnostics', async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(doc, { minLength: 2, maxLength: 6 }), async (docs) => {
          const dir = path.join(t.dir, `run${run++}`);
          fs.mkdirSync(dir);
          docs.forEach((text, i) => fs.writeFileSync(path.join(dir, `d${i}.${i % 2 ? 'txt' : 'md'}`), text));
          // A path known bad before reading (a FIFO) among them: no thread may take it.
          if (HAS_MKFIFO) execFileSync('mkfifo', [path.join(dir, 'd1-pipe.md')]);
          const one = await lintFiles([dir], { glossary, cwd: t.dir, workers: 1 });
          const two = await lintFiles([dir], { glossary, cwd: t.dir, workers: 2 });
          expect(two).toEqual(one);
          expect(one.files.length).toBe(docs.length + (HAS_MKFIFO ? 1 : 0));
        }),
        { numRuns: 3 },
      );
    }, 90_000);
  });
});
