// What the CLI needs from its process, so that tests can run it in process.
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  isTTY: boolean;
  /** Whether stderr is a terminal (for the progress line). */
  stderrIsTTY?: boolean;
  /** Standard input, for `lint -`. */
  readStdin?: () => Promise<Uint8Array>;
}

export function processIO(): CliIO {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    isTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
  };
}
