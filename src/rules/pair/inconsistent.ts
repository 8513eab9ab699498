// pair/inconsistent — one source string translated several ways in one file (设置 / 配置 for
// "Settings"), or one glossary concept rendered several ways across the bundle's values.
// Why: a UI that names one thing two ways confuses users and reviewers alike.
// Also (info): one source translated differently only across PO contexts (msgctxt) — contexts may
// ask for it — and, with the option sameTarget, different sources with one translation. Ignores: shortened forms of one rendering;
// concepts whose renderings are interchangeable synonyms.
import { multiset, type Unit } from '../../core/bundle';
import { entriesOf, refsAsWritten } from '../../core/match';
import type { GlossaryEntry } from '../../glossary/model';
import { chineseKey } from '../../text/script';
import type { PairContext, PairRule } from '../rule';

/** Units grouped by a text of theirs, translated units only. */
function groupBy(units: Unit[], keyOf: (u: Unit) => string): Map<string, Unit[]> {
  const groups = new Map<string, Unit[]>();
  for (const u of units) {
    if (!u.target?.trim() || !u.source.trim()) continue;
    const key = keyOf(u);
    const group = groups.get(key);
    if (group) group.push(u);
    else groups.set(key, [u]);
  }
  return groups;
}

const KEYS_SHOWN = 5;

/** The keys of `units` (`total` of them, the first few given), a long list cut short. */
function keysOf(units: Unit[], total = units.length): string {
  const shown = units.slice(0, KEYS_SHOWN).map((u) => u.key).join(', ');
  return total > KEYS_SHOWN ? `${shown}, … (${total})` : shown;
}

/**
 * One source string translated several ways. Under different PO contexts (msgctxt) that may be
 * on purpose: reported at the severity of the option `acrossContexts` (info by default).
 */
function sameSource(ctx: PairContext): void {
  for (const [source, units] of groupBy(ctx.bundle.units, (u) => u.source.trim())) {
    const counts = multiset(units.map((u) => u.target!.trim()));
    if (counts.size < 2) continue;
    const [majority] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    const summary = [...counts].map(([k, n]) => `${k} ×${n}`).join(', ');
    const others = units.filter((u) => u.target!.trim() === majority);
    const otherKeys = keysOf(others);
    const majorityContexts = new Set(others.map((o) => o.context ?? ''));
    for (const unit of units) {
      if (unit.target!.trim() === majority) continue;
      // Only other contexts disagree: a context may ask for another word.
      const acrossContexts = !majorityContexts.has(unit.context ?? '');
      ctx.report({
        unit,
        messageId: 'source',
        data: { source, text: unit.target!.trim(), majority, counts: summary, others: otherKeys },
        ...(acrossContexts ? { severity: ctx.options.acrossContexts as 'info' | 'warning' } : {}),
      });
    }
  }
}

/** Different source strings translated the same way (Xbench's inconsistency in source): info, a reviewer's look. */
function sameTarget(ctx: PairContext): void {
  for (const [target, units] of groupBy(ctx.bundle.units, (u) => u.target!.trim())) {
    const bySource = groupBy(units, (u) => u.source.trim().toLowerCase().replace(/[.:!?…]+$/, ''));
    if (bySource.size < 2 || !/\p{Script=Han}/u.test(target)) continue;
    for (const group of bySource.values()) {
      const others: Unit[] = [];
      for (const g of bySource.values()) {
        if (g !== group) others.push(...g.slice(0, KEYS_SHOWN - others.length));
        if (others.length >= KEYS_SHOWN) break;
      }
      const otherKeys = keysOf(others, units.length - group.length);
      for (const unit of group) {
        ctx.report({
          unit,
          messageId: 'target',
          data: { text: target, source: unit.source.trim(), otherSource: others[0]!.source.trim(), others: otherKeys },
          severity: 'info',
        });
      }
    }
  }
}

/** Glossary terms across the bundle: one rendering per concept, shortened forms aside. */
function sameTerm(ctx: PairContext): void {
  const { text } = ctx.bundle;
  const byEntry = new Map<GlossaryEntry, Map<string, { unit: Unit; offset: number; length: number }[]>>();
  for (const unit of ctx.bundle.units) {
    const analysis = unit.span ? ctx.targetAnalysis(unit) : undefined;
    if (!analysis) continue;
    for (const occ of analysis.zh) {
      if (occ.key.length < 2) continue;
      const refs = refsAsWritten(occ, unit.maskedTarget ?? '', ctx.script);
      const entries = entriesOf(refs);
      if (entries.length !== 1 || refs.some((r) => r.kind === 'avoid') || entries[0]!.interchangeable) continue;
      const m = byEntry.get(entries[0]!) ?? new Map();
      const list = m.get(chineseKey(occ.key)) ?? [];
      list.push({ unit, offset: unit.span!.start + occ.offset, length: occ.length });
      m.set(chineseKey(occ.key), list);
      byEntry.set(entries[0]!, m);
    }
  }
  const at = (o: { offset: number; length: number }) => text.slice(o.offset, o.offset + o.length);
  for (const [entry, renderings] of byEntry) {
    if (renderings.size < 2) continue;
    const sorted = [...renderings].sort((a, b) => b[1].length - a[1].length);
    const [majorityKey, majorityList] = sorted[0]!;
    const majority = at(majorityList[0]!);
    const minority = sorted.slice(1).filter(([k]) => !k.includes(majorityKey) && !majorityKey.includes(k));
    if (!minority.length) continue;
    const counts = [sorted[0]!, ...minority].map(([, l]) => `${at(l[0]!)} ×${l.length}`).join(', ');
    for (const [, list] of minority) {
      for (const o of list) {
        ctx.report({
          unit: o.unit,
          messageId: 'term',
          data: { text: at(o), term: entry.en.preferred, majority, counts },
          where: { start: o.offset, end: o.offset + o.length },
          term: entry.en.preferred,
          suggestions: [majority],
        });
      }
    }
  }
}

export const rule: PairRule = {
  id: 'pair/inconsistent',
  kind: 'pair',
  severity: 'warning',
  summary: 'One source string, or one glossary term, translated in several ways across the bundle',
  fix: 'suggestion',
  options: {
    type: 'object',
    properties: {
      acrossContexts: { enum: ['info', 'warning'], default: 'info', description: 'severity when only other PO contexts translate the string differently' },
      sameTarget: { type: 'boolean', default: false, description: 'also report different sources translated the same way (a reviewer pass, at info)' },
    },
  },
  messages: {
    source: '"{{source}}" is translated "{{text}}" here but "{{majority}}" elsewhere ({{counts}}; {{others}})',
    target: '"{{text}}" translates "{{source}}" here and "{{otherSource}}" elsewhere ({{others}}): two sources, one translation',
    term: '"{{text}}" renders "{{term}}", which this bundle mostly writes "{{majority}}" ({{counts}})',
  },
  check(ctx) {
    sameSource(ctx);
    if (ctx.options.sameTarget) sameTarget(ctx);
    sameTerm(ctx);
  },
};
