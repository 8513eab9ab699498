// The `termlint check` fixture cases; each has a sidecar fixtures/check/<name>.expected.json.
import type { CheckOptions } from '../src';

export const CHECK_CASES: Record<string, CheckOptions> = {
  'i18next-zh-CN': { source: 'fixtures/check/i18next/en', target: 'fixtures/check/i18next/zh-CN' },
  'i18next-zh-TW': { source: 'fixtures/check/i18next/en', target: 'fixtures/check/i18next/zh-TW' },
  'i18next-file-pair': { source: 'fixtures/check/i18next/en/common.json', target: 'fixtures/check/i18next/zh-CN/common.json' },
  escapes: { source: 'fixtures/check/escapes/en/app.json', target: 'fixtures/check/escapes/zh-CN/app.json' },
  xliff: {
    files: [
      'fixtures/check/xliff/app.zh-TW.xlf',
      'fixtures/check/xliff/app.zh-CN.xliff',
      'fixtures/check/xliff/billion-laughs.xlf',
      'fixtures/check/xliff/external-entity.xlf',
      'fixtures/check/xliff/malformed.xlf',
    ],
  },
  po: { files: ['fixtures/check/po/messages.zh_CN.po'] },
  android: { source: 'fixtures/check/android/values', target: 'fixtures/check/android/values-zh-rCN' },
  arb: { source: 'fixtures/check/arb/app_en.arb', target: 'fixtures/check/arb/app_zh_Hant.arb' },
  xcstrings: { files: ['fixtures/check/xcstrings/Localizable.xcstrings'] },
  'wrong-script': { source: 'fixtures/check/i18next/en/settings.json', target: 'fixtures/check/i18next/zh-CN/settings.json', targetLocale: 'zh-TW' },
  limits: { files: ['fixtures/check/po/messages.zh_CN.po'], maxFileSize: 100 },
  inputs: { files: ['fixtures/check/inputs/binary.po', 'fixtures/check/inputs/gbk.po', 'fixtures/check/inputs/folder.po', 'fixtures/check/inputs/loop.po'] },
  document: { source: 'fixtures/check/document/paper.en.md', target: 'fixtures/check/document/paper.zh.md' },
};

export function describeDiagnostic(path: string, d: { line: number; column: number; rule: string; key?: string; text: string }): string {
  return `${path} ${d.line}:${d.column} ${d.rule} ${d.key ?? '-'} ${JSON.stringify(d.text)}`;
}
