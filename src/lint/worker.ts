// A lint worker thread: loads the glossary and nodejieba once, then lints the files it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { lintFile, prepare, type LintOptions } from './api';

const prepared = prepare(workerData as LintOptions);

parentPort!.on('message', (job: { id: number; file: string; shown: string; keepText: boolean }) => {
  try {
    const lint = lintFile(job.file, job.shown, prepared);
    parentPort!.postMessage({ id: job.id, lint: job.keepText ? lint : { result: lint.result, text: '' } });
  } catch (err) {
    parentPort!.postMessage({ id: job.id, error: String((err as Error).stack ?? err) });
  }
});
