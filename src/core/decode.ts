// Bytes to text: UTF-8 with or without BOM; invalid sequences become U+FFFD (reported by
// encoding/mojibake at their place); a file that is clearly not UTF-8 text is refused whole.
export type Decoded = { ok: true; text: string } | { ok: false; messageId: 'inputBinary' | 'inputNotUtf8' };

const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

export function decode(bytes: Uint8Array): Decoded {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { ok: false, messageId: 'inputBinary' };
  const text = decoder.decode(bytes);
  let replaced = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) replaced++;
  // A few bad bytes are defects to report; a file full of them is in another encoding (GBK, Big5).
  if (replaced > 16 && replaced / Math.max(1, text.length) > 0.02) return { ok: false, messageId: 'inputNotUtf8' };
  return { ok: true, text };
}
