#!/usr/bin/env node
// The `termlint` executable.
import { run } from './run';
import { processIO } from './io';
import { describeError } from '../core/files';
import { localeFromEnv, renderData, translator } from '../i18n';

// Output that cannot be written (a full disk, an I/O error) is one line on stderr and exit code 2.
let outputFailed = false;
const io = processIO((err) => {
  outputFailed = true;
  process.exitCode = 2;
  const t = translator(localeFromEnv(process.env));
  process.stderr.write(`termlint: ${t('outputFailed', renderData(t, { detail: describeError(err) }))}\n`);
});

run(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = outputFailed ? 2 : code;
  },
  (err: unknown) => {
    process.stderr.write(`termlint: ${String(err)}\n`);
    process.exitCode = 2;
  },
);
