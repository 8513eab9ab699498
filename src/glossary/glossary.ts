// The compiled glossary: loaded once, indexed by every form so that a lookup is one map access.
import { GlossaryError } from '../errors';
import { BUILTIN_GLOSSARY_DIR } from '../paths';
import { chineseKey, ZH_SCRIPTS } from '../text/script';
import { LemmaTable } from '../text/english';
import { glossaryFilesAt, readGlossaryFile, type GlossaryFile } from './load';
import { readSnapshot } from './snapshot';
import { formsOf, type FormRef, type GlossaryEntry } from './model';

export interface GlossaryOptions {
  /** Include the built-in term base (default true). */
  builtin?: boolean;
  /** User glossary files or directories, applied in order; later entries override earlier by id. */
  paths?: string[];
}

export class Glossary {
  readonly entries = new Map<string, GlossaryEntry>();
  /** Chinese forms by their script-folded key. */
  readonly zh = new Map<string, FormRef[]>();
  /** English forms (preferred, variants, abbreviations) by their lemmatized key. */
  readonly en = new Map<string, FormRef[]>();
  readonly lemmas: LemmaTable;

  constructor(
    entries: Iterable<GlossaryEntry>,
    readonly files: GlossaryFile[] = [],
    lemmaPairs: Iterable<[string, string]> = [],
  ) {
    this.lemmas = new LemmaTable(lemmaPairs);
    for (const entry of entries) this.entries.set(entry.id, entry);
    for (const entry of this.entries.values()) {
      for (const ref of formsOf(entry, 'en')) this.lemmas.add(ref.text);
    }
    for (const entry of this.entries.values()) {
      for (const ref of formsOf(entry, 'en')) push(this.en, this.lemmas.key(ref.text), ref);
      for (const script of ZH_SCRIPTS) {
        for (const ref of formsOf(entry, script)) push(this.zh, chineseKey(ref.text), ref);
      }
    }
  }

  englishKey(text: string): string {
    return this.lemmas.key(text);
  }
}

function push(map: Map<string, FormRef[]>, key: string, ref: FormRef): void {
  const list = map.get(key);
  if (!list) map.set(key, [ref]);
  else if (!list.some((r) => r.entry === ref.entry && r.kind === ref.kind && r.text === ref.text)) list.push(ref);
}

/** Reads the files a list of paths names; a path that names nothing is a problem of its own. */
export function readGlossaryPaths(paths: string[], builtin: boolean, positions = true): GlossaryFile[] {
  return paths.flatMap((p) => {
    const found = glossaryFilesAt(p);
    if (found.length) return found.map((f) => readGlossaryFile(f, builtin, positions));
    return [readGlossaryFile(p, builtin, positions)];
  });
}

/**
 * Loads the built-in base and the user's glossaries. Files that cannot be parsed or do not fit
 * the schema make it throw a GlossaryError listing every problem with file:line:column.
 */
export function loadGlossary(options: GlossaryOptions = {}): Glossary {
  const snapshot = options.builtin === false ? undefined : readSnapshot();
  const files = [
    ...(options.builtin === false ? [] : (snapshot?.files ?? readGlossaryPaths([BUILTIN_GLOSSARY_DIR], true, false))),
    ...readGlossaryPaths(options.paths ?? [], false, false),
  ];
  const problems = files.flatMap((f) => f.problems);
  // Within one source a repeated id is a mistake; across sources a later one overrides.
  for (let file of files) {
    const ids = file.entries.map((e) => e.id);
    if (new Set(ids).size === ids.length) continue;
    // A repeated id: read the file again with positions, to say where.
    file = readGlossaryFile(file.path, file.builtin, true);
    const seen = new Map<string, number>();
    file.entries.forEach((entry, i) => {
      const first = seen.get(entry.id);
      if (first !== undefined) {
        problems.push({
          file: file.path,
          ...file.locate(['entries', i, 'id']),
          messageId: 'duplicateId',
          data: { id: entry.id, first: `${file.path}:${file.locate(['entries', first, 'id']).line}` },
        });
      } else seen.set(entry.id, i);
    });
  }
  if (problems.length) throw new GlossaryError(problems);
  return new Glossary(
    files.flatMap((f) => f.entries),
    files,
    snapshot?.lemmas,
  );
}
