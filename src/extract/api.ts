// The library API of `termlint extract`: candidate terms that documents and translations use and
// the glossary lacks, with counts and contexts. Documents are walked and read as `lint` reads
// them; bilingual files as `check` reads them, into bundles of units.
import path from 'node:path';
import type { Glossary } from '../glossary/glossary';
import { loadGlossary } from '../glossary/glossary';
import { chineseKey, type ZhScript } from '../text/script';
import { analyze, type Analysis } from '../core/analyze';
import type { DiagnosticInit } from '../core/diagnostic';
import { collectFiles, DEFAULT_MAX_FILE_SIZE, readStdin, STDIN, tooLarge, type Note } from '../core/files';
import { inputInit } from '../core/diagnostic';
import { decode, undecodable } from '../core/decode';
import { LineIndex } from '../core/positions';
import type { Bundle } from '../core/bundle';
import type { FileLint } from '../core/types';
import { LINTED_EXTENSIONS, textFormatFor } from '../formats';
import { scriptOfLocale } from '../formats/format';
import { loader, readBundles, type CheckOptions } from '../check/api';
import type { StreamOptions } from '../lint/api';
import { candidatesIn, type Found } from './candidates';
import { associate, type UnitTerms, unitTerms } from './associate';
import type { Candidate, CandidateKind, Context } from './types';
export type { Candidate, CandidateKind, Context } from './types';

export interface InputProblem {
  file: string;
  line?: number;
  problem: DiagnosticInit;
}

export interface ExtractResult {
  candidates: Candidate[];
  /** Inputs that could not be read or parsed (the rest were still read). */
  problems: InputProblem[];
  /** Inputs skipped on purpose (symbolic links, ignored files). */
  notes: Note[];
  files: number;
}

/** Documents are found and read as `lint` finds and reads them. */
export interface ExtractOptions extends Pick<StreamOptions, 'stdinFilename' | 'readStdin' | 'ignore' | 'ignoreBase' | 'ignoreSource' | 'noIgnore' | 'followSymlinks'> {
  /** Chinese documents: files, directories, globs, or - for standard input. */
  documents?: string[];
  /** Bilingual files holding both sides (XLIFF, PO, String Catalogs). */
  files?: string[];
  /** A source and a target, as `check --source --target` takes them. */
  source?: string;
  target?: string;
  sourceLocale?: string;
  targetLocale?: string;
  keySeparator?: string | false;
  nsSeparator?: string;
  glossary?: Glossary;
  glossaries?: string[];
  builtinGlossary?: boolean;
  cwd?: string;
  maxFileSize?: number;
  /** Candidates seen fewer times are left out (default 1; aligned pairs need 2 units at least). */
  minCount?: number;
}

export const MAX_CONTEXTS = 3;
/** Longer translation units are read for glosses and English, not aligned. */
export const MAX_ALIGNED_UNIT = 2000;
const CONTEXT_WIDTH = 36;

/** The line around [offset, offset + length) of a file, white space collapsed, cut to about 80 characters. */
function contextLine(lines: LineIndex, offset: number, length: number): string {
  const line0 = lines.lineOf(offset);
  const start = lines.lineStart(line0);
  const line = lines.lineText(line0);
  const from = offset - start;
  const to = Math.min(line.length, from + Math.min(length, CONTEXT_WIDTH));
  const a = Math.max(0, from - CONTEXT_WIDTH);
  const b = Math.min(line.length, to + CONTEXT_WIDTH);
  const text = `${a > 0 ? '…' : ''}${line.slice(a, b)}${b < line.length ? '…' : ''}`;
  return text.replace(/\s+/g, ' ').trim();
}

/** A Chinese text to look in: a document, or one target value at its place in its file. */
interface Piece {
  file: string;
  fileText: string;
  lines: LineIndex;
  /** Where the analysed text starts in the file. */
  base: number;
  text: string;
  analysis: Analysis;
  script: ZhScript;
  key?: string;
  /** The target value as written, for the context of a translation unit. */
  value?: string;
}

const HAN = /\p{Script=Han}/u;
const oneLine = (s: string, max = 80) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max)}…` : t;
};
const scriptOf = (a: Analysis, fallback: ZhScript = 'zh-Hans'): ZhScript => (a.script === 'zh-Hant' ? 'zh-Hant' : a.script === 'zh-Hans' ? 'zh-Hans' : fallback);

class Tally {
  readonly byKey = new Map<string, Candidate>();

  add(key: string, make: () => Candidate, context: Context, weight = 1): void {
    let c = this.byKey.get(key);
    if (!c) this.byKey.set(key, (c = make()));
    c.count += weight;
    if (c.contexts.length < MAX_CONTEXTS) c.contexts.push(context);
  }
}

/** Finds the candidate terms of documents and bilingual files. */
export async function extractTerms(options: ExtractOptions): Promise<ExtractResult> {
  const cwd = options.cwd ?? process.cwd();
  const shown = (f: string) => {
    if (f === STDIN) return options.stdinFilename ?? '<stdin>';
    const rel = path.relative(cwd, f);
    return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : f;
  };
  const glossary = options.glossary ?? loadGlossary({ builtin: options.builtinGlossary !== false, paths: options.glossaries ?? [] });
  const limit = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const load = loader(limit);
  const problems: InputProblem[] = [];
  const pieces: Piece[] = [];
  const units: UnitTerms[] = [];
  let notes: Note[] = [];
  let files = 0;

  // Chinese documents, walked and read as lint reads them.
  if (options.documents?.length) {
    const collected = collectFiles(options.documents, {
      cwd,
      extensions: LINTED_EXTENSIONS,
      ...(options.ignore ? { ignore: options.ignore } : {}),
      ...(options.ignoreBase ? { base: options.ignoreBase } : {}),
      ...(options.ignoreSource ? { ignoreSource: options.ignoreSource } : {}),
      noIgnore: options.noIgnore === true,
      followSymlinks: options.followSymlinks === true,
    });
    notes = collected.notes;
    for (const f of collected.inputs) {
      const name = shown(f.path);
      if (f.problem) {
        problems.push({ file: name, problem: inputInit(f.problem.messageId, f.problem.data) });
        continue;
      }
      let text: string;
      if (f.path === STDIN) {
        const bytes = await (options.readStdin ?? readStdin)(limit);
        const decoded = bytes.length > limit ? undefined : decode(bytes);
        if (!decoded?.ok) {
          const why = decoded ? undecodable(decoded) : tooLarge(undefined, limit);
          problems.push({ file: name, problem: inputInit(why.messageId, why.data) });
          continue;
        }
        text = decoded.text;
      } else {
        const loaded = load(f.path);
        if (!loaded.ok) {
          problems.push({ file: name, problem: loaded.problem });
          continue;
        }
        text = loaded.text;
      }
      files++;
      text = text.replace(/^\uFEFF/, '');
      const analysis = analyze(text, glossary, textFormatFor(name).read);
      pieces.push({ file: name, fileText: text, lines: analysis.lines, base: 0, text, analysis, script: scriptOf(analysis) });
    }
  }

  // Bilingual files, read as check reads them.
  if (options.source || options.target || options.files?.length) {
    const checkOptions: CheckOptions = {
      ...(options.source ? { source: options.source } : {}),
      ...(options.target ? { target: options.target } : {}),
      files: options.files ?? [],
      ...(options.sourceLocale ? { sourceLocale: options.sourceLocale } : {}),
      ...(options.targetLocale ? { targetLocale: options.targetLocale } : {}),
      keySeparator: options.keySeparator ?? '.',
      nsSeparator: options.nsSeparator ?? ':',
    };
    const unreadable: FileLint[] = [];
    const bundles = await readBundles(checkOptions, cwd, shown, unreadable, load);
    for (const u of unreadable) for (const d of u.result.diagnostics) problems.push({ file: u.result.path, problem: d });
    for (const b of bundles) {
      files++;
      for (const d of b.problems) problems.push({ file: b.path, line: d.line, problem: d });
      for (const p of b.sourceProblems) problems.push({ file: p.path, line: p.diagnostic.line, problem: p.diagnostic });
      if (options.targetLocale) b.targetLocale = options.targetLocale;
      bundlePieces(b, glossary, pieces, units);
    }
  }

  const tally = new Tally();
  for (const piece of pieces) {
    for (const f of candidatesIn(piece.analysis, glossary, piece.text)) addFound(tally, piece, f);
  }
  const glossed = [...tally.byKey.values()].filter((c) => c.kind === 'gloss');
  const glossEn = new Set(glossed.flatMap((c) => [c.en, c.abbreviation]).filter((x): x is string => !!x).map((x) => glossary.englishKey(x)));
  const glossZh = new Set(glossed.map((c) => chineseKey(c.zh!)));
  const minCount = Math.max(1, options.minCount ?? 1);
  const found: Candidate[] = [...tally.byKey.values()].filter(
    // English that a gloss of the same run already proposes is that candidate, not another.
    (c) => c.count >= minCount && !(c.kind === 'english' && glossEn.has(glossary.englishKey(c.en!))),
  );
  const alignedEn = new Set<string>();
  for (const c of associate(units, Math.max(2, minCount))) {
    if (glossZh.has(chineseKey(c.zh!)) || glossEn.has(glossary.englishKey(c.en!))) continue;
    found.push(c);
    alignedEn.add(glossary.englishKey(c.en!));
  }
  // English left in a target that an aligned pair already renders is that pair.
  if (alignedEn.size) found.splice(0, found.length, ...found.filter((c) => c.kind !== 'english' || !alignedEn.has(glossary.englishKey(c.en!))));
  found.sort((a, b) => b.count - a.count || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.en ?? a.abbreviation ?? '').localeCompare(b.en ?? b.abbreviation ?? '', 'en') || (a.zh ?? '').localeCompare(b.zh ?? ''));
  return { candidates: found, problems, notes, files };
}

const KIND_ORDER: Record<CandidateKind, number> = { gloss: 0, aligned: 1, english: 2 };

function addFound(tally: Tally, piece: Piece, f: Found): void {
  const at = piece.base + f.offset;
  const context: Context = {
    file: piece.file,
    line: piece.lines.lineOf(at) + 1,
    text: piece.value !== undefined ? oneLine(piece.value) : contextLine(piece.lines, at, f.length),
    ...(piece.key !== undefined ? { key: piece.key } : {}),
  };
  if (f.kind === 'gloss') {
    // The same term in either script is one candidate.
    const key = `gloss\u0000${chineseKey(f.zh!)}\u0000${(f.en ?? f.abbreviation ?? '').toLowerCase()}`;
    tally.add(key, () => ({ kind: 'gloss', ...(f.en ? { en: f.en } : {}), ...(f.abbreviation ? { abbreviation: f.abbreviation } : {}), zh: f.zh!, script: piece.script, count: 0, contexts: [] }), context);
  } else {
    const key = `english\u0000${f.en!.toLowerCase().replace(/[\s\-‐]+/g, ' ')}`;
    tally.add(key, () => ({ kind: 'english', en: f.en!, script: piece.script, count: 0, contexts: [] }), context);
  }
}

/** The Chinese texts of a bundle (the whole target document, or each target value) and its units for alignment. */
function bundlePieces(b: Bundle, glossary: Glossary, pieces: Piece[], units: UnitTerms[]): void {
  const script = scriptOfLocale(b.targetLocale) ?? 'zh-Hans';
  const lines = new LineIndex(b.text);
  const read = b.document?.read ?? textFormatFor('value.txt').read;
  if (b.document) {
    const analysis = analyze(b.text, glossary, b.document.read, script);
    pieces.push({ file: b.path, fileText: b.text, lines, base: 0, text: b.text, analysis, script });
  }
  for (const unit of b.units) {
    if (unit.review || !unit.target?.trim() || unit.maskedTarget === undefined || !unit.span || !HAN.test(unit.maskedTarget)) continue;
    const analysis = analyze(unit.maskedTarget, glossary, read, script);
    const piece: Piece = { file: b.path, fileText: b.text, lines, base: unit.span.start, text: unit.maskedTarget, analysis, script, key: unit.key, value: unit.target };
    if (!b.document) pieces.push(piece);
    // A whole section (documents whose paragraphs do not align) says little about which word
    // translates which, and would pair thousands of n-grams with thousands.
    if (unit.maskedTarget.length > MAX_ALIGNED_UNIT) continue;
    units.push(unitTerms(unit, piece.analysis, glossary, script, {
      file: b.path,
      line: lines.lineOf(unit.span.start) + 1,
      text: oneLine(unit.target),
      key: unit.key,
      source: oneLine(unit.source),
    }));
  }
}
