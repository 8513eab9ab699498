// --cache: files whose content, glossary, configuration and termlint version are as in an earlier
// run are not linted again; their results come from the cache file. A cache file that cannot be
// read or parsed, or was written under other settings, is ignored and rewritten.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { decode } from '../core/decode';
import { describeError, MAX_FILE_SIZE_CEILING, readInput, writeAtomic } from '../core/files';
import type { NoteValue } from '../errors';
import type { Diagnostic, DocScript, FileLint } from '../core/types';
import type { Glossary } from '../glossary/glossary';

export const CACHE_VERSION = 1;
export const DEFAULT_CACHE_FILE = path.join('node_modules', '.cache', 'termlint', 'lint-cache.json');

interface CachedFile {
  hash: string;
  script: DocScript;
  diagnostics: Diagnostic[];
}

interface CacheData {
  version: typeof CACHE_VERSION;
  /** Hash of termlint's version, the glossary's files and the settings that change results. */
  key: string;
  files: Record<string, CachedFile>;
}

const sha256 = (data: string | Uint8Array) => crypto.createHash('sha256').update(data).digest('hex');

/** The cache file: --cache-location (a file, or a folder when it ends with a separator or is one), else the default. */
export function cacheFile(cwd: string, location?: string): string {
  if (!location) return path.resolve(cwd, DEFAULT_CACHE_FILE);
  const p = path.resolve(cwd, location);
  let isDir = /[\\/]$/.test(location);
  try {
    isDir ||= fs.statSync(p).isDirectory();
  } catch {
    // not there yet (or not reachable): a file name; writing it will say what is wrong
  }
  return isDir ? path.join(p, 'lint-cache.json') : p;
}

/** Hash of the glossary's files, by path and content. */
export function glossaryHash(glossary: Glossary): string {
  const h = crypto.createHash('sha256');
  for (const f of glossary.files) {
    h.update(`${f.builtin ? 'builtin:' : ''}${f.path}\0`);
    try {
      h.update(fs.readFileSync(f.path));
    } catch {
      h.update(JSON.stringify(f.entries));
    }
    h.update('\0');
  }
  return h.digest('hex');
}

/** The key every entry of a cache file shares. */
export function cacheKey(version: string, glossary: Glossary, settings: unknown): string {
  return sha256(JSON.stringify([CACHE_VERSION, version, glossaryHash(glossary), settings, process.env.TERMLINT_SEGMENTER ?? '']));
}

function readCache(file: string, key: string): Record<string, CachedFile> {
  // Regular files only, bounded: a cache location that names a device or a pipe never holds the run.
  const read = readInput(file, MAX_FILE_SIZE_CEILING);
  if (!read.ok) return {};
  try {
    const data = JSON.parse(read.bytes.toString('utf8')) as Partial<CacheData>;
    if (data?.version === CACHE_VERSION && data.key === key && data.files && typeof data.files === 'object' && !Array.isArray(data.files)) {
      return data.files;
    }
  } catch {
    // missing or corrupt: start afresh
  }
  return {};
}

export class LintCache {
  hits = 0;
  private readonly files: Record<string, CachedFile>;
  /** Files read for their hash this run and linted: shown path → [real path, hash]. */
  private readonly pending = new Map<string, [string, string]>();

  constructor(
    readonly file: string,
    private readonly key: string,
    private readonly maxFileSize: number,
    private readonly keepText: boolean,
  ) {
    this.files = readCache(file, key);
  }

  /** For lintFileStream's `before`: the cached result of an unchanged file, else undefined (lint it). */
  lookup(file: string, shown: string): FileLint | undefined {
    const read = readInput(file, this.maxFileSize);
    if (!read.ok) return undefined;
    const hash = sha256(read.bytes);
    const hit = this.files[file];
    if (hit && hit.hash === hash && Array.isArray(hit.diagnostics)) {
      let text = '';
      if (this.keepText) {
        const decoded = decode(read.bytes);
        if (!decoded.ok) return undefined;
        text = decoded.text;
      }
      this.hits++;
      return { result: { path: shown, script: hit.script, diagnostics: hit.diagnostics.map((d) => ({ ...d })) }, text };
    }
    this.pending.set(shown, [file, hash]);
    return undefined;
  }

  /** Records a linted file's result (before anything filters it). */
  store(lint: FileLint): void {
    const p = this.pending.get(lint.result.path);
    if (!p) return;
    this.files[p[0]] = {
      hash: p[1],
      script: lint.result.script,
      diagnostics: lint.result.diagnostics.map(({ message: _m, ...d }) => structuredClone(d)),
    };
  }

  /** Writes the cache atomically; entries of files that no longer exist are dropped. Returns a problem, if any. */
  save(): NoteValue | undefined {
    const files: Record<string, CachedFile> = {};
    for (const p of Object.keys(this.files).sort()) if (fs.existsSync(p)) files[p] = this.files[p]!;
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      writeAtomic(this.file, JSON.stringify({ version: CACHE_VERSION, key: this.key, files }) + '\n');
      return undefined;
    } catch (err) {
      return describeError(err);
    }
  }
}
