// termlint glossary export|import|add: the term base to and from TBX and spreadsheets, and one
// entry added from the command line. Format logic lives in glossary/interop/.
import path from 'node:path';
import { Option, type Command } from 'commander';
import { GlossaryError, TermlintError } from '../errors';
import { readGlossaryPaths } from '../glossary/glossary';
import { domainsOf, duplicates, EXPORT_FORMATS, exportGlossary, importFile, IMPORT_EXTENSIONS, planImport, validatePlanned, writeFiles, type ExportFormat } from '../glossary/interop';
import { entryFromRequest, insertEntry, problemsOfNewEntry, readGlossaryText } from '../glossary/interop/add';
import { BUILTIN_GLOSSARY_DIR, packageVersion } from '../paths';
import { addGlossaryOptions, collect, displayPath, formatProblem, glossaryFromFlags, type Context, type GlossaryFlags } from './context';

const DOMAIN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function checkDomain(domain: string | undefined): void {
  if (domain !== undefined && !DOMAIN.test(domain)) throw new TermlintError('badDomain', { domain });
}

export function registerGlossaryInterop(glossary: Command, ctx: Context, setExit: (code: number) => void): void {
  const { io } = ctx;
  const show = (p: string) => displayPath(ctx, p);

  addGlossaryOptions(glossary.command('export'))
    .description('export the glossary (built-in and --glossary files) as TBX, CSV, TSV, JSON or Markdown')
    .addOption(
      new Option('--format <format>', 'tbx: TBX-Basic v2 (<martif>); tbx3: TBX v3 (<tbx>, ISO 30042:2019); csv/tsv: one row per concept; json: glossary files as JSON; md: a Markdown table')
        .choices([...EXPORT_FORMATS])
        .default('tbx'),
    )
    .option('--out <file>', 'write to a file instead of standard output (an existing file only with --force)')
    .option('--force', 'overwrite the --out file')
    .addHelpText(
      'after',
      '\nTBX and JSON keep every field, so `termlint glossary import` reads them back to the same glossary;\n' +
        'CSV and TSV keep terms, variants, avoided renderings with reasons, domain, notes and sources.\n' +
        'Examples:\n  termlint glossary export --format tbx3 --out terms.tbx\n  termlint glossary export --no-builtin --glossary house.yaml --format csv > house.csv',
    )
    .action((flags: GlossaryFlags & { format: ExportFormat; out?: string; force?: boolean }) => {
      const domains = domainsOf(glossaryFromFlags(ctx, flags));
      const text = exportGlossary(domains, flags.format, packageVersion());
      if (!flags.out) io.stdout(text);
      else {
        const out = path.resolve(io.cwd, flags.out);
        writeFiles([{ path: out, text }], flags.force === true);
        const entries = domains.reduce((n, d) => n + d.entries.length, 0);
        io.stderr(ctx.t('exportDone', { entries, path: show(out) }) + '\n');
      }
      setExit(0);
    });

  glossary
    .command('import')
    .description('convert a term base (TBX v2/v3, CSV, TSV, XLSX) into termlint glossary YAML')
    .argument('<file>', `the term base (${IMPORT_EXTENSIONS.join(' ')}; .xml is read as TBX)`)
    .requiredOption('--out <path>', 'the glossary file to write, or a folder (ending in /) for one file per domain')
    .option('--domain <domain>', 'domain of the output file (default: the one domain the term base names, else the --out file name); with a folder --out, the domain of entries that name none (default "imported")')
    .option('--force', 'overwrite existing output files')
    .addHelpText(
      'after',
      '\nSpreadsheets: a header row with en and zh-Hans and/or zh-Hant columns (also "English", "zh-CN",\n' +
        '"zh_TW", "Simplified Chinese", "简体中文", "繁體中文"…), optional id, variants, avoid ("form: reason"),\n' +
        'note, domain, source columns; lists separated by ";" or "|". A missing script is converted from the other.\n' +
        'Bad rows are reported as file:line and nothing is written (exit 2). The result is checked as\n' +
        '`glossary validate` checks it: problems left to fix by hand are listed (exit 1).\n' +
        'Example:\n  termlint glossary import terms.xlsx --out glossary/house.yaml',
    )
    .action(async (file: string, flags: { out: string; domain?: string; force?: boolean }) => {
      checkDomain(flags.domain);
      const input = path.resolve(io.cwd, file);
      const result = await importFile(input);
      const problems = [...result.problems, ...duplicates(result, input)];
      if (problems.length) {
        for (const p of problems) io.stderr(formatProblem(ctx, p));
        throw new TermlintError('importFailed', { count: problems.length, path: show(input) });
      }
      if (!result.entries.length) throw new TermlintError('importEmpty', { path: show(input) });
      const out = path.resolve(io.cwd, flags.out) + (/[\\/]$/.test(flags.out) ? path.sep : '');
      const plan = planImport(result.entries, out, `imported from ${path.basename(input)}`, flags.domain);
      const left = validatePlanned(plan.files);
      // What the loader itself would refuse is never written.
      const fatal = left.filter((p) => p.messageId === 'glossarySchema' || p.messageId === 'glossarySyntax');
      if (fatal.length) throw new GlossaryError(fatal);
      writeFiles(plan.files, flags.force === true);
      for (const f of plan.files) io.stderr(ctx.t('importWritten', { entries: f.entries, path: show(f.path) }) + '\n');
      if (plan.merged.length) io.stderr(ctx.t('importMerged', { domains: plan.merged.join(', '), path: show(plan.files[0]!.path) }) + '\n');
      for (const p of left) io.stdout(formatProblem(ctx, p));
      if (left.length) io.stderr(ctx.t('validateFailed', { count: left.length, files: ctx.t('countFiles', { count: plan.files.length }) }) + '\n');
      setExit(left.length ? 1 : 0);
    });

  glossary
    .command('add')
    .description('add one entry to a glossary file, in id order (the file is created if missing)')
    .requiredOption('--file <glossary.yaml>', 'the glossary file to add to')
    .requiredOption('--en <term>', 'the English term')
    .option('--zh-hans <form>', 'the preferred Simplified form')
    .option('--zh-hant <form>', 'the preferred Traditional form (default: converted from --zh-hans)')
    .option('--variant <form>', 'an accepted Chinese variant, in either script (repeatable)', collect)
    .option('--en-variant <form>', 'another English spelling (repeatable)', collect)
    .option('--abbreviation <abbr>', 'an English abbreviation (repeatable)', collect)
    .option('--avoid <form:reason>', 'a known-wrong rendering and why (repeatable)', collect)
    .option('--example <bad => good>', 'a sentence with an avoided rendering => the corrected sentence (repeatable; one per --avoid)', collect)
    .option('--ok <sentence>', 'a sentence that must not be reported (repeatable)', collect)
    .option('--regional <why>', 'why zh-Hant names a different word than zh-Hans (regional vocabulary)')
    .option('--note <text>', 'notes, in English')
    .option('--source <source>', 'where the forms come from (repeatable)', collect)
    .option('--domain <domain>', 'domain of a new file (default: the file name)')
    .option('--id <id>', 'the entry id (default: from --en, kebab-case)')
    .addHelpText(
      'after',
      '\nThe entry is checked as `glossary validate` checks it before the file is written (atomically);\n' +
        'a concept already in the file (same id, English or Simplified term) is refused. Exit 2 on refusal.\n' +
        'Example:\n  termlint glossary add --file house.yaml --en zero-shot --zh-hans 零样本 \\\n' +
        '    --avoid "零射击:shot is an example here, not a gunshot" --example "它支持零射击推理。=>它支持零样本推理。"',
    )
    .action(
      (flags: {
        file: string;
        en: string;
        zhHans?: string;
        zhHant?: string;
        variant?: string[];
        enVariant?: string[];
        abbreviation?: string[];
        avoid?: string[];
        example?: string[];
        ok?: string[];
        regional?: string;
        note?: string;
        source?: string[];
        domain?: string;
        id?: string;
      }) => {
        checkDomain(flags.domain);
        const file = path.resolve(io.cwd, flags.file);
        const entry = entryFromRequest({
          en: flags.en,
          ...(flags.id ? { id: flags.id } : {}),
          enVariants: flags.enVariant,
          abbreviations: flags.abbreviation,
          ...(flags.zhHans ? { hans: flags.zhHans } : {}),
          ...(flags.zhHant ? { hant: flags.zhHant } : {}),
          variants: flags.variant,
          avoid: flags.avoid,
          examples: flags.example,
          ok: flags.ok,
          ...(flags.note ? { note: flags.note } : {}),
          sources: flags.source,
          ...(flags.regional ? { regional: flags.regional } : {}),
        });
        const { text, line } = insertEntry(file, readGlossaryText(file), entry, flags.domain);
        const problems = problemsOfNewEntry(file, text, entry.id);
        if (problems.length) throw new GlossaryError(problems);
        writeFiles([{ path: file, text }], true);
        io.stdout(ctx.t('addDone', { id: entry.id, file: `${show(file)}:${line}` }) + '\n');
        const inBuiltin = !path.relative(BUILTIN_GLOSSARY_DIR, file).startsWith('..');
        if (!inBuiltin && readGlossaryPaths([BUILTIN_GLOSSARY_DIR], true, false).some((f) => f.entries.some((e) => e.id === entry.id))) {
          io.stderr(ctx.t('addOverrides', { id: entry.id }) + '\n');
        }
        setExit(0);
      },
    );
}
