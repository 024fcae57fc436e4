/**
 * The document model, built once per request: blocks (paragraphs), lines,
 * sentences and tokens, each with UTF-16 offsets into `text`.
 *
 * `source` is what the client sent; `text` is what rules read. For plain text
 * they are the same string. For HTML and Markdown, `text` holds only the
 * readable text (blocks separated by blank lines, markup and protected regions
 * left out) and `mapSpan` maps a span of `text` back onto `source`.
 */
import type { Format } from "./types.js";
import { tokenize, type Token } from "./tokenize.js";
import { splitSentences } from "./sentences.js";

export interface Line {
  start: number;
  end: number;
  text: string;
  index: number;
  block: number;
}

export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** Tokens of the sentence: `doc.tokens.slice(firstToken, endToken)`. */
  firstToken: number;
  endToken: number;
}

/**
 * What a block is, from the markup around it (plain text has only paragraphs).
 * `quote`: already quoted (`<blockquote>`, `>`); `caption`: `<figcaption>`;
 * `chrome`: inside `<nav>`, `<aside>`, `<footer>`; `attribute`: an `alt` or `title` text.
 */
export type BlockKind = "paragraph" | "heading" | "list-item" | "quote" | "caption" | "table-cell" | "chrome" | "attribute";

export interface Block {
  kind: BlockKind;
  start: number;
  end: number;
  text: string;
  index: number;
  /** Indexes into `doc.lines`. */
  firstLine: number;
  endLine: number;
}

export interface Span {
  start: number;
  end: number;
}

export interface MappedSpan {
  span: Span;
  /** False when replacing `span` of the source would break markup: the fix can only be a flag. */
  clean: boolean;
}

export interface Document {
  format: Format;
  source: string;
  text: string;
  blocks: Block[];
  /** Non-blank lines only, in order. */
  lines: Line[];
  sentences: Sentence[];
  tokens: Token[];
  /** Maps a span of `text` onto `source`; `removal`: the span is being deleted (whole blocks take their markup along). */
  mapSpan(span: Span, removal?: boolean): MappedSpan;
  /** Writes replacement text the way `source` needs it (HTML escapes, Markdown escapes). */
  encode(replacement: string): string;
  /** Index of the token containing `offset`, or -1. */
  tokenAt(offset: number): number;
  /** Index of the block containing `offset`, or -1. */
  blockAt(offset: number): number;
}

const LINE_BREAK = /\r\n|\r|\n/g;

/** What a format's reader provides; `assembleDocument` derives the rest. */
export interface DocumentParts {
  format: Format;
  source: string;
  text: string;
  mapSpan(span: Span, removal?: boolean): MappedSpan;
  encode(replacement: string): string;
  /** Block kind for a block starting at `offset` of `text` (default `paragraph`). */
  kindAt?(offset: number): BlockKind;
}

export function buildPlainDocument(source: string): Document {
  return assembleDocument({ format: "text", source, text: source, mapSpan: (span) => ({ span, clean: true }), encode: (text) => text });
}

export function assembleDocument(parts: DocumentParts): Document {
  const { text } = parts;
  const tokens = tokenize(text);
  const lines: Line[] = [];
  const blocks: Block[] = [];

  let lineStart = 0;
  const pushLine = (start: number, end: number) => {
    const lineText = text.slice(start, end);
    if (lineText.trim() === "") return;
    const previous = lines[lines.length - 1];
    // A line continues the block above it unless a blank line separates them.
    const continuesBlock = previous !== undefined && countLineBreaks(text.slice(previous.end, start)) === 1;
    if (!continuesBlock) {
      const kind = parts.kindAt?.(start) ?? "paragraph";
      blocks.push({ kind, start, end, text: "", index: blocks.length, firstLine: lines.length, endLine: lines.length });
    }
    const block = blocks[blocks.length - 1]!;
    lines.push({ start, end, text: lineText, index: lines.length, block: block.index });
    block.end = end;
    block.endLine = lines.length;
  };
  for (const match of text.matchAll(LINE_BREAK)) {
    pushLine(lineStart, match.index);
    lineStart = match.index + match[0].length;
  }
  pushLine(lineStart, text.length);
  for (const block of blocks) block.text = text.slice(block.start, block.end);

  return {
    format: parts.format,
    source: parts.source,
    text,
    blocks,
    lines,
    sentences: splitSentences(text, tokens, lines),
    tokens,
    mapSpan: parts.mapSpan,
    encode: parts.encode,
    tokenAt: (offset) => findTokenAt(tokens, offset),
    blockAt: (offset) => findBlockAt(blocks, offset),
  };
}

function countLineBreaks(gap: string): number {
  return gap.match(LINE_BREAK)?.length ?? 0;
}

function findBlockAt(blocks: readonly Block[], offset: number): number {
  let low = 0;
  let high = blocks.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const block = blocks[mid]!;
    if (offset < block.start) high = mid - 1;
    else if (offset >= block.end) low = mid + 1;
    else return mid;
  }
  return -1;
}

function findTokenAt(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const token = tokens[mid]!;
    if (offset < token.start) high = mid - 1;
    else if (offset >= token.end) low = mid + 1;
    else return mid;
  }
  return -1;
}
