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
  const builder = new TextMapBuilder(source);
  let nextParent = 1;

  const visit = (node: Nodes, context: { quote: boolean; listItem: Parents | undefined; parent: number; joinsNeighbours?: boolean }) => {
    const kind = BLOCK_KINDS[node.type];
    if (kind) {
      // A list item holding one paragraph is removed with its marker.
      const owner = context.listItem && context.listItem.children.length === 1 ? context.listItem : node;
      const blockKind = context.quote ? "quote" : context.listItem ? "list-item" : kind;
      // Emptying one block of a list item that holds several would change how the rest parses.
      const removable = (!context.listItem || context.listItem.children.length === 1) && !context.joinsNeighbours;
      builder.startBlock(blockKind, owner.position!.start.offset!, context.parent, node.type !== "tableCell", removable);
      for (const child of (node as Parents).children) visitInline(child as Nodes);
      builder.endBlock(owner.position!.end.offset!);
      return;
    }
    if (node.type === "code" || node.type === "html" || node.type === "yaml" || node.type === "definition" || node.type === "thematicBreak") return;
    if ((node as { type: string }).type === "toml" || (node as { type: string }).type === "math") return;
    if ("children" in node) {
      const parent = nextParent++;
      const next = {
        quote: context.quote || node.type === "blockquote",
        listItem: node.type === "listItem" ? node : node.type === "list" ? context.listItem : undefined,
        parent: node.type === "listItem" ? context.parent : parent,
      };
      node.children.forEach((child, i) => {
        const joinsNeighbours = mergeable(node.children[i - 1] as Nodes | undefined, node.children[i + 1] as Nodes | undefined, source);
        visit(child as Nodes, { ...next, joinsNeighbours });
      });
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

  visit(tree as unknown as Nodes, { quote: false, listItem: undefined, parent: 0 });
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
 * Removing a block between two lists or two indented code blocks would make
 * them one: such a block is not removable.
 */
function mergeable(before: Nodes | undefined, after: Nodes | undefined, source: string): boolean {
  if (!before || !after || before.type !== after.type) return false;
  if (before.type === "list") return true;
  const indented = (node: Nodes) => node.type === "code" && !/^\s*(?:```|~~~)/.test(source.slice(node.position!.start.offset!, node.position!.end.offset!));
  return indented(before) && indented(after);
}

/** Escapes the characters that would start Markdown syntax inside a replacement. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<]/g, (c) => `\\${c}`);
}
