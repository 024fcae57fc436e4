/**
 * Contentful Rich Text documents (`{ nodeType: "document", content: [...] }`):
 * every node whose children hold text (a paragraph, a heading) is a block,
 * its text nodes (also inside hyperlinks) its spans. Marks, data, embedded
 * entries and the tree itself are kept; only `value`s change. A block the
 * engine deletes whole (page chrome) is removed when it sits at the top of
 * the document, and emptied when nested (a list item keeps its paragraph).
 */
import { layoutSpans, type SpanLayout } from "./spans.js";

export interface RichTextNode {
  nodeType: string;
  content?: RichTextNode[];
  value?: string;
  marks?: unknown[];
  data?: unknown;
}

const INLINE = new Set(["hyperlink", "entry-hyperlink", "asset-hyperlink", "resource-hyperlink", "embedded-entry-inline", "embedded-resource-inline"]);

interface TextBlock {
  node: RichTextNode;
  parent: RichTextNode | null;
  texts: RichTextNode[];
}

export function isRichTextDocument(value: unknown): value is RichTextNode {
  return typeof value === "object" && value !== null && (value as RichTextNode).nodeType === "document" && Array.isArray((value as RichTextNode).content);
}

function textsOf(node: RichTextNode, into: RichTextNode[]): RichTextNode[] {
  for (const child of node.content ?? []) {
    if (child.nodeType === "text") into.push(child);
    else if (INLINE.has(child.nodeType)) textsOf(child, into);
  }
  return into;
}

function collect(node: RichTextNode, parent: RichTextNode | null, into: TextBlock[]): TextBlock[] {
  const children = Array.isArray(node.content) ? node.content : [];
  if (children.some((child) => child.nodeType === "text" || INLINE.has(child.nodeType))) {
    into.push({ node, parent, texts: textsOf(node, []) });
    return into;
  }
  for (const child of children) if (typeof child === "object" && child !== null) collect(child, node, into);
  return into;
}

export function layoutRichText(original: unknown): SpanLayout {
  const blocks = isRichTextDocument(original) ? collect(original, null, []) : [];
  return layoutSpans(blocks.map((block) => block.texts.map((text) => (typeof text.value === "string" ? text.value : ""))));
}

export function rebuildRichText(original: unknown, spans: string[][], removedBlocks: ReadonlySet<number>): unknown {
  if (!isRichTextDocument(original)) return original;
  const copy = structuredClone(original);
  const blocks = collect(copy, null, []);
  blocks.forEach((block, b) => block.texts.forEach((text, s) => (text.value = spans[b]?.[s] ?? text.value)));
  const removedNodes = new Set<RichTextNode>();
  for (const b of removedBlocks) {
    const block = blocks[b];
    if (!block) continue;
    if (block.parent === copy) removedNodes.add(block.node);
    else for (const text of block.texts) text.value = "";
  }
  if (removedNodes.size > 0) copy.content = copy.content!.filter((node) => !removedNodes.has(node));
  return copy;
}
