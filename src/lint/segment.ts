// nodejieba, loaded once per process. Its dictionary is Simplified, so it is given the
// length-preserving Simplified shadow of the text, never the text itself.
import fs from 'node:fs';
import nodejieba from 'nodejieba';

let loaded = false;
const inserted = new Set<string>();

/** Loads the dictionary on first use and adds words (glossary forms) not yet inserted. */
export function prepareSegmenter(words: Iterable<string>): void {
  if (!loaded) {
    nodejieba.load();
    loaded = true;
  }
  for (const w of words) {
    if (inserted.has(w)) continue;
    nodejieba.insertWord(w);
    inserted.add(w);
  }
}

/** Tokens of a Simplified string; their concatenation is the string itself. */
export function cut(text: string): string[] {
  const tokens = nodejieba.cut(text);
  let total = 0;
  for (const t of tokens) total += t.length;
  // Should the native side ever normalize a character, fall back to single characters.
  return total === text.length ? tokens : Array.from(text);
}

let frequencies: Map<string, number> | undefined;

/** How often jieba's dictionary has seen a word (0 when it does not know it). */
export function wordFrequency(word: string): number {
  if (!frequencies) {
    frequencies = new Map();
    const dictPath = (nodejieba as unknown as { DEFAULT_DICT: string }).DEFAULT_DICT;
    const dict = fs.readFileSync(dictPath, 'utf8');
    for (const line of dict.split('\n')) {
      const sp = line.indexOf(' ');
      if (sp > 0) frequencies.set(line.slice(0, sp), Number.parseInt(line.slice(sp + 1), 10) || 0);
    }
  }
  return frequencies.get(word) ?? 0;
}
