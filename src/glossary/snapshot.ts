// The built-in glossary compiled at build time (dist/builtin-glossary.json): its entries and the
// English lemma table, so that a run skips YAML parsing, schema validation and the lemmatizer.
// Used only while every YAML file is exactly as when the snapshot was written; otherwise the
// YAML is read as usual. Run as a script, it writes the snapshot (npm run build does).
import fs from 'node:fs';
import path from 'node:path';
import { BUILTIN_GLOSSARY_DIR, PACKAGE_ROOT } from '../paths';
import { Glossary } from './glossary';
import { glossaryFilesAt, readGlossaryFile, type GlossaryFile } from './load';

const SNAPSHOT = path.join(PACKAGE_ROOT, 'dist', 'builtin-glossary.json');

interface Snapshot {
  stamp: string;
  files: Omit<GlossaryFile, 'locate' | 'position'>[];
  lemmas: [string, string][];
}

/** Names, sizes and modification times of the built-in glossary files. */
function stamp(): string {
  return glossaryFilesAt(BUILTIN_GLOSSARY_DIR)
    .map((f) => {
      const s = fs.statSync(f);
      return `${path.relative(PACKAGE_ROOT, f)}:${s.size}:${Math.trunc(s.mtimeMs)}`;
    })
    .join('|');
}

const noPosition = () => ({ line: 1, column: 1 });

export function readSnapshot(): { files: GlossaryFile[]; lemmas: [string, string][] } | undefined {
  let data: Snapshot;
  try {
    data = JSON.parse(fs.readFileSync(SNAPSHOT, 'utf8')) as Snapshot;
  } catch {
    return undefined;
  }
  if (data.stamp !== stamp()) return undefined;
  const files = data.files.map((f) => {
    const file = path.join(PACKAGE_ROOT, f.path);
    return {
      ...f,
      path: file,
      entries: f.entries.map((e) => ({ ...e, definedAt: { ...e.definedAt, file } })),
      locate: noPosition,
      position: noPosition,
    };
  });
  return { files, lemmas: data.lemmas };
}

export function writeSnapshot(): number {
  const files = glossaryFilesAt(BUILTIN_GLOSSARY_DIR).map((f) => readGlossaryFile(f, true));
  if (files.some((f) => f.problems.length)) return 0; // the YAML will be read, and its errors shown
  const glossary = new Glossary(files.flatMap((f) => f.entries), files);
  const snapshot: Snapshot = {
    stamp: stamp(),
    files: files.map(({ locate: _l, position: _p, ...f }) => ({ ...f, path: path.relative(PACKAGE_ROOT, f.path) })),
    lemmas: glossary.lemmas.entries(),
  };
  fs.writeFileSync(SNAPSHOT, JSON.stringify(snapshot));
  return glossary.entries.size;
}

if (require.main === module) writeSnapshot();
