/**
 * The document model, built once per request: blocks (paragraphs), lines,
 * sentences and tokens, each with UTF-16 offsets into `text`.
 *
 * Tokens and sentences are parallel typed arrays (token i spans
 * [tokenStart[i], tokenEnd[i]), kind tokenKind[i], interned text
 * tokenText(i)): no object per token on the hot path. Blocks and lines,
 * a handful per paragraph, are objects.
 *
 * `source` is what the client sent; `text` is what rules read. For plain text
 * they are the same string. For HTML and Markdown, `text` holds only the
 * readable text (blocks separated by blank lines, markup and protected regions
 * left out) and `mapSpan` maps a span of `text` back onto `source`.
 */
import type { Format } from "./types.js";
import { formTable, type FormTable } from "./forms.js";
import { Kind, KIND_NAMES, isProtectedKind, tokenize, type TokenKind } from "./tokenize.js";
import { splitSentences, type SentenceArrays } from "./sentences.js";

export interface Line {
  start: number;
  end: number;
  text: string;
  index: number;
  block: number;
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

  /** Number of tokens; token i spans [tokenStart[i], tokenEnd[i]). Tokens cover the text, in order. */
  tokenCount: number;
  tokenStart: Int32Array;
  tokenEnd: Int32Array;
  /** Kind codes (`Kind` in tokenize.ts). */
  tokenKind: Uint8Array;
  /** Interned form ids (see forms.ts); -1 for protected tokens. */
  tokenForm: Int32Array;
  forms: FormTable;
  /** Number of word tokens. */
  wordCount: number;

  /** Sentences: sentence k spans [sentenceStart[k], sentenceEnd[k]) and holds tokens [sentenceFirstToken[k], sentenceEndToken[k]). */
  sentenceCount: number;
  sentenceStart: Int32Array;
  sentenceEnd: Int32Array;
  sentenceFirstToken: Int32Array;
  sentenceEndToken: Int32Array;

  /** The text of token i (interned: no new string for a form seen before). */
  tokenText(i: number): string;
  /** Its lowercase. */
  tokenLower(i: number): string;
  /** Its kind's name. */
  kind(i: number): TokenKind;
  /** Token i as an object, or undefined out of range: for rule code at a candidate position, not for loops over the document. */
  token(i: number): Token | undefined;
  /** A URL, e-mail address, handle, hashtag or file name: no rule changes or looks inside it. */
  isProtected(i: number): boolean;
  /** Index of the token containing `offset`, or -1. */
  tokenAt(offset: number): number;
  /** Index of the first token that ends after `offset` (tokenCount when none). */
  firstTokenEndingAfter(offset: number): number;
  /** Text of sentence k. */
  sentenceText(k: number): string;
  /** Index of the sentence holding token i, or -1 (spaces and line breaks between sentences are in none). */
  sentenceOfToken(i: number): number;
  /** Index of the block containing `offset`, or -1. */
  blockAt(offset: number): number;
  /** Index of the line containing `offset`, or -1. */
  lineAt(offset: number): number;

  /** Maps a span of `text` onto `source`; `removal`: the span is being deleted (whole blocks take their markup along). */
  mapSpan(span: Span, removal?: boolean): MappedSpan;
  /** Writes replacement text the way `source` needs it (HTML escapes, Markdown escapes). */
  encode(replacement: string): string;
}

/** One token as an object: what `Document.token(i)` gives rule code at a candidate position. */
export interface Token {
  kind: TokenKind;
  text: string;
  start: number;
  end: number;
  /** Position in the token arrays. */
  index: number;
}

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
  const forms = formTable();
  const tokens = tokenize(text, forms);
  const { lines, blocks } = linesAndBlocks(text, tokens.count, tokens.start, tokens.end, tokens.kind, parts.kindAt);
  const sentences: SentenceArrays = splitSentences(text, tokens, lines, forms);
  return new CompactDocument(parts, forms, tokens, lines, blocks, sentences);
}

/**
 * Lines are the stretches between line breaks that are not blank; a line
 * continues the block above it unless a blank line separates them.
 */
function linesAndBlocks(
  text: string,
  count: number,
  start: Int32Array,
  end: Int32Array,
  kind: Uint8Array,
  kindAt: ((offset: number) => BlockKind) | undefined,
): { lines: Line[]; blocks: Block[] } {
  const lines: Line[] = [];
  const blocks: Block[] = [];
  let lineStart = 0;
  let blank = true;
  // Line breaks since the last non-blank line.
  let breaks = 0;
  const push = (from: number, to: number) => {
    if (blank) return;
    const previous = lines[lines.length - 1];
    if (previous === undefined || breaks !== 1) {
      blocks.push({ kind: kindAt?.(from) ?? "paragraph", start: from, end: to, text: "", index: blocks.length, firstLine: lines.length, endLine: lines.length });
    }
    const block = blocks[blocks.length - 1]!;
    lines.push({ start: from, end: to, text: text.slice(from, to), index: lines.length, block: block.index });
    block.end = to;
    block.endLine = lines.length;
    breaks = 0;
  };
  for (let i = 0; i < count; i++) {
    const k = kind[i]!;
    if (k === Kind.newline) {
      push(lineStart, start[i]!);
      breaks++;
      lineStart = end[i]!;
      blank = true;
    } else if (k !== Kind.space) blank = false;
  }
  push(lineStart, text.length);
  for (const block of blocks) block.text = text.slice(block.start, block.end);
  return { lines, blocks };
}

class CompactDocument implements Document {
  readonly format: Format;
  readonly source: string;
  readonly text: string;
  readonly tokenCount: number;
  readonly tokenStart: Int32Array;
  readonly tokenEnd: Int32Array;
  readonly tokenKind: Uint8Array;
  readonly tokenForm: Int32Array;
  readonly wordCount: number;
  readonly sentenceCount: number;
  readonly sentenceStart: Int32Array;
  readonly sentenceEnd: Int32Array;
  readonly sentenceFirstToken: Int32Array;
  readonly sentenceEndToken: Int32Array;
  readonly mapSpan: DocumentParts["mapSpan"];
  readonly encode: DocumentParts["encode"];
  private sentenceOf: Int32Array | undefined;

  constructor(
    parts: DocumentParts,
    readonly forms: FormTable,
    tokens: ReturnType<typeof tokenize>,
    readonly lines: Line[],
    readonly blocks: Block[],
    sentences: SentenceArrays,
  ) {
    this.format = parts.format;
    this.source = parts.source;
    this.text = parts.text;
    this.mapSpan = parts.mapSpan;
    this.encode = parts.encode;
    this.tokenCount = tokens.count;
    this.tokenStart = tokens.start;
    this.tokenEnd = tokens.end;
    this.tokenKind = tokens.kind;
    this.tokenForm = tokens.form;
    this.wordCount = tokens.words;
    this.sentenceCount = sentences.count;
    this.sentenceStart = sentences.start;
    this.sentenceEnd = sentences.end;
    this.sentenceFirstToken = sentences.firstToken;
    this.sentenceEndToken = sentences.endToken;
  }

  tokenText(i: number): string {
    const form = this.tokenForm[i]!;
    return form >= 0 ? this.forms.texts[form]! : this.text.slice(this.tokenStart[i], this.tokenEnd[i]);
  }

  tokenLower(i: number): string {
    const form = this.tokenForm[i]!;
    return form >= 0 ? this.forms.texts[this.forms.lower(form)]! : this.text.slice(this.tokenStart[i], this.tokenEnd[i]).toLowerCase();
  }

  kind(i: number): TokenKind {
    return KIND_NAMES[this.tokenKind[i]!]!;
  }

  token(i: number): Token | undefined {
    if (i < 0 || i >= this.tokenCount) return undefined;
    return { kind: this.kind(i), text: this.tokenText(i), start: this.tokenStart[i]!, end: this.tokenEnd[i]!, index: i };
  }

  isProtected(i: number): boolean {
    return isProtectedKind(this.tokenKind[i]!);
  }

  tokenAt(offset: number): number {
    let low = 0;
    let high = this.tokenCount - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (offset < this.tokenStart[mid]!) high = mid - 1;
      else if (offset >= this.tokenEnd[mid]!) low = mid + 1;
      else return mid;
    }
    return -1;
  }

  firstTokenEndingAfter(offset: number): number {
    let low = 0;
    let high = this.tokenCount;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.tokenEnd[mid]! <= offset) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  sentenceText(k: number): string {
    return this.text.slice(this.sentenceStart[k], this.sentenceEnd[k]);
  }

  sentenceOfToken(i: number): number {
    if (this.sentenceOf === undefined) {
      const of = new Int32Array(this.tokenCount).fill(-1);
      for (let k = 0; k < this.sentenceCount; k++) of.fill(k, this.sentenceFirstToken[k], this.sentenceEndToken[k]);
      this.sentenceOf = of;
    }
    return this.sentenceOf[i] ?? -1;
  }

  blockAt(offset: number): number {
    return findSpan(this.blocks, offset);
  }

  lineAt(offset: number): number {
    return findSpan(this.lines, offset);
  }
}

function findSpan(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const span = spans[mid]!;
    if (offset < span.start) high = mid - 1;
    else if (offset >= span.end) low = mid + 1;
    else return mid;
  }
  return -1;
}
