// User regular expressions are checked when the configuration loads: invalid ones and ones that
// can backtrack catastrophically are refused with file:line:column, exit 2, before any file is read.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { regexProblem as unsafePattern } from '../../src/rules/options';
import { cli, english } from '../helpers';
import { CLEAN, tree } from './util';

// Bounded, but generous: a loaded CI machine must not turn slowness into failures.
vi.setConfig({ testTimeout: 60_000 });

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});
async function lintWith(config: Record<string, string>): Promise<{ code: number; stderr: string }> {
  const t = tree({ 'a.md': CLEAN, ...config });
  cleanups.push(t.cleanup);
  return cli(['lint', 'a.md'], {}, { cwd: t.dir });
}

describe('user regular expressions', () => {
  it('tells safe patterns from exponential and invalid ones', () => {
    for (const ok of ['^本站广告位', '\\p{Script=Han}{2,}', '^(?:关注|订阅)我们', 'a{1,5}b']) expect(unsafePattern(ok), ok).toBeUndefined();
    expect(english(unsafePattern('^模(a+)+$'))).toMatch(/exponential/);
    expect(english(unsafePattern('(x|y'))).toMatch(/invalid regular expression/);
  });

  it('refuses a catastrophic boilerplate pattern at its line and column', async () => {
    const r = await lintWith({ 'termlint.config.json': '{\n  "boilerplate": { "patterns": ["^ok", "^模(a+)+$"] }\n}\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^termlint: termlint\.config\.json:2:40: regular expression \/\^模\(a\+\)\+\$\/ can take exponential time/);
  });

  it("refuses an invalid pattern in a rule's options", async () => {
    const r = await lintWith({ '.termlintrc.yaml': 'rules:\n  content/boilerplate: [warning, { patterns: ["(x|y"] }]\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\.termlintrc\.yaml:2:47: invalid regular expression/);
  });

  it('refuses a catastrophic /pattern/ in allowUntranslated, leaving plain strings alone', async () => {
    const r = await lintWith({ '.termlintrc.yaml': 'allowUntranslated:\n  - GitHub\n  - /^(\\w+\\s?)*$/i\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\.termlintrc\.yaml:3:5: regular expression/);
    expect((await lintWith({ '.termlintrc.yaml': 'allowUntranslated:\n  - GitHub\n  - /^v\\d+$/i\n' })).code).toBe(0);
  });

  it('refuses a YAML alias bomb at its first alias', async () => {
    const bomb = ['a: &a [x,x,x,x,x,x,x,x,x]', ...'bcdef'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcde'[i]}`).join(',')}]`)].join('\n');
    const r = await lintWith({ '.termlintrc.yaml': bomb + '\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\.termlintrc\.yaml:2:\d+: .*alias/i);
  });
});
