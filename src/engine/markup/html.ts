/**
 * Reads HTML into the document model with htmlparser2 (positions on every
 * event, runs in Workers). Only human-readable text is analysed: tags,
 * comments, `<code>`, `<pre>`, `<script>`, `<style>`, `<template>` and the
 * like are never part of it. `alt` and `title` texts are read as blocks of
 * their own. Entities are decoded for analysis and map back to their source.
 */
import { Parser } from "htmlparser2";
import { decodeHTML } from "entities/decode";
import { assembleDocument, type BlockKind, type Document } from "../document.js";
import { TextMapBuilder } from "./text-map.js";

const BLOCK_ELEMENTS = new Set([
  "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "blockquote", "figcaption", "figure", "td", "th", "caption",
  "div", "section", "article", "header", "footer", "nav", "aside", "main", "body", "html", "table", "tr", "thead",
  "tbody", "tfoot", "ul", "ol", "dl", "hr", "address", "details", "summary", "form", "fieldset", "legend", "center",
  "iframe", "video", "audio", "object", "embed", "canvas", "noscript", "title", "head", "meta", "link",
]);
/** Never read, never changed. Block-level ones end the current block; inline ones leave a placeholder. */
const PROTECTED_BLOCK = new Set(["pre", "script", "style", "template", "svg", "math", "textarea", "head", "iframe", "object", "noscript", "select"]);
const PROTECTED_INLINE = new Set(["code", "kbd", "samp", "var", "tt"]);
const CHROME = new Set(["nav", "aside", "footer"]);
const TEXT_ATTRIBUTES = /\s(alt|title)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;

function kindOf(name: string, ancestors: readonly string[]): BlockKind {
  if (ancestors.some((a) => CHROME.has(a))) return "chrome";
  if (name === "blockquote" || ancestors.includes("blockquote")) return "quote";
  if (name === "figcaption" || name === "caption") return "caption";
  if (/^h[1-6]$/.test(name)) return "heading";
  if (name === "li" || name === "dt" || name === "dd") return "list-item";
  if (name === "td" || name === "th") return "table-cell";
  return "paragraph";
}

const decodeEntity = (raw: string) => decodeHTML(raw);

interface OpenElement {
  name: string;
  start: number;
  /** Index of the block this element started, when it is a block element. */
  block: boolean;
  id: number;
}

export function buildHtmlDocument(source: string): Document {
  const builder = new TextMapBuilder(source);
  const attributeTexts: { start: number; end: number; element: number }[] = [];
  const stack: OpenElement[] = [];
  let protectedDepth = 0;
  let protectedStart = 0;
  let nextId = 1;

  const innermostBlock = () => [...stack].reverse().find((e) => e.block);
  const resumeParentBlock = () => {
    const parent = innermostBlock();
    // Text after a nested block belongs to a new, text-only block of the parent.
    builder.startBlock(parent ? kindOf(parent.name, stack.map((e) => e.name)) : "paragraph", parser.endIndex + 1, parent?.id ?? 0);
  };

  const parser: Parser = new Parser(
    {
      onopentag(name, _attributes, isImplied) {
        const start = parser.startIndex;
        const element: OpenElement = { name, start, block: false, id: nextId++ };
        if (protectedDepth > 0) {
          if (PROTECTED_BLOCK.has(name) || PROTECTED_INLINE.has(name)) protectedDepth++;
          stack.push(element);
          return;
        }
        if (!isImplied) {
          const tag = source.slice(start, parser.endIndex + 1);
          for (const match of tag.matchAll(TEXT_ATTRIBUTES)) {
            const value = match[2] ?? match[3] ?? "";
            const valueStart = start + match.index + match[0].length - 1 - value.length;
            if (value.trim() !== "") attributeTexts.push({ start: valueStart, end: valueStart + value.length, element: element.id });
          }
        }
        if (PROTECTED_BLOCK.has(name) || PROTECTED_INLINE.has(name)) {
          if (PROTECTED_BLOCK.has(name)) builder.endBlock(undefined);
          protectedDepth = 1;
          protectedStart = start;
          stack.push(element);
          return;
        }
        if (name === "br") {
          builder.lineBreak(start, parser.endIndex + 1);
        } else if (BLOCK_ELEMENTS.has(name)) {
          element.block = true;
          const parent = innermostBlock();
          builder.startBlock(kindOf(name, [...stack.map((e) => e.name), name]), start, parent?.id ?? 0, true);
        } else if (!builder.inBlock) {
          builder.startBlock("paragraph", start, innermostBlock()?.id ?? 0);
        }
        stack.push(element);
      },
      onclosetag(name, isImplied) {
        const index = stack.map((e) => e.name).lastIndexOf(name);
        if (index < 0) return;
        const element = stack[index]!;
        stack.length = index;
        if (protectedDepth > 0) {
          if (PROTECTED_BLOCK.has(name) || PROTECTED_INLINE.has(name)) protectedDepth--;
          if (protectedDepth === 0 && PROTECTED_INLINE.has(name)) {
            if (!builder.inBlock) builder.startBlock("paragraph", protectedStart, innermostBlock()?.id ?? 0);
            builder.placeholder(protectedStart, isImplied ? parser.startIndex : parser.endIndex + 1);
          }
          if (protectedDepth === 0 && PROTECTED_BLOCK.has(name)) resumeParentBlock();
          return;
        }
        if (element.block) {
          if (isImplied) builder.endBlock(undefined);
          else {
            const wrapped = gutenbergWrapper(source, element.start, parser.endIndex + 1);
            builder.endBlock(wrapped?.end ?? parser.endIndex + 1, wrapped?.start);
          }
          resumeParentBlock();
        }
      },
      ontext() {
        if (protectedDepth > 0) return;
        if (!builder.inBlock) builder.startBlock("paragraph", parser.startIndex, innermostBlock()?.id ?? 0);
        builder.addText(parser.startIndex, parser.endIndex + 1, decodeEntity);
      },
    },
    { decodeEntities: false, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(source);
  parser.end();
  builder.endBlock(undefined);

  for (const attribute of attributeTexts) {
    builder.startBlock("attribute", attribute.start, -attribute.element);
    builder.addText(attribute.start, attribute.end, decodeEntity);
    builder.endBlock(undefined);
  }
  const map = builder.finish();
  return assembleDocument({
    format: "html",
    source,
    text: map.text,
    mapSpan: (span, removal) => map.mapSpan(span, removal),
    encode: escapeHtml,
    kindAt: (offset) => map.kindAt(offset),
  });
}

const BLOCK_OPENER = /<!--\s+wp:([a-z0-9/-]+)(?:\s(?:(?!-->)[^])*)?-->\s*$/;
const BLOCK_CLOSER = /^\s*<!--\s+\/wp:([a-z0-9/-]+)\s+-->/;

/**
 * A WordPress (Gutenberg) block is an element between `<!-- wp:name -->` and
 * `<!-- /wp:name -->`: removing the element removes its block comments too.
 */
function gutenbergWrapper(source: string, start: number, end: number): { start: number; end: number } | undefined {
  const window = source.slice(Math.max(0, start - 300), start);
  const before = BLOCK_OPENER.exec(window.slice(window.lastIndexOf("<!--")));
  const after = BLOCK_CLOSER.exec(source.slice(end, end + 100));
  if (!before || !after || before[1] !== after[1]) return undefined;
  return { start: start - before[0].length, end: end + after[0].length };
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;"));
}
