/**
 * Structured text (Contentful Rich Text, Sanity Portable Text) as the engine
 * sees it: each block's spans concatenated, blocks separated by a blank line.
 * The engine checks that text; this module maps its edits back to the spans.
 *
 * An edit is "clean" when, once narrowed to the characters that really change
 * (`theNorth` → `the North` is an insertion of a space), it falls inside one
 * span (an insertion at a span boundary goes to the span before it), or when
 * it deletes whole blocks (page chrome on its own line). Anything else crosses
 * formatting: it stays a suggestion, never a safe fix. If a person accepts
 * such a suggestion, its replacement goes into the first span it touches and
 * the rest of its range is deleted from the others.
 */
import type { Finding } from "../engine/index.js";

export const BLOCK_SEPARATOR = "\n\n";

export interface SpanLayout {
  /** The text the engine checks. */
  text: string;
  blocks: { start: number; end: number; spans: { start: number; end: number }[] }[];
}

export interface TextEdit {
  offset: number;
  length: number;
  replacement: string;
}

/** Lays out blocks given as the texts of their spans. */
export function layoutSpans(blocks: readonly (readonly string[])[]): SpanLayout {
  const out: SpanLayout["blocks"] = [];
  let text = "";
  blocks.forEach((spans, i) => {
    if (i > 0) text += BLOCK_SEPARATOR;
    const start = text.length;
    const ranges = spans.map((span) => {
      const from = text.length;
      text += span;
      return { start: from, end: text.length };
    });
    out.push({ start, end: text.length, spans: ranges });
  });
  return { text, blocks: out };
}

/** The smallest edit with the same effect: common prefix and suffix dropped. */
export function narrow(text: string, edit: TextEdit): TextEdit {
  const before = text.slice(edit.offset, edit.offset + edit.length);
  const after = edit.replacement;
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < before.length - prefix && suffix < after.length - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  return { offset: edit.offset + prefix, length: edit.length - prefix - suffix, replacement: after.slice(prefix, after.length - suffix) };
}

type Placement =
  | { kind: "remove-blocks"; blocks: number[] }
  | { kind: "span"; block: number; span: number; start: number; end: number; replacement: string }
  | { kind: "crossing"; edit: TextEdit };

/** Blocks the edit deletes whole, or null when it is not such a deletion. */
function wholeBlocks(layout: SpanLayout, edit: TextEdit): number[] | null {
  if (edit.replacement !== "" || edit.length === 0) return null;
  const start = edit.offset;
  const end = edit.offset + edit.length;
  const covered: number[] = [];
  for (let i = 0; i < layout.blocks.length; i++) {
    const block = layout.blocks[i]!;
    const overlaps = block.start < end && block.end > start;
    const inside = block.start >= start && block.end <= end;
    if (inside) covered.push(i);
    else if (overlaps) return null;
  }
  return covered.length > 0 ? covered : null;
}

function place(layout: SpanLayout, edit: TextEdit): Placement {
  const removed = wholeBlocks(layout, edit);
  if (removed) return { kind: "remove-blocks", blocks: removed };
  const narrowed = narrow(layout.text, edit);
  const start = narrowed.offset;
  const end = narrowed.offset + narrowed.length;
  const blockIndex = layout.blocks.findIndex((block) => block.start <= start && end <= block.end);
  if (blockIndex < 0) return { kind: "crossing", edit };
  const block = layout.blocks[blockIndex]!;
  if (end > start) {
    const touched = block.spans.map((span, i) => ({ span, i })).filter(({ span }) => span.start < end && span.end > start);
    if (touched.length !== 1) return { kind: "crossing", edit };
    const { span, i } = touched[0]!;
    return { kind: "span", block: blockIndex, span: i, start: start - span.start, end: end - span.start, replacement: narrowed.replacement };
  }
  // An insertion: inside a span, else at the end of the span before it, else at the start of the span after it.
  let target = block.spans.findIndex((span) => span.start < start && start < span.end);
  if (target < 0) target = findLastIndex(block.spans, (span) => span.end === start);
  if (target < 0) target = block.spans.findIndex((span) => span.start === start);
  if (target < 0) return { kind: "crossing", edit };
  const span = block.spans[target]!;
  return { kind: "span", block: blockIndex, span: target, start: start - span.start, end: start - span.start, replacement: narrowed.replacement };
}

function findLastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return i;
  return -1;
}

/** True when the finding's fix maps onto the structure without crossing formatting (flags always do). */
export function isClean(layout: SpanLayout, finding: Finding): boolean {
  if (finding.replacement === null) return true;
  return place(layout, { offset: finding.offset, length: finding.length, replacement: finding.replacement }).kind !== "crossing";
}

/** Marks fixes that would cross formatting as suggestions (never applied by default). */
export function keepWithinSpans(layout: SpanLayout, findings: readonly Finding[]): Finding[] {
  return findings.map((finding) =>
    finding.safe && !isClean(layout, finding)
      ? { ...finding, safe: false, message: `${finding.message} (The fix crosses formatting: check it by hand.)` }
      : finding,
  );
}

export interface SpanResult {
  /** New text of every span, by block then span. */
  spans: string[][];
  /** Blocks to delete. */
  removedBlocks: Set<number>;
}

/** Applies non-overlapping edits (in the layout's coordinates) to the spans. */
export function applyToSpans(layout: SpanLayout, edits: readonly TextEdit[]): SpanResult {
  const local = layout.blocks.map((block) => block.spans.map(() => [] as { start: number; end: number; replacement: string }[]));
  const removedBlocks = new Set<number>();
  for (const edit of edits) {
    const placement = place(layout, edit);
    if (placement.kind === "remove-blocks") {
      for (const block of placement.blocks) removedBlocks.add(block);
    } else if (placement.kind === "span") {
      local[placement.block]![placement.span]!.push({ start: placement.start, end: placement.end, replacement: placement.replacement });
    } else {
      spreadCrossing(layout, narrow(layout.text, placement.edit), local);
    }
  }
  const spans = layout.blocks.map((block, b) =>
    block.spans.map((span, s) => {
      let value = layout.text.slice(span.start, span.end);
      for (const edit of [...local[b]![s]!].sort((x, y) => y.start - x.start || y.end - x.end)) {
        value = value.slice(0, edit.start) + edit.replacement + value.slice(edit.end);
      }
      return value;
    }),
  );
  return { spans, removedBlocks };
}

/** An accepted edit across spans: its replacement into the first span it touches, its range deleted from the others. */
function spreadCrossing(layout: SpanLayout, edit: TextEdit, local: { start: number; end: number; replacement: string }[][][]): void {
  const start = edit.offset;
  const end = edit.offset + edit.length;
  let placed = false;
  layout.blocks.forEach((block, b) => {
    block.spans.forEach((span, s) => {
      if (!(span.start < end && span.end > start)) return;
      const from = Math.max(start, span.start) - span.start;
      const to = Math.min(end, span.end) - span.start;
      local[b]![s]!.push({ start: from, end: to, replacement: placed ? "" : edit.replacement });
      placed = true;
    });
  });
  if (!placed && edit.replacement !== "") {
    // Only separators were covered: add the text at the end of the last span before the edit.
    for (let b = layout.blocks.length - 1; b >= 0; b--) {
      const spans = layout.blocks[b]!.spans;
      const last = spans.length - 1;
      if (last >= 0 && spans[last]!.end <= start) {
        const length = spans[last]!.end - spans[last]!.start;
        local[b]![last]!.push({ start: length, end: length, replacement: edit.replacement });
        return;
      }
    }
  }
}
