// What the CLI needs from its process, so that tests can run it in process.
import { readStdin } from '../core/files';

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  isTTY: boolean;
  /** Whether stderr is a terminal (for the progress line). */
  stderrIsTTY?: boolean;
  /** Standard input, for `lint -`: at most `limit` + 1 bytes. */
  readStdin?: (limit: number) => Promise<Uint8Array>;
}

/**
 * The process's streams. A failed write to stdout (ENOSPC, EIO) is reported once through
 * `onOutputError` and later output is dropped; EPIPE (a reader such as `head` that stopped early)
 * is no error and stays quiet.
 */
export function processIO(onOutputError: (err: NodeJS.ErrnoException) => void): CliIO {
  let failed = false;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (failed) return;
    failed = true;
    if (err.code !== 'EPIPE') onOutputError(err);
  });
  process.stderr.on('error', () => undefined); // nowhere left to say it
  return {
    stdout: (text) => {
      if (!failed) process.stdout.write(text);
    },
    stderr: (text) => void process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    isTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    readStdin: (limit) => readStdin(limit),
  };
}
