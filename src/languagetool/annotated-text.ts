/**
 * LanguageTool's AnnotatedText (the `data` parameter): a document as a list
 * of text and markup pieces, `{ text }` or `{ markup, interpretAs? }`. The
 * pieces joined are the client's document (offsets in answers count in it,
 * markup included); the text pieces and the markup's `interpretAs` joined are
 * the plain text to check. This module keeps both and maps spans between
 * them, UTF-16 code units throughout.
 *
 * A fix found in the plain text is only offered where it can be written back
 * into the document without touching markup: a span made only of text (and of
 * markup read as itself, like a newline), or a point between pieces where the
 * markup says which side an insertion belongs to (after a closing `</em>` or
 * `*`, before an opening one).
 */
import * as z from "zod";
import { badRequest } from "./errors.js";
import { markupFormat, type MarkupFormat } from "./markup-format.js";

/** One piece of an AnnotatedText; clients send more keys (`offset`…), which are ignored. */
export const annotationItem = z.looseObject({
  text: z.string().optional().meta({ description: "Text to check, exactly as it stands in the document." }),
  markup: z.string().optional().meta({ description: "Markup, left out of the check; counted in offsets." }),
  interpretAs: z
    .string()
    .optional()
    .meta({ description: "What the markup stands for in the text to check (`\\n\\n` for a paragraph break); nothing by default." }),
});

export const annotatedTextData = z
  .looseObject({
    text: z.string().optional().meta({ description: "Plain text (same as the `text` parameter)." }),
    annotation: z.array(annotationItem).optional(),
  })
  .meta({
    id: "AnnotatedText",
    description: "LanguageTool's AnnotatedText: `{ annotation: [{ text } | { markup, interpretAs? }] }`, sent JSON-encoded in the `data` parameter.",
  });

export type AnnotationItem = z.infer<typeof annotationItem>;

/** How a markup piece binds to the text around it, for deciding where an inserted character goes. */
type Role = "open" | "close" | "neutral" | "unknown";

interface Piece {
  plainStart: number;
  plainEnd: number;
  origStart: number;
  origEnd: number;
  /** Text, or markup read as itself: its plain and original characters are the same. */
  identity: boolean;
  role: Role;
}

export interface OriginalSpan {
  start: number;
  end: number;
  /** False when writing a replacement over the span would change markup. */
  clean: boolean;
}

/** One tag, comment or doctype, alone in a piece. */
const HTML_TAG = /^<\/?[A-Za-z][^<>]*>$|^<!--[^]*-->$|^<![A-Za-z][^<>]*>$/;
const VOID_ELEMENTS = /^<(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)\b/i;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** Markdown emphasis, strong, strike-through, highlight: the same run opens and closes. */
const DELIMITER_RUN = /^(?:\*{1,3}|_{1,3}|~{1,2}|={2}|\^|\+{2})$/;

function htmlRole(markup: string): Role {
  if (markup.startsWith("</")) return "close";
  if (markup.startsWith("<!") || markup.endsWith("/>") || VOID_ELEMENTS.test(markup)) return "neutral";
  return "open";
}

export class AnnotatedText {
  /** The document as the client has it: what offsets count in. */
  readonly original: string;
  /** The text checked. */
  readonly plain: string;
  /** The document's format when its markup is all HTML or all Markdown (markup-format.ts), so the engine can read it as such. */
  readonly format: MarkupFormat | undefined;
  private readonly pieces: Piece[];
  /** Indexes (into `pieces`) of the pieces that hold plain characters, in order. */
  private readonly plainPieces: number[];
  /** `dirtyBefore[i]`: how many pieces before `i` are markup that is not read as itself. */
  private readonly dirtyBefore: Uint32Array;

  private constructor(original: string, plain: string, pieces: Piece[], format: MarkupFormat | undefined) {
    this.original = original;
    this.plain = plain;
    this.pieces = pieces;
    this.format = format;
    this.plainPieces = [];
    this.dirtyBefore = new Uint32Array(pieces.length + 1);
    pieces.forEach((piece, i) => {
      if (piece.plainEnd > piece.plainStart) this.plainPieces.push(i);
      this.dirtyBefore[i + 1] = this.dirtyBefore[i]! + (!piece.identity && piece.origEnd > piece.origStart ? 1 : 0);
    });
  }

  /** A plain text: document and text checked are the same. */
  static fromText(text: string): AnnotatedText {
    const piece: Piece = { plainStart: 0, plainEnd: text.length, origStart: 0, origEnd: text.length, identity: true, role: "neutral" };
    return new AnnotatedText(text, text, text.length > 0 ? [piece] : [], undefined);
  }

  /** Reads the `data` parameter (JSON), with LanguageTool's messages for what it refuses. */
  static fromData(json: string): AnnotatedText {
    let raw: unknown;
    try {
      raw = JSON.parse(json);
    } catch (error) {
      badRequest(`Could not parse JSON from 'data' parameter: ${(error as Error).message}`);
    }
    const parsed = annotatedTextData.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      badRequest(`'data' is not an AnnotatedText (${issue.path.join(".") || "the value"}: ${issue.message}); expected {"annotation": [{"text": "..."}, {"markup": "...", "interpretAs": "..."}]}`);
    }
    const data = parsed.data;
    if (data.text !== undefined && data.annotation !== undefined) badRequest("'data' key in JSON requires either 'text' or 'annotation' key, not both");
    if (data.text !== undefined) return AnnotatedText.fromText(data.text);
    if (data.annotation === undefined) badRequest("'data' key in JSON requires 'text' or 'annotation' key");
    return AnnotatedText.fromAnnotation(data.annotation);
  }

  static fromAnnotation(items: readonly AnnotationItem[]): AnnotatedText {
    const original: string[] = [];
    const plain: string[] = [];
    const pieces: Piece[] = [];
    let origAt = 0;
    let plainAt = 0;
    const markups: string[] = [];
    // Markdown delimiter runs (`*`, `**`, `_`, `~~`) open and close in turn, within a paragraph.
    const openRuns = new Set<string>();
    for (const item of items) {
      if (item.text !== undefined && item.markup !== undefined) {
        badRequest(`Only either 'text' or 'markup' are supported in an object in 'annotation' list, not both: ${JSON.stringify(item)}`);
      }
      if (item.text !== undefined && item.interpretAs !== undefined) badRequest(`'text' cannot be used with 'interpretAs' (only 'markup' can): ${JSON.stringify(item)}`);
      let piece: Piece;
      if (item.text !== undefined) {
        const text = item.text;
        piece = { plainStart: plainAt, plainEnd: plainAt + text.length, origStart: origAt, origEnd: origAt + text.length, identity: true, role: "neutral" };
        original.push(text);
        plain.push(text);
        if (text.includes("\n\n")) openRuns.clear();
      } else if (item.markup !== undefined) {
        const markup = item.markup;
        const interpretAs = item.interpretAs ?? "";
        const identity = markup === interpretAs;
        let role: Role = identity ? "neutral" : "unknown";
        if (!identity && markup.trim() !== "") {
          markups.push(markup);
          const trimmed = markup.trim();
          if (HTML_TAG.test(trimmed)) role = htmlRole(trimmed);
          else if (DELIMITER_RUN.test(trimmed)) {
            role = openRuns.has(trimmed) ? "close" : "open";
            if (role === "close") openRuns.delete(trimmed);
            else openRuns.add(trimmed);
          } else if (trimmed === "[" || trimmed === "![") role = "open";
          else if (/^\]\([^()]*\)$|^\]$|^\]\[[^\]]*\]$/.test(trimmed)) role = "close";
          else if (/^`[^]*`$/.test(trimmed) || /^!\[[^\]]*\]\([^()]*\)$/.test(trimmed)) role = "neutral";
        }
        if (markup.includes("\n\n") || interpretAs.includes("\n\n")) openRuns.clear();
        piece = { plainStart: plainAt, plainEnd: plainAt + interpretAs.length, origStart: origAt, origEnd: origAt + markup.length, identity, role };
        original.push(markup);
        plain.push(interpretAs);
      } else {
        badRequest(`Only 'text' and 'markup' are supported in 'annotation' list: ${JSON.stringify(item)}`);
      }
      pieces.push(piece);
      origAt = piece.origEnd;
      plainAt = piece.plainEnd;
    }
    return new AnnotatedText(original.join(""), plain.join(""), pieces, markupFormat(markups));
  }

  /** Index into `pieces` of the piece holding plain character `i` (0 ≤ i < plain.length). */
  private pieceOfPlainChar(i: number): number {
    let low = 0;
    let high = this.plainPieces.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.pieces[this.plainPieces[mid]!]!.plainStart <= i) low = mid;
      else high = mid - 1;
    }
    return this.plainPieces[low]!;
  }

  private isClean(fromPiece: number, toPiece: number): boolean {
    return this.dirtyBefore[toPiece + 1]! - this.dirtyBefore[fromPiece]! === 0;
  }

  /**
   * The span of the document that plain `[start, end)` covers: a span that
   * starts or ends inside markup read as something else takes all of it.
   * An empty span (an insertion point) goes to the side of the markup
   * between the two characters that it belongs to; `clean` is false when
   * that cannot be told.
   */
  toOriginal(start: number, end: number): OriginalSpan {
    if (this.pieces.length === 0) return { start: 0, end: 0, clean: true };
    if (start < end) {
      const first = this.pieceOfPlainChar(start);
      const last = this.pieceOfPlainChar(end - 1);
      const a = this.pieces[first]!;
      const b = this.pieces[last]!;
      return {
        start: a.identity ? a.origStart + (start - a.plainStart) : a.origStart,
        end: b.identity ? b.origStart + (end - b.plainStart) : b.origEnd,
        clean: this.isClean(first, last),
      };
    }
    return this.insertionPoint(start);
  }

  private insertionPoint(at: number): OriginalSpan {
    const before = at > 0 ? this.pieceOfPlainChar(at - 1) : -1;
    const after = at < this.plain.length ? this.pieceOfPlainChar(at) : this.pieces.length;
    if (before === after) {
      const piece = this.pieces[before]!;
      const offset = piece.origStart + (at - piece.plainStart);
      return piece.identity ? { start: offset, end: offset, clean: true } : { start: piece.origStart, end: piece.origEnd, clean: false };
    }
    // The pieces strictly between hold no plain text: markup read as nothing.
    let position = before >= 0 ? this.pieces[before]!.origEnd : 0;
    let seenOpen = false;
    for (let i = before + 1; i < after; i++) {
      const piece = this.pieces[i]!;
      if (piece.origEnd === piece.origStart || piece.identity || piece.role === "neutral") continue;
      if (piece.role === "unknown" || (piece.role === "close" && seenOpen)) return { start: position, end: this.pieces[after - 1]!.origEnd, clean: false };
      if (piece.role === "close") position = piece.origEnd;
      else seenOpen = true;
    }
    return { start: position, end: position, clean: true };
  }

  /**
   * The start (`before`) or end (`after`) of the run of letters and digits
   * next to document offset `at`, inside one text piece (never into markup).
   */
  wordEdge(at: number, side: "before" | "after"): number {
    const char = side === "before" ? at - 1 : at;
    if (char < 0 || char >= this.original.length) return at;
    const piece = this.pieces[this.pieceOfOriginalChar(char)]!;
    if (!piece.identity) return at;
    let edge = at;
    if (side === "before") while (edge > piece.origStart && WORD_CHAR.test(this.original[edge - 1]!)) edge--;
    else while (edge < piece.origEnd && WORD_CHAR.test(this.original[edge]!)) edge++;
    return edge;
  }

  /** Index of the piece holding document character `char` (0 ≤ char < original.length). */
  private pieceOfOriginalChar(char: number): number {
    let low = 0;
    let high = this.pieces.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.pieces[mid]!.origStart <= char) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** The plain-text position of document offset `offset` (markup maps to where it stands in the plain text). */
  toPlain(offset: number): number {
    if (this.pieces.length === 0) return 0;
    const piece = this.pieces[this.pieceOfOriginalChar(offset)]!;
    if (offset >= piece.origEnd) return piece.plainEnd;
    return piece.identity ? piece.plainStart + (offset - piece.origStart) : piece.plainStart;
  }
}
