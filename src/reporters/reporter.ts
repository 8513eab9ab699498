// Reporters render lint results at the edge: stylish for people, json, sarif and github for tools.
import type { TFunction } from 'i18next';
import type { FileLint } from '../lint/api';
import type { FileResult, Summary } from '../core/types';

export interface ReporterContext {
  t: TFunction;
  color: boolean;
  version: string;
}

export interface Reporter {
  /** Output for one file, printed as soon as the file is linted ('' for none). */
  file(lint: FileLint): string;
  /** Output once every file is done. */
  end(results: FileResult[], summary: Summary): string;
}

export const FORMATS = ['stylish', 'compact', 'json', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];
