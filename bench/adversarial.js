// Inputs built to trip Markdown parsers up (quadratic scans, deep nesting, unclosed constructs):
// the benchmark times them (bench/readers.js) and test/readers.test.ts checks that every reader
// stays linear on them. Each entry: [what, size in characters → text].
'use strict';

const repeat = (unit) => (size) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** @type {Array<[string, (size: number) => string, { slow?: boolean }?]>} — `slow`: seconds at 200 KB,
 * timed by the benchmark but left out of the test's repeated runs. */
exports.ADVERSARIAL = [
  ['a.a.a.a…', repeat('a.')],
  ['unclosed <!-- ×50,000', repeat('<!--')],
  ['unclosed <!-- in a paragraph', repeat('x <!--')],
  ['unclosed <!-- in HTML blocks', (n) => repeat('<div><!--\n\n')(n - 3) + '-->'],
  ['nested [[[[…', repeat('[')],
  ['unclosed [a](…', repeat('[a](')],
  ['{{{{…', repeat('{')],
  ['long lines of backticks', repeat('`'.repeat(50) + ' ' + '`'.repeat(49) + '\n')],
  ['unmatched *a_*a_…', repeat('*a_')],
  ['nested > > > …', repeat('> ')],
  ['nested 1. 1. 1. …', repeat('1. ')],
  ['setext headings', repeat('a\n=\n')],
  ['setext headings, blank lines', repeat('a\n=\n\n'), { slow: true }],
  ['a@a@a@…', repeat('a@')],
  ['links [a](b) …', repeat('[a](b) '), { slow: true }],
  ['table rows', (n) => '|a|b|\n|-|-|\n' + repeat('|*a*|[b](c)|\n')(n - 12), { slow: true }],
];
