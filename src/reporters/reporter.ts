// Reporters render lint results at the edge: stylish for people, json, sarif and github for tools.
import type { TFunction } from 'i18next';
import type { FileLint } from '../lint/api';
import type { Summary } from '../core/types';

export interface ReporterContext {
  t: TFunction;
  color: boolean;
  version: string;
}

/** Text to print: one string, or pieces written in turn (a diagnostic at a time, for bounded memory). */
export type Output = string | Iterable<string>;

export interface Reporter {
  /** Output for one file, printed as soon as the file is linted ('' for none). */
  file(lint: FileLint): Output;
  /** Output once every file is done. */
  end(summary: Summary): Output;
}

export const FORMATS = ['stylish', 'compact', 'json', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];
