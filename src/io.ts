// Reading one file safely, for every layer that reads user files (inputs, configuration, glossaries):
// opened without blocking, checked to be a regular file on the open descriptor, read up to a limit.
import fs from 'node:fs';

export const MB = 1024 * 1024;
/** Default size limit per input (--max-file-size, maxFileSize). */
export const DEFAULT_MAX_FILE_SIZE = 64 * MB;
/** The largest limit accepted: a bigger text may not fit in a JavaScript string (2^29 characters). */
export const MAX_FILE_SIZE_CEILING = 500 * MB;
/** Small files termlint reads for itself (.gitignore, configuration). */
export const SETTINGS_FILE_LIMIT = 4 * MB;

import writeFileAtomic from 'write-file-atomic';
import { note, type Note, type NoteValue } from './errors';
export type { Note } from './errors';

/** An input to lint, or a path that could not be (with the problem to report for it). */
// ---------------------------------------------------------------------------------------------
// Errors and file kinds, in words

/** Error codes with a message of their own (`errno.CODE` in locales/*.json). */
const ERRNO = new Set(['EACCES', 'EPERM', 'ELOOP', 'ENAMETOOLONG', 'ENOENT', 'ENOTDIR', 'EISDIR', 'EIO', 'EMFILE', 'ENFILE', 'ENXIO', 'ENOSPC', 'EROFS', 'EAGAIN']);

/** "permission denied (EACCES)", for any error from the file system: a message, or the error's own text. */
export function describeError(err: unknown): NoteValue {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code) return ERRNO.has(code) ? note(`errno.${code}`, { code }) : code;
  return err instanceof Error ? err.message : String(err);
}

/** What a path is when it is not a regular file (`kind.*` messages). */
export function kindOf(stat: fs.Stats | fs.Dirent): Note {
  const kind = stat.isDirectory()
    ? 'directory'
    : stat.isFIFO()
      ? 'fifo'
      : stat.isCharacterDevice()
        ? 'characterDevice'
        : stat.isBlockDevice()
          ? 'blockDevice'
          : stat.isSocket()
            ? 'socket'
            : stat.isSymbolicLink()
              ? 'symlink'
              : 'other';
  return note(`kind.${kind}`);
}

/** Why a settings file (configuration, glossary) could not be read, as the detail of a message. */
export function readProblemDetail(problem: Note): NoteValue {
  const { messageId, data } = problem;
  if (messageId === 'inputNotRegular') return note('notRegularFile', { kind: data.kind! });
  if (messageId.startsWith('inputTooLarge')) return note('largerThan', { limit: data.limit! });
  return data.detail ?? messageId;
}

/** 64 MB, 1.5 MB, 300 KB, 12 bytes. */
export function formatBytes(n: number): string {
  const round = (x: number) => String(Math.round(x * 10) / 10);
  if (n >= MB) return `${round(n / MB)} MB`;
  if (n >= 1024) return `${round(n / 1024)} KB`;
  return `${n} bytes`;
}

/** "64MB", "500 KB", "1.5g", "1048576" → bytes (binary multiples); undefined if not a size. */
export function parseSize(value: string | number): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 ? value : undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|bytes?|k|kb|kib|m|mb|mib|g|gb|gib)?\s*$/i.exec(value);
  if (!m) return undefined;
  const unit = (m[2] ?? 'b').toLowerCase()[0]!;
  const bytes = Math.floor(Number(m[1]) * ({ b: 1, k: 1024, m: MB, g: 1024 * MB } as Record<string, number>)[unit]!);
  return bytes > 0 ? bytes : undefined;
}

// ---------------------------------------------------------------------------------------------
// Reading

export type ReadResult = { ok: true; bytes: Buffer } | { ok: false; problem: Note };

const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

export function tooLarge(size: number | undefined, limit: number): Note {
  return size === undefined
    ? { messageId: 'inputTooLargeStream', data: { limit: formatBytes(limit) } }
    : { messageId: 'inputTooLarge', data: { size: formatBytes(size), limit: formatBytes(limit) } };
}

/**
 * Reads a regular file of at most `limit` bytes. Opening does not block (a FIFO opens at once with
 * O_NONBLOCK), the type is checked on the open descriptor, and at most limit + 1 bytes are read,
 * so a device, a pipe or a file that grows while it is read never holds the run.
 */
export function readInput(file: string, limit: number): ReadResult {
  let fd: number;
  try {
    fd = fs.openSync(file, OPEN_FLAGS);
  } catch (err) {
    // A Unix socket cannot be opened: ENXIO.
    if ((err as NodeJS.ErrnoException).code === 'ENXIO') return { ok: false, problem: { messageId: 'inputNotRegular', data: { kind: 'socket' } } };
    return { ok: false, problem: { messageId: 'inputUnreadable', data: { detail: describeError(err) } } };
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) return { ok: false, problem: { messageId: 'inputNotRegular', data: { kind: kindOf(stat) } } };
    if (stat.size > limit) return { ok: false, problem: tooLarge(stat.size, limit) };
    // st_size can be 0 for files whose content is generated (/proc); read to the end, bounded.
    let buf = Buffer.allocUnsafe(Math.min(stat.size, limit) + 1);
    let n = 0;
    for (;;) {
      if (n === buf.length) {
        if (n > limit) break;
        const bigger = Buffer.allocUnsafe(Math.min(limit + 1, Math.max(64 * 1024, n * 2)));
        buf.copy(bigger, 0, 0, n);
        buf = bigger;
      }
      const read = fs.readSync(fd, buf, n, buf.length - n, null);
      if (read === 0) break;
      n += read;
    }
    if (n > limit) return { ok: false, problem: tooLarge(undefined, limit) };
    return { ok: true, bytes: buf.subarray(0, n) };
  } catch (err) {
    return { ok: false, problem: { messageId: 'inputUnreadable', data: { detail: describeError(err) } } };
  } finally {
    fs.closeSync(fd);
  }
}


/** Replaces a file's content atomically: a temporary file in the same directory, fsync, rename;
 * the file's mode (and owner, where permitted) kept. The only way termlint writes a user's file. */
export function writeAtomic(file: string, content: Uint8Array | string): void {
  writeFileAtomic.sync(file, typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content.buffer, content.byteOffset, content.byteLength));
}
