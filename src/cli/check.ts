// termlint check: bilingual checks for i18next bundles, XLIFF and PO files, and document pairs.
import type { Command } from 'commander';
import { checkFiles } from '../check/api';
import { note, TermlintError } from '../errors';
import type { Context } from './context';
import { BILINGUAL_FORMATS } from '../formats';
import { PAIR_RULES, TEXT_RULES } from '../rules';

const singleFileExtensions = () => BILINGUAL_FORMATS.filter((f) => f.pairing === 'file').flatMap((f) => f.extensions).join(', ');
import { addOutputOptions, emit, settingsFrom, type OutputFlags } from './output';
import { fixFile, fixPlan } from './fix';
import { addCiOptions, ciRun, type CiFlags } from './ci';

/** How a translation pair is named on the command line (check, extract). */
export interface PairFlags {
  source?: string;
  target?: string;
  sourceLocale?: string;
  targetLocale?: string;
  keySeparator?: string;
  nsSeparator?: string;
}

interface CheckFlags extends OutputFlags, CiFlags, PairFlags {}

/** A BCP 47 language tag with an ISO 639 language (zh-TW, zh-Hant-HK, en, pt-BR) or its POSIX
 * spelling (zh_TW); Intl checks the syntax. */
function isLocale(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value.replace(/_/g, '-')).length === 1 && /^[a-z]{2,3}(?:[-_]|$)/i.test(value);
  } catch {
    return false;
  }
}

export function registerCheck(program: Command, ctx: Context, setExit: (code: number) => void): void {
  // CI options (baseline): src/cli/ci.ts
  addCiOptions(addOutputOptions(
    program
      .command('check')
      .description('bilingual checks of translation files: ' + BILINGUAL_FORMATS.map((f) => f.id).join(', '))
      .argument('[files...]', `files holding both sides (${singleFileExtensions()})`)
      .option('-s, --source <path>', 'the source side of a pair: a file or a folder (i18next locale folder, Android values folder, English document)')
      .option('-t, --target <path>', 'the target side of the pair')
      .option('--source-locale <locale>', 'source language (default: from the path, else en)')
      .option('--target-locale <locale>', 'target language, e.g. zh-CN or zh-TW (default: from the path or file)')
      .option('--key-separator <sep>', 'i18next keySeparator ("false" for flat keys)', '.')
      .option('--ns-separator <sep>', 'i18next nsSeparator, shown between namespace and key', ':'),
  ), 'check')
    .addHelpText(
      'after',
      [
        '',
        'Formats:',
        ...BILINGUAL_FORMATS.map((f) => `  ${f.id.padEnd(10)} ${f.summary}`),
        '',
        `Checks: ${PAIR_RULES.map((r) => r.id).join(', ')},`,
        `and on every target value: ${TEXT_RULES.filter((r) => r.onTargets).map((r) => r.id).join(', ')}.`,
        'termlint rules lists them all.',
        'Exit codes: 0 no errors, 1 errors (or more warnings than --max-warnings), 2 usage, configuration or glossary error.',
        'Examples:',
        '  termlint check --source locales/en/common.json --target locales/zh-CN/common.json',
        '  termlint check --source locales/en --target locales/zh-TW --format github',
        '  termlint check app.zh-TW.xlf messages.po --format json',
        '  termlint check --source paper.en.md --target paper.zh.md',
        '  termlint check --source res/values --target res/values-zh-rTW',
        '  termlint check --source lib/l10n/app_en.arb --target lib/l10n/app_zh.arb',
        '  termlint check Localizable.xcstrings',
      ].join('\n'),
    )
    .action(async (files: string[], flags: CheckFlags) => {
      if (!files.length && !flags.source && !flags.target) throw new TermlintError('checkNeedsInput');
      if ([...files, flags.source, flags.target].some((p) => p !== undefined && !p.trim())) throw new TermlintError('usage', { detail: note('usage.emptyPath') });
      for (const locale of [flags.sourceLocale, flags.targetLocale]) {
        if (locale !== undefined && !isLocale(locale)) throw new TermlintError('usage', { detail: note('usage.locale', { value: locale }) });
      }
      if (flags.targetLocale !== undefined && !/^zh(?:[-_]|$)/i.test(flags.targetLocale)) {
        throw new TermlintError('usage', { detail: note('usage.targetLocale', { value: flags.targetLocale }) });
      }
      const plan = fixPlan(flags);
      const settings = settingsFrom(ctx, flags);
      const ci = ciRun(ctx, flags, settings); // CI options: src/cli/ci.ts
      const run = () => checkFiles({
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
        ...(settings.region ? { region: settings.region } : {}),
      });
      let results = await run();
      // Fixes are written, then the files are checked again, until nothing is left to fix.
      for (let pass = 0; plan && pass < 10; pass++) {
        const before = plan.applied;
        results = results.map((f) => fixFile(ctx, plan, f, () => f.result.diagnostics.filter((d) => !(d.fix && plan.accept(d))), 1));
        if (plan.dryRun || plan.applied === before) break;
        results = await run();
      }
      setExit(await emit(ctx, flags, settings, ci.filter(results), plan));
      ci.finish();
    });
}
