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

/** A message id and its data, rendered at the edge. */
export interface Note {
  messageId: string;
  data: Record<string, string | number>;
}

/** An input to lint, or a path that could not be (with the problem to report for it). */
// ---------------------------------------------------------------------------------------------
// Errors and file kinds, in words

const ERRNO: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ELOOP: 'too many levels of symbolic links',
  ENAMETOOLONG: 'file name too long',
  ENOENT: 'no such file or directory',
  ENOTDIR: 'a component of the path is not a directory',
  EISDIR: 'is a directory',
  EIO: 'input/output error',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files in the system',
  ENXIO: 'no such device or address',
  ENOSPC: 'no space left on device',
  EROFS: 'read-only file system',
  EAGAIN: 'resource temporarily unavailable',
};

/** "permission denied (EACCES)", for any error from the file system. */
export function describeError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code) return ERRNO[code] ? `${ERRNO[code]} (${code})` : code;
  return err instanceof Error ? err.message : String(err);
}

export function kindOf(stat: fs.Stats): string {
  if (stat.isDirectory()) return 'directory';
  if (stat.isFIFO()) return 'named pipe (FIFO)';
  if (stat.isCharacterDevice()) return 'character device';
  if (stat.isBlockDevice()) return 'block device';
  if (stat.isSocket()) return 'socket';
  if (stat.isSymbolicLink()) return 'symbolic link';
  return 'not a regular file';
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

