// Every kind of glossary problem is reported at its file:line:column.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGlossaryFile, readGlossaryFile, validateGlossaryFiles, type Problem } from '../src';
import { FIXTURES } from './helpers';

const fixture = (name: string) => path.join(FIXTURES, 'glossary', name);

function problemsOf(name: string): Problem[] {
  const file = readGlossaryFile(fixture(name), false);
  return [...file.problems, ...validateGlossaryFiles([file])];
}

const at = (p: Problem) => `${p.line}:${p.column} ${p.messageId}`;

describe('glossary problems', () => {
  it('reports YAML syntax errors with a position', () => {
    const problems = problemsOf('syntax-error.yaml');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.messageId).toBe('glossarySyntax');
    expect(problems[0]!.line).toBeGreaterThanOrEqual(5);
  });

  it('reports schema errors at the offending value or key', () => {
    const problems = problemsOf('schema-errors.yaml');
    expect(problems.map(at)).toEqual([
      '1:10 glossarySchema', // version: 2
      '4:5 glossarySchema', // entry without zh-Hant
      '11:5 glossarySchema', // unknown field "colour", at the key
      '12:9 glossarySchema', // id pattern
      '14:41 glossarySchema', // variants is not a list
    ]);
    expect(problems.map((p) => p.data.path)).toEqual([
      'version',
      'entries.0',
      'entries.1',
      'entries.2.id',
      'entries.2.zh-Hans.variants',
    ]);
  });

  it('reports semantic problems at the offending form', () => {
    const problems = problemsOf('semantic-errors.yaml').sort((a, b) => a.line - b.line || a.column - b.column);
    expect(problems.map(at)).toEqual([
      '9:18 acceptedAndAvoided',
      '12:29 exampleStillBad',
      '13:9 unsorted',
      '17:9 duplicateId',
      '23:26 scriptMismatch',
      '24:26 scriptMismatch',
      '27:26 sharedForm',
      '31:26 sharedForm',
      '35:26 wrongScript',
      '42:18 avoidWithoutExample',
      '45:15 exampleWithoutAvoid',
    ]);
  });

  it('accepts regional differences and shared forms that are explained', () => {
    expect(problemsOf('regional-ok.yaml')).toEqual([]);
  });

  it('reports an unreadable file instead of throwing', () => {
    const problems = problemsOf('does-not-exist.yaml');
    expect(problems.map((p) => p.messageId)).toEqual(['glossaryUnreadable']);
  });

  it('reports a file that is not a mapping', () => {
    const file = parseGlossaryFile('inline.yaml', '- just\n- a list\n', false);
    expect(file.problems.map(at)).toEqual(['1:1 glossarySchema']);
  });

  it('catches a missing regional note only when the scripts really differ', () => {
    const text = [
      'version: 1',
      'domain: t',
      'entries:',
      '  - id: memory',
      '    en: {preferred: memory}',
      '    zh-Hans: {preferred: 内存}',
      '    zh-Hant: {preferred: 記憶體}',
    ].join('\n');
    const file = parseGlossaryFile('inline.yaml', text, false);
    expect(validateGlossaryFiles([file]).map(at).sort()).toEqual(['6:26 scriptMismatch', '7:26 scriptMismatch']);
  });
});
