import path from 'node:path';
import { run } from '../src/cli/run';
import type { NoteValue } from '../src/errors';
import { renderData, translator } from '../src/i18n';

/** A message value (a string or a message id with data) as the English text a user reads. */
export const english = (v: NoteValue | undefined): string | undefined => (v === undefined ? undefined : String(renderData(translator('en'), { v }).v));

export const ROOT = path.resolve(__dirname, '..');
export const FIXTURES = path.join(ROOT, 'fixtures');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in process, as a user would from the repository root. */
export async function cli(
  args: string[],
  env: NodeJS.ProcessEnv = {},
  options: { cwd?: string; stdin?: string; isTTY?: boolean } = {},
): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    env: { LANG: 'C', ...env },
    cwd: options.cwd ?? ROOT,
    isTTY: options.isTTY ?? false,
    ...(options.stdin !== undefined ? { readStdin: async () => Buffer.from(options.stdin!) } : {}),
  });
  return { code, stdout, stderr };
}
