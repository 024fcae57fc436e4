/**
 * Tells, from an AnnotatedText's markup pieces, whether the document is HTML
 * (every piece is tags) or Markdown (every piece is Markdown syntax: what
 * annotatedtext-remark, used by the VS Code and Obsidian clients and gramma,
 * emits). Such a document is then checked by the engine's own HTML or
 * Markdown reader, which knows block quotes, headings, captions and code as
 * /v1 does. Anything else (LaTeX, a client's own markup) stays plain text.
 *
 * Each piece is scanned once, left to right: fenced spans (code, front
 * matter) by indexOf, tokens by sticky expressions whose runs stop at the
 * next bracket, so that no position is scanned more than a bounded number
 * of times.
 */

/** One tag, comment or doctype: `<p>`, `</em>`, `<img src=x>`, `<!-- … -->`, `<!DOCTYPE html>`. */
const HTML_TAG = /<\/?[A-Za-z][^<>]*>|<!--[^]*?-->|<![A-Za-z][^<>]*>/y;
const SPACE = /\s+/y;

/** Markdown syntax tokens, tried in order at each position of a piece. */
const MARKDOWN_TOKENS: readonly RegExp[] = [
  SPACE,
  /#{1,6}(?=\s|$)/y, // ATX heading
  /(?:[*+-]|\d{1,9}[.)])(?=\s|$)/y, // list item
  /\[[ xX]\](?=\s|$)/y, // task
  />/y, // block quote
  /!\[[^[\]\n]*\]\([^()\n]*\)/y, // image, alt text and all
  /\[[^[\]\n]+\]:[^\n]*/y, // link reference definition
  /[*_~=]+/y, // emphasis, strong, strike-through, highlight; *** and ___ breaks
  /:?-+:?/y, // --- breaks, table alignment
  /\|/y, // table cell
  /!?\[/y, // link or image text opens
  /\]\([^()\n]*\)|\]\[[^\]\n]*\]|\]/y, // link destination, reference, or text closes
  /\\(?=[!-/:-@[-`{-~])/y, // backslash escape
  HTML_TAG, // inline HTML, autolinks
];

/** The end of a fenced span starting at `at` (code span, code block, front matter), or -1. */
function fencedEnd(piece: string, at: number): number {
  for (const fence of ["---\n", "+++\n"]) {
    if (piece.startsWith(fence, at)) {
      const close = piece.indexOf(`\n${fence.slice(0, 3)}`, at + 3);
      return close < 0 ? -1 : close + 4;
    }
  }
  const char = piece[at];
  if (char !== "`" && char !== "~") return -1;
  let run = at;
  while (piece[run] === char) run++;
  const length = run - at;
  if (char === "~" && length < 3) return -1; // ~~ is strike-through
  const close = piece.indexOf(char.repeat(length), run);
  return close < 0 ? -1 : close + length;
}

function scan(piece: string, tokens: readonly RegExp[], fences: boolean): boolean {
  let at = 0;
  let significant = false;
  while (at < piece.length) {
    const fenced = fences ? fencedEnd(piece, at) : -1;
    if (fenced > at) {
      significant = true;
      at = fenced;
      continue;
    }
    let matched = false;
    for (const token of tokens) {
      token.lastIndex = at;
      if (token.test(piece) && token.lastIndex > at) {
        if (token !== SPACE) significant = true;
        at = token.lastIndex;
        matched = true;
        break;
      }
    }
    if (!matched) return false;
  }
  return significant;
}

/** Only HTML tags, comments and whitespace between them. */
export function isHtmlMarkup(piece: string): boolean {
  return scan(piece, [SPACE, HTML_TAG], false);
}

/** Only Markdown syntax (and whitespace). */
export function isMarkdownMarkup(piece: string): boolean {
  return scan(piece, MARKDOWN_TOKENS, true);
}

export type MarkupFormat = "html" | "markdown";

/** The format every significant markup piece agrees on, or undefined (plain text, or markup of another kind). */
export function markupFormat(pieces: readonly string[]): MarkupFormat | undefined {
  const significant = pieces.filter((piece) => piece.trim() !== "");
  if (significant.length === 0) return undefined;
  if (significant.every(isHtmlMarkup)) return "html";
  if (significant.every(isMarkdownMarkup)) return "markdown";
  return undefined;
}
