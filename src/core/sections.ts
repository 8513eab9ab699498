// Very large texts are linted in sections, so that memory follows the section, not the file: the
// analysis of a text (masked copy, Simplified shadow, jieba tokens, glossary occurrences) costs
// about a hundred times its size. A section ends at a blank line outside a fenced code block, as
// near after `size` characters as there is one (else at a line break, else at `size`).

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** [start, end) offsets that cover `text` in order. */
export function sections(text: string, size: number): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  let fence: string | undefined;
  let at = 0; // where the fence scan has got to
  while (text.length - start > size) {
    let cut = -1;
    let fallback = -1;
    // Scan lines from `at`, keeping track of fences, until a blank line after start + size.
    while (at < text.length) {
      const nl = text.indexOf('\n', at);
      const end = nl === -1 ? text.length : nl + 1;
      const line = text.slice(at, end).replace(/\r?\n$/, '');
      const f = FENCE.exec(line);
      if (fence) {
        if (f && f[1]!.startsWith(fence) && /^ {0,3}[`~]+\s*$/.test(line)) fence = undefined;
      } else if (f) fence = f[1]![0]!.repeat(3);
      at = end;
      if (at - start < size) continue;
      if (fallback === -1) fallback = at;
      if (!fence && line.trim() === '') {
        cut = at;
        break;
      }
      if (at - start > size * 2) break; // no blank line near: cut at the first line break instead
    }
    if (cut === -1) cut = fallback !== -1 && fallback < text.length ? fallback : Math.min(text.length, start + size);
    // Never between the two halves of a surrogate pair.
    if (cut < text.length && /[\uDC00-\uDFFF]/.test(text[cut]!)) cut++;
    if (cut >= text.length) break;
    out.push([start, cut]);
    start = cut;
    at = Math.max(at, cut);
  }
  out.push([start, text.length]);
  return out;
}
