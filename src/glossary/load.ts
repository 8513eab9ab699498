// Reads glossary YAML files into entries, with a file:line:column for every schema problem.
import fs from 'node:fs';
import path from 'node:path';
import Ajv, { type ErrorObject } from 'ajv';
import jsYaml from 'js-yaml';
import { LineCounter, isMap, isScalar, parseDocument, type Document, type Node } from 'yaml';
import { schemaNote, type Problem } from '../errors';
import type { AvoidForm, GlossaryEntry, Localized, ZhForms } from './model';
import { BUILTIN_GLOSSARY_DIR } from '../paths';
import { MB, readInput, readProblemDetail } from '../io';

/** A glossary file larger than this is refused (the built-in base is under 2 MB). */
const GLOSSARY_FILE_LIMIT = 64 * MB;

/** One parsed file: its entries and a way to locate any path inside it. */
export interface GlossaryFile {
  path: string;
  /** Part of the built-in term base. */
  builtin: boolean;
  domain: string;
  entries: GlossaryEntry[];
  problems: Problem[];
  /** Line and column (1-based) of a character offset in the file. */
  position(offset: number): { line: number; column: number };
  /** Line and column of the value at `keyPath` (e.g. ['entries', 3, 'zh-Hans', 'preferred']). */
  locate(keyPath: (string | number)[]): { line: number; column: number };
}

let validateSchema: ReturnType<Ajv['compile']> | undefined;

function schemaValidator() {
  if (!validateSchema) {
    const schema = JSON.parse(fs.readFileSync(path.join(BUILTIN_GLOSSARY_DIR, 'schema.json'), 'utf8'));
    validateSchema = new Ajv({ allErrors: true, strict: false }).compile(schema);
  }
  return validateSchema;
}

function nodeAt(doc: Document, keyPath: (string | number)[]): Node | undefined {
  const node = doc.getIn(keyPath, true);
  return node && typeof node === 'object' && 'range' in node ? (node as Node) : undefined;
}

function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function schemaProblem(file: GlossaryFile, doc: Document, error: ErrorObject): Problem {
  const keyPath = pointerToPath(error.instancePath);
  let where = file.locate(keyPath);
  const detail = schemaNote(error);
  if (error.keyword === 'additionalProperties') {
    const prop = String(error.params.additionalProperty);
    const parent = keyPath.length ? doc.getIn(keyPath, true) : doc.contents;
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === prop);
      const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
      if (range) where = file.position(range[0]);
    }
  }
  const at = keyPath.join('.') || '(top level)';
  return { file: file.path, ...where, messageId: 'glossarySchema', data: { path: at, detail } };
}

/** A glossary text given as a plain (English) string or in several locales. */
function localized(raw: unknown): Localized {
  return typeof raw === 'string' ? { en: raw } : (raw as Localized);
}

function zh(raw: Record<string, unknown> | undefined): ZhForms {
  const r = raw ?? {};
  const avoid = ((r.avoid as Record<string, unknown>[] | undefined) ?? []).map((a): AvoidForm => {
    const reasons = localized(a.reason);
    return {
      text: String(a.text),
      reason: reasons.en,
      reasons,
      ...(typeof a.replace === 'string' ? { replace: a.replace } : {}),
      ...(Array.isArray(a.evidence) ? { evidence: a.evidence as string[] } : {}),
      ...(a.domainEvidence === false ? { domainEvidence: false } : {}),
    };
  });
  return {
    preferred: String(r.preferred ?? ''),
    variants: (r.variants as string[] | undefined) ?? [],
    avoid,
    ...(r.regional ? { regional: String(r.regional) } : {}),
  };
}

/**
 * Parses one glossary file. Never throws on bad content: problems are returned. Without
 * `positions`, a fast parser reads it (js-yaml: ten times faster on large glossaries) and the
 * position-keeping parser is used only to report problems, should there be any.
 */
export function parseGlossaryFile(filePath: string, text: string, builtin: boolean, positions = true): GlossaryFile {
  if (!positions) {
    let data: unknown;
    try {
      data = jsYaml.load(text);
    } catch {
      data = undefined;
    }
    if (data !== undefined && schemaValidator()(data)) {
      const file: GlossaryFile = { path: filePath, builtin, domain: '', entries: [], problems: [], position: noPosition, locate: noPosition };
      collectEntries(file, data as RawFile, builtin, (i) => ({ line: 0, column: 0, index: i }));
      return file;
    }
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const pos = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const file: GlossaryFile = {
    path: filePath,
    builtin,
    domain: '',
    entries: [],
    problems: [],
    position: pos,
    locate(keyPath) {
      for (let n = keyPath.length; n >= 0; n--) {
        const node = n ? nodeAt(doc, keyPath.slice(0, n)) : (doc.contents ?? undefined);
        if (node?.range) return pos(node.range[0]);
      }
      return { line: 1, column: 1 };
    },
  };
  for (const error of doc.errors) {
    const offset = error.pos[0];
    file.problems.push({
      file: filePath,
      ...pos(offset),
      messageId: 'glossarySyntax',
      data: { detail: error.message.split('\n')[0] ?? error.code },
    });
  }
  if (file.problems.length) return file;

  const data = doc.toJS() as unknown;
  const check = schemaValidator();
  if (!check(data)) {
    file.problems.push(...(check.errors ?? []).map((e) => schemaProblem(file, doc, e)));
    return file;
  }
  collectEntries(file, data as RawFile, builtin, (i) => file.locate(['entries', i, 'id']));
  return file;
}

type RawFile = { domain: string; entries: Record<string, unknown>[] };

const noPosition = () => ({ line: 1, column: 1 });

function collectEntries(file: GlossaryFile, raw: RawFile, builtin: boolean, where: (i: number) => { line: number; column: number }): void {
  const filePath = file.path;
  file.domain = raw.domain;
  raw.entries.forEach((e, i) => {
    const en = e.en as { preferred: string; variants?: string[]; abbreviations?: string[] };
    const { line, column } = where(i);
    const at = { line, column };
    file.entries.push({
      id: String(e.id),
      domain: raw.domain,
      en: { preferred: en.preferred, variants: en.variants ?? [], abbreviations: en.abbreviations ?? [] },
      keepEnglish: e.keepEnglish === true,
      interchangeable: e.interchangeable === true,
      'zh-Hans': zh(e['zh-Hans'] as Record<string, unknown>),
      'zh-Hant': zh(e['zh-Hant'] as Record<string, unknown>),
      ...(e.ambiguity ? { ambiguity: String(e.ambiguity) } : {}),
      ...(e.notes ? { notes: localized(e.notes).en, notesL10n: localized(e.notes) } : {}),
      examples: (e.examples as GlossaryEntry['examples'] | undefined) ?? [],
      sources: e.source === undefined ? [] : Array.isArray(e.source) ? (e.source as string[]) : [String(e.source)],
      regions: (e.regions as GlossaryEntry['regions'] | undefined) ?? {},
      everyday: e.everyday === true,
      context: (e.context as string[] | undefined) ?? [],
      definedAt: { file: filePath, ...at, builtin },
    });
  });
}

/** The glossary files a path names: the file itself, or every .yaml/.yml below a directory. */
export function glossaryFilesAt(target: string): string[] {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(target);
  } catch {
    return [];
  }
  // Anything but a directory is read as a file (a FIFO or device is then refused, not walked).
  if (!stat.isDirectory()) return [target];
  const found: string[] = [];
  for (const dirent of fs.readdirSync(target, { withFileTypes: true })) {
    const full = path.join(target, dirent.name);
    if (dirent.isDirectory()) found.push(...glossaryFilesAt(full));
    else if (/\.ya?ml$/i.test(dirent.name)) found.push(full);
  }
  return found.sort();
}

export function readGlossaryFile(filePath: string, builtin: boolean, positions = true): GlossaryFile {
  // Regular files only, bounded: a FIFO or /dev/zero named as a glossary never blocks the run.
  const read = readInput(filePath, GLOSSARY_FILE_LIMIT);
  if (!read.ok) {
    const detail = readProblemDetail(read.problem);
    return {
      path: filePath,
      builtin,
      domain: '',
      entries: [],
      problems: [{ file: filePath, line: 1, column: 1, messageId: 'glossaryUnreadable', data: { detail } }],
      position: () => ({ line: 1, column: 1 }),
      locate: () => ({ line: 1, column: 1 }),
    };
  }
  const text = new TextDecoder('utf-8').decode(read.bytes);
  return parseGlossaryFile(filePath, text.replace(/^\uFEFF/, ''), builtin, positions);
}
