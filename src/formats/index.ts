// The format registry. Adding a format: its file, fixtures, one line here.
import type { BilingualFormat, TextFormat } from './format';
import { READERS } from './readers';
import { format as i18next } from './i18next';
import { format as xliff } from './xliff';
import { format as po } from './po';
import { documentFormat } from './document';
import { format as arb } from './arb';
import { format as android } from './android';
import { format as xcstrings } from './xcstrings';

export const TEXT_FORMATS: readonly TextFormat[] = READERS.map((r) => ({ id: r.id === 'plain' ? 'text' : r.id, extensions: r.extensions, read: r.read }));

/** Pair formats are tried in this order: the first whose `claims` accepts both paths reads them. */
export const BILINGUAL_FORMATS: readonly BilingualFormat[] = [xliff, po, xcstrings, documentFormat(textFormatFor), arb, android, i18next];

const extensionOf = (file: string) => /\.[^./\\]+$/.exec(file.toLowerCase())?.[0] ?? '';

/** The text format of a file by its extension; plain text for anything else. */
export function textFormatFor(file: string): TextFormat {
  const ext = extensionOf(file);
  return TEXT_FORMATS.find((f) => f.extensions.includes(ext)) ?? TEXT_FORMATS.find((f) => f.id === 'text')!;
}

/** The extensions a directory walk lints. */
export const LINTED_EXTENSIONS = TEXT_FORMATS.flatMap((f) => f.extensions);

/** The single-file bilingual format of a file by its extension. */
export function fileFormatFor(file: string): BilingualFormat | undefined {
  const ext = extensionOf(file);
  return BILINGUAL_FORMATS.find((f) => f.pairing === 'file' && f.extensions.includes(ext));
}

/** The pair format that claims a source and a target path. */
export function pairFormatFor(source: { path: string; isDirectory: boolean }, target: { path: string; isDirectory: boolean }): BilingualFormat | undefined {
  return BILINGUAL_FORMATS.find(
    (f) => f.pairing === 'pair' && f.claims?.(source.path, source.isDirectory) && f.claims?.(target.path, target.isDirectory),
  );
}
