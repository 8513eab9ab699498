// Worker threads change nothing but speed: the same results, in the same order, as one thread.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFiles, loadGlossary } from '../src';
import { FIXTURES } from './helpers';

describe('worker threads', () => {
  it('give results identical to a single thread', async () => {
    const glossary = loadGlossary();
    const dir = path.join(FIXTURES, 'lint');
    expect(fs.existsSync(path.join(__dirname, '..', 'dist', 'lint', 'worker.js'))).toBe(true);
    const one = await lintFiles([dir], { glossary, cwd: path.join(FIXTURES, '..'), workers: 1 });
    const two = await lintFiles([dir], { glossary, cwd: path.join(FIXTURES, '..'), workers: 2 });
    expect(one.files.length).toBeGreaterThan(10);
    expect(two).toEqual(one);
  }, 60_000);
});
