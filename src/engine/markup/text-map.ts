/**
 * Builds the readable text of a marked-up document together with the map
 * from that text back to the source, and maps spans back.
 *
 * Each piece of readable text is a segment: verbatim text maps character for
 * character; an atomic segment (a decoded entity, a collapsed run of
 * whitespace, a line break written as `<br>`, a placeholder for inline code)
 * maps as a whole onto its source range; separators between blocks are
 * synthetic and map nowhere. A span maps cleanly when its segments are
 * contiguous in the source (no tag between them) and it covers no protected
 * placeholder, or when it covers whole blocks, which map onto their elements.
 */
import type { BlockKind, MappedSpan, Span } from "../document.js";

const enum SegmentKind {
  Verbatim,
  Atomic,
  Protected,
  Synthetic,
}

export interface MarkupBlock {
  kind: BlockKind;
  /** Range of the block's text in the readable text. */
  start: number;
  end: number;
  /** Source range that removing the whole block removes (its element, or its text). */
  outerStart: number;
  outerEnd: number;
  /** Blocks removed together must share a parent. */
  parent: number;
  /** The outer range is a whole element (or Markdown block), not just the block's text. */
  element: boolean;
  /** False when removing all of the block's text would change how the rest parses (a Markdown list item with more blocks). */
  removable: boolean;
}

/** Placeholder in the readable text for protected inline content (inline code). */
export const PLACEHOLDER = "\ufffc";

export class TextMapBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  private readonly starts: number[] = [];
  private readonly sourceStarts: number[] = [];
  private readonly sourceEnds: number[] = [];
  private readonly kinds: SegmentKind[] = [];
  readonly blocks: MarkupBlock[] = [];
  private open:
    | { kind: BlockKind; start: number; textStart: number; textEnd: number; parent: number; outerStart: number; element: boolean; removable: boolean }
    | undefined;
  private pendingSpace: { start: number; end: number } | undefined;

  /**
   * `lineSensitive`: the source's structure depends on blank lines (Markdown), so
   * whitespace is only taken back to a text block, never from after an HTML or
   * code block (content glued to an HTML block would become part of it).
   */
  constructor(
    private readonly source: string,
    private readonly lineSensitive = false,
  ) {}

  /**
   * Starts a block; text added until `endBlock` belongs to it. `element`: the
   * block is a whole element starting at `outerStart`, removable with its tags.
   */
  startBlock(kind: BlockKind, outerStart: number, parent: number, element = false, removable = true): void {
    this.endBlock(undefined);
    this.open = { kind, start: -1, textStart: -1, textEnd: -1, parent, outerStart, element, removable };
  }

  /**
   * Ends the open block. `outerEnd` undefined: only its text is removable, not an element.
   * `outerStart` widens the element's start (e.g. to a WordPress block comment before it).
   */
  endBlock(outerEnd: number | undefined, outerStart?: number): void {
    const block = this.open;
    this.open = undefined;
    this.pendingSpace = undefined;
    if (!block || block.start < 0) return;
    const whole = block.element && outerEnd !== undefined;
    this.blocks.push({
      kind: block.kind,
      start: block.start,
      end: this.length,
      outerStart: whole ? (outerStart ?? block.outerStart) : block.textStart,
      outerEnd: whole ? outerEnd : block.textEnd,
      parent: block.parent,
      element: whole,
      removable: block.removable,
    });
  }

  get inBlock(): boolean {
    return this.open !== undefined;
  }

  /** Source text [start, end), HTML-style: whitespace runs collapse to one space, entities decoded by `decode`. */
  addText(start: number, end: number, decode?: (raw: string) => string | undefined): void {
    const raw = this.source.slice(start, end);
    const pattern = decode ? /[ \t\n\r\f]+|&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?/g : /[ \t\n\r\f]+/g;
    let cursor = 0;
    for (const match of raw.matchAll(pattern)) {
      if (match.index > cursor) this.verbatim(start + cursor, start + match.index);
      const at = start + match.index;
      const stop = at + match[0].length;
      if (match[0][0] === "&") {
        const decoded = decode!(match[0]);
        if (decoded === undefined || decoded === match[0]) this.verbatim(at, stop);
        else this.atomic(decoded, at, stop);
      } else {
        this.space(at, stop);
      }
      cursor = match.index + match[0].length;
    }
    if (cursor < raw.length) this.verbatim(start + cursor, end);
  }

  /** A run of source whitespace: one space, written only between words of a block. */
  space(start: number, end: number): void {
    if (!this.open || this.open.start < 0) return;
    if (this.pendingSpace) this.pendingSpace.end = end;
    else this.pendingSpace = { start, end };
  }

  verbatim(start: number, end: number): void {
    if (end <= start) return;
    this.push(this.source.slice(start, end), start, end, SegmentKind.Verbatim);
  }

  atomic(text: string, start: number, end: number): void {
    this.push(text, start, end, SegmentKind.Atomic);
  }

  /** A line break inside a block (`<br>`, a Markdown hard break). */
  lineBreak(start: number, end: number): void {
    if (!this.open || this.open.start < 0) return;
    this.pendingSpace = undefined;
    this.append("\n", start, end, SegmentKind.Atomic);
  }

  /** Protected inline content (inline code): a placeholder no fix may touch. */
  placeholder(start: number, end: number): void {
    this.push(PLACEHOLDER, start, end, SegmentKind.Protected);
  }

  private push(text: string, start: number, end: number, kind: SegmentKind): void {
    const block = this.open;
    if (!block) return;
    if (block.start < 0) {
      if (this.length > 0) this.append("\n\n", start, start, SegmentKind.Synthetic);
      block.start = this.length;
      block.textStart = start;
    } else if (this.pendingSpace) {
      this.append(" ", this.pendingSpace.start, this.pendingSpace.end, SegmentKind.Atomic);
    }
    this.pendingSpace = undefined;
    this.append(text, start, end, kind);
    block.textEnd = end;
  }

  private append(text: string, start: number, end: number, kind: SegmentKind): void {
    this.starts.push(this.length);
    this.sourceStarts.push(start);
    this.sourceEnds.push(end);
    this.kinds.push(kind);
    this.parts.push(text);
    this.length += text.length;
  }

  /** Adds blocks from a nested reader (e.g. attribute texts) after everything else. */
  finish(): TextMap {
    this.endBlock(undefined);
    return new TextMap(this.source, this.parts.join(""), this.starts, this.sourceStarts, this.sourceEnds, this.kinds, this.blocks, this.lineSensitive);
  }
}

export class TextMap {
  constructor(
    readonly source: string,
    readonly text: string,
    private readonly starts: readonly number[],
    private readonly sourceStarts: readonly number[],
    private readonly sourceEnds: readonly number[],
    private readonly kinds: readonly SegmentKind[],
    readonly blocks: readonly MarkupBlock[],
    private readonly lineSensitive: boolean,
  ) {
    this.blockEnds = new Set(blocks.map((block) => block.outerEnd));
  }

  private readonly blockEnds: ReadonlySet<number>;

  kindAt(offset: number): BlockKind {
    const block = this.blocks[this.blockIndexAt(offset)];
    return block && block.start <= offset && offset < block.end ? block.kind : "paragraph";
  }

  /** `removal`: the span is being deleted, so whole blocks map onto their elements. */
  mapSpan(span: Span, removal = false): MappedSpan {
    if (this.text.length === 0) return { span: { start: 0, end: 0 }, clean: false };
    if (removal && this.removesUnremovable(span)) return { span: this.charSpan(span), clean: false };
    const whole = removal ? this.wholeBlocks(span) : undefined;
    if (whole) return whole;
    if (span.start === span.end) {
      const at = span.start > 0 ? this.endOf(span.start) : this.startOf(0);
      return { span: { start: at, end: at }, clean: this.kinds[this.segmentAt(Math.max(0, span.start - 1))] !== SegmentKind.Synthetic };
    }
    const first = this.segmentAt(span.start);
    const last = this.segmentAt(span.end - 1);
    let clean = true;
    for (let i = first; i <= last; i++) {
      const kind = this.kinds[i];
      if (kind === SegmentKind.Protected || kind === SegmentKind.Synthetic) clean = false;
      if (i > first && this.sourceEnds[i - 1] !== this.sourceStarts[i]) clean = false;
    }
    return { span: this.charSpan(span), clean };
  }

  private charSpan(span: Span): Span {
    return span.start === span.end ? { start: this.endOf(span.start), end: this.endOf(span.start) } : { start: this.startOf(span.start), end: this.endOf(span.end) };
  }

  private removesUnremovable(span: Span): boolean {
    for (let i = Math.max(0, this.blockIndexAt(span.start) - 1); i < this.blocks.length && this.blocks[i]!.start < span.end; i++) {
      const block = this.blocks[i]!;
      if (!block.removable && span.start <= block.start && block.end <= span.end) return true;
    }
    return false;
  }

  /** A span made of whole blocks (and the separators between them) maps onto their elements. */
  private wholeBlocks(span: Span): MappedSpan | undefined {
    let index = this.blockIndexAt(span.start);
    let block = this.blocks[index];
    if (block && block.end <= span.start) block = this.blocks[++index];
    if (!block || block.start < span.start || block.end > span.end) return undefined;
    // Everything before the first block in the span must be separator.
    if (this.text.slice(span.start, block.start).trim() !== "") return undefined;
    const first = block;
    let last = block;
    while (this.blocks[index + 1] && this.blocks[index + 1]!.start < span.end) {
      const next = this.blocks[++index]!;
      if (next.end > span.end) return undefined;
      last = next;
    }
    if (this.text.slice(last.end, span.end).trim() !== "") return undefined;
    // Blocks that are only text of a larger element (a table cell, text beside a nested list)
    // are removed as text: the ordinary mapping, which refuses to cross markup.
    if (!first.element || !last.element) return undefined;
    const clean =
      this.blocks.slice(this.blocks.indexOf(first), index + 1).every((b, i, all) => b.parent === first.parent && (i === 0 || this.source.slice(all[i - 1]!.outerEnd, b.outerStart).trim() === ""));
    if (!clean) return { span: { start: first.outerStart, end: last.outerEnd }, clean: false };
    // The separators the span takes in the readable text say which whitespace goes with the
    // elements: the whitespace before them (back to the previous content), or the whitespace after
    // them (up to the next line's indentation, with their own line's indentation). Spans that do not
    // overlap in the readable text do not overlap here either.
    let start = first.outerStart;
    let end = last.outerEnd;
    if (span.start < first.start) {
      while (start > 0 && /\s/.test(this.source[start - 1]!)) start--;
      if (this.lineSensitive && start > 0 && !this.blockEnds.has(start)) start = first.outerStart;
    } else if (span.end > last.end) {
      let indent = start;
      while (indent > 0 && (this.source[indent - 1] === " " || this.source[indent - 1] === "\t")) indent--;
      const startsLine = indent === 0 || this.source[indent - 1] === "\n";
      if (startsLine) start = indent;
      // In Markdown, the blank line after a block that follows content directly (a list item after
      // another) must stay, or what comes next would join that content.
      const keepBlankLine = this.lineSensitive && !(indent === 0 || /\n[ \t]*\n[ \t]*$/.test(this.source.slice(Math.max(0, indent - 200), indent)));
      let scan = end;
      while (scan < this.source.length && /\s/.test(this.source[scan]!)) {
        scan++;
        if (this.source[scan - 1] === "\n" || scan === this.source.length) {
          end = scan;
          if (keepBlankLine) break;
        }
      }
    }
    return { span: { start, end }, clean: true };
  }

  private blockIndexAt(offset: number): number {
    let low = 0;
    let high = this.blocks.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.blocks[mid]!.start <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  private segmentAt(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  private startOf(offset: number): number {
    const i = this.segmentAt(offset);
    return this.kinds[i] === SegmentKind.Verbatim ? this.sourceStarts[i]! + (offset - this.starts[i]!) : this.sourceStarts[i]!;
  }

  private endOf(offset: number): number {
    const i = this.segmentAt(offset - 1);
    return this.kinds[i] === SegmentKind.Verbatim ? this.sourceStarts[i]! + (offset - this.starts[i]!) : this.sourceEnds[i]!;
  }
}
