// What the termlint Action's step scripts share: inputs, outputs and the job summary, the way
// GitHub Actions passes them (INPUT_* variables, $GITHUB_OUTPUT and $GITHUB_STEP_SUMMARY files).
import crypto from 'node:crypto';
import fs from 'node:fs';

/** An input as a list: one item per line when there are line breaks, else split on white space. */
export function list(value) {
  const text = (value ?? '').trim();
  if (!text) return [];
  return (text.includes('\n') ? text.split(/\r?\n/) : text.split(/\s+/)).map((s) => s.trim()).filter(Boolean);
}

/** Appends name=value pairs to $GITHUB_OUTPUT (multi-line values with a delimiter). */
export function appendOutput(values) {
  const file = process.env.GITHUB_OUTPUT;
  if (!file) return;
  let text = '';
  for (const [name, value] of Object.entries(values)) {
    const v = String(value);
    if (v.includes('\n')) {
      const eof = `EOF_${crypto.randomBytes(8).toString('hex')}`;
      text += `${name}<<${eof}\n${v}\n${eof}\n`;
    } else text += `${name}=${v}\n`;
  }
  fs.appendFileSync(file, text);
}

export function appendSummary(markdown) {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (file) fs.appendFileSync(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`);
}

/** An error annotation and exit code 2 (the Action was used wrongly or could not run termlint). */
export function fail(message) {
  console.log(`::error title=termlint::${message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}`);
  process.exit(2);
}
