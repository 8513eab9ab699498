// The termlint command line: a thin layer over the library that maps outcomes to exit codes
// (0 clean, 1 findings, 2 usage/config/glossary/input errors) and never calls process.exit().
import { Command, CommanderError, Option } from 'commander';
import { GlossaryError, TermlintError } from '../errors';
import { LOCALES, localeFromEnv, translator, type Locale } from '../i18n';
import { displayData, formatProblem, type Context } from './context';
import { registerGlossary } from './glossary';
import { registerLint } from './lint';
import { registerCheck } from './check';
import { registerLookup } from './lookup';
import { registerExtract } from './extract';
import { registerRules } from './rules';
import type { CliIO } from './io';
import { packageVersion } from '../paths';
import { printable } from '../reporters/stylish';

export async function run(argv: string[], io: CliIO): Promise<number> {
  const envLocale = localeFromEnv(io.env);
  const ctx: Context = { io, t: translator(envLocale), locale: envLocale, debug: argv.includes('--debug') };
  let exitCode = 0;
  const setExit = (code: number) => {
    exitCode = code;
  };

  const program = new Command('termlint')
    .description('Chinese–English terminology checker for ML and LLM translations')
    .version(packageVersion(), '-V, --version')
    .addOption(new Option('--locale <locale>', "language of termlint's messages").choices([...LOCALES]))
    .option('--debug', 'show stack traces for unexpected failures')
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .hook('preAction', (cmd) => {
      const locale = cmd.opts<{ locale?: Locale }>().locale;
      if (locale) {
        ctx.t = translator(locale);
        ctx.locale = locale;
      }
    });
  program.addHelpText(
    'after',
    '\nThe built-in glossary lives in glossary/*.yaml; see glossary/README.md for the format.\n' +
      'Messages follow --locale, else TERMLINT_LOCALE or LANG (en, zh-Hans, zh-Hant).',
  );
  registerLint(program, ctx, setExit);
  registerCheck(program, ctx, setExit);
  registerLookup(program, ctx, setExit);
  registerExtract(program, ctx, setExit);
  registerGlossary(program, ctx, setExit);
  registerRules(program, ctx);
  for (const cmd of program.commands) {
    cmd.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
    for (const sub of cmd.commands) sub.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  }

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (err) {
    return report(ctx, err);
  }
}

function report(ctx: Context, err: unknown): number {
  const { io, t } = ctx;
  if (err instanceof CommanderError) {
    // Commander has already printed its message (or the help / version text). Help asked for is
    // success; help shown because no command was given (`termlint`, `termlint glossary`) is a usage error.
    const fine = ['commander.helpDisplayed', 'commander.version'];
    return fine.includes(err.code) ? 0 : 2;
  }
  if (err instanceof GlossaryError) {
    for (const p of err.problems) io.stderr(formatProblem(ctx, p));
    io.stderr(`termlint: ${t('glossaryInvalid', err.data)}\n`);
    return err.exitCode;
  }
  if (err instanceof TermlintError) {
    io.stderr(`termlint: ${printable(t(err.messageId, displayData(ctx, err.data)))}\n`);
    return err.exitCode;
  }
  const detail = err instanceof Error ? err.message : String(err);
  io.stderr(`termlint: ${printable(t('unexpected', { detail }))}\n`);
  if (ctx.debug && err instanceof Error && err.stack) io.stderr(err.stack + '\n');
  return 2;
}
