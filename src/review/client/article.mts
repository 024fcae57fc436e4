/**
 * The review page's rendered view of an HTML or Markdown document: a tree of
 * allowed elements and text, each piece of text with its range in the source,
 * so findings (offsets into the source) can be highlighted in the text as a
 * reader sees it. Pure (no DOM): unit-tested in Node (test/review/article.test.ts).
 *
 * The document is read with the parsers the engine uses (htmlparser2 with
 * positions; mdast-util-from-markdown with GFM and front matter), so text
 * ranges line up with the findings. (A library such as DOMPurify sanitises
 * a DOM into a DOM and cannot say where each piece of text came from, which
 * highlighting needs.) Sanitising is by construction: the page
 * builds its own elements from a fixed allow-list with `createElement` and
 * text nodes, and never hands markup from the document to the browser's
 * parser. No attribute of the document is kept but a few numbers (colspan,
 * rowspan, a list's start) and texts shown as tooltips (a link's address, an
 * abbreviation's title); scripts, styles, frames, forms and embedded media are
 * dropped, images become their alt text. So nothing in a reviewed document can
 * run, load, navigate or restyle the page.
 */
import { Parser } from "htmlparser2";
import { decodeHTML } from "entities/decode";
import { fromMarkdown } from "mdast-util-from-markdown";
import { frontmatter } from "micromark-extension-frontmatter";
import { frontmatterFromMarkdown } from "mdast-util-frontmatter";
import { gfmFootnote } from "micromark-extension-gfm-footnote";
import { gfmStrikethrough } from "micromark-extension-gfm-strikethrough";
import { gfmTable } from "micromark-extension-gfm-table";
import { gfmTaskListItem } from "micromark-extension-gfm-task-list-item";
import { gfmFootnoteFromMarkdown } from "mdast-util-gfm-footnote";
import { gfmStrikethroughFromMarkdown } from "mdast-util-gfm-strikethrough";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { gfmTaskListItemFromMarkdown } from "mdast-util-gfm-task-list-item";
import type { Nodes, Parents, Text as MdText } from "mdast";

/** The elements the page creates (always one of these names, whatever the document says). */
export const ARTICLE_TAGS = [
  "p", "h1", "h2", "h3", "h4", "h5", "h6", "div", "blockquote", "figure", "figcaption", "ul", "ol", "li", "dl", "dt", "dd",
  "pre", "hr", "br", "wbr", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td",
  "a", "abbr", "b", "bdi", "cite", "code", "del", "dfn", "em", "i", "ins", "kbd", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "u", "var",
] as const;
export type ArticleTag = (typeof ARTICLE_TAGS)[number];

export interface ArticleElement {
  kind: "element";
  tag: ArticleTag;
  /** Only `colspan`, `rowspan`, `start` (digits) and `title` (text). */
  attributes: Partial<Record<"colspan" | "rowspan" | "start" | "title", string>>;
  /** The page's own classes: `media` (an image or embed shown as its description), `link`. Never the document's. */
  role?: "media" | "link";
  children: ArticleNode[];
}

/**
 * Text of the document: `value` as read, from source range [start, end).
 * `exact`: the value is the source slice itself, so it can be cut at any
 * offset; otherwise (an entity, an escape) it maps onto its range as a whole.
 * `blank`: a whole text node of whitespace between elements (never highlighted).
 */
export interface ArticleText {
  kind: "text";
  value: string;
  start: number;
  end: number;
  exact: boolean;
  blank?: boolean;
}

/** Text the page adds (“Image: ”, a task list's box): shown, never highlighted. */
export interface ArticleLabel {
  kind: "label";
  value: string;
}

export type ArticleNode = ArticleElement | ArticleText | ArticleLabel;

const element = (tag: ArticleTag, children: ArticleNode[] = [], attributes: ArticleElement["attributes"] = {}, role?: ArticleElement["role"]): ArticleElement =>
  role ? { kind: "element", tag, attributes, role, children } : { kind: "element", tag, attributes, children };
const label = (value: string): ArticleLabel => ({ kind: "label", value });

const ENTITY = /&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?/g;

/** Source text [start, end) as pieces: exact runs, and entities decoded as pieces of their own. */
function textPieces(source: string, start: number, end: number): ArticleText[] {
  const raw = source.slice(start, end);
  const pieces: ArticleText[] = [];
  let cursor = 0;
  for (const match of raw.matchAll(ENTITY)) {
    const decoded = decodeHTML(match[0]);
    if (decoded === match[0]) continue;
    if (match.index > cursor) pieces.push({ kind: "text", value: raw.slice(cursor, match.index), start: start + cursor, end: start + match.index, exact: true });
    pieces.push({ kind: "text", value: decoded, start: start + match.index, end: start + match.index + match[0].length, exact: false });
    cursor = match.index + match[0].length;
  }
  if (cursor < raw.length) pieces.push({ kind: "text", value: raw.slice(cursor), start: start + cursor, end, exact: true });
  if (/^[ \t\n\r\f]*$/.test(raw)) for (const piece of pieces) piece.blank = true;
  return pieces;
}

// ---- HTML ------------------------------------------------------------------------

/** Document elements shown as an element of the page: the name the page uses. */
const HTML_ELEMENTS: Record<string, ArticleTag> = {
  ...Object.fromEntries(ARTICLE_TAGS.map((tag) => [tag, tag])),
  section: "div", article: "div", header: "div", footer: "div", nav: "div", aside: "div", main: "div", address: "div",
  details: "div", summary: "div", center: "div", hgroup: "div", search: "div", menu: "ul", dir: "ul",
  mark: "span", font: "span", big: "span", time: "span", data: "span", bdo: "span", nobr: "span", ruby: "span", label: "span",
  tt: "code", strike: "s", listing: "pre", xmp: "pre",
};
/** Dropped with everything inside them: they run, load, style, take input or are not content. */
const HTML_DROPPED = new Set([
  "script", "style", "template", "noscript", "noembed", "noframes", "head", "title", "meta", "link", "base",
  "textarea", "select", "option", "optgroup", "datalist", "button", "input", "output", "progress", "meter", "form-associated",
  "colgroup", "col", "source", "track", "param", "area", "map", "frameset", "frame", "applet", "dialog", "portal", "slot",
  "iframe", "object", "embed", "video", "audio", "canvas", "svg", "math",
]);
/** Embedded content, shown as a note in its place (its contents are dropped). */
const HTML_MEDIA: Record<string, string> = {
  iframe: "Embedded content", object: "Embedded content", embed: "Embedded content", video: "Video", audio: "Audio", canvas: "Graphic", svg: "Graphic", math: "Formula",
};
const ALT = /\salt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i;

/** A document attribute's text, kept only as a tooltip, shortened. */
const tooltip = (value: string) => (value.length > 300 ? `${value.slice(0, 300)}…` : value);

function attributesFor(name: string, attributes: Record<string, string>): ArticleElement["attributes"] {
  const kept: ArticleElement["attributes"] = {};
  if ((name === "td" || name === "th") && /^[1-9][0-9]{0,2}$/.test(attributes.colspan ?? "")) kept.colspan = attributes.colspan!;
  if ((name === "td" || name === "th") && /^[1-9][0-9]{0,2}$/.test(attributes.rowspan ?? "")) kept.rowspan = attributes.rowspan!;
  if (name === "ol" && /^-?[0-9]{1,6}$/.test(attributes.start ?? "")) kept.start = attributes.start!;
  if (name === "abbr" && attributes.title) kept.title = tooltip(decodeHTML(attributes.title));
  if (name === "a" && attributes.href) kept.title = tooltip(`Link: ${decodeHTML(attributes.href)}`);
  return kept;
}

interface Frame {
  name: string;
  /** Where children go; undefined while dropping. */
  into: ArticleNode[] | undefined;
}

/** Reads HTML (`source`; with `offset`, a fragment of a larger document that starts there) into the rendered view's tree. */
export function articleFromHtml(source: string, offset = 0): ArticleNode[] {
  const root: ArticleNode[] = [];
  const stack: Frame[] = [{ name: "", into: root }];
  const top = () => stack[stack.length - 1]!;
  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        const into = top().into;
        if (into === undefined || HTML_DROPPED.has(name)) {
          if (into !== undefined && HTML_MEDIA[name]) into.push(element("span", [label(`${HTML_MEDIA[name]} (not shown)`)], {}, "media"));
          stack.push({ name, into: undefined });
          return;
        }
        if (name === "img") {
          const tag = source.slice(parser.startIndex, parser.endIndex + 1);
          const alt = ALT.exec(tag);
          const value = alt ? (alt[1] ?? alt[2] ?? alt[3] ?? "") : "";
          const valueStart = alt ? parser.startIndex + alt.index + alt[0].length - value.length - (alt[3] === undefined ? 1 : 0) : 0;
          const described = value.trim() === "" ? [label("Image (no description)")] : [label("Image: "), ...textPieces(source, valueStart, valueStart + value.length).map(shift(offset))];
          into.push(element("span", described, {}, "media"));
          stack.push({ name, into: undefined });
          return;
        }
        const tag = HTML_ELEMENTS[name];
        if (tag === undefined) {
          stack.push({ name, into }); // unknown or structural (html, body, custom elements): its contents only
          return;
        }
        const node = element(tag, [], attributesFor(name, attributes), name === "a" ? "link" : undefined);
        into.push(node);
        stack.push({ name, into: node.children });
      },
      onclosetag(name) {
        for (let i = stack.length - 1; i > 0; i--) {
          if (stack[i]!.name !== name) continue;
          stack.length = i;
          return;
        }
      },
      ontext() {
        const into = top().into;
        if (into !== undefined) into.push(...textPieces(source, parser.startIndex, parser.endIndex + 1).map(shift(offset)));
      },
    },
    { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(source);
  parser.end();
  return root;
}

const shift = (offset: number) => (piece: ArticleText) => (offset === 0 ? piece : { ...piece, start: piece.start + offset, end: piece.end + offset });

// ---- Markdown ----------------------------------------------------------------------

/**
 * A Markdown text node's pieces: its value aligned with its source (escapes,
 * entities and soft line breaks map as pieces of their own); what cannot be
 * aligned maps as one piece onto the rest of its range.
 */
function markdownText(source: string, node: MdText): ArticleText[] {
  const start = node.position!.start.offset!;
  const end = node.position!.end.offset!;
  const value = node.value;
  const pieces: ArticleText[] = [];
  let at = start;
  let i = 0;
  while (i < value.length && at < end) {
    const c = value[i]!;
    if (source[at] === c && c !== "\n") {
      let run = 1;
      while (i + run < value.length && at + run < end && source[at + run] === value[i + run] && value[i + run] !== "\n") run++;
      pieces.push({ kind: "text", value: value.slice(i, i + run), start: at, end: at + run, exact: true });
      at += run;
      i += run;
      continue;
    }
    if (c === "\n" || c === " " || c === "\t") {
      // A soft line break, with the indentation or `>` markers after it.
      let stop = at;
      while (stop < end && /[ \t\r\n>]/.test(source[stop]!)) stop++;
      if (stop === at) break;
      let j = i;
      while (j < value.length && /[\n \t]/.test(value[j]!)) j++;
      pieces.push({ kind: "text", value: value.slice(i, j), start: at, end: stop, exact: false });
      at = stop;
      i = j;
      continue;
    }
    const entity = source[at] === "&" ? /^&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);/.exec(source.slice(at, at + 40)) : null;
    if (entity) {
      const decoded = decodeHTML(entity[0]);
      if (value.startsWith(decoded, i)) {
        pieces.push({ kind: "text", value: decoded, start: at, end: at + entity[0].length, exact: false });
        at += entity[0].length;
        i += decoded.length;
        continue;
      }
    }
    if (source[at] === "\\" && source[at + 1] === c) {
      pieces.push({ kind: "text", value: c, start: at, end: at + 2, exact: false });
      at += 2;
      i += 1;
      continue;
    }
    break;
  }
  if (i < value.length) pieces.push({ kind: "text", value: value.slice(i), start: at, end: Math.max(at, end), exact: false });
  return pieces;
}

const BLOCK_PARENTS = new Set(["root", "blockquote", "listItem", "footnoteDefinition"]);

/**
 * Reads Markdown (CommonMark, GFM, front matter) into the rendered view's
 * tree. GFM without its literal autolinks: a bare URL stays text (the engine
 * never looks inside it either), and the page never makes links anyway.
 */
export function articleFromMarkdown(source: string): ArticleNode[] {
  const tree = fromMarkdown(source, {
    extensions: [gfmTable(), gfmStrikethrough(), gfmTaskListItem(), gfmFootnote(), frontmatter(["yaml", "toml"])],
    mdastExtensions: [gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTaskListItemFromMarkdown(), gfmFootnoteFromMarkdown(), frontmatterFromMarkdown(["yaml", "toml"])],
  });
  const children = (node: Parents) => node.children.flatMap((child) => convert(child as Nodes, node));

  const convert = (node: Nodes, parent: Parents | undefined): ArticleNode[] => {
    switch (node.type) {
      case "root":
        return children(node);
      case "paragraph":
        return [element("p", children(node))];
      case "heading":
        return [element(`h${node.depth}` as ArticleTag, children(node))];
      case "blockquote":
        return [element("blockquote", children(node))];
      case "list": {
        const start = node.ordered && typeof node.start === "number" && node.start !== 1 ? { start: String(node.start) } : {};
        return [element(node.ordered ? "ol" : "ul", children(node), start)];
      }
      case "listItem": {
        const box = typeof node.checked === "boolean" ? [label(node.checked ? "☑ " : "☐ ")] : [];
        return [element("li", [...box, ...children(node)])];
      }
      case "code":
        return [element("pre", [element("code", [label(node.value)])])];
      case "inlineCode":
        return [element("code", [label(node.value)])];
      case "thematicBreak":
        return [element("hr")];
      case "break":
        return [element("br")];
      case "emphasis":
        return [element("em", children(node))];
      case "strong":
        return [element("strong", children(node))];
      case "delete":
        return [element("del", children(node))];
      case "link":
        return [element("a", children(node), { title: tooltip(`Link: ${node.url}`) }, "link")];
      case "linkReference":
        return [element("a", children(node), {}, "link")];
      case "image":
      case "imageReference":
        return [element("span", [label(node.alt ? `Image: ${node.alt}` : "Image (no description)")], {}, "media")];
      case "footnoteReference":
        return [element("sup", [label(`[${node.label ?? node.identifier}]`)])];
      case "footnoteDefinition":
        return [element("div", [label(`[${node.label ?? node.identifier}] `), ...children(node)])];
      case "table":
        return [
          element("table", [
            element("thead", node.children.slice(0, 1).map((row) => element("tr", row.children.map((cell) => element("th", children(cell)))))),
            element("tbody", node.children.slice(1).map((row) => element("tr", row.children.map((cell) => element("td", children(cell)))))),
          ]),
        ];
      case "text":
        return markdownText(source, node);
      case "html": {
        const start = node.position?.start.offset;
        const end = node.position?.end.offset;
        // A block of HTML is rendered as HTML (same allow-list); inline tags are left out, their text stays.
        if (parent && BLOCK_PARENTS.has(parent.type) && start !== undefined && end !== undefined && source.slice(start, end) === node.value) {
          return articleFromHtml(node.value, start);
        }
        return /^<br\s*\/?>$/i.test(node.value.trim()) ? [element("br")] : [];
      }
      default:
        // Definitions, front matter and anything unknown: not part of the article as read.
        return "children" in node && Array.isArray(node.children) ? children(node as Parents) : [];
    }
  };
  return convert(tree as unknown as Nodes, undefined);
}
