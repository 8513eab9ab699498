// Every fixture: exactly the expected diagnostics, and the position contract for each of them.
import { describe, expect, it } from 'vitest';
import { lint, loadGlossary } from '../src';
import { fixtureNames, loadFixture } from './fixtures';

const glossary = loadGlossary();

/** Line and column computed independently of the linter (CR, LF and CRLF end lines). */
function position(text: string, offset: number) {
  const before = text.slice(0, offset);
  const breaks = before.match(/\r\n|\r|\n/g) ?? [];
  const lastBreak = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  return { line: breaks.length + 1, column: offset - lastBreak };
}

describe.each(fixtureNames())('fixture %s', (name) => {
  const fixture = loadFixture(name);
  const result = lint(fixture.linted, { glossary, filePath: name, rules: fixture.rules });

  it('reports exactly what the fixture expects', () => {
    const actual = result.diagnostics.map((d) => `${d.line} ${d.rule} ${JSON.stringify(d.text)}`).sort();
    const expected = fixture.expectations.map((e) => `${e.line} ${e.rule} ${JSON.stringify(e.text)}`).sort();
    expect(actual).toEqual(expected);
  });

  it('keeps the position contract: text at offset/length, line and column', () => {
    for (const d of result.diagnostics) {
      expect(fixture.text.slice(d.offset, d.offset + d.length)).toBe(d.text);
      expect(position(fixture.text, d.offset)).toEqual({ line: d.line, column: d.column });
      expect(position(fixture.text, d.offset + d.length)).toEqual({ line: d.endLine, column: d.endColumn });
    }
  });
});
