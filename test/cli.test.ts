// The CLI in process: output formats, user glossaries and exit codes.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, FIXTURES } from './helpers';

const fixture = (name: string) => path.join('fixtures', 'glossary', name);

describe('termlint lookup', () => {
  it('answers a Traditional query with the English term, exit 0', async () => {
    const r = await cli(['lookup', '災難性遺忘']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('catastrophic forgetting');
    expect(r.stderr).toBe('');
  });

  it('says an avoided rendering is wrong and gives the right one', async () => {
    const r = await cli(['lookup', '零射击']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/零射击.*zero-shot/);
    expect(r.stdout).toContain('零样本');
  });

  it('prints the JSON contract', async () => {
    const r = await cli(['lookup', '零射击', '--format', 'json']);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(['query', 'matches', 'suggestions']);
    expect(json.query).toBe('零射击');
    expect(json.matches[0]).toMatchObject({
      id: 'zero-shot',
      en: 'zero-shot',
      'zh-Hans': '零样本',
      'zh-Hant': '零樣本',
      matchedAs: 'avoid',
    });
    expect(json.matches[0].avoid['zh-Hans'].map((a: { text: string }) => a.text)).toContain('零射击');
    expect(json.matches[0].variants).toHaveProperty('zh-Hant');
  });

  it('exits 1 with suggestions when nothing matches exactly', async () => {
    const r = await cli(['lookup', 'catastrophic', 'forgeting', '--format', 'json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.query).toBe('catastrophic forgeting');
    expect(json.matches).toEqual([]);
    expect(json.suggestions[0]).toMatchObject({ id: 'catastrophic-forgetting', en: 'catastrophic forgetting', distance: 1 });
    const human = await cli(['lookup', 'catastrophic forgeting']);
    expect(human.code).toBe(1);
    expect(human.stdout).toContain('catastrophic forgetting');
  });

  it('exits 2 on usage errors, without a stack trace', async () => {
    for (const args of [['lookup'], ['lookup', 'x', '--format', 'xml'], ['lookup', '   '], ['frobnicate']]) {
      const r = await cli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).not.toMatch(/\n\s+at /);
      expect(r.stderr.length, args.join(' ')).toBeGreaterThan(0);
    }
  });

  it('applies a user glossary on top of the built-in one, overriding by id', async () => {
    const r = await cli(['lookup', 'token', '--glossary', fixture('user-override.yaml'), '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).matches[0]['zh-Hans']).toBe('令牌');
    const added = await cli(['lookup', '部件树', '--glossary', fixture('user-override.yaml')]);
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('widget tree');
    const builtin = await cli(['lookup', '零射击', '--glossary', fixture('user-override.yaml')]);
    expect(builtin.code).toBe(0);
  });

  it('uses only the user glossary with --no-builtin', async () => {
    const r = await cli(['lookup', '零射击', '--no-builtin', '--glossary', fixture('user-override.yaml')]);
    expect(r.code).toBe(1);
    const none = await cli(['lookup', 'x', '--no-builtin']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--glossary');
  });

  it('reports errors in a user glossary with file:line and exits 2', async () => {
    const r = await cli(['lookup', 'token', '--glossary', fixture('schema-errors.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('fixtures/glossary/schema-errors.yaml:1:10');
    expect(r.stderr).toContain('fixtures/glossary/schema-errors.yaml:11:5');
    const missing = await cli(['lookup', 'token', '--glossary', 'no/such/file.yaml']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no/such/file.yaml:1:1');
  });

  it('speaks the requested locale', async () => {
    const hans = await cli(['--locale', 'zh-Hans', 'lookup', 'catastrophic forgeting']);
    expect(hans.stdout).toContain('没有与');
    const hant = await cli(['lookup', 'catastrophic forgeting'], { LANG: 'zh_TW.UTF-8' });
    expect(hant.stdout).toContain('沒有與');
  });
});

describe('termlint glossary', () => {
  it('validates the built-in glossary, exit 0', async () => {
    const r = await cli(['glossary', 'validate']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/no problems/);
  });

  it('lists problems with file:line:column and exits 1', async () => {
    const r = await cli(['glossary', 'validate', fixture('semantic-errors.yaml')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('fixtures/glossary/semantic-errors.yaml:17:9');
    expect(r.stdout).toContain('(duplicateId)');
    expect(r.stdout).toContain('fixtures/glossary/semantic-errors.yaml:4');
    expect(r.stdout).not.toContain(FIXTURES);
  });

  it('prints stats in the JSON contract', async () => {
    const r = await cli(['glossary', 'stats', '--format', 'json']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.entries).toBeGreaterThanOrEqual(500);
    expect(s.withHant).toBe(s.entries);
    expect(s.avoid).toBeGreaterThanOrEqual(100);
    expect(s.variants).toBeGreaterThan(0);
    expect(s.files.reduce((n: number, f: { entries: number }) => n + f.entries, 0)).toBe(s.entries);
    expect(s.files[0].path).toMatch(/^glossary\/[a-z-]+\.yaml$/);
  });

  it('counts a user glossary in stats, overriding by id', async () => {
    const base = JSON.parse((await cli(['glossary', 'stats', '--format', 'json'])).stdout);
    const withUser = JSON.parse(
      (await cli(['glossary', 'stats', '--format', 'json', '--glossary', fixture('user-override.yaml')])).stdout,
    );
    expect(withUser.entries).toBe(base.entries + 1);
  });

  it('shows help and version with exit 0', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('lookup');
    const sub = await cli(['lookup', '--help']);
    expect(sub.code).toBe(0);
    expect(sub.stdout).toContain('Exit codes');
    const version = await cli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
