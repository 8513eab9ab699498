// The built-in glossary compiled at build time (dist/builtin-glossary.json): its entries and the
// English lemma table, so that a run skips YAML parsing, schema validation and the lemmatizer.
// Used only while every YAML file is exactly as when the snapshot was written; otherwise the
// YAML is read as usual. build-snapshot.ts writes it (npm run build runs it).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { BUILTIN_GLOSSARY_DIR, PACKAGE_ROOT } from '../paths';
import { glossaryFilesAt, type GlossaryFile } from './load';

export const SNAPSHOT = path.join(PACKAGE_ROOT, 'dist', 'builtin-glossary.json');

export interface Snapshot {
  stamp: string;
  files: Omit<GlossaryFile, 'locate' | 'position'>[];
  lemmas: [string, string][];
}

/**
 * Names and content hashes of the built-in glossary files. Contents, not modification times: an
 * installed package's files carry the times of their extraction, not of the build.
 */
export function stamp(): string {
  return glossaryFilesAt(BUILTIN_GLOSSARY_DIR)
    .map((f) => `${path.relative(PACKAGE_ROOT, f).split(path.sep).join('/')}:${crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex').slice(0, 16)}`)
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
