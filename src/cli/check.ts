// termlint check: bilingual checks for i18next bundles, XLIFF and PO files, and document pairs.
import type { Command } from 'commander';
import { checkFiles } from '../check/api';
import { TermlintError } from '../errors';
import type { Context } from './context';
import { addOutputOptions, emit, settingsFrom, type OutputFlags } from './output';

interface CheckFlags extends OutputFlags {
  source?: string;
  target?: string;
  sourceLocale?: string;
  targetLocale?: string;
  keySeparator?: string;
  nsSeparator?: string;
}

export function registerCheck(program: Command, ctx: Context, setExit: (code: number) => void): void {
  addOutputOptions(
    program
      .command('check')
      .description('bilingual checks: i18next JSON pairs, XLIFF and PO files, an English document and its translation')
      .argument('[files...]', 'XLIFF (.xlf, .xliff) or PO (.po) files, each holding both sides')
      .option('-s, --source <path>', 'i18next source file or locale folder (or an English .md/.txt document)')
      .option('-t, --target <path>', 'i18next target file or locale folder (or the Chinese document)')
      .option('--source-locale <locale>', 'source language (default: from the path, else en)')
      .option('--target-locale <locale>', 'target language, e.g. zh-CN or zh-TW (default: from the path or file)')
      .option('--key-separator <sep>', 'i18next keySeparator ("false" for flat keys)', '.')
      .option('--ns-separator <sep>', 'i18next nsSeparator, shown between namespace and key', ':'),
  )
    .addHelpText(
      'after',
      [
        '',
        'Checks: pair/term-missing, pair/placeholder, pair/untranslated, pair/missing-key, pair/extra-key,',
        'pair/inconsistent, pair/fuzzy (PO), and the lint rules term/avoid, term/typo, gloss/mismatch,',
        'garble/half-translated, script/*, encoding/mojibake on every target value.',
        'Exit codes: 0 no errors, 1 errors (or more warnings than --max-warnings), 2 usage, configuration or glossary error.',
        'Examples:',
        '  termlint check --source locales/en/common.json --target locales/zh-CN/common.json',
        '  termlint check --source locales/en --target locales/zh-TW --format github',
        '  termlint check app.zh-TW.xlf messages.po --format json',
        '  termlint check --source paper.en.md --target paper.zh.md',
      ].join('\n'),
    )
    .action(async (files: string[], flags: CheckFlags) => {
      if (!files.length && !flags.source && !flags.target) throw new TermlintError('checkNeedsInput');
      const settings = settingsFrom(ctx, flags);
      const results = await checkFiles({
        ...(flags.source ? { source: flags.source } : {}),
        ...(flags.target ? { target: flags.target } : {}),
        files,
        glossary: settings.glossary,
        rules: settings.rules,
        locale: ctx.locale,
        allowUntranslated: settings.config.allowUntranslated,
        ...(flags.sourceLocale ? { sourceLocale: flags.sourceLocale } : {}),
        ...(flags.targetLocale ? { targetLocale: flags.targetLocale } : {}),
        keySeparator: flags.keySeparator === 'false' ? false : (flags.keySeparator ?? '.'),
        nsSeparator: flags.nsSeparator ?? ':',
        cwd: ctx.io.cwd,
        maxFileSize: settings.maxFileSize,
      });
      setExit(await emit(ctx, flags, settings, results));
    });
}
