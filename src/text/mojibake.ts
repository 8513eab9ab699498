// Mojibake: text damaged by a wrong encoding somewhere upstream. Pure functions over the masked
// text (code, math, URLs and markup blanked, same length), so nothing outside prose is reported.
//
// - `?` standing for a lost character: between Han characters (模型的??能力), at the start of a line
//   where a bullet was (`? 数据清洗`), inside a Latin word (Lauren?on). A `?` that ends a question
//   is left alone.
// - UTF-8 read as Windows-1252 or Latin-1 (æ™ºèƒ½ = 智能, JosÃ© = José): the run is re-encoded
//   to its bytes and decoded as UTF-8; cut runs (a byte lost) are reported without a repair.
// - UTF-8 read as GBK or Big5 (鍙傛暟 = 参数): re-encoded and decoded strictly, accepted only when
//   rare characters turn into common ones.
// - U+FFFD, its GBK form 锟斤拷, debug-heap fill (烫烫烫, 屯屯屯, 燙燙燙), stray control characters.
import iconv from 'iconv-lite';
import { isHanCode } from './script';

export type MojibakeKind =
  | 'replacement'
  | 'replacementGbk'
  | 'fill'
  | 'control'
  | 'latin1'
  | 'latin1Cut'
  | 'gbk'
  | 'big5'
  | 'lostHan'
  | 'lostBullet'
  | 'lostLetter';

export interface MojibakeSpan {
  offset: number;
  length: number;
  kind: MojibakeKind;
  /** The text the span stood for, when it can be recovered. */
  repair?: string;
  /** For a cut run: what the surviving bytes read as, U+FFFD where bytes are missing. */
  decoded?: string;
}

// ---------------------------------------------------------------- UTF-8 over legacy bytes

/** A character's bytes in a legacy encoding, by code point; undefined when it has none. */
type BytesOf = (cp: number) => readonly number[] | undefined;

interface Decoded {
  /** Offset just after the last character consumed. */
  end: number;
  text: string;
  /** Incomplete sequences (a byte lost), each decoded as U+FFFD. */
  cut: number;
}

const isLead = (b: number) => b >= 0xc2 && b <= 0xf4;
/** A byte that was lost and shows as `?`. */
const LOST = -1;

/**
 * Decodes UTF-8 strictly from the legacy bytes of the characters at s[from…], stopping at the
 * first byte that breaks it; returns every decode that ends on a character boundary, longest
 * first. With `allowCut`, a sequence cut short by a new lead byte or by the end of the run counts
 * as one lost character instead of ending the decode.
 */
function decodeAt(s: string, from: number, bytesOf: BytesOf, allowCut: boolean): Decoded[] {
  let text = '';
  let cut = 0;
  let need = 0;
  let cp = 0;
  let lo = 0x80;
  let hi = 0xbf;
  let lost = false;
  const found: Decoded[] = [];
  outer: for (let i = from; i < s.length; ) {
    const ch = s.codePointAt(i)!;
    const bytes = bytesOf(ch);
    if (!bytes) break;
    i += ch > 0xffff ? 2 : 1;
    for (const b of bytes) {
      if (need > 0) {
        if ((b >= lo && b <= hi) || (b === LOST && allowCut)) {
          cp = (cp << 6) | (b & 0x3f);
          lost ||= b === LOST;
          [lo, hi] = [0x80, 0xbf];
          if (--need === 0) {
            text += lost ? '\uFFFD' : String.fromCodePoint(cp);
            if (lost) cut++;
            lost = false;
          }
          continue;
        }
        if (!allowCut || !isLead(b)) break outer;
        text += '\uFFFD';
        cut++;
        [need, lo, hi, lost] = [0, 0x80, 0xbf, false];
      }
      if (b === LOST) break outer;
      if (b < 0x80) text += String.fromCharCode(b);
      else if (b >= 0xc2 && b <= 0xdf) [need, cp] = [1, b & 0x1f];
      else if (b >= 0xe0 && b <= 0xef) [need, cp, lo, hi] = [2, b & 0x0f, b === 0xe0 ? 0xa0 : 0x80, b === 0xed ? 0x9f : 0xbf];
      else if (b >= 0xf0 && b <= 0xf4) [need, cp, lo, hi] = [3, b & 0x07, b === 0xf0 ? 0x90 : 0x80, b === 0xf4 ? 0x8f : 0xbf];
      else break outer;
    }
    if (need === 0) found.push({ end: i, text, cut });
    // A sequence cut short at the end of what decodes (its last bytes lost).
    else if (allowCut) found.push({ end: i, text: text + '\uFFFD', cut: cut + 1 });
  }
  return found.reverse();
}

/** Tries every character whose bytes start a UTF-8 sequence; keeps the longest decode `accept` takes. */
function scan(
  masked: string,
  bytesOf: BytesOf,
  allowCut: boolean,
  accept: (offset: number, length: number, decoded: Decoded) => boolean,
  emit: (offset: number, length: number, decoded: Decoded) => void,
): void {
  for (let i = 0; i < masked.length; ) {
    const cp = masked.codePointAt(i)!;
    const first = cp >= 0x80 ? bytesOf(cp)?.[0] : undefined;
    const d = first !== undefined && isLead(first) ? decodeAt(masked, i, bytesOf, allowCut).find((d) => accept(i, d.end - i, d)) : undefined;
    if (d) {
      emit(i, d.end - i, d);
      i = d.end;
    } else i += cp > 0xffff ? 2 : 1;
  }
}

// ---------------------------------------------------------------- UTF-8 read as Windows-1252 / Latin-1

let latinBytes: Map<number, readonly number[]> | undefined;

/** Character → byte for Windows-1252 and Latin-1 together (0x80–0xFF); `?` is a lost byte. */
function latinByteOf(cp: number): readonly number[] | undefined {
  if (cp === 0x3f) return [LOST];
  if (!latinBytes) {
    latinBytes = new Map();
    for (let b = 0x80; b <= 0xff; b++) {
      for (const enc of ['windows-1252', 'latin1']) {
        const c = iconv.decode(Buffer.from([b]), enc);
        if (c !== '\uFFFD' && !latinBytes.has(c.codePointAt(0)!)) latinBytes.set(c.codePointAt(0)!, [b]);
      }
    }
  }
  return latinBytes.get(cp);
}

/** A character that UTF-8 mojibake plausibly stood for. */
function plausibleDecoded(cp: number): boolean {
  if (cp < 0x80) return false;
  if (cp < 0x800) {
    // Two-byte sequences: only Latin-1 letters and symbols, Latin Extended-A, Greek, Cyrillic;
    // the rest (Arabic, NKo, IPA…) come out of ordinary accented words followed by punctuation.
    return (cp >= 0xa0 && cp <= 0x17f) || (cp >= 0x391 && cp <= 0x3c9) || (cp >= 0x400 && cp <= 0x45f);
  }
  if (cp >= 0xe000 && cp <= 0xf8ff) return false; // private use
  return /[\p{L}\p{N}\p{P}\p{S}\u200B-\u200D\u2060\uFEFF]/u.test(String.fromCodePoint(cp));
}

function findLatin1(masked: string, out: MojibakeSpan[]): void {
  scan(
    masked,
    latinByteOf,
    true,
    (offset, length, d) => {
      const cps = [...d.text].filter((c) => c !== '\uFFFD').map((c) => c.codePointAt(0)!);
      if (!cps.every(plausibleDecoded)) return false;
      if (d.cut === 0) return cps.length > 0;
      // Lost bytes are believable next to as many complete characters of three bytes or more,
      if (cps.filter((cp) => cp >= 0x800).length >= d.cut) return true;
      // or in a lone CJK lead and continuation next to Han (ä¸ = 不 with its last byte dropped),
      // but not in an accented word before punctuation (café”).
      const run = masked.slice(offset, offset + length);
      return (
        d.cut === 1 &&
        cps.length === 0 &&
        /^[äåæçèé][^\p{P}\s°©®™\u00AD?]+$/u.test(run) &&
        (hanBefore(masked, offset) || isHanAt(masked, offset + length))
      );
    },
    (offset, length, d) =>
      out.push(
        d.cut === 0
          ? { offset, length, kind: 'latin1', repair: d.text }
          : { offset, length, kind: 'latin1Cut', decoded: d.text },
      ),
  );
}

// ---------------------------------------------------------------- UTF-8 read as GBK / Big5

const legacyBytes = { gbk: new Map<number, number[] | null>(), big5: new Map<number, number[] | null>() };

/** The bytes of a character in GBK or Big5, if it has a non-ASCII code that round-trips. */
function dbcsBytes(enc: 'gbk' | 'big5', cp: number): number[] | undefined {
  if (cp < 0x80) return undefined;
  const cache = legacyBytes[enc];
  let bytes = cache.get(cp);
  if (bytes === undefined) {
    const ch = String.fromCodePoint(cp);
    const buf = iconv.encode(ch, enc);
    // Double-byte characters, and the one single byte above 0x7F: € (0x80 in GBK), which stands
    // for the continuation byte of a split character (涓€ = 一).
    bytes = buf[0]! >= 0x80 && buf.length <= 2 && iconv.decode(buf, enc) === ch ? [...buf] : null;
    cache.set(cp, bytes);
  }
  return bytes ?? undefined;
}

/** Everyday Han in one standard: GB2312 level 1 (3,755 characters) or Big5 level 1 (5,401). */
function isLevel1(enc: 'gbk' | 'big5', ch: string): boolean {
  const b = dbcsBytes(enc, ch.codePointAt(0)!);
  if (!b) return false;
  if (enc === 'gbk') return b[0]! >= 0xb0 && b[0]! <= 0xd7 && b[1]! >= 0xa1;
  const code = (b[0]! << 8) | b[1]!;
  return code >= 0xa440 && code <= 0xc67e;
}

/** Everyday Han in either script. */
export function isCommonHan(ch: string): boolean {
  return isLevel1('gbk', ch) || isLevel1('big5', ch);
}

/** CJK and fullwidth punctuation, and the general punctuation quotes, dashes and ellipsis. */
const CJK_PUNCT = /^[\u3000-\u303F\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65\u2010-\u2027\u00B7]$/;

function findDbcs(masked: string, enc: 'gbk' | 'big5', out: MojibakeSpan[]): void {
  scan(
    masked,
    (cp) => dbcsBytes(enc, cp),
    false,
    (offset, length, d) => {
      const original = masked.slice(offset, offset + length);
      const chars = [...d.text];
      // The last GBK/Big5 character may have eaten an ASCII byte that followed the sequence.
      if (chars.length > 1 && /^[\x21-\x7e]$/.test(chars[chars.length - 1]!)) chars.pop();
      if (!chars.every((c) => CJK_PUNCT.test(c) || (isHanCode(c.codePointAt(0)!) && isCommonHan(c)))) return false;
      // Two characters or more; or one: curly quotes and dashes (鈥檚 = ’s, 鈥淗 = “H), or a
      // character whose last byte shows as € (涓€ = 一).
      const single = original.endsWith('€') || (chars[0]! >= '\u2010' && chars[0]! <= '\u2027');
      if (chars.length === 0 || (chars.length === 1 && !single)) return false;
      // The original must be rare where the repair is common: every three mojibake characters
      // hold a lead byte of 0xE4–0xE9, which is never an everyday character in GBK or Big5.
      // (On average more than two of three are rare; ordinary text with a rare character next to
      // common ones can decode by chance: 《拼盘姘伴》. Long runs vary less, and need half.)
      const source = [...original];
      const rare = source.filter((c) => !CJK_PUNCT.test(c) && !isLevel1(enc, c)).length;
      // In Big5 only the first of three is: its other bytes fall on everyday characters (蝟餌絞 = 系統).
      if (enc === 'big5') return rare * 3 >= source.length;
      return rare >= 2 && (source.length >= 6 ? rare * 2 >= source.length : rare * 3 >= source.length * 2);
    },
    (offset, length, d) => out.push({ offset, length, kind: enc, repair: d.text }),
  );
}

// ---------------------------------------------------------------- question marks for lost characters

function isHanAt(s: string, i: number): boolean {
  return i >= 0 && i < s.length && isHanCode(s.codePointAt(i)!);
}

/** The character that ends just before `i` is Han (astral ones included). */
function hanBefore(s: string, i: number): boolean {
  if (i <= 0) return false;
  const low = s.charCodeAt(i - 1);
  return low >= 0xdc00 && low <= 0xdfff && i > 1 ? isHanAt(s, i - 2) : isHanCode(low);
}

/** Words and particles that make a clause a question. */
const QUESTION =
  /[吗嗎呢吧嘛]|什[么麼]|怎|为何|為何|如何|何[时時处處种種以必在妨]|有何|是何|哪|谁|誰|多少|多[久长長大远遠高重]|[几幾][个個次种種年天]|是否|难道|難道|能否|可否|(\p{Script=Han})[不没沒]\1|还是|還是|啥|咋|岂|豈/u;

/** Han characters a question without a question word has at most (你确定? 这样也行?). */
const SHORT_QUESTION = 8;

/** The clause before `at`, back to the previous sentence end or line break. */
function clauseBefore(s: string, at: number): string {
  let i = at;
  while (i > 0 && !/[。！？!?；;\n\r]/.test(s[i - 1]!)) i--;
  return s.slice(i, at);
}

function clauseAfter(s: string, from: number): string {
  let i = from;
  while (i < s.length && !/[。！？!?；;\n\r]/.test(s[i]!)) i++;
  return s.slice(from, i);
}

/** The line around `at` uses ASCII punctuation after Chinese (so a `?` there may be a question mark). */
function lineUsesAsciiPunctuation(s: string, at: number): boolean {
  const start = s.lastIndexOf('\n', at) + 1;
  let end = s.indexOf('\n', at);
  if (end === -1) end = s.length;
  return /\p{Script=Han}[,.!:;]/u.test(s.slice(start, end));
}

function findQuestionMarks(masked: string, out: MojibakeSpan[]): void {
  for (const m of masked.matchAll(/[?？]+/g)) {
    const at = m.index;
    const end = at + m[0].length;
    const lineStart = masked.lastIndexOf('\n', at - 1) + 1;
    const atLineStart = /^[ \t]*$/.test(masked.slice(lineStart, at));
    const rest = clauseAfter(masked, end);
    if (atLineStart) {
      // A bullet or symbol lost to a wrong encoding: `? 数据清洗`; or a first character: `?量数据`.
      const eol = masked.indexOf('\n', end);
      const line = masked.slice(end, eol === -1 ? masked.length : eol).trimEnd();
      if (QUESTION.test(rest) || /[?？]$/.test(line)) continue;
      if (/^[ \t]+[\p{Script=Han}\p{L}]/u.test(line)) out.push({ offset: at, length: m[0].length, kind: 'lostBullet' });
      else if (m[0].includes('?') && isHanAt(masked, end)) out.push({ offset: at, length: m[0].length, kind: 'lostHan' });
      continue;
    }
    if (!hanBefore(masked, at) || !isHanAt(masked, end)) continue;
    const clause = clauseBefore(masked, at);
    if (QUESTION.test(clause)) continue;
    // A half-width `?` in a line that writes full-width punctuation stands for a lost character;
    // in half-width text it may be a question mark, if its clause is short enough to ask without
    // a question word (你确定?真的?) — a long statement ending in `?` mid-line lost a character
    // (深入研究驗?集的預處理). A single full-width `？` is a question mark (你确定？); a run of
    // them in mid-sentence is not.
    const han = clause.match(/\p{Script=Han}/gu)?.length ?? 0;
    if (m[0].includes('?') ? lineUsesAsciiPunctuation(masked, at) && han <= SHORT_QUESTION : m[0].length < 2) continue;
    out.push({ offset: at, length: m[0].length, kind: 'lostHan' });
  }
  // A Latin letter lost inside a word: Lauren?on.
  for (const m of masked.matchAll(/[A-Za-z]+\?[a-z]+/g)) out.push({ offset: m.index, length: m[0].length, kind: 'lostLetter' });
}

// ---------------------------------------------------------------- fixed signatures

const FIXED: { re: RegExp; kind: MojibakeKind }[] = [
  { re: /\uFFFD+/g, kind: 'replacement' },
  { re: /(?:锟斤拷)+(?:锟斤?)?|斤拷(?:锟斤拷)*(?:锟斤?)?|锟斤/g, kind: 'replacementGbk' },
  { re: /烫{3,}|屯{3,}|燙{3,}/g, kind: 'fill' },
  { re: /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]+/g, kind: 'control' },
];

/**
 * Every mojibake span in prose. `masked` is `text` with non-prose blanked (same length); spans
 * never overlap, and a span found by a more specific kind wins.
 */
export function findMojibake(text: string, masked: string): MojibakeSpan[] {
  if (text.length !== masked.length) throw new Error('findMojibake: masked text differs in length');
  const found: MojibakeSpan[] = [];
  findLatin1(masked, found);
  for (const { re, kind } of FIXED) {
    for (const m of masked.matchAll(re)) found.push({ offset: m.index, length: m[0].length, kind });
  }
  findDbcs(masked, 'gbk', found);
  findDbcs(masked, 'big5', found);
  findQuestionMarks(masked, found);
  // Earlier kinds win; then keep the spans in text order.
  const taken = new Uint8Array(masked.length);
  const kept: MojibakeSpan[] = [];
  for (const s of found) {
    if (taken.subarray(s.offset, s.offset + s.length).some((x) => x)) continue;
    taken.fill(1, s.offset, s.offset + s.length);
    kept.push(s);
  }
  return kept.sort((a, b) => a.offset - b.offset);
}
