// JSON written a piece at a time, byte for byte what JSON.stringify(value, null, 2) gives for the
// whole: reporters stream arrays of any length without building one string (bounded memory).

const pad = (depth: number) => '  '.repeat(depth);

/** `JSON.stringify(value, null, 2)` as it reads nested `depth` levels deep. */
export function indented(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, '\n' + pad(depth));
}

/**
 * An array at `depth`, one item at a time: `open()` before each item's text (written at
 * depth + 1), `close()` after the last. Together they read like JSON.stringify's `[]` or `[\n …\n]`.
 */
export class ArrayWriter {
  private count = 0;
  constructor(private readonly depth: number) {}

  open(): string {
    return (this.count++ ? ',\n' : '[\n') + pad(this.depth + 1);
  }

  item(value: unknown): string {
    return this.open() + indented(value, this.depth + 1);
  }

  close(): string {
    return this.count ? '\n' + pad(this.depth) + ']' : '[]';
  }
}

/**
 * `JSON.stringify(value, null, 2)` of an object at `depth` split around its last property, an
 * empty array the caller streams: [text before the array, text after it].
 */
export function around(value: Record<string, unknown>, depth: number): [string, string] {
  const text = indented(value, depth);
  const at = text.lastIndexOf('[]');
  return [text.slice(0, at), text.slice(at + 2)];
}
