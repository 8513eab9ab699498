// What a format is. Text formats (lint readers) turn a document into masked prose; bilingual
// formats (check) turn translation files into bundles of units. Both are registered in index.ts;
// CLI help, file walking and "unknown format" messages come from the registry.
import type { Read } from '../core/analyze';
import type { Bundle } from '../core/bundle';
import type { DiagnosticInit } from '../core/diagnostic';

export interface TextFormat {
  id: string;
  /** File name endings, lower case, with the dot. */
  extensions: string[];
  read: Read;
}

export interface FormatOptions {
  /** i18next-style key separator for nested keys (false: flat keys). */
  keySeparator: string | false;
  nsSeparator: string;
  sourceLocale?: string;
  targetLocale?: string;
}

export interface FileInput {
  file: string;
  /** The path as reported. */
  shown: string;
  bytes: Buffer;
  /** The decoded text. */
  text: string;
  options: FormatOptions;
}

/** Reads a file as every format must: regular files only, within the size limit, decoded to text. */
export type Load = (file: string) => { ok: true; bytes: Buffer; text: string } | { ok: false; problem: DiagnosticInit };

export interface PairInput {
  source: string;
  target: string;
  shown: (file: string) => string;
  options: FormatOptions;
  load: Load;
}

export interface BilingualFormat {
  id: string;
  /** One line for `termlint check --help`. */
  summary: string;
  /** file: both languages in one file (XLIFF, PO, String Catalog); pair: a source and a target file or folder. */
  pairing: 'file' | 'pair';
  /** File name endings it reads (for help and directory walks). */
  extensions: string[];
  /** Pair formats: whether a source or target path (file or folder) is of this format. */
  claims?(file: string, isDirectory: boolean): boolean;
  readFile?(input: FileInput): Bundle[] | Promise<Bundle[]>;
  /**
   * A format whose files declare their encoding (PO's Content-Type charset) decodes them itself:
   * the text, or why it cannot be read; undefined leaves it to the usual UTF-8 / UTF-16 decoding.
   */
  decode?(bytes: Buffer): { ok: true; text: string } | { ok: false; problem: DiagnosticInit } | undefined;
  readPair?(input: PairInput): Bundle[] | Promise<Bundle[]>;
}

/** The script of a target locale: zh-TW, zh-HK, zh-Hant → Traditional; other zh → Simplified. */
export function scriptOfLocale(locale: string): 'zh-Hans' | 'zh-Hant' | undefined {
  const l = locale.toLowerCase().replace(/_/g, '-');
  if (!l.startsWith('zh')) return undefined;
  return /hant|-tw|-hk|-mo|-rtw|-rhk/.test(l) ? 'zh-Hant' : 'zh-Hans';
}

/** The region a locale names: zh-TW, zh_Hant_TW, zh-rTW → zh-TW; zh-Hant alone names none. */
export function regionOfLocale(locale: string): 'zh-CN' | 'zh-TW' | 'zh-HK' | undefined {
  const m = /^zh(?:[-_](?:hans|hant))?[-_]r?(cn|tw|hk|sg|mo)\b/i.exec(locale);
  const r = m?.[1]?.toUpperCase();
  return r === 'CN' || r === 'SG' ? 'zh-CN' : r === 'TW' ? 'zh-TW' : r === 'HK' || r === 'MO' ? 'zh-HK' : undefined;
}
