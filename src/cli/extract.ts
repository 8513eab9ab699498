// termlint extract: candidate terms that documents and translations use and the glossary lacks,
// written as glossary stubs for review. Thin: options → library → stubs → stdout or --out.
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { Option } from 'commander';
import { note, TermlintError } from '../errors';
import { describeError, STDIN, writeAtomic } from '../core/files';
import { extractTerms } from '../extract/api';
import { DEFAULT_DOMAIN, renderJson, renderYaml, stubsOf } from '../extract/stubs';
import { BILINGUAL_FORMATS, fileFormatFor } from '../formats';
import { printable } from '../reporters/stylish';
import { addGlossaryOptions, displayData, type Context } from './context';
import { settingsFrom } from './output';
import type { PairFlags } from './check';

interface ExtractFlags extends PairFlags {
  glossary?: string[];
  builtin: boolean;
  config?: string;
  maxFileSize?: string;
  format: 'yaml' | 'json';
  out?: string;
  force?: boolean;
  minCount: string;
  sort: 'count' | 'id';
  domain: string;
  stdinFilename?: string;
  ignore: boolean;
  followSymlinks?: boolean;
}

const singleFileExtensions = () => BILINGUAL_FORMATS.filter((f) => f.pairing === 'file').flatMap((f) => f.extensions).join(', ');

export function registerExtract(program: Command, ctx: Context, setExit: (code: number) => void): void {
  addGlossaryOptions(
    program
      .command('extract')
      .description('find terms that documents or translations use and the glossary lacks; write them as glossary stubs to review')
      .argument('[paths...]', `Chinese documents (files, directories, globs, or - for stdin) and bilingual files (${singleFileExtensions()})`),
  )
    .option('-s, --source <path>', 'the source side of a translation pair, as termlint check takes it')
    .option('-t, --target <path>', 'the target side of the pair')
    .option('--source-locale <locale>', 'source language (default: from the path, else en)')
    .option('--target-locale <locale>', 'target language, e.g. zh-CN or zh-TW (decides zh-Hans or zh-Hant)')
    .option('--key-separator <sep>', 'i18next keySeparator ("false" for flat keys)', '.')
    .option('--ns-separator <sep>', 'i18next nsSeparator', ':')
    .option('-c, --config <file>', 'configuration file (its glossaries, ignore patterns and size limit apply)')
    .option('--max-file-size <size>', 'larger inputs are not read (default 64MB)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['yaml', 'json']).default('yaml'))
    .option('-o, --out <file>', 'write to this file (atomically) instead of stdout')
    .option('--force', 'replace the --out file if it exists')
    .option('--min-count <n>', 'leave out candidates seen fewer times (translation pairs need 2 units at least)', '1')
    .addOption(new Option('--sort <order>', 'order of the stubs').choices(['count', 'id']).default('count'))
    .option('--domain <name>', 'the domain of the stub file', DEFAULT_DOMAIN)
    .option('--stdin-filename <name>', 'name (and type, by extension) of the text read from -')
    .option('--no-ignore', 'read files that .gitignore or the configuration\'s "ignore" would skip')
    .option('--follow-symlinks', 'follow symbolic links inside directories and globs')
    .addHelpText(
      'after',
      [
        '',
        'What it proposes, leaving out every form the glossary (built-in, --glossary, configuration) knows:',
        '  gloss     中文（English） and 中文 (English): the Chinese before a parenthetical English gloss',
        '  english   English words and phrases left in Chinese prose (not code, URLs, placeholders)',
        '  aligned   in translation pairs: Chinese and English n-grams that occur together in 2 units',
        '            or more (Dice coefficient over units of 0.5 or more; units up to 2,000 characters)',
        '',
        'Output: a glossary file (glossary/README.md) with one stub per candidate, most frequent first,',
        'each with its count and up to 3 contexts (file:line) as comments. The script of the Chinese is',
        'the documents\' (or the target locale\'s); the other script is converted character by character',
        'and marked "TODO check". What the input cannot tell (the Chinese of English left in prose, the',
        'English of a bare abbreviation) is an empty value marked TODO: the file loads with --glossary',
        'only once a reviewer has filled those in (the loader reports each at its line).',
        '',
        'Exit codes: 0 done, 1 some inputs could not be read (the rest were), 2 usage, configuration,',
        'glossary error, or --out exists without --force.',
        'Examples:',
        '  termlint extract docs/ --out terms.yaml',
        '  termlint extract --source locales/en --target locales/zh-TW --min-count 3',
        '  termlint extract paper.zh.md --format json | jq ".candidates[0]"',
        '  termlint extract docs/ -o new.yaml && $EDITOR new.yaml && termlint lint docs/ --glossary new.yaml',
      ].join('\n'),
    )
    .action(async (paths: string[], flags: ExtractFlags) => {
      const { io, t } = ctx;
      if (!paths.length && !flags.source && !flags.target) throw new TermlintError('extractNeedsInput');
      if (flags.stdinFilename && !paths.includes(STDIN)) throw new TermlintError('stdinFilename');
      const minCount = Number(flags.minCount);
      if (!Number.isInteger(minCount) || minCount < 1) throw new TermlintError('extractBadCount', { value: flags.minCount });
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(flags.domain)) {
        throw new TermlintError('usage', { detail: note('usage.domain', { value: flags.domain }) });
      }
      const out = flags.out ? path.resolve(io.cwd, flags.out) : undefined;
      if (out && !flags.force && fs.existsSync(out)) throw new TermlintError('extractOutExists', { path: out });
      const settings = settingsFrom(ctx, {
        format: 'json',
        builtin: flags.builtin,
        ...(flags.glossary ? { glossary: flags.glossary } : {}),
        ...(flags.config ? { config: flags.config } : {}),
        ...(flags.maxFileSize ? { maxFileSize: flags.maxFileSize } : {}),
      });
      // Bilingual single files (XLIFF, PO, String Catalogs) by their extension; the rest are documents.
      const files = paths.filter((p) => p !== STDIN && fileFormatFor(p));
      const documents = paths.filter((p) => !files.includes(p));
      const result = await extractTerms({
        documents,
        files,
        ...(flags.source ? { source: flags.source } : {}),
        ...(flags.target ? { target: flags.target } : {}),
        ...(flags.sourceLocale ? { sourceLocale: flags.sourceLocale } : {}),
        ...(flags.targetLocale ? { targetLocale: flags.targetLocale } : {}),
        keySeparator: flags.keySeparator === 'false' ? false : (flags.keySeparator ?? '.'),
        nsSeparator: flags.nsSeparator ?? ':',
        glossary: settings.glossary,
        cwd: io.cwd,
        maxFileSize: settings.maxFileSize,
        minCount,
        ...(flags.stdinFilename ? { stdinFilename: flags.stdinFilename } : {}),
        ...(io.readStdin ? { readStdin: io.readStdin } : {}),
        ignore: settings.config.ignore,
        ignoreBase: settings.configFile ? path.dirname(settings.configFile) : io.cwd,
        ...(settings.configFile ? { ignoreSource: settings.configFile } : {}),
        noIgnore: !flags.ignore,
        followSymlinks: flags.followSymlinks === true,
      });
      for (const p of result.problems) {
        const where = p.line ? `${p.file}:${p.line}` : p.file;
        const message = t(`rules.${p.problem.rule}.${p.problem.messageId}`, displayData(ctx, p.problem.data ?? {}));
        io.stderr(`termlint: ${printable(`${where}: ${message}`)}  (${p.problem.rule})\n`);
      }
      const links = result.notes.filter((n) => n.messageId === 'noteSymlinkSkipped').length;
      if (links) io.stderr(`termlint: ${t('symlinksSkipped', { count: links })}\n`);
      const stubs = stubsOf(result.candidates, settings.glossary);
      if (flags.sort === 'id') stubs.sort((a, b) => a.entry.id.localeCompare(b.entry.id, 'en'));
      const text = flags.format === 'json' ? renderJson(stubs, { domain: flags.domain }) : renderYaml(stubs, { domain: flags.domain });
      const summary = t('extractFound', { count: stubs.length, files: t('countInputs', { count: result.files }) });
      if (out) {
        try {
          writeAtomic(out, text);
        } catch (err) {
          throw new TermlintError('extractWriteFailed', { path: out, detail: describeError(err) });
        }
        io.stderr(`termlint: ${summary}; ${t('extractWritten', { path: displayData(ctx, { out }).out! })}\n`);
      } else {
        io.stdout(text);
        io.stderr(`termlint: ${summary}\n`);
      }
      setExit(result.problems.length ? 1 : 0);
    });
}
