// gettext PO: parsed by gettext-parser (msgctxt, plurals, flags; obsolete #~ entries are skipped),
// and located line by line so that diagnostics point at the msgstr.
import iconv from 'iconv-lite';
import type { Bundle, Span, Unit } from '../core/bundle';
import type { BilingualFormat } from './format';
import { blank } from '../core/bundle';
import { parseProblem } from '../core/diagnostic';
import { note } from '../errors';
import { LineIndex } from '../core/positions';
import { placeholdersOf, syntaxesOfFlags, type Syntax } from './placeholders';
import { MAX_NPLURALS, parsePluralForms } from './plural-forms';

/** Without format flags: printf (%s, %1$d), Python (%(name)s, {name}) and Qt (%1) placeholders. */
const DEFAULT_SYNTAXES: Syntax[] = ['python', 'printf', 'brace', 'qt'];

/** The placeholders of a PO string; the entry's format flags (`#, python-format`) decide the syntax when present. */
export function poPlaceholders(value: string, flags: readonly string[] = []): string[] {
  return placeholdersOf(value, syntaxesOfFlags(flags) ?? DEFAULT_SYNTAXES);
}

function unescape(s: string): string {
  return s.replace(/\\(.)/g, (_, c: string) => ({ n: '\n', t: '\t', r: '\r' })[c] ?? c);
}

interface Located {
  ctx: string;
  id: string;
  strs: Map<number, Span>;
}

/** Each entry's msgctxt and msgid as written, and where each msgstr's strings are. */
function locate(text: string): Located[] {
  const out: Located[] = [];
  let cur: Located | undefined;
  let field: { name: string; index: number } | undefined;
  const lines = text.split(/(?<=\n)/);
  let offset = 0;
  for (const raw of lines) {
    const line = raw.replace(/\r?\n$/, '');
    const kw = /^(msgctxt|msgid_plural|msgid|msgstr)(?:\[(\d+)\])?\s+"/.exec(line);
    const cont = /^\s*"/.test(line);
    if (kw) {
      const name = kw[1]!;
      // An entry starts at msgctxt, or at a msgid that does not follow its msgctxt.
      if (name === 'msgctxt' || (name === 'msgid' && field?.name !== 'msgctxt')) {
        cur = { ctx: '', id: '', strs: new Map() };
        out.push(cur);
      }
      field = { name, index: kw[2] ? Number(kw[2]) : 0 };
    } else if (!cont) {
      if (!line.trim()) field = undefined;
      offset += raw.length;
      continue;
    }
    if (cur && field) {
      const q = line.indexOf('"');
      const str = line.slice(q + 1, line.lastIndexOf('"'));
      if (field.name === 'msgctxt') cur.ctx += unescape(str);
      else if (field.name === 'msgid') cur.id += unescape(str);
      else if (field.name === 'msgstr') {
        const start = offset + q + 1;
        const end = offset + line.lastIndexOf('"');
        const prev = cur.strs.get(field.index);
        cur.strs.set(field.index, prev ? { start: prev.start, end } : { start, end });
      }
    }
    offset += raw.length;
  }
  return out;
}

/** A msgstr region with quotes, keywords and escapes blanked: only the text is linted. */
function maskRegion(text: string, span: Span): string {
  let r = text.slice(span.start, span.end);
  for (const m of r.matchAll(/"\s*\r?\n\s*"|\\./g)) r = blank(r, m.index!, m.index! + m[0].length);
  return r;
}

interface PoEntry {
  msgctxt?: string;
  msgid: string;
  msgid_plural?: string;
  msgstr: string[];
  comments?: { flag?: string };
}

/** The charset the header's Content-Type declares, if any (read from the bytes: ASCII in every charset PO allows). */
export function declaredCharset(bytes: Buffer): string | undefined {
  const head = bytes.subarray(0, 64 * 1024).toString('latin1');
  return /"Content-Type:[^"\n]*?charset=([^\s;"\\]+)/i.exec(head)?.[1];
}

/**
 * A PO file in the charset it declares: GBK, Big5 and others decoded with iconv-lite; UTF-8, no
 * declaration or the template's placeholder `CHARSET` left to the usual decoding; an unknown
 * charset is input/encoding.
 */
export function decodePo(bytes: Buffer): ReturnType<NonNullable<BilingualFormat['decode']>> {
  const charset = declaredCharset(bytes);
  if (!charset || /^(utf-?8|charset)$/i.test(charset)) return undefined;
  const shown = charset.slice(0, 40);
  if (!iconv.encodingExists(charset)) {
    return { ok: false, problem: { rule: 'input/encoding', severity: 'error', messageId: 'unknownCharset', data: { charset: shown } } };
  }
  return { ok: true, text: iconv.decode(bytes, charset) };
}

/** Where a header field is in the file (its name and value on one line), for a diagnostic. */
function headerAt(text: string, name: string): { offset: number; length: number } {
  const m = new RegExp(`${name}:[^"\\n\\\\]*`, 'i').exec(text);
  return m ? { offset: m.index, length: m[0].length } : { offset: 0, length: 0 };
}

export async function readPo(bytes: Buffer, text: string, shown: string): Promise<Bundle> {
  const bundle: Bundle = { format: 'po', escape: (s) => s.replace(/[\\"]/g, (c) => `\\${c}`), path: shown, text, sourceLocale: 'en', targetLocale: 'zh', units: [], extra: [], problems: [], sourceProblems: [] };
  const { po } = (await import('gettext-parser')) as unknown as {
    po: { parse(b: Buffer, defaultCharset?: string): { headers?: Record<string, string>; translations: Record<string, Record<string, PoEntry>> } };
  };
  let parsed;
  try {
    // Without a header (no declared charset) the file is UTF-8, as it was decoded.
    parsed = po.parse(bytes, 'utf-8');
  } catch (err) {
    const m = /line (\d+)/i.exec(String((err as Error).message));
    const lineNo = m ? Number(m[1]) : 1;
    const offset = text.split(/(?<=\n)/).slice(0, lineNo - 1).join('').length;
    bundle.problems.push(parseProblem(text, offset, 0, (err as Error).message));
    return bundle;
  }
  const headers = parsed.headers ?? {};
  bundle.targetLocale = headers.Language || headers.language || 'zh';
  // Plural-Forms validated (nplurals 1–6, a C expression over n); without it, one form, as Chinese has.
  const header = headers['Plural-Forms'];
  const pluralForms = header === undefined ? undefined : parsePluralForms(header);
  if (pluralForms && !pluralForms.ok) {
    const at = headerAt(text, 'Plural-Forms');
    bundle.problems.push(parseProblem(text, at.offset, at.length, pluralForms.detail));
  }
  const nplurals = pluralForms?.ok ? pluralForms.nplurals : header === undefined ? 1 : undefined;
  let lines: LineIndex | undefined;
  const located = new Map(locate(text).map((l) => [`${l.ctx}\u0004${l.id}`, l]));
  for (const [ctx, entries] of Object.entries(parsed.translations)) {
    for (const entry of Object.values(entries)) {
      if (!entry.msgid) continue; // the header
      const where = located.get(`${ctx}\u0004${entry.msgid}`);
      const shownKey = entry.msgctxt ? `${entry.msgctxt}|${entry.msgid}` : entry.msgid;
      // With a bad Plural-Forms, the forms the entry has (at most six) are checked.
      const forms = entry.msgid_plural ? (nplurals ?? Math.min(MAX_NPLURALS, Math.max(1, entry.msgstr.length))) : 1;
      if (entry.msgid_plural && pluralForms?.ok && entry.msgstr.length !== nplurals) {
        const first = where?.strs.get(0);
        const offset = first ? text.lastIndexOf('msgstr', first.start) : 0;
        bundle.problems.push(
          parseProblem(text, offset, first ? 6 : 0, note('parse.pluralCount', { key: shownKey.slice(0, 60), count: entry.msgstr.length, nplurals: pluralForms.nplurals }), (lines ??= new LineIndex(text))),
        );
      }
      for (let i = 0; i < forms; i++) {
        const source = i === 0 ? entry.msgid : (entry.msgid_plural ?? entry.msgid);
        const placeholderSource = entry.msgid_plural && forms === 1 ? entry.msgid_plural : source;
        const target = entry.msgstr[i];
        const span = where?.strs.get(i);
        const flags = (entry.comments?.flag ?? '').split(',').map((f) => f.trim());
        const unit: Unit = {
          key: entry.msgid_plural ? `${shownKey}[${i}]` : shownKey,
          source,
          sourcePlaceholders: poPlaceholders(placeholderSource, flags),
          targetPlaceholders: target ? poPlaceholders(target, flags) : [],
          ...(flags.includes('fuzzy') ? { review: 'fuzzy' as const } : {}),
          ...(entry.msgctxt ? { context: entry.msgctxt } : {}),
          ...(target !== undefined ? { target } : {}),
          ...(span ? { span, maskedTarget: maskRegion(text, span) } : {}),
        };
        bundle.units.push(unit);
      }
    }
  }
  return bundle;
}

export const format: BilingualFormat = {
  id: 'po',
  summary: 'gettext PO catalogues: msgid and msgstr in one file',
  pairing: 'file',
  extensions: ['.po', '.pot'],
  decode: decodePo,
  readFile: async ({ bytes, text, shown }) => [await readPo(bytes, text, shown)],
};
