#!/usr/bin/env node
// The `termlint` executable.
import { run } from './run';
import { processIO } from './io';

run(process.argv.slice(2), processIO()).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`termlint: ${String(err)}\n`);
    process.exitCode = 2;
  },
);
