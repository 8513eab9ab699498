#!/usr/bin/env node
// The `termlint` executable.
import { run } from './run';
import { processIO } from './io';

// A reader that stops early (`| head`) is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
  });
}

run(process.argv.slice(2), processIO()).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`termlint: ${String(err)}\n`);
    process.exitCode = 2;
  },
);
