/**
 * Reads HTML into the document model with htmlparser2 (positions on every
 * event, runs in Workers). Only human-readable text is analysed: tags,
 * comments, `<code>`, `<pre>`, `<script>`, `<style>`, `<template>` and the
 * like are never part of it. `alt` and `title` texts are read as blocks of
 * their own. Entities are decoded for analysis and map back to their source.
 *
 * Linear in the input: the open elements are a stack whose entries carry
 * what the reader asks about them (innermost block, inside a quote or page
 * chrome), and nesting stops at MAX_NESTING_DEPTH (see DepthLimitedTokenizer).
 */
import { Parser, Tokenizer, type TokenizerCallbacks as Callbacks } from "htmlparser2";
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

/** `inChrome`, `inQuote`: the element or an ancestor is page chrome, or a blockquote. */
function kindOf(name: string, inChrome: boolean, inQuote: boolean): BlockKind {
  if (inChrome) return "chrome";
  if (inQuote) return "quote";
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
  /** Whether this element started a block. */
  block: boolean;
  id: number;
  /** The innermost block element at or above this one. */
  innermostBlock: OpenElement | undefined;
  /** This element or an ancestor is `<nav>`, `<aside>` or `<footer>`. */
  inChrome: boolean;
  /** This element or an ancestor is a `<blockquote>`. */
  inQuote: boolean;
}

/**
 * Deepest element nesting read as elements. htmlparser2 keeps its open
 * elements in an array it grows at the front and searches on each close tag,
 * O(depth) per tag: `<b>` × 300,000 took 73 s. Like browsers (Chromium stops
 * nesting at 512), tags that would open an element deeper are read as
 * comments (never read, never changed), and so are the close tags that match
 * them.
 */
export const MAX_NESTING_DEPTH = 512;

/**
 * A tokenizer (htmlparser2's `Tokenizer` option) that passes every event on to
 * the parser except open tags past `depth() >= MAX_NESTING_DEPTH` and their
 * close tags, which it passes on as comments.
 */
function depthLimitedTokenizer(source: string, depth: () => number): typeof Tokenizer {
  return class DepthLimitedTokenizer extends Tokenizer {
    constructor(options: ConstructorParameters<typeof Tokenizer>[0], parser: Callbacks) {
      let swallowedStart = -1;
      let swallowedName = "";
      const pending = new Map<string, number>();
      const limited: Callbacks = {
        ...bindAll(parser),
        onopentagname(start, endIndex) {
          if (depth() < MAX_NESTING_DEPTH) return parser.onopentagname(start, endIndex);
          swallowedStart = start - 1;
          swallowedName = source.slice(start, endIndex).toLowerCase();
        },
        onattribname: (start, endIndex) => swallowedStart < 0 && parser.onattribname(start, endIndex),
        onattribdata: (start, endIndex) => swallowedStart < 0 && parser.onattribdata(start, endIndex),
        onattribentity: (codepoint) => swallowedStart < 0 && parser.onattribentity(codepoint),
        onattribend: (quote, endIndex) => swallowedStart < 0 && parser.onattribend(quote, endIndex),
        onopentagend(endIndex) {
          if (swallowedStart < 0) return parser.onopentagend(endIndex);
          if (!VOID_ELEMENTS.has(swallowedName)) pending.set(swallowedName, (pending.get(swallowedName) ?? 0) + 1);
          parser.oncomment(swallowedStart, endIndex, 0);
          swallowedStart = -1;
        },
        onselfclosingtag(endIndex) {
          if (swallowedStart < 0) return parser.onselfclosingtag(endIndex);
          parser.oncomment(swallowedStart, endIndex, 0);
          swallowedStart = -1;
        },
        onclosetag(start, endIndex) {
          const name = source.slice(start, endIndex).toLowerCase();
          const count = pending.get(name) ?? 0;
          if (count === 0) return parser.onclosetag(start, endIndex);
          pending.set(name, count - 1);
          parser.oncomment(start - 2, endIndex, 0);
        },
      };
      super(options, limited);
    }
  };
}

function bindAll(parser: Callbacks): Callbacks {
  const bound = {} as Record<string, unknown>;
  for (const name of CALLBACKS) bound[name] = (parser[name] as (...args: unknown[]) => void).bind(parser);
  return bound as unknown as Callbacks;
}

const CALLBACKS: readonly (keyof Callbacks)[] = [
  "onattribdata", "onattribentity", "onattribend", "onattribname", "oncdata", "onclosetag", "oncomment", "ondeclaration", "onend",
  "onopentagend", "onopentagname", "onprocessinginstruction", "onselfclosingtag", "ontext", "ontextentity",
];

/** Elements without content: no close tag to wait for. */
const VOID_ELEMENTS = new Set(["area", "base", "basefont", "br", "col", "command", "embed", "frame", "hr", "img", "input", "isindex", "keygen", "link", "meta", "param", "source", "track", "wbr"]);

export function buildHtmlDocument(source: string): Document {
  const builder = new TextMapBuilder(source);
  const attributeTexts: { start: number; end: number; element: number }[] = [];
  const stack: OpenElement[] = [];
  let protectedDepth = 0;
  let protectedStart = 0;
  let nextId = 1;

  const top = () => stack[stack.length - 1];
  const innermostBlock = () => top()?.innermostBlock;
  // Where each element name is open in `stack` (innermost last), for close tags.
  const openByName = new Map<string, number[]>();
  const push = (element: OpenElement) => {
    let positions = openByName.get(element.name);
    if (!positions) openByName.set(element.name, (positions = []));
    positions.push(stack.length);
    stack.push(element);
  };
  const popTo = (index: number) => {
    for (let i = stack.length - 1; i >= index; i--) openByName.get(stack[i]!.name)!.pop();
    stack.length = index;
  };
  const resumeParentBlock = () => {
    const parent = innermostBlock();
    // Text after a nested block belongs to a new, text-only block of the parent.
    const kind = parent ? kindOf(parent.name, top()!.inChrome, top()!.inQuote) : "paragraph";
    builder.startBlock(kind, parser.endIndex + 1, parent?.id ?? 0);
  };

  const parser: Parser = new Parser(
    {
      onopentag(name, _attributes, isImplied) {
        const start = parser.startIndex;
        const parent = top();
        const element: OpenElement = {
          name,
          start,
          block: false,
          id: nextId++,
          innermostBlock: parent?.innermostBlock,
          inChrome: (parent?.inChrome ?? false) || CHROME.has(name),
          inQuote: (parent?.inQuote ?? false) || name === "blockquote",
        };
        if (protectedDepth > 0) {
          if (PROTECTED_BLOCK.has(name) || PROTECTED_INLINE.has(name)) protectedDepth++;
          push(element);
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
          push(element);
          return;
        }
        if (name === "br") {
          builder.lineBreak(start, parser.endIndex + 1);
        } else if (BLOCK_ELEMENTS.has(name)) {
          element.block = true;
          element.innermostBlock = element;
          builder.startBlock(kindOf(name, element.inChrome, element.inQuote), start, parent?.innermostBlock?.id ?? 0, true);
        } else if (!builder.inBlock) {
          builder.startBlock("paragraph", start, innermostBlock()?.id ?? 0);
        }
        push(element);
      },
      onclosetag(name, isImplied) {
        const positions = openByName.get(name);
        const index = positions && positions.length > 0 ? positions[positions.length - 1]! : -1;
        if (index < 0) return;
        const element = stack[index]!;
        popTo(index);
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
    { decodeEntities: false, lowerCaseTags: true, recognizeSelfClosing: true, Tokenizer: depthLimitedTokenizer(source, () => stack.length) },
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
