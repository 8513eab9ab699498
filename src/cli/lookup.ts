// termlint lookup <query>: the right term for any form of it.
import type { Command } from 'commander';
import { Option } from 'commander';
import { TermlintError } from '../errors';
import { lookup, type LookupMatch, type LookupResult } from '../lookup';
import { addGlossaryOptions, glossaryFromFlags, type Context, type GlossaryFlags } from './context';

interface LookupFlags extends GlossaryFlags {
  format: 'stylish' | 'human' | 'json';
}

function describe(ctx: Context, m: LookupMatch): string {
  const { t } = ctx;
  const lines: string[] = [];
  lines.push(`${m.en}  ·  ${m['zh-Hans']}  ·  ${m['zh-Hant']}    [${m.id}]`);
  if (m.matchedAs === 'avoid') {
    lines.push(`  ✗ ${t('avoidVerdict', { form: m.form, en: m.en, reason: m.reasons?.[ctx.locale] ?? m.reason ?? '' })}`);
    lines.push(`    ${t('useInstead', { hans: m['zh-Hans'], hant: m['zh-Hant'] })}`);
  } else {
    lines.push(`  ${t('matchedAs', { kind: t(`kind_${m.matchedAs}`), script: m.script, form: m.form })}`);
  }
  if (m.keepEnglish) lines.push(`  ${t('label_keepEnglish')}`);
  if (m.abbreviations.length) lines.push(`  ${t('label_abbreviations')}: ${m.abbreviations.join(', ')}`);
  for (const script of ['en', 'zh-Hans', 'zh-Hant'] as const) {
    const v = m.variants[script];
    if (v.length) lines.push(`  ${t('label_variants')} (${script}): ${v.join('、')}`);
  }
  for (const script of ['zh-Hans', 'zh-Hant'] as const) {
    const a = m.avoid[script];
    if (a.length) lines.push(`  ${t('label_avoid')} (${script}): ${a.map((x) => x.text).join('、')}`);
  }
  if (m.regions) lines.push(`  ${t('label_regions')}: ${Object.entries(m.regions).map(([r, f]) => `${r} ${f}`).join('、')}`);
  const notes = m.notesL10n?.[ctx.locale] ?? m.notes;
  if (notes) lines.push(`  ${t('label_notes')}: ${notes}`);
  if (m.sources) lines.push(`  ${t('label_sources')}: ${m.sources.join(', ')}`);
  if (m.ambiguity) lines.push(`  ${t('label_ambiguity')}: ${m.ambiguity}`);
  return lines.join('\n') + '\n';
}

function human(ctx: Context, result: LookupResult): string {
  const { t } = ctx;
  if (result.matches.length) return result.matches.map((m) => describe(ctx, m)).join('\n');
  const lines = [t('noMatch', { query: result.query })];
  if (result.suggestions.length) {
    lines.push(t('didYouMean'));
    for (const s of result.suggestions) {
      const dist = t('distance', { distance: s.distance });
      lines.push(`  ${s.en}  ·  ${s['zh-Hans']}  ·  ${s['zh-Hant']}    [${s.id}]  (${s.form}, ${dist})`);
    }
  }
  return lines.join('\n') + '\n';
}

export function registerLookup(program: Command, ctx: Context, setExit: (code: number) => void): void {
  addGlossaryOptions(program.command('lookup'))
    .description('find a term by any form: English, abbreviation, zh-Hans, zh-Hant, or a known wrong rendering')
    .argument('<query...>', 'the term to look up (several words are joined with spaces)')
    .addOption(new Option('-f, --format <format>', 'output format (human is another name for stylish)').choices(['stylish', 'human', 'json']).default('stylish'))
    .addHelpText(
      'after',
      '\nExit codes: 0 a term matched, 1 only suggestions or nothing, 2 usage or glossary error.\n' +
        'Examples:\n  termlint lookup 災難性遺忘\n  termlint lookup "catastrophic forgeting"\n  termlint lookup 零射击 --format json',
    )
    .action((words: string[], flags: LookupFlags) => {
      const query = words.join(' ').trim();
      if (!query) throw new TermlintError('emptyQuery');
      const glossary = glossaryFromFlags(ctx, flags);
      const result = lookup(glossary, query);
      ctx.io.stdout(flags.format === 'json' ? JSON.stringify(result, null, 2) + '\n' : human(ctx, result));
      setExit(result.matches.length ? 0 : 1);
    });
}
