// Bytes to text: UTF-8 with or without BOM, UTF-16 LE/BE with BOM; invalid UTF-8 sequences become
// U+FFFD (reported by encoding/mojibake at their place); a file that is clearly not text, or in
// another encoding, is refused whole, naming the encoding it looks like (chardet, confirmed by
// decoding with iconv-lite) so that Latin-1 is not called GBK.
import chardet from 'chardet';
import iconv from 'iconv-lite';

export type Decoded =
  | { ok: true; text: string; encoding: 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' }
  | {
      ok: false;
      messageId: 'inputBinary' | 'inputNotUtf8';
      /** What the bytes look like (GBK/GB18030, Big5, Latin-1/Windows-1252, UTF-16LE without BOM…). */
      encoding?: string;
    };

const utf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
const utf16le = new TextDecoder('utf-16le', { fatal: false, ignoreBOM: false });
const utf16be = new TextDecoder('utf-16be', { fatal: false, ignoreBOM: false });

/** chardet's names, as a user would recognise them (and iconv would accept the first word). */
const NAMES: Record<string, string> = {
  GB18030: 'GBK/GB18030',
  Big5: 'Big5',
  'ISO-8859-1': 'Latin-1/Windows-1252',
  'windows-1252': 'Latin-1/Windows-1252',
  'UTF-16LE': 'UTF-16LE without a byte-order mark',
  'UTF-16BE': 'UTF-16BE without a byte-order mark',
  'UTF-32LE': 'UTF-32LE',
  'UTF-32BE': 'UTF-32BE',
};

/** The encoding the bytes most likely are in, if a detector is confident and the bytes decode. */
export function guessEncoding(bytes: Uint8Array): string | undefined {
  const sample = bytes.subarray(0, 64 * 1024);
  for (const { name, confidence } of chardet.analyse(sample)) {
    if (confidence < 30) break; // sorted by confidence; below this chardet is guessing
    if (name === 'UTF-8' || name === 'ASCII') continue;
    if (/^UTF-(16|32)/.test(name)) return NAMES[name];
    if (!iconv.encodingExists(name)) continue;
    const text = iconv.decode(Buffer.from(sample.buffer, sample.byteOffset, sample.byteLength), name);
    // Cut at the sample's end, a multi-byte character may be split: allow one replacement.
    if ((text.match(/\uFFFD/g)?.length ?? 0) > 1) continue;
    return NAMES[name] ?? name;
  }
  return undefined;
}

const TEXTLIKE = /[\t\n\r\x20-\x7e\u00a0-\u024f\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/g;

/** UTF-16 without a byte-order mark: NUL bytes, yet one byte order reads as text (chardet cannot tell). */
function utf16WithoutBom(bytes: Uint8Array): string | undefined {
  const sample = bytes.subarray(0, 8192 - (Math.min(bytes.length, 8192) % 2));
  if (sample.length < 4) return undefined;
  for (const [decoder, name] of [[utf16le, 'UTF-16LE'], [utf16be, 'UTF-16BE']] as const) {
    const text = decoder.decode(sample);
    if ((text.match(TEXTLIKE)?.length ?? 0) >= 0.95 * text.length) return NAMES[name];
  }
  return undefined;
}

function refuse(messageId: 'inputBinary' | 'inputNotUtf8', bytes: Uint8Array): Decoded {
  const encoding = messageId === 'inputBinary' ? utf16WithoutBom(bytes) : guessEncoding(bytes);
  return encoding ? { ok: false, messageId: 'inputNotUtf8', encoding } : { ok: false, messageId };
}

export function decode(bytes: Uint8Array): Decoded {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xff && b1 === 0xfe && !(b2 === 0 && b3 === 0)) return utf16(utf16le.decode(bytes), 'UTF-16LE', bytes);
  if (b0 === 0xfe && b1 === 0xff) return utf16(utf16be.decode(bytes), 'UTF-16BE', bytes);
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff)) {
    return { ok: false, messageId: 'inputNotUtf8', encoding: b0 === 0 ? 'UTF-32BE' : 'UTF-32LE' };
  }
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return refuse('inputBinary', bytes);
  const text = utf8.decode(bytes);
  let replaced = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) replaced++;
  // A few bad bytes are defects to report; a file full of them, or whose every non-ASCII byte is
  // invalid (Latin-1 prose: no valid UTF-8 sequence at all), is in another encoding.
  if (replaced > 16 && replaced / Math.max(1, text.length) > 0.02) return refuse('inputNotUtf8', bytes);
  if (replaced >= 3 && !/[^\u0000-\u007f\uFFFD]/.test(text)) return refuse('inputNotUtf8', bytes);
  return { ok: true, text, encoding: 'UTF-8' };
}

/** Decoded UTF-16 (BOM dropped by the decoder); NUL characters still mean binary. */
function utf16(text: string, encoding: 'UTF-16LE' | 'UTF-16BE', bytes: Uint8Array): Decoded {
  if (text.slice(0, 4096).includes('\0') || bytes.length % 2 !== 0) return { ok: false, messageId: 'inputBinary' };
  return { ok: true, text, encoding };
}

/** The message id and data of a refused input, for its input/* diagnostic. */
export function undecodable(d: Decoded & { ok: false }): { messageId: string; data: Record<string, string> } {
  return d.encoding ? { messageId: 'inputEncoding', data: { encoding: d.encoding } } : { messageId: d.messageId, data: {} };
}

/** `text` in the encoding and byte-order mark of `original`; undefined when `original` does not
 * round-trip through decode (invalid UTF-8 bytes would be lost), so it must not be rewritten. */
export function encodeLike(original: Uint8Array, text: string): Uint8Array | undefined {
  const d = decode(original);
  if (!d.ok) return undefined;
  const encode = (s: string): Buffer => {
    if (d.encoding === 'UTF-8') return Buffer.from(s, 'utf8');
    const le = Buffer.from(s, 'utf16le');
    return d.encoding === 'UTF-16LE' ? le : le.swap16();
  };
  const bom = d.encoding === 'UTF-8' ? (original[0] === 0xef && original[1] === 0xbb && original[2] === 0xbf ? '\uFEFF' : '') : '\uFEFF';
  const same = encode(bom + d.text);
  if (Buffer.compare(same, Buffer.from(original.buffer, original.byteOffset, original.byteLength)) !== 0) return undefined;
  return encode(bom + text);
}
