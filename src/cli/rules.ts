// termlint rules: every rule of the registry, as a table for people or Markdown for the README.
import type { Command } from 'commander';
import { Option } from 'commander';
import { RULES } from '../rules';
import type { AnyRule } from '../rules/rule';
import type { Context } from './context';

const KINDS = { text: 'lint', pair: 'check', input: 'lint and check' } as const;

const defaultOf = (r: AnyRule) => (r.enabledByDefault === false ? `off (${r.severity})` : r.severity);

/** The Markdown rules table of one kind of rule, as the README shows it. */
export function rulesTable(kind: AnyRule['kind']): string {
  const rows = RULES.filter((r) => r.kind === kind).map(
    (r) => `| [\`${r.id}\`](src/rules/${r.id}.md) | ${defaultOf(r)} | ${r.fix} | ${r.summary} |`,
  );
  return ['| rule | default | fix | catches |', '|---|---|---|---|', ...rows].join('\n');
}

export function registerRules(program: Command, ctx: Context): void {
  program
    .command('rules')
    .description('list every rule: id, default severity, fix kind, what it catches')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'markdown', 'json']).default('text'))
    .action((flags: { format: 'text' | 'markdown' | 'json' }) => {
      if (flags.format === 'json') {
        const out = RULES.map(({ id, kind, severity, enabledByDefault, summary, fix, defersTo, onTargets, options, messages }) => ({
          id,
          kind,
          severity,
          enabled: enabledByDefault !== false,
          summary,
          fix,
          ...(defersTo ? { defersTo } : {}),
          ...(onTargets ? { onTargets } : {}),
          ...(options ? { options } : {}),
          messages: Object.keys(messages),
        }));
        ctx.io.stdout(JSON.stringify(out, null, 2) + '\n');
        return;
      }
      if (flags.format === 'markdown') {
        ctx.io.stdout((['text', 'pair', 'input'] as const).map(rulesTable).join('\n\n') + '\n');
        return;
      }
      const width = Math.max(...RULES.map((r) => r.id.length));
      for (const kind of ['text', 'pair', 'input'] as const) {
        ctx.io.stdout(`${KINDS[kind]}:\n`);
        for (const r of RULES.filter((x) => x.kind === kind)) {
          ctx.io.stdout(`  ${r.id.padEnd(width)}  ${defaultOf(r).padEnd(15)} ${r.fix.padEnd(10)} ${r.summary}\n`);
        }
      }
    });
}
