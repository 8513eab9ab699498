// Inline directives: termlint-disable / -enable (to the end or until re-enabled),
// termlint-disable-next-line and termlint-disable-line; with rule ids, or for every rule.
import type { LineIndex } from './positions';
import type { Directive } from './analyze';

export type Suppressor = (rule: string, offset: number) => boolean;

export function suppressor(directives: Directive[], lines: LineIndex): Suppressor {
  if (!directives.length) return () => false;
  const ranges = directives.filter((d) => d.kind === 'disable' || d.kind === 'enable').sort((a, b) => a.offset - b.offset);
  const lineRules = new Map<number, string[][]>();
  for (const d of directives) {
    if (d.kind !== 'disable-line' && d.kind !== 'disable-next-line') continue;
    const line = lines.lineOf(d.offset) + (d.kind === 'disable-next-line' ? 1 : 0);
    const list = lineRules.get(line) ?? [];
    list.push(d.rules);
    lineRules.set(line, list);
  }
  const applies = (rules: string[], rule: string) => rules.length === 0 || rules.includes(rule);
  return (rule, offset) => {
    const onLine = lineRules.get(lines.lineOf(offset));
    if (onLine?.some((rules) => applies(rules, rule))) return true;
    let disabled = false;
    for (const d of ranges) {
      if (d.offset > offset) break;
      if (applies(d.rules, rule)) disabled = d.kind === 'disable';
    }
    return disabled;
  };
}
