/**
 * What the Markdown parser is given, bounded so that reading stays linear in
 * the input. micromark and mdast-util-from-markdown are super-linear on a few
 * shapes no article has:
 *
 *  - containers stacked on one line (`> > > …`, `- - - … a`): quadratic, and
 *    a stack overflow (a 500) past a few thousand;
 *  - lists nested by indentation: each list walks the events of the lists it
 *    holds;
 *  - paragraphs with thousands of brackets or emphasis marks (`]]]…`,
 *    `a* a* …`, `[[[…a](b)](b)…`): label and attention resolution walk back
 *    over every earlier mark; and with thousands of inline constructs (code
 *    spans, tags, entities, escapes) or lines: micromark merges the text
 *    between them with one splice of the paragraph's events each;
 *  - a long text after a `[` that is not closed soon: GFM's autolink
 *    literals look back for an open bracket at every word (a stray `[`
 *    before 80,000 words took 4 s).
 *
 * The parser reads a copy of the source of the same length (offsets are
 * unchanged) in which the excess is blanked out with spaces: container
 * markers past MAX_CONTAINERS_PER_LINE on a line (and the rest of that line),
 * list items and quotes indented more than MAX_CONTAINER_INDENT columns (the
 * whole line), the characters that start inline constructs (`[ ] * _ ~ ` < &
 * \`) past MAX_INLINE_MARKS in a run of lines between blank lines, one line
 * in every MAX_PARAGRAPH_LINES of such a run (a blank line in the copy: the
 * run is read as several paragraphs, that line not at all), and a `[` not closed within MAX_LABEL_LENGTH
 * characters of the same run. Text the parser reads from a blanked copy no
 * longer matches the source there, and the reader protects what it cannot
 * align (src/engine/markup/markdown.ts): nothing in the excess is ever
 * changed. Real documents stay far below these limits and are read as they are.
 */

/** Block quote and list markers read on one line. */
export const MAX_CONTAINERS_PER_LINE = 32;
/** Columns of indentation before a list marker or `>` (at least two a level: about 32 levels). */
export const MAX_CONTAINER_INDENT = 64;
/** Characters that start inline constructs read in one run of lines between blank lines. */
export const MAX_INLINE_MARKS = 512;
/** Lines in one run of lines between blank lines (not counting a run that opens with an HTML block, which is not parsed inline). */
export const MAX_PARAGRAPH_LINES = 256;
/** Characters between a `[` and the `]` that closes it (a link text, a footnote label). */
export const MAX_LABEL_LENGTH = 1000;

// CommonMark's HTML block starts: raw elements, comments, processing instructions, declarations, CDATA,
// the block-level elements, and any complete tag alone on its line.
const HTML_BLOCK_START = new RegExp(
  String.raw`^ {0,3}(?:<(?:script|pre|style|textarea)(?:[\s>]|$)|<!--|<\?|<![A-Za-z]|<!\[CDATA\[|<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[\s>]|\/>|$))`,
  "i",
);
const COMPLETE_TAG_LINE = /^ {0,3}(?:<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)[ \t\r]*$/;

function startsHtmlBlock(line: string): boolean {
  return HTML_BLOCK_START.test(line) || COMPLETE_TAG_LINE.test(line);
}
const INLINE_MARKS = new Set(["[", "]", "*", "_", "~", "`", "<", "&", "\\"]);

/** The source as the parser should read it: the same string when no limit is reached. */
export function boundMarkdown(source: string): string {
  let copy: string[] | undefined;
  const blank = (from: number, to: number) => {
    copy ??= source.split("");
    for (let i = from; i < to; i++) if (source[i] !== "\n" && source[i] !== "\r") copy[i] = " ";
  };
  let marks = 0;
  // Unclosed `[` of the current run of lines, innermost last.
  const open: number[] = [];
  let lines = 0;
  const endParagraph = () => {
    open.length = 0;
    marks = 0;
    lines = 0;
  };
  let lineStart = 0;
  while (lineStart <= source.length) {
    let lineEnd = source.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = source.length;
    const content = containerPrefixEnd(source, lineStart, lineEnd, blank);
    // A blank line (inside its containers) ends the paragraph.
    if (content === lineEnd || /^[ \t\r]*$/.test(source.slice(content, lineEnd))) endParagraph();
    else if (lines === -Infinity || (lines === 0 && startsHtmlBlock(source.slice(content, lineEnd)))) {
      // An HTML block runs to the next blank line and is not parsed inline: no limit on its lines or marks.
      lines = -Infinity;
    } else if (++lines > MAX_PARAGRAPH_LINES) {
      blank(lineStart, lineEnd);
      endParagraph();
    } else {
      for (let i = content; i < lineEnd; i++) {
        const c = source[i]!;
        if (!INLINE_MARKS.has(c)) continue;
        if (++marks > MAX_INLINE_MARKS) {
          blank(i, i + 1);
          continue;
        }
        if (escaped(source, i)) continue;
        if (c === "[") open.push(i);
        else if (c === "]" && open.length > 0) {
          const at = open.pop()!;
          if (i - at > MAX_LABEL_LENGTH) blank(at, at + 1);
        }
      }
      // A bracket still open MAX_LABEL_LENGTH characters later is blanked (one closed sooner, or left open
      // at the end of a short paragraph, is read as it is).
      while (open.length > 0 && lineEnd - open[0]! > MAX_LABEL_LENGTH) blank(open[0]!, open.shift()! + 1);
    }
    lineStart = lineEnd + 1;
  }
  endParagraph();
  return copy === undefined ? source : copy.join("");
}

/** Preceded by an odd number of backslashes. */
function escaped(source: string, at: number): boolean {
  let backslashes = 0;
  while (at - backslashes - 1 >= 0 && source[at - backslashes - 1] === "\\") backslashes++;
  return backslashes % 2 === 1;
}

/**
 * Where the line's content starts after its container markers (`>`, `-`,
 * `*`, `+`, `1.`, `1)` with the spaces around them). Blanks the line from the
 * first marker past the limits.
 */
function containerPrefixEnd(source: string, lineStart: number, lineEnd: number, blank: (from: number, to: number) => void): number {
  let at = lineStart;
  let column = 0;
  let markers = 0;
  for (;;) {
    while (at < lineEnd && (source[at] === " " || source[at] === "\t")) {
      column = source[at] === "\t" ? column + 4 - (column % 4) : column + 1;
      at++;
    }
    const marker = markerLength(source, at, lineEnd);
    if (marker === 0) return at;
    if (++markers > MAX_CONTAINERS_PER_LINE || column > MAX_CONTAINER_INDENT) {
      blank(markers > MAX_CONTAINERS_PER_LINE ? at : lineStart, lineEnd);
      return lineEnd;
    }
    at += marker;
    column += marker;
  }
}

/** Length of a container marker at `at`: `>`, or a list marker followed by a space, a tab or the end of the line; 0 when none. */
function markerLength(source: string, at: number, lineEnd: number): number {
  const c = source[at];
  if (c === ">") return 1;
  const spaced = (next: number) => next >= lineEnd || source[next] === " " || source[next] === "\t" || source[next] === "\r";
  if (c === "-" || c === "*" || c === "+") return spaced(at + 1) ? 1 : 0;
  let digits = 0;
  while (digits < 9 && at + digits < lineEnd && source[at + digits]! >= "0" && source[at + digits]! <= "9") digits++;
  if (digits === 0 || (source[at + digits] !== "." && source[at + digits] !== ")")) return 0;
  return spaced(at + digits + 1) ? digits + 1 : 0;
}
