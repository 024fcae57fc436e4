/**
 * Reads Markdown (CommonMark + GFM tables, front matter) into the document
 * model with mdast-util-from-markdown, which keeps source positions. Only
 * text nodes are analysed; code, HTML blocks, front matter, link and image
 * URLs are never part of the readable text, and inline code leaves a
 * placeholder no fix may touch.
 *
 * Linear in the input: the parser reads the source bounded by
 * `boundMarkdown` (markdown-limits.ts), and the tree is walked with explicit
 * stacks, never by recursion on its depth.
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
import { boundMarkdown } from "./markdown-limits.js";

const BLOCK_KINDS: Partial<Record<Nodes["type"], BlockKind>> = {
  paragraph: "paragraph",
  heading: "heading",
  tableCell: "table-cell",
};
const PLACEHOLDER_NODES = new Set(["inlineCode", "html", "image", "imageReference", "footnoteReference", "inlineMath"]);

export function buildMarkdownDocument(source: string): Document {
  const tree = fromMarkdown(boundMarkdown(source), {
    extensions: [gfm(), frontmatter(["yaml", "toml"])],
    mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(["yaml", "toml"])],
  });
  const builder = new TextMapBuilder(source, true);
  let nextParent = 1;

  /** Where a node sits: its parent's frame, its parent's children and its index there. */
  interface Frame {
    node: Nodes;
    parent: Frame | undefined;
    siblings: readonly Nodes[];
    index: number;
    context: { quote: boolean; listItem: boolean; parent: number };
  }

  const fixedNeighbours = new Map<readonly Nodes[], { before: (Nodes | undefined)[]; after: (Nodes | undefined)[] }>();

  const visitBlock = (frame: Frame) => {
    const { node, context } = frame;
    const kind = BLOCK_KINDS[node.type]!;
    // A block is removed with the containers that hold nothing else: a list item with its
    // marker, a quote with its `>`, a list of one item.
    let owner = frame;
    while (owner.parent?.parent !== undefined) {
      const container = owner.parent.node as Parents;
      if (!["listItem", "blockquote", "list"].includes(container.type) || container.children.length !== 1) break;
      owner = owner.parent;
    }
    const start = owner.node.position!.start.offset!;
    let neighbours = fixedNeighbours.get(owner.siblings);
    if (!neighbours) fixedNeighbours.set(owner.siblings, (neighbours = nearestFixedSiblings(owner.siblings)));
    // Removable only if it starts its own line (not after a `>` or a list marker of a container
    // holding more) and its removal would not merge the neighbours into one list or code block.
    const removable = startsLine(source, start) && !mergeable(neighbours.before[owner.index], neighbours.after[owner.index], source);
    const blockKind = context.quote ? "quote" : context.listItem ? "list-item" : kind;
    builder.startBlock(blockKind, start, context.parent, node.type !== "tableCell", removable);
    visitInline(node);
    builder.endBlock(owner.node.position!.end.offset!);
  };

  const visit = (root: Frame) => {
    // Depth first, in document order: children are pushed in reverse.
    const stack: Frame[] = [root];
    while (stack.length > 0) {
      const frame = stack.pop()!;
      const { node, context } = frame;
      if (BLOCK_KINDS[node.type]) {
        visitBlock(frame);
        continue;
      }
      if (node.type === "code" || node.type === "html" || node.type === "yaml" || node.type === "definition" || node.type === "thematicBreak") continue;
      if ((node as { type: string }).type === "toml" || (node as { type: string }).type === "math") continue;
      if (!("children" in node)) continue;
      const parent = nextParent++;
      const next = {
        quote: context.quote || node.type === "blockquote",
        listItem: context.listItem || node.type === "listItem",
        parent: node.type === "listItem" ? context.parent : parent,
      };
      const children = node.children as Nodes[];
      for (let index = children.length - 1; index >= 0; index--) {
        stack.push({ node: children[index]!, parent: frame, siblings: children, index, context: next });
      }
    }
  };

  /** The inline content of a block, in document order. */
  const visitInline = (block: Nodes) => {
    const stack: Nodes[] = [...((block as Parents).children as Nodes[])].reverse();
    while (stack.length > 0) {
      const node = stack.pop()!;
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) continue;
      if (node.type === "text") addText(node, start, end);
      else if (node.type === "break") builder.lineBreak(start, end);
      else if (PLACEHOLDER_NODES.has(node.type)) builder.placeholder(start, end);
      // An autolink (`<https://…>`, or a bare URL under GFM) is a URL, not prose.
      else if (node.type === "link" && (source[start] === "<" || source.slice(start, end) === node.url || /^(?:https?:|www\.|mailto:)/.test(source.slice(start, end)))) {
        builder.placeholder(start, end);
      } else if ("children" in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
    }
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
        // Whitespace, and `>` markers after a line break (only spaces, tabs and `>` since the last `\n`).
        let stop = at;
        let afterLineBreak = false;
        for (; stop < end; stop++) {
          const s = source[stop]!;
          if (s === "\n") afterLineBreak = true;
          else if (s === "\r") afterLineBreak = false;
          else if (s === ">" ? !afterLineBreak : s !== " " && s !== "\t") break;
        }
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
  visit({ node: root, parent: undefined, siblings: [root], index: 0, context: { quote: false, listItem: false, parent: 0 } });
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
 * For each sibling, the nearest sibling before and after it that no rule can
 * remove (not a paragraph or heading): several removals side by side must not
 * bring two lists or code blocks together either. One pass each way.
 */
function nearestFixedSiblings(siblings: readonly Nodes[]): { before: (Nodes | undefined)[]; after: (Nodes | undefined)[] } {
  const before: (Nodes | undefined)[] = new Array(siblings.length);
  const after: (Nodes | undefined)[] = new Array(siblings.length);
  let fixed: Nodes | undefined;
  for (let i = 0; i < siblings.length; i++) {
    before[i] = fixed;
    if (!(siblings[i]!.type in BLOCK_KINDS)) fixed = siblings[i];
  }
  fixed = undefined;
  for (let i = siblings.length - 1; i >= 0; i--) {
    after[i] = fixed;
    if (!(siblings[i]!.type in BLOCK_KINDS)) fixed = siblings[i];
  }
  return { before, after };
}

/** Only spaces or tabs between the start of the line and `offset`. */
function startsLine(source: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0 && (source[i] === " " || source[i] === "\t")) i--;
  return i < 0 || source[i] === "\n";
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
