// Document pairs: an English document and its Chinese translation (Markdown, MDX, plain text),
// aligned section by section (headings), then paragraph by paragraph where both sections have
// as many; each aligned block is a unit, so that a finding points at the paragraph concerned.
// Where the structure differs, the section (or, failing that, the whole document) is the unit.
import type { Read } from '../core/analyze';
import type { Bundle, Unit } from '../core/bundle';
import { fileDiagnostic } from '../core/diagnostic';
import type { BilingualFormat, PairInput, TextFormat } from './format';

interface Block {
  heading: boolean;
  start: number;
  end: number;
}

interface Section {
  title: string;
  blocks: Block[];
}

const HEADING = /^ {0,3}#{1,6}[ \t]/;

/** Prose blocks of a document: runs of non-blank masked lines; headings are blocks of their own. */
function blocks(text: string, masked: string): Block[] {
  const out: Block[] = [];
  let current: Block | undefined;
  let pos = 0;
  for (const line of text.split(/(?<=\n)/)) {
    const end = pos + line.length;
    const prose = masked.slice(pos, end);
    if (!prose.trim()) current = undefined;
    else if (HEADING.test(line)) {
      out.push({ heading: true, start: pos, end: pos + line.replace(/\r?\n$/, '').length });
      current = undefined;
    } else if (current) current.end = pos + line.replace(/\r?\n$/, '').length;
    else out.push((current = { heading: false, start: pos, end: pos + line.replace(/\r?\n$/, '').length }));
    pos = end;
  }
  return out;
}

function sections(text: string, all: Block[]): Section[] {
  const out: Section[] = [];
  for (const b of all) {
    if (b.heading || !out.length) out.push({ title: b.heading ? text.slice(b.start, b.end).replace(/^\s*#+\s*/, '').trim() : '', blocks: [] });
    out[out.length - 1]!.blocks.push(b);
  }
  return out;
}

interface Side {
  text: string;
  masked: string;
}

function span(blocks: Block[]): { start: number; end: number } {
  return { start: blocks[0]!.start, end: blocks[blocks.length - 1]!.end };
}

/** The aligned units of two documents. */
export function alignDocuments(source: Side, target: Side): Unit[] {
  const s = sections(source.text, blocks(source.text, source.masked));
  const t = sections(target.text, blocks(target.text, target.masked));
  const unit = (key: string, sb: Block[], tb: Block[]): Unit => {
    const ss = span(sb);
    const ts = span(tb);
    return {
      key,
      source: source.masked.slice(ss.start, ss.end),
      target: target.text.slice(ts.start, ts.end),
      span: ts,
      maskedTarget: target.masked.slice(ts.start, ts.end),
      sourcePlaceholders: [],
      targetPlaceholders: [],
    };
  };
  if (!s.length || !t.length) return [];
  if (s.length !== t.length) return [unit('(document)', s.flatMap((x) => x.blocks), t.flatMap((x) => x.blocks))];
  const units: Unit[] = [];
  s.forEach((section, i) => {
    const other = t[i]!;
    const title = (section.title || '(start)').slice(0, 60);
    if (section.blocks.length === other.blocks.length) {
      section.blocks.forEach((b, j) => units.push(unit(j === 0 && b.heading ? title : `${title} ¶${j}`, [b], [other.blocks[j]!])));
    } else units.push(unit(title, section.blocks, other.blocks));
  });
  return units;
}

/** The document-pair format; `formatFor` gives the reader of each side by its extension. */
export function documentFormat(formatFor: (file: string) => TextFormat): BilingualFormat {
  return {
    id: 'document',
    summary: 'an English document and its Chinese translation (Markdown, MDX, plain text), aligned by sections',
    pairing: 'pair',
    extensions: ['.md', '.markdown', '.mdx', '.txt'],
    claims: (file, isDirectory) => !isDirectory && /\.(md|markdown|mdx|txt)$/i.test(file),
    readPair: ({ source, target, shown, load }: PairInput): Bundle[] => {
      const read = formatFor(target).read;
      const bundle: Bundle = {
        format: 'document',
        path: shown(target),
        text: '',
        sourceLocale: 'en',
        targetLocale: 'zh',
        units: [],
        extra: [],
        problems: [],
        sourceProblems: [],
        document: { read },
      };
      const t = load(target);
      if (!t.ok) {
        bundle.problems.push(fileDiagnostic(t.problem));
        return [bundle];
      }
      bundle.text = t.text;
      const s = load(source);
      if (!s.ok) {
        bundle.sourceProblems.push({ path: shown(source), diagnostic: fileDiagnostic(s.problem) });
        return [bundle];
      }
      const sourceRead: Read = formatFor(source).read;
      bundle.units = alignDocuments({ text: s.text, masked: sourceRead(s.text).masked }, { text: t.text, masked: read(t.text).masked });
      return [bundle];
    },
  };
}
