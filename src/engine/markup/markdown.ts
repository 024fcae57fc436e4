/**
 * Reads Markdown (CommonMark + GFM tables, front matter) into the document
 * model with mdast-util-from-markdown, which keeps source positions. Only
 * text nodes are analysed; code, HTML blocks, front matter, link and image
 * URLs are never part of the readable text, and inline code leaves a
 * placeholder no fix may touch.
 */
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";
import { frontmatter } from "micromark-extension-frontmatter";
import { frontmatterFromMarkdown } from "mdast-util-frontmatter";
import { decodeHTML } from "entities/decode";
import type { Nodes, Parents, Text } from "mdast";
import { assembleDocument, type BlockKind, type Document } from "../document.js";
import { TextMapBuilder } from "./text-map.js";

const BLOCK_KINDS: Partial<Record<Nodes["type"], BlockKind>> = {
  paragraph: "paragraph",
  heading: "heading",
  tableCell: "table-cell",
};
const PLACEHOLDER_NODES = new Set(["inlineCode", "html", "image", "imageReference", "footnoteReference", "inlineMath"]);

export function buildMarkdownDocument(source: string): Document {
  const tree = fromMarkdown(source, {
    extensions: [gfm(), frontmatter(["yaml", "toml"])],
    mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(["yaml", "toml"])],
  });
  const builder = new TextMapBuilder(source, true);
  let nextParent = 1;

  /** Where a node sits: its parent's children and its index there, outermost first. */
  interface Frame {
    node: Nodes;
    siblings: readonly Nodes[];
    index: number;
  }

  const visit = (node: Nodes, chain: Frame[], context: { quote: boolean; listItem: boolean; parent: number }) => {
    const kind = BLOCK_KINDS[node.type];
    if (kind) {
      // A block is removed with the containers that hold nothing else: a list item with its
      // marker, a quote with its `>`, a list of one item.
      let owner = chain.length - 1;
      while (owner > 0) {
        const container = chain[owner - 1]!.node as Parents;
        if (!["listItem", "blockquote", "list"].includes(container.type) || container.children.length !== 1) break;
        owner--;
      }
      const frame = chain[owner]!;
      const start = frame.node.position!.start.offset!;
      const lineStart = source.lastIndexOf("\n", start - 1) + 1;
      // Removable only if it starts its own line (not after a `>` or a list marker of a container
      // holding more) and its removal would not merge the neighbours into one list or code block.
      const removable =
        /^[ \t]*$/.test(source.slice(lineStart, start)) &&
        !mergeable(nearestFixed(frame.siblings, frame.index, -1), nearestFixed(frame.siblings, frame.index, +1), source);
      const blockKind = context.quote ? "quote" : context.listItem ? "list-item" : kind;
      builder.startBlock(blockKind, start, context.parent, node.type !== "tableCell", removable);
      for (const child of (node as Parents).children) visitInline(child as Nodes);
      builder.endBlock(frame.node.position!.end.offset!);
      return;
    }
    if (node.type === "code" || node.type === "html" || node.type === "yaml" || node.type === "definition" || node.type === "thematicBreak") return;
    if ((node as { type: string }).type === "toml" || (node as { type: string }).type === "math") return;
    if ("children" in node) {
      const parent = nextParent++;
      const next = {
        quote: context.quote || node.type === "blockquote",
        listItem: context.listItem || node.type === "listItem",
        parent: node.type === "listItem" ? context.parent : parent,
      };
      const children = node.children as Nodes[];
      children.forEach((child, index) => visit(child, [...chain, { node: child, siblings: children, index }], next));
    }
  };

  const visitInline = (node: Nodes) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    if (node.type === "text") return addText(node, start, end);
    if (node.type === "break") return builder.lineBreak(start, end);
    if (PLACEHOLDER_NODES.has(node.type)) return builder.placeholder(start, end);
    // An autolink (`<https://…>`, or a bare URL under GFM) is a URL, not prose.
    if (node.type === "link" && (source[start] === "<" || source.slice(start, end) === node.url || /^(?:https?:|www\.|mailto:)/.test(source.slice(start, end)))) {
      return builder.placeholder(start, end);
    }
    if ("children" in node) for (const child of node.children) visitInline(child as Nodes);
  };

  /** Aligns a text node's value with its source: escapes, entities, line breaks inside a paragraph. */
  const addText = (node: Text, start: number, end: number) => {
    const value = node.value;
    let at = start;
    let i = 0;
    while (i < value.length && at < end) {
      const c = value[i]!;
      if (c === "\n" || c === " " || c === "\t") {
        // Soft line breaks, with the indentation or `>` markers after them, read as one space.
        while (i < value.length && /[\n \t]/.test(value[i]!)) i++;
        let stop = at;
        while (stop < end && (/[ \t\r\n]/.test(source[stop]!) || (source[stop] === ">" && /\n[ \t>]*$/.test(source.slice(at, stop))))) stop++;
        if (stop === at) break;
        builder.space(at, stop);
        at = stop;
        continue;
      }
      const entity = source[at] === "&" ? /^&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);/.exec(source.slice(at, at + 40)) : null;
      if (entity) {
        const decoded = decodeHTML(entity[0]);
        if (value.startsWith(decoded, i)) {
          builder.atomic(decoded, at, at + entity[0].length);
          at += entity[0].length;
          i += decoded.length;
          continue;
        }
      }
      if (source[at] === c) {
        let run = 1;
        while (i + run < value.length && at + run < end && source[at + run] === value[i + run] && !/[\n \t\\&]/.test(value[i + run]!)) run++;
        builder.verbatim(at, at + run);
        at += run;
        i += run;
        continue;
      }
      if (source[at] === "\\" && source[at + 1] === c) {
        builder.atomic(c, at, at + 2);
        at += 2;
        i += 1;
        continue;
      }
      break;
    }
    // Anything we cannot align is protected rather than mapped wrong.
    if (i < value.length) builder.placeholder(at, end);
  };

  const root = tree as unknown as Nodes;
  visit(root, [{ node: root, siblings: [root], index: 0 }], { quote: false, listItem: false, parent: 0 });
  const map = builder.finish();
  return assembleDocument({
    format: "markdown",
    source,
    text: map.text,
    mapSpan: (span, removal) => map.mapSpan(span, removal),
    encode: escapeMarkdown,
    kindAt: (offset) => map.kindAt(offset),
  });
}

/**
 * The nearest sibling in one direction that no rule can remove (not a
 * paragraph or heading): several removals side by side must not bring two
 * lists or code blocks together either.
 */
function nearestFixed(siblings: readonly Nodes[], index: number, step: 1 | -1): Nodes | undefined {
  for (let i = index + step; i >= 0 && i < siblings.length; i += step) {
    if (!(siblings[i]!.type in BLOCK_KINDS)) return siblings[i];
  }
  return undefined;
}

/**
 * Removing the blocks between two lists or two indented code blocks would
 * make them one, and an indented code block right after a list would become
 * part of the list: such blocks are not removable.
 */
function mergeable(before: Nodes | undefined, after: Nodes | undefined, source: string): boolean {
  if (!before || !after) return false;
  const indented = (node: Nodes) => node.type === "code" && !/^\s*(?:```|~~~)/.test(source.slice(node.position!.start.offset!, node.position!.end.offset!));
  if (before.type === "list") return after.type === "list" || indented(after);
  return indented(before) && indented(after);
}

/** Escapes the characters that would start Markdown syntax inside a replacement. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<]/g, (c) => `\\${c}`);
}
