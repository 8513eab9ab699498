// Fixtures say what they expect: `<!-- expect rule "text" -->` (Markdown) or `# expect rule "text"`
// (plain text) on their own line after the line they test; `fixture-rules id=severity` sets rules.
// The harness blanks these lines (same length) before linting, so every offset stays the file's.
import fs from 'node:fs';
import path from 'node:path';
import { decode } from '../src/core/decode';
import { FIXTURES } from './helpers';

export interface Expectation {
  line: number;
  rule: string;
  text: string;
}

export interface Fixture {
  name: string;
  path: string;
  /** The decoded file text, as the linter sees it. */
  text: string;
  /** The text with expectation lines blanked. */
  linted: string;
  expectations: Expectation[];
  rules: Record<string, 'off' | 'info' | 'warning' | 'error'>;
}

const EXPECT = /^\s*(?:<!--\s*expect\s+(\S+)\s+("(?:[^"\\]|\\.)*")\s*-->|#\s*expect\s+(\S+)\s+("(?:[^"\\]|\\.)*"))\s*$/;
const RULES = /^\s*(?:<!--\s*fixture-rules\s+(.*?)\s*-->|#\s*fixture-rules\s+(.*?))\s*$/;

export const LINT_FIXTURES = path.join(FIXTURES, 'lint');

export function loadFixture(name: string): Fixture {
  const file = path.join(LINT_FIXTURES, name);
  const decoded = decode(fs.readFileSync(file));
  if (!decoded.ok) throw new Error(`${name}: not text`);
  const text = decoded.text;
  const lines = text.split(/(?<=\n)/);
  const expectations: Expectation[] = [];
  const rules: Fixture['rules'] = {};
  let tested = 0;
  const linted = lines
    .map((l, i) => {
      const content = l.replace(/\r?\n$/, '');
      const e = EXPECT.exec(content);
      const r = RULES.exec(content);
      if (e) {
        expectations.push({ line: tested, rule: (e[1] ?? e[3])!, text: JSON.parse((e[2] ?? e[4])!) as string });
      } else if (r) {
        for (const pair of (r[1] ?? r[2])!.split(/\s+/)) {
          const [id, level] = pair.split('=');
          rules[id!] = level as Fixture['rules'][string];
        }
      } else {
        tested = i + 1;
        return l;
      }
      return l.replace(/[^\r\n]/g, ' ');
    })
    .join('');
  return { name, path: file, text, linted, expectations, rules };
}

export function fixtureNames(): string[] {
  return fs.readdirSync(LINT_FIXTURES).filter((f) => /\.(md|txt)$/.test(f)).sort();
}
