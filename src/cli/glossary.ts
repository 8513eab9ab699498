// termlint glossary validate|stats: checks and figures for glossary maintainers.
import path from 'node:path';
import type { Command } from 'commander';
import { Option } from 'commander';
import { readGlossaryPaths } from '../glossary/glossary';
import { validateGlossaryFiles } from '../glossary/validate';
import { BUILTIN_GLOSSARY_DIR } from '../paths';
import { registerGlossaryInterop } from './glossary-interop';
import { addGlossaryOptions, displayPath, formatProblem, glossaryFromFlags, type Context, type GlossaryFlags } from './context';

export function registerGlossary(program: Command, ctx: Context, setExit: (code: number) => void): void {
  const glossary = program.command('glossary').description('validate the term base, show its figures, export, import or add entries');

  glossary
    .command('validate')
    .description('check glossary files: schema, duplicate ids, sorting, conflicts, ambiguity, script correspondence, examples')
    .argument('[paths...]', 'glossary files or directories (default: the built-in glossary)')
    .addHelpText('after', '\nExit codes: 0 no problems, 1 problems found, 2 usage error.')
    .action((paths: string[]) => {
      const targets = paths.length ? paths.map((p) => path.resolve(ctx.io.cwd, p)) : [BUILTIN_GLOSSARY_DIR];
      const files = readGlossaryPaths(targets, !paths.length);
      const problems = [...files.flatMap((f) => f.problems), ...validateGlossaryFiles(files)];
      problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
      for (const p of problems) ctx.io.stdout(formatProblem(ctx, p));
      const count = files.reduce((n, f) => n + f.entries.length, 0);
      const summary = problems.length
        ? ctx.t('validateFailed', { count: problems.length, files: ctx.t('countFiles', { count: files.length }) })
        : ctx.t('validateOk', { count, files: ctx.t('countFiles', { count: files.length }) });
      (problems.length ? ctx.io.stderr : ctx.io.stdout)(summary + '\n');
      setExit(problems.length ? 1 : 0);
    });

  addGlossaryOptions(glossary.command('stats'))
    .description('count entries, variants and avoided renderings')
    .addOption(new Option('--format <format>', 'output format').choices(['human', 'json']).default('human'))
    .action((flags: GlossaryFlags & { format: string }) => {
      const g = glossaryFromFlags(ctx, flags);
      const entries = [...g.entries.values()];
      const sum = (f: (e: (typeof entries)[number]) => number) => entries.reduce((n, e) => n + f(e), 0);
      const stats = {
        entries: entries.length,
        withHant: entries.filter((e) => e['zh-Hant'].preferred.length > 0).length,
        variants: sum((e) => e['zh-Hans'].variants.length + e['zh-Hant'].variants.length),
        avoid: sum((e) => e['zh-Hans'].avoid.length + e['zh-Hant'].avoid.length),
        withEvidence: sum((e) => [...e['zh-Hans'].avoid, ...e['zh-Hant'].avoid].filter((a) => a.evidence).length),
        withRegions: entries.filter((e) => Object.keys(e.regions).length > 0).length,
        withSource: entries.filter((e) => e.sources.length > 0).length,
        byScript: {
          'zh-Hans': { variants: sum((e) => e['zh-Hans'].variants.length), avoid: sum((e) => e['zh-Hans'].avoid.length) },
          'zh-Hant': { variants: sum((e) => e['zh-Hant'].variants.length), avoid: sum((e) => e['zh-Hant'].avoid.length) },
          en: { variants: sum((e) => e.en.variants.length), abbreviations: sum((e) => e.en.abbreviations.length) },
        },
        files: g.files.map((f) => ({ path: displayPath(ctx, f.path), entries: f.entries.length })),
      };
      if (flags.format === 'json') ctx.io.stdout(JSON.stringify(stats, null, 2) + '\n');
      else {
        ctx.io.stdout(ctx.t('stats', { ...stats, files: ctx.t('countFiles', { count: stats.files.length }) }) + '\n');
        for (const f of stats.files) ctx.io.stdout(`  ${f.path}  ${f.entries}\n`);
      }
      setExit(0);
    });

  registerGlossaryInterop(glossary, ctx, setExit);
}
