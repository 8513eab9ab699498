import path from 'node:path';
import { run } from '../src/cli/run';

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
