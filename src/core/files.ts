// Which files a run reads, and reading them safely. Inputs: files as given, directories (.md,
// .markdown, .txt, honouring .gitignore files and the configuration's ignore patterns), globs, and
// - for stdin. Directories and globs share one iterative walk: symbolic links are followed only
// with followSymlinks (a link named on the command line always is), each real path at most once,
// so link cycles end. Every file is opened without blocking, checked to be a regular file on the
// open descriptor, and read up to a size limit; what cannot be read becomes a problem for that path.
import fs from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { note, TermlintError } from '../errors';
import { describeError, kindOf, readInput, SETTINGS_FILE_LIMIT, type Note } from '../io';
export { DEFAULT_MAX_FILE_SIZE, MAX_FILE_SIZE_CEILING, MB, SETTINGS_FILE_LIMIT, describeError, formatBytes, kindOf, parseSize, readInput, readProblemDetail, tooLarge, writeAtomic, type Note, type ReadResult } from '../io';

// micromatch comes with fast-glob; only scan() and isMatch() are used.
const micromatch = require('micromatch') as {
  scan(pattern: string): { base: string; glob: string; isGlob: boolean };
  isMatch(file: string, pattern: string, options?: { dot?: boolean }): boolean;
};

const SKIPPED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);

export const STDIN = '-';
export interface Found {
  path: string;
  problem?: Note;
}

export interface Collected {
  inputs: Found[];
  /** Things skipped on purpose (symbolic links, ignored named files): said, not silent. */
  notes: Note[];
}

export interface CollectOptions {
  cwd: string;
  /** The file name endings a directory walk collects (the text formats' registry). */
  extensions: readonly string[];
  /** gitignore-style patterns from the configuration, relative to `base`. */
  ignore?: string[];
  base?: string;
  /** The configuration file the patterns come from, for messages. */
  ignoreSource?: string;
  /** Disregard .gitignore files and `ignore` (node_modules and VCS folders are still skipped). */
  noIgnore?: boolean;
  /** Follow symbolic links found inside directories and globs (default: report and skip them). */
  followSymlinks?: boolean;
}

/** Standard input, at most limit + 1 bytes (the caller tells "too large" by the length). */
export async function readStdin(limit: number, stream: NodeJS.ReadableStream = process.stdin): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    chunks.push(b);
    total += b.length;
    if (total > limit) break; // leaving the loop destroys the stream: nothing more is read
  }
  return Buffer.concat(chunks).subarray(0, limit + 1);
}

// ---------------------------------------------------------------------------------------------
// Ignore files

interface IgnoreScope {
  dir: string;
  rules: Ignore;
  /** The file the patterns come from, and its lines (to say which line ignored a path). */
  source: string;
  lines: string[];
}

interface IgnoreHit {
  pattern: string;
  source: string;
}

/** `lines`: whether the text is the source file's (its line numbers then mean something). */
function scopeOf(dir: string, source: string, text: string, lines = true): IgnoreScope {
  return { dir, rules: ignore().add(text), source, lines: lines ? text.split(/\r?\n/) : [] };
}

/** The .gitignore of a folder, if it has one; one that cannot be read is a problem to report. */
function gitignoreAt(dir: string, out: Found[]): IgnoreScope | undefined {
  const file = path.join(dir, '.gitignore');
  let stat: fs.Stats | undefined;
  try {
    stat = fs.lstatSync(file);
  } catch {
    return undefined;
  }
  if (stat.isSymbolicLink() && !fs.existsSync(file)) return undefined;
  const read = readInput(file, SETTINGS_FILE_LIMIT);
  if (!read.ok) {
    if (!out.some((f) => f.path === file)) out.push({ path: file, problem: read.problem });
    return undefined;
  }
  return scopeOf(dir, file, read.bytes.toString('utf8'));
}

function ignoredBy(scopes: IgnoreScope[], file: string, isDir: boolean): IgnoreHit | undefined {
  for (const s of scopes) {
    const rel = path.relative(s.dir, file).split(path.sep).join('/');
    if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) continue;
    let r: { ignored: boolean; rule?: { pattern: string } };
    try {
      r = s.rules.test(isDir ? `${rel}/` : rel);
    } catch {
      continue; // a path the ignore syntax cannot express is not ignored
    }
    if (r.ignored) {
      const pattern = r.rule?.pattern ?? '';
      const line = s.lines.findIndex((l) => l.trim() === pattern) + 1;
      return { pattern, source: line ? `${s.source}:${line}` : s.source };
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// The walk

interface Walker {
  options: CollectOptions;
  /** Real paths of the files taken in the run, and of the folders entered in this walk. */
  seen: Set<string>;
  dirs: Set<string>;
  out: Found[];
  notes: Note[];
  /** Per walk: candidates found, and the first ignore pattern that skipped one. */
  candidates: number;
  ignored?: IgnoreHit;
}

function realpath(p: string): string {
  try {
    return fs.realpathSync.native(p);
  } catch {
    return path.resolve(p);
  }
}

/** Takes a file once per real path; a second path to it is a note. */
function take(w: Walker, file: string): void {
  const real = realpath(file);
  if (w.seen.has(real)) {
    w.notes.push({ messageId: 'noteDuplicate', data: { path: file, real } });
    return;
  }
  w.seen.add(real);
  w.out.push({ path: file });
}

/** The .gitignore scopes from `from` (included) down to `dir` (excluded), outermost first. */
function scopesBetween(from: string, dir: string, w: Walker): IgnoreScope[] {
  const rel = path.relative(from, dir);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return [];
  const scopes: IgnoreScope[] = [];
  let current = from;
  for (const part of rel ? rel.split(path.sep) : []) {
    const s = gitignoreAt(current, w.out);
    if (s) scopes.push(s);
    current = path.join(current, part);
  }
  return scopes;
}

/**
 * Walks `root` depth-first in name order without recursion. `accept` decides which files are
 * candidates (by extension for directories, by pattern for globs); `maxDepth` bounds a glob
 * without `**`.
 */
function walk(root: string, scopes: IgnoreScope[], w: Walker, accept: (file: string) => boolean, maxDepth = Infinity): void {
  type Item = { dir: string; scopes: IgnoreScope[]; depth: number } | { found: Found } | { file: string };
  const stack: Item[] = [{ dir: root, scopes, depth: 0 }];
  w.dirs = new Set([realpath(root)]);
  const ignoring = !w.options.noIgnore;
  while (stack.length) {
    const item = stack.pop()!;
    if ('found' in item) {
      w.out.push(item.found);
      continue;
    }
    if ('file' in item) {
      take(w, item.file);
      continue;
    }
    const { dir, depth } = item;
    const own = ignoring ? gitignoreAt(dir, w.out) : undefined;
    const active = own ? [...item.scopes, own] : item.scopes;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      w.out.push({ path: dir, problem: { messageId: 'inputDirUnreadable', data: { detail: describeError(err) } } });
      continue;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    const items: Item[] = [];
    for (const e of entries) {
      const full = path.join(dir, e.name);
      let stat: fs.Stats | undefined; // the link's target, for a followed link
      if (e.isSymbolicLink()) {
        if (!w.options.followSymlinks) {
          let target: fs.Stats | undefined;
          try {
            target = fs.statSync(full);
          } catch {
            target = undefined;
          }
          if ((target?.isDirectory() && !SKIPPED_DIRS.has(e.name) && depth + 1 < maxDepth) || (!target?.isDirectory() && accept(full))) {
            w.notes.push({ messageId: 'noteSymlinkSkipped', data: { path: full } });
          }
          continue;
        }
        try {
          stat = fs.statSync(full);
        } catch (err) {
          if (accept(full)) items.push({ found: { path: full, problem: { messageId: 'inputUnreadable', data: { detail: describeError(err) } } } });
          continue;
        }
      }
      const isDir = stat ? stat.isDirectory() : e.isDirectory();
      if (isDir) {
        if (SKIPPED_DIRS.has(e.name) || depth + 1 >= maxDepth) continue;
        const hit = ignoring ? ignoredBy(active, full, true) : undefined;
        if (hit) {
          w.ignored ??= hit;
          continue;
        }
        const real = realpath(full);
        if (w.dirs.has(real)) {
          w.notes.push({ messageId: 'noteDuplicate', data: { path: full, real } });
          continue;
        }
        w.dirs.add(real);
        items.push({ dir: full, scopes: active, depth: depth + 1 });
        continue;
      }
      if (!accept(full)) continue;
      const hit = ignoring ? ignoredBy(active, full, false) : undefined;
      if (hit) {
        w.ignored ??= hit;
        continue;
      }
      w.candidates++;
      const isFile = stat ? stat.isFile() : e.isFile();
      if (isFile) items.push({ file: full });
      else {
        // A FIFO, device or socket with a linted name: reported, never opened.
        const kind = kindOf(stat ?? e);
        items.push({ found: { path: full, problem: { messageId: 'inputNotRegular', data: { kind } } } });
      }
    }
    for (let i = items.length - 1; i >= 0; i--) stack.push(items[i]!);
  }
}

/** A named folder or glob that gave nothing to lint: say why (an ignore pattern, links, nothing). */
function nothingFound(w: Walker, input: string, notesBefore: number, messageId: 'noFiles' | 'globNoMatch'): never {
  if (w.ignored) throw new TermlintError('allIgnored', { path: input, pattern: w.ignored.pattern, source: w.ignored.source });
  const links = w.notes.slice(notesBefore).filter((n) => n.messageId === 'noteSymlinkSkipped').length;
  if (links) throw new TermlintError('noFilesLinks', { paths: input, count: links });
  throw new TermlintError(messageId, { paths: input });
}


/** Inputs in a stable order, each real file once; a named input that yields nothing is an error. */
export function collectFiles(inputs: string[], options: CollectOptions): Collected {
  const w: Walker = { options, seen: new Set(), dirs: new Set(), out: [], notes: [], candidates: 0 };
  const base = options.base ?? options.cwd;
  const configScope =
    options.ignore?.length && !options.noIgnore ? scopeOf(base, options.ignoreSource ?? 'ignore', options.ignore.join('\n'), false) : undefined;
  // .gitignore files from the working directory down to each input apply to it.
  const scopesFor = (dir: string) => {
    if (options.noIgnore) return [];
    const scopes = scopesBetween(options.cwd, dir, w);
    return configScope ? [configScope, ...scopes] : scopes;
  };
  for (const input of inputs) {
    if (input === STDIN) {
      if (!w.out.some((f) => f.path === STDIN)) w.out.push({ path: STDIN });
      continue;
    }
    const abs = path.resolve(options.cwd, input);
    let stat: fs.Stats | undefined;
    let error: NodeJS.ErrnoException | undefined;
    try {
      stat = fs.statSync(abs);
    } catch (err) {
      error = err as NodeJS.ErrnoException;
    }
    const before = w.out.length;
    w.candidates = 0;
    w.ignored = undefined;
    if (stat?.isDirectory()) {
      const scopes = scopesFor(abs);
      const hit = options.noIgnore ? undefined : ignoredBy(scopes, abs, true);
      const notes = w.notes.length;
      if (!hit) walk(abs, scopes, w, (file) => options.extensions.includes(path.extname(file).toLowerCase()));
      else w.ignored = hit;
      if (w.out.length === before && !w.candidates) nothingFound(w, input, notes, 'noFiles');
    } else if (stat?.isFile()) {
      // Named on the command line: linted even where an ignore file covers it.
      const hit = options.noIgnore ? undefined : ignoredBy(scopesFor(path.dirname(abs)), abs, false);
      if (hit) w.notes.push({ messageId: 'noteNamedIgnored', data: { path: abs, pattern: hit.pattern, source: hit.source } });
      take(w, abs);
    } else if (stat) {
      w.out.push({ path: abs, problem: { messageId: 'inputNotRegular', data: { kind: kindOf(stat) } } });
    } else if (error?.code === 'ENOENT' && micromatch.scan(input).isGlob) {
      const { base: globBase, glob } = micromatch.scan(input);
      const root = path.resolve(options.cwd, globBase || '.');
      const depth = glob.includes('**') || glob.includes('{') ? Infinity : glob.split('/').length;
      const matches = (file: string) => micromatch.isMatch(path.relative(root, file).split(path.sep).join('/'), glob, { dot: false });
      let rootStat: fs.Stats | undefined;
      try {
        rootStat = fs.statSync(root);
      } catch {
        rootStat = undefined;
      }
      const notes = w.notes.length;
      if (rootStat?.isDirectory()) {
        const scopes = scopesFor(root);
        const hit = options.noIgnore ? undefined : ignoredBy(scopes, root, true);
        if (!hit) walk(root, scopes, w, matches, depth);
        else w.ignored = hit;
      }
      if (w.out.length === before && !w.candidates) nothingFound(w, input, notes, 'globNoMatch');
    } else if (error?.code === 'ENOENT') {
      let dangling = false;
      try {
        dangling = fs.lstatSync(abs).isSymbolicLink();
      } catch {
        dangling = false;
      }
      if (!dangling) throw new TermlintError('pathNotFound', { path: input });
      w.out.push({ path: abs, problem: { messageId: 'inputUnreadable', data: { detail: note('brokenLink', { detail: describeError(error) }) } } });
    } else {
      // ELOOP, ENAMETOOLONG, EACCES, ENOTDIR…: the path is named, the run goes on.
      w.out.push({ path: abs, problem: { messageId: 'inputUnreadable', data: { detail: describeError(error) } } });
    }
  }
  return { inputs: w.out, notes: w.notes };
}
