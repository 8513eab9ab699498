// Writes the built-in glossary's snapshot (dist/builtin-glossary.json); run by `npm run build`.
import fs from 'node:fs';
import path from 'node:path';
import { BUILTIN_GLOSSARY_DIR, PACKAGE_ROOT } from '../paths';
import { Glossary } from './glossary';
import { glossaryFilesAt, readGlossaryFile } from './load';
import { SNAPSHOT, stamp, type Snapshot } from './snapshot';

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
