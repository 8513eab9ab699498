// The layers of src/, read from the imports themselves: no import cycle between files or between
// folders, and no arrow upwards (a kernel module never imports a command, a rule never a reporter).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers';

const SRC = path.join(ROOT, 'src');

/** Lower layers first; a module may import its own folder and any lower layer. */
const LAYERS: string[][] = [
  ['errors.ts'],
  ['text', 'data', 'locales', 'types', 'paths.ts', 'io.ts'],
  ['glossary'],
  ['core'],
  ['formats', 'rules'],
  ['engine'],
  ['i18n.ts'],
  ['lint', 'check', 'lookup.ts'],
  ['extract'],
  ['reporters'],
  ['cli'],
  ['index.ts'],
];

const unitOf = (file: string) => path.relative(SRC, file).split(path.sep)[0]!;
const layerOf = (file: string) => LAYERS.findIndex((l) => l.includes(unitOf(file)));

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    if (d.isDirectory()) return sources(full);
    return /\.ts$/.test(d.name) && !d.name.endsWith('.d.ts') ? [full] : [];
  });
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/(?:from\s+|import\s*\(\s*|require\(\s*)'(\.{1,2}\/[^']+)'/g)) {
    const base = path.resolve(path.dirname(file), m[1]!);
    const target = [`${base}.ts`, path.join(base, 'index.ts'), base].find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
    if (target) out.push(target);
  }
  return out;
}

const files = sources(SRC);
const graph = new Map(files.map((f) => [f, importsOf(f)]));

/** The cycles of a graph (strongly connected components with more than one node, or a self-loop). */
function cycles(nodes: string[], edges: (n: string) => string[]): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of edges(v)) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || edges(v).includes(v)) out.push(scc);
    }
  };
  for (const n of nodes) if (!idx.has(n)) visit(n);
  return out;
}

describe('layers of src/', () => {
  it('every module belongs to a layer', () => {
    expect(files.filter((f) => layerOf(f) === -1).map((f) => path.relative(SRC, f))).toEqual([]);
  });

  it('no import points to a higher layer or across a layer to a sibling', () => {
    const wrong: string[] = [];
    for (const [file, imports] of graph) {
      for (const target of imports) {
        const same = unitOf(file) === unitOf(target);
        if (!same && layerOf(target) >= layerOf(file)) wrong.push(`${path.relative(SRC, file)} → ${path.relative(SRC, target)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('has no import cycle between files', () => {
    const found = cycles(files, (f) => graph.get(f) ?? []).map((c) => c.map((f) => path.relative(SRC, f)));
    expect(found).toEqual([]);
  });

  it('has no import cycle between folders', () => {
    const units = [...new Set(files.map(unitOf))];
    const edges = new Map(units.map((u) => [u, new Set<string>()]));
    for (const [file, imports] of graph) for (const t of imports) if (unitOf(t) !== unitOf(file)) edges.get(unitOf(file))?.add(unitOf(t));
    expect(cycles(units, (u) => [...(edges.get(u) ?? [])])).toEqual([]);
  });
});
