/**
 * The document model, built once per request: blocks (paragraphs), lines,
 * sentences and tokens, each with UTF-16 offsets into `text`.
 *
 * `source` is what the client sent; `text` is what rules read. For plain text
 * they are the same string. Markup formats (a later step) build `text` from
 * the readable parts of `source` and provide `toSource` to map spans back.
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

export type BlockKind = "paragraph";

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

export interface Document {
  format: Format;
  source: string;
  text: string;
  blocks: Block[];
  /** Non-blank lines only, in order. */
  lines: Line[];
  sentences: Sentence[];
  tokens: Token[];
  /** Maps a span of `text` to the span of `source` it came from. */
  toSource(span: Span): Span;
  /** Index of the token containing `offset`, or -1. */
  tokenAt(offset: number): number;
}

const LINE_BREAK = /\r\n|\r|\n/g;

export function buildPlainDocument(source: string): Document {
  const text = source;
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
      blocks.push({ kind: "paragraph", start, end, text: "", index: blocks.length, firstLine: lines.length, endLine: lines.length });
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

  const sentences = splitSentences(text, tokens, lines);

  return {
    format: "text",
    source,
    text,
    blocks,
    lines,
    sentences,
    tokens,
    toSource: (span) => span,
    tokenAt: (offset) => findTokenAt(tokens, offset),
  };
}

function countLineBreaks(gap: string): number {
  return gap.match(LINE_BREAK)?.length ?? 0;
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
