// Which files a lint run reads: files as given, directories recursively (.md, .markdown, .txt,
// honouring .gitignore files and the configuration's ignore patterns), globs, and - for stdin.
import fs from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import ignore, { type Ignore } from 'ignore';
import { TermlintError } from '../errors';

const SKIPPED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);
const GLOB = /[*?[\]{}]/;

export const STDIN = '-';

interface IgnoreScope {
  dir: string;
  rules: Ignore;
}

function gitignoreAt(dir: string): IgnoreScope | undefined {
  const file = path.join(dir, '.gitignore');
  if (!fs.existsSync(file)) return undefined;
  return { dir, rules: ignore().add(fs.readFileSync(file, 'utf8')) };
}

function ignoredBy(scopes: IgnoreScope[], file: string, isDir: boolean): boolean {
  return scopes.some((s) => {
    const rel = path.relative(s.dir, file).split(path.sep).join('/');
    return rel !== '' && !rel.startsWith('..') && s.rules.ignores(isDir ? `${rel}/` : rel);
  });
}

function walk(dir: string, scopes: IgnoreScope[], out: string[], extensions: readonly string[]): void {
  const own = gitignoreAt(dir);
  const active = own ? [...scopes, own] : scopes;
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (SKIPPED_DIRS.has(e.name) || ignoredBy(active, full, true)) continue;
      walk(full, active, out, extensions);
    } else if (e.isFile() && extensions.includes(path.extname(e.name).toLowerCase())) {
      if (!ignoredBy(active, full, false)) out.push(full);
    }
  }
}

export interface CollectOptions {
  cwd: string;
  /** The file name endings a directory walk collects (the text formats' registry). */
  extensions: readonly string[];
  /** gitignore-style patterns from the configuration, relative to `base`. */
  ignore?: string[];
  base?: string;
}

/** Absolute paths (or "-") in a stable order; a path that names nothing is a usage error. */
export function collectFiles(inputs: string[], options: CollectOptions): string[] {
  const found: string[] = [];
  const configIgnore = options.ignore?.length ? ignore().add(options.ignore) : undefined;
  const base = options.base ?? options.cwd;
  // .gitignore files from the working directory apply to everything below it.
  const rootScopes = [gitignoreAt(options.cwd)].filter((s): s is IgnoreScope => Boolean(s));
  for (const input of inputs) {
    if (input === STDIN) {
      found.push(STDIN);
      continue;
    }
    const abs = path.resolve(options.cwd, input);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(abs);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) walk(abs, rootScopes, found, options.extensions);
    else if (stat?.isFile()) found.push(abs);
    else if (GLOB.test(input)) {
      const matches = fg.sync(input, { cwd: options.cwd, absolute: true, dot: false, onlyFiles: true, ignore: ['**/node_modules/**'] });
      found.push(...matches.sort().filter((f) => !ignoredBy(rootScopes, f, false)));
    } else throw new TermlintError('pathNotFound', { path: input });
  }
  const unique = [...new Set(found)];
  if (!configIgnore) return unique;
  return unique.filter((f) => {
    if (f === STDIN) return true;
    const rel = path.relative(base, f).split(path.sep).join('/');
    return rel.startsWith('..') || !configIgnore.ignores(rel);
  });
}
