// Readers turn a file's text into a masked copy of the same length, in which everything that is
// not prose (code, URLs, HTML, front matter, link targets) is blanked out, plus the inline
// directives found in comments. Rules read the masked text, so every offset is an offset into
// the original file. Markdown and MDX: ./markdown.ts (micromark); plain text: here.
import { markdownReader, mdxReader } from './markdown';
import { Mask, maskUrls, parseDirective, type Directive, type FormatReader, type Reader } from './mask';

export { parseDirective, type Directive, type DirectiveKind, type FormatReader, type ReadResult, type Reader } from './mask';
export { markdownReader, mdxReader } from './markdown';

/** Plain text: URLs are masked; `# termlint-…` and `// termlint-…` lines are directives. */
export const readPlain: Reader = (text) => {
  const mask = new Mask(text);
  const directives: Directive[] = [];
  const line = /^[ \t]*(?:#|\/\/)[ \t]*(termlint-[^\r\n]*)$/gm;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    const d = parseDirective(m[1]!, m.index);
    if (d) {
      directives.push(d);
      mask.blank(m.index, m.index + m[0].length);
    }
  }
  maskUrls(text, mask);
  return { masked: mask.toString(), directives };
};

export const plainReader: FormatReader = { id: 'plain', extensions: ['.txt'], read: readPlain };

/** Markdown (.md, .markdown). */
export const readMarkdown: Reader = (text) => markdownReader.read(text);

/** Every text reader, as the format registry lists them. */
export const READERS: FormatReader[] = [markdownReader, mdxReader, plainReader];
