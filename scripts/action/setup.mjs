#!/usr/bin/env node
// Step 1 of the termlint GitHub Action (action.yml): find the termlint to run.
// The project's own copy (node_modules/termlint, pinned by its lock file) when it has one, else the
// Action's copy, installed and built from the Action's checkout. Writes `cli=<path of main.js>` to
// $GITHUB_OUTPUT. Exit 2 with a message when neither works.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { appendOutput, fail } from './common.mjs';

const workspace = path.resolve(process.env.INPUT_WORKING_DIRECTORY || process.env.GITHUB_WORKSPACE || process.cwd());
const actionPath = path.resolve(process.env.GITHUB_ACTION_PATH || path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..'));
const useProject = (process.env.INPUT_USE_PROJECT_TERMLINT || 'true') !== 'false';

/** node_modules/termlint/dist/cli/main.js in the folder or one of its parents, as Node would resolve it. */
function projectCli(dir) {
  for (let d = dir; ; d = path.dirname(d)) {
    const cli = path.join(d, 'node_modules', 'termlint', 'dist', 'cli', 'main.js');
    if (fs.existsSync(cli)) return cli;
    if (path.dirname(d) === d) return undefined;
  }
}

let cli = useProject ? projectCli(workspace) : undefined;
let source = 'project';
if (!cli) {
  source = 'action';
  cli = path.join(actionPath, 'dist', 'cli', 'main.js');
  if (!fs.existsSync(cli)) {
    // npm ci builds it (the package's prepare script); nodejieba compiles here if no binary fits.
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    try {
      execFileSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: actionPath, stdio: ['ignore', 2, 2], shell: process.platform === 'win32' });
    } catch (err) {
      fail(`could not install termlint in ${actionPath}: ${err.message}`);
    }
    if (!fs.existsSync(cli)) fail(`installing termlint in ${actionPath} did not build ${cli}`);
  }
}
appendOutput({ cli, source });
console.log(`termlint: using ${cli} (${source === 'project' ? "the project's node_modules" : "the Action's own copy"})`);
