/**
 * Sanity Portable Text (an array of blocks `{ _type: "block", children:
 * [{ _type: "span", text, marks }], markDefs, style }` and other objects):
 * each block is a block, its spans its spans. Marks, mark definitions, keys
 * and non-text objects (images, embeds) are kept; only span `text`s change. A
 * block the engine deletes whole (page chrome) is removed from the array.
 */
import { layoutSpans, type SpanLayout } from "./spans.js";

interface Span {
  _type: "span";
  text: string;
  [key: string]: unknown;
}

interface Block {
  _type: "block";
  children: unknown[];
  [key: string]: unknown;
}

function isBlock(value: unknown): value is Block {
  return typeof value === "object" && value !== null && (value as Block)._type === "block" && Array.isArray((value as Block).children);
}

function isSpan(value: unknown): value is Span {
  return typeof value === "object" && value !== null && (value as Span)._type === "span" && typeof (value as Span).text === "string";
}

/** True for an array of Portable Text blocks (at least one text block, every item an object with a `_type`). */
export function isPortableText(value: unknown): value is unknown[] {
  return (
    Array.isArray(value) &&
    value.some(isBlock) &&
    value.every((item) => typeof item === "object" && item !== null && typeof (item as { _type?: unknown })._type === "string")
  );
}

function blocksOf(value: unknown): Block[] {
  return Array.isArray(value) ? value.filter(isBlock) : [];
}

export function layoutPortableText(original: unknown): SpanLayout {
  return layoutSpans(blocksOf(original).map((block) => block.children.filter(isSpan).map((span) => span.text)));
}

export function rebuildPortableText(original: unknown, spans: string[][], removedBlocks: ReadonlySet<number>): unknown {
  if (!Array.isArray(original)) return original;
  const copy = structuredClone(original) as unknown[];
  const removed = new Set<unknown>();
  blocksOf(copy).forEach((block, b) => {
    if (removedBlocks.has(b)) removed.add(block);
    block.children.filter(isSpan).forEach((span, s) => (span.text = spans[b]?.[s] ?? span.text));
  });
  return copy.filter((item) => !removed.has(item));
}
