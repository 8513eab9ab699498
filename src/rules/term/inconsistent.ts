// term/inconsistent — one concept rendered in two or more accepted ways in one document
// (规模定律 here, 缩放定律 there). Reports each rendering other than the most written one once, at
// its first occurrence, with counts — the odd one out is where the document changed its mind —
// and advises the glossary's preferred form when the document uses it, else the most written one:
// when the odd one out is the preferred form itself, it says so (use it throughout).
// Ignores: single-character forms, forms several concepts share, a rendering that contains
// another (注意力 / 注意力机制 are the same choice, shortened), and concepts whose renderings the
// glossary marks interchangeable (高斯分布 / 正态分布).
// A huge text linted in sections is decided once over the renderings of all its sections.
import type { GlossaryEntry } from '../../glossary/model';
import { entriesOf, refsAsWritten, type Occurrence } from '../../core/match';
import { preferredIn, slice, targetScript, type DocumentContext, type DocumentScope, type RuleContext, type TextRule } from '../rule';

interface Rendering {
  key: string;
  occurrences: Occurrence[];
  preferred: boolean;
}

type ByEntry = Map<GlossaryEntry, Map<string, Rendering>>;

/** The renderings of each concept in a text, by the form written. */
function renderingsIn(ctx: RuleContext): ByEntry {
  const byEntry: ByEntry = new Map();
  for (const occ of ctx.zh) {
    if (occ.key.length < 2) continue;
    const refs = refsAsWritten(occ, ctx.text, ctx.script);
    const entries = entriesOf(refs);
    if (entries.length !== 1 || refs.some((r) => r.kind === 'avoid')) continue;
    const entry = entries[0]!;
    if (entry.interchangeable) continue;
    const renderings = byEntry.get(entry) ?? new Map<string, Rendering>();
    byEntry.set(entry, renderings);
    const r = renderings.get(occ.key) ?? { key: occ.key, occurrences: [], preferred: false };
    r.occurrences.push(occ);
    r.preferred ||= refs.some((x) => x.kind === 'preferred');
    renderings.set(occ.key, r);
  }
  return byEntry;
}

/** The findings, from the renderings of one text or of every section of a huge one (offsets in `ctx.text`). */
function decide(ctx: DocumentContext, parts: ByEntry[]): void {
  const byEntry: ByEntry = new Map();
  for (const part of parts) {
    for (const [entry, renderings] of part) {
      const all = byEntry.get(entry) ?? new Map<string, Rendering>();
      byEntry.set(entry, all);
      for (const [key, r] of renderings) {
        const had = all.get(key);
        if (!had) all.set(key, { ...r, occurrences: [...r.occurrences] });
        else {
          for (const o of r.occurrences) had.occurrences.push(o);
          had.preferred ||= r.preferred;
        }
      }
    }
  }
  for (const [entry, renderings] of byEntry) {
    if (renderings.size < 2) continue;
    const sorted = [...renderings.values()].sort(
      (a, b) =>
        b.occurrences.length - a.occurrences.length ||
        Number(b.preferred) - Number(a.preferred) ||
        a.occurrences[0]!.offset - b.occurrences[0]!.offset,
    );
    const majority = sorted[0]!;
    const compatible = (r: Rendering) => r.key.includes(majority.key) || majority.key.includes(r.key);
    const minority = sorted.filter((r) => r !== majority && !compatible(r));
    if (!minority.length) continue;
    const textOf = (r: Rendering) => slice(ctx, r.occurrences[0]!.offset, r.occurrences[0]!.length);
    const majorityText = textOf(majority);
    const counts = [majority, ...minority].map((r) => `${textOf(r)} ×${r.occurrences.length}`).join(', ');
    // The advice: the preferred rendering when the document uses it (少样本 over a majority of 少示例).
    const used = sorted.find((r) => r.preferred && (r === majority || minority.includes(r)));
    const advice = used ? textOf(used) : majorityText;
    const preferred = preferredIn(entry, targetScript(ctx.script, 'zh-Hans'));
    for (const r of minority) {
      // Once per rendering: the choice is one decision, however often it was written.
      const occ = r.occurrences[0]!;
      const text = slice(ctx, occ.offset, occ.length);
      ctx.report({
        offset: occ.offset,
        length: occ.length,
        messageId: r === used ? 'preferredRare' : 'inconsistent',
        data: { text, term: entry.en.preferred, majority: majorityText, counts },
        suggestions: r === used ? [] : [...new Set([advice, preferred])],
        term: entry.en.preferred,
      });
    }
  }
}

/** A section's renderings at the whole text's offsets. */
function shift(part: ByEntry, by: number): ByEntry {
  const out: ByEntry = new Map();
  for (const [entry, renderings] of part) {
    const moved = new Map<string, Rendering>();
    for (const [key, r] of renderings) moved.set(key, { ...r, occurrences: r.occurrences.map((o) => ({ ...o, offset: o.offset + by })) });
    out.set(entry, moved);
  }
  return out;
}

export const rule: TextRule = {
  id: 'term/inconsistent',
  kind: 'text',
  severity: 'warning',
  summary: 'One concept rendered several ways in one document (规模定律 / 缩放定律)',
  fix: 'suggestion',
  messages: {
    inconsistent:
      '"{{text}}" renders "{{term}}", which this document also writes "{{majority}}" ({{counts}}); use one rendering',
    preferredRare:
      '"{{text}}" renders "{{term}}", which this document mostly writes "{{majority}}" ({{counts}}); the glossary prefers "{{text}}": use it throughout',
  },
  check(ctx) {
    decide(ctx, [renderingsIn(ctx)]);
  },
  document: { collect: renderingsIn, shift, decide } satisfies DocumentScope<ByEntry>,
};
