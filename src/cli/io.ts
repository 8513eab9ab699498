// What the CLI needs from its process, so that tests can run it in process.
import { readStdin } from '../core/files';

export interface CliIO {
  /** Writes to standard output; `false` asks the writer to wait for `drain` before writing more. */
  stdout: (text: string) => boolean | void;
  /** Resolves when standard output can take more (after `stdout` returned false). */
  drain?: () => Promise<void>;
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
    stdout: (text) => (failed ? true : process.stdout.write(text)),
    drain: () =>
      new Promise<void>((resolve) => {
        if (failed || !process.stdout.writableNeedDrain) return resolve();
        const done = () => {
          process.stdout.off('drain', done).off('error', done).off('close', done);
          resolve();
        };
        process.stdout.on('drain', done).on('error', done).on('close', done);
      }),
    stderr: (text) => void process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    isTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    readStdin: (limit) => readStdin(limit),
  };
}

const CHUNK = 64 * 1024;

/**
 * Writes a reporter's output: pieces gathered into chunks of about 64 KB, and when the stream is
 * full (stdout returned false), the next chunk waits for `drain` — memory stays bounded however
 * much is written.
 */
export async function writeOutput(io: CliIO, output: string | Iterable<string>): Promise<void> {
  if (typeof output === 'string') {
    if (output && io.stdout(output) === false && io.drain) await io.drain();
    return;
  }
  let pending = '';
  for (const piece of output) {
    pending += piece;
    if (pending.length < CHUNK) continue;
    const full = io.stdout(pending) === false;
    pending = '';
    if (full && io.drain) await io.drain();
  }
  if (pending && io.stdout(pending) === false && io.drain) await io.drain();
}
