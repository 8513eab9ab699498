// Where the package's own files are, from src/ (tests) and dist/ (the built CLI) alike.
import fs from 'node:fs';
import path from 'node:path';

export const PACKAGE_ROOT = path.resolve(__dirname, '..');
export const BUILTIN_GLOSSARY_DIR = path.join(PACKAGE_ROOT, 'glossary');

export function packageVersion(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}
