// XLIFF 1.2 (<trans-unit>) and 2.x (<unit>/<segment>): one file holds both sides. Parsed with
// fast-xml-parser; a DTD with entity declarations (billion laughs, external entities) is refused
// before anything is expanded.
import type { Bundle, Unit } from '../core/bundle';
import type { BilingualFormat } from './format';
import { parseProblem } from '../core/diagnostic';
import { note } from '../errors';
import { attr, children, find, nameOf, parseXml, region, xmlText, type XNode } from './xml';
import { placeholdersOf, type Syntax } from './placeholders';

const INLINE = new Set(['g', 'x', 'ph', 'bpt', 'ept', 'it', 'bx', 'ex', 'pc', 'sc', 'ec', 'sm', 'em']);
/** Inline elements whose content is native code, not translatable text. */
const CODE = new Set(['ph', 'bpt', 'ept', 'it']);

/** Text and inline-tag tokens of a <source> or <target>, in order. */
function content(nodes: XNode[], tokens: string[]): string {
  let text = '';
  // Document order without recursion: a string on the stack is a closing tag's token.
  const stack: (XNode | string)[] = [...nodes].reverse();
  const descend = (kids: XNode[]) => {
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  };
  while (stack.length) {
    const n = stack.pop()!;
    if (typeof n === 'string') {
      tokens.push(n);
      continue;
    }
    const name = nameOf(n);
    if (name === '#text') text += String(n['#text'] ?? '');
    else if (INLINE.has(name)) {
      const id = attr(n, 'id') ?? attr(n, 'rid') ?? '';
      const kids = children(n);
      const paired = !CODE.has(name) && kids.length > 0;
      tokens.push(`<${name}${id ? ` id="${id}"` : ''}${paired ? '' : '/'}>`);
      if (paired) {
        stack.push(`</${name}${id ? ` id="${id}"` : ''}>`);
        descend(kids);
      }
    } else descend(children(n));
  }
  return text;
}

/** Placeholders written as text inside XLIFF strings: .NET/ICU {0}, printf %s / %1$s. */
const TEXT_SYNTAXES: Syntax[] = ['printf', 'icu'];

/** Proposals in <alt-trans> are never the translation: the search does not enter them. */
const STOP = new Set([...INLINE, 'alt-trans']);
const findIn = (nodes: XNode[], name: string) => find(nodes, name, STOP);

/** The review state of a target, from XLIFF 1.2 `state` or 2.x segment `state`. */
function reviewOf(state: string | undefined): Unit['review'] {
  if (!state) return undefined;
  if (/^(new|needs-translation|needs-adaptation|needs-l10n|initial)$/.test(state)) return 'untranslated';
  if (/^needs-review/.test(state)) return 'needsReview';
  return undefined;
}

export function readXliff(text: string, shown: string): Bundle {
  const bundle: Bundle = { format: 'xliff', escape: xmlText, bothSides: true, path: shown, text, sourceLocale: 'en', targetLocale: 'zh', units: [], extra: [], problems: [], sourceProblems: [] };
  const parsed = parseXml(text);
  if (!parsed.ok) {
    bundle.problems.push(parsed.problem);
    return bundle;
  }
  const doc = parsed.nodes;
  const root = doc.find((n) => nameOf(n) === 'xliff');
  if (!root) {
    bundle.problems.push(parseProblem(text, 0, 0, note('parse.notXliff')));
    return bundle;
  }
  const v2 = (attr(root, 'version') ?? '').startsWith('2');
  const file = findIn([root], 'file')[0];
  bundle.sourceLocale = (v2 ? attr(root, 'srcLang') : file && attr(file, 'source-language')) ?? 'en';
  bundle.targetLocale = (v2 ? attr(root, 'trgLang') : file && attr(file, 'target-language')) ?? 'zh';

  const addUnit = (key: string, source: XNode | undefined, target: XNode | undefined, state?: string) => {
    const sourceTokens: string[] = [];
    const targetTokens: string[] = [];
    const unit: Unit = {
      key,
      source: source ? content(children(source), sourceTokens) : '',
      sourcePlaceholders: sourceTokens,
      targetPlaceholders: targetTokens,
    };
    sourceTokens.push(...placeholdersOf(unit.source, TEXT_SYNTAXES));
    if (target) {
      unit.target = content(children(target), targetTokens);
      targetTokens.push(...placeholdersOf(unit.target, TEXT_SYNTAXES));
      const r = region(text, target);
      if (r) Object.assign(unit, { span: r.span, maskedTarget: r.masked });
    }
    const anchor = source && region(text, source);
    if (anchor) unit.anchor = anchor.span;
    const review = reviewOf(state);
    if (state) unit.state = state;
    if (review) unit.review = review;
    bundle.units.push(unit);
  };
  if (v2) {
    for (const unit of findIn([root], 'unit')) {
      const segments = findIn(children(unit), 'segment');
      segments.forEach((seg, i) => {
        const key = segments.length > 1 ? `${attr(unit, 'id')}#${attr(seg, 'id') ?? i + 1}` : (attr(unit, 'id') ?? '');
        addUnit(key, findIn(children(seg), 'source')[0], findIn(children(seg), 'target')[0], attr(seg, 'state'));
      });
    }
  } else {
    for (const tu of findIn([root], 'trans-unit')) {
      if (attr(tu, 'translate') === 'no') continue;
      const target = findIn(children(tu), 'target')[0];
      addUnit(attr(tu, 'id') ?? '', findIn(children(tu), 'source')[0], target, target && attr(target, 'state'));
    }
  }
  return bundle;
}

export const format: BilingualFormat = {
  id: 'xliff',
  summary: 'XLIFF 1.2 and 2.x: source and target in one file',
  pairing: 'file',
  extensions: ['.xlf', '.xliff'],
  readFile: ({ text, shown }) => [readXliff(text, shown)],
};
