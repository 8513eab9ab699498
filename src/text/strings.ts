// Small string helpers shared across layers.

/** How often `word` occurs in `text`, occurrences not overlapping. */
export function countOccurrences(text: string, word: string): number {
  let n = 0;
  for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + word.length)) n++;
  return n;
}
