/**
 * The review page's rendered view (src/review/client/article.mts): every
 * piece of text maps back onto its source range, every finding the engine
 * makes on the fixture documents has text to highlight (or is an insertion),
 * and hostile documents come out as allowed elements and inert text only.
 * The page itself, in Chromium, is test/e2e/rendered-view.test.ts.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeHTML } from "entities/decode";
import { describe, expect, it } from "vitest";
import { check } from "../../src/engine/index.js";
import { RULES } from "../../src/rules/index.js";
import { ARTICLE_TAGS, articleFromHtml, articleFromMarkdown, type ArticleNode, type ArticleText } from "../../src/review/client/article.mjs";

const root = new URL("../..", import.meta.url).pathname;
const read = (path: string) => readFileSync(join(root, path), "utf8");

function texts(nodes: readonly ArticleNode[]): ArticleText[] {
  return nodes.flatMap((node) => (node.kind === "text" ? [node] : node.kind === "element" ? texts(node.children) : []));
}
function elements(nodes: readonly ArticleNode[]): Extract<ArticleNode, { kind: "element" }>[] {
  return nodes.flatMap((node) => (node.kind === "element" ? [node, ...elements(node.children)] : []));
}
/** What a reader sees: text and the page's labels, whitespace collapsed. */
function reading(nodes: readonly ArticleNode[]): string {
  const walk = (list: readonly ArticleNode[]): string => list.map((node) => (node.kind === "element" ? ` ${walk(node.children)} ` : node.value)).join("");
  return walk(nodes).replace(/\s+/g, " ").trim();
}

const DOCUMENTS = [
  { name: "Ghost post (HTML)", source: read("fixtures/markup/ghost-post.html"), format: "html" as const },
  { name: "WordPress post (HTML)", source: read("fixtures/markup/wordpress-post.html"), format: "html" as const },
  { name: "Markdown article", source: read("fixtures/markup/article.md"), format: "markdown" as const },
  { name: "seed article as HTML", source: read("fixtures/seed/geneva-talks.txt").split("\n").filter((line) => line.trim() !== "").map((line) => `<p>${line.replace(/&/g, "&amp;")}</p>`).join("\n"), format: "html" as const },
];
const parse = (source: string, format: "html" | "markdown") => (format === "html" ? articleFromHtml(source) : articleFromMarkdown(source));

describe("the rendered view maps its text onto the source", () => {
  for (const { name, source, format } of DOCUMENTS) {
    it(`${name}: exact pieces are their source; the others decode from it`, () => {
      const pieces = texts(parse(source, format));
      expect(pieces.length).toBeGreaterThan(5);
      let previous = 0;
      for (const piece of pieces) {
        expect(piece.start, JSON.stringify(piece)).toBeGreaterThanOrEqual(previous); // in source order, never overlapping
        previous = piece.end;
        const slice = source.slice(piece.start, piece.end);
        if (piece.exact) expect(slice).toBe(piece.value);
        else if (slice.startsWith("&")) expect(decodeHTML(slice)).toBe(piece.value);
        else expect(slice.replace(/^\\/, "").replace(/[\s>]+/g, " ").length).toBeGreaterThan(0);
      }
    });

    it(`${name}: every finding has text to highlight, or is an insertion or inside a tag (an attribute: shown as a point)`, () => {
      const { findings } = check(source, RULES, format);
      expect(findings.length).toBeGreaterThan(0);
      const pieces = texts(parse(source, format)).filter((piece) => !piece.blank);
      for (const f of findings) {
        if (f.length === 0) continue;
        const shown = pieces.some((piece) => piece.start < f.offset + f.length && f.offset < piece.end);
        const inTag = format === "html" && source.lastIndexOf("<", f.offset) > source.lastIndexOf(">", f.offset - 1);
        expect(shown || inTag, `${f.rule} at ${f.offset}: ${JSON.stringify(f.original)}`).toBe(true);
      }
    });
  }

  it("reads a Ghost card as its caption and image description, not as markup", () => {
    const html =
      '<p>Talks in Geneva.</p><figure class="kg-card kg-image-card"><img src="https://example.ghost.io/a.jpg" alt="Diplomats &amp; flags" loading="lazy"><figcaption><span style="white-space: pre-wrap;">Wendy Sherman meets Sergei Ryabkov.</span></figcaption></figure>';
    const nodes = articleFromHtml(html);
    expect(reading(nodes)).toBe("Talks in Geneva. Image: Diplomats & flags Wendy Sherman meets Sergei Ryabkov.");
    expect(elements(nodes).map((e) => e.tag)).toEqual(["p", "figure", "span", "figcaption", "span"]);
    const alt = texts(nodes).find((piece) => piece.value === "&")!;
    expect(html.slice(alt.start, alt.end)).toBe("&amp;");
    expect(elements(nodes).flatMap((e) => Object.keys(e.attributes))).toEqual([]);
  });

  it("Markdown: escapes, entities, soft breaks in a quote, a table, a task list", () => {
    const md = "# Title\n\nA \\*literal\\* star &amp; more\n\n> quoted line\n> goes on\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n- [ ] open\n";
    const nodes = articleFromMarkdown(md);
    expect(reading(nodes)).toBe("Title A *literal* star & more quoted line goes on a b 1 2 ☑ done ☐ open");
    expect(elements(nodes).map((e) => e.tag)).toEqual(["h1", "p", "blockquote", "p", "table", "thead", "tr", "th", "th", "tbody", "tr", "td", "td", "ul", "li", "p", "li", "p"]);
    for (const piece of texts(nodes)) if (piece.exact) expect(md.slice(piece.start, piece.end)).toBe(piece.value);
  });
});

describe("hostile documents", () => {
  const HOSTILE_HTML = [
    "<!doctype html><html><head><title>pwned</title><meta http-equiv=refresh content='0;url=https://evil.example/'>",
    "<base href='https://evil.example/'><link rel=stylesheet href='https://evil.example/x.css'><style>body{display:none}</style>",
    "<script>window.pwned = 1; alert(1)</script></head><body onload='alert(2)'>",
    "<p id='source' class='statusbar' style='background:url(https://evil.example/bg.png)' onclick='alert(3)'>Talks resume Monday in Swiss.</p>",
    "<img src='https://evil.example/pixel.png' onerror='alert(4)' alt='A photo'><img src=x onerror=alert(5)>",
    "<svg onload='alert(6)'><script>alert(7)</script></svg>",
    "<iframe src='javascript:alert(9)'></iframe><object data='https://evil.example/x.swf'></object><embed src='https://evil.example/e'>",
    "<video poster='https://evil.example/p.png' src='https://evil.example/v.mp4'></video><audio src='https://evil.example/a.mp3'></audio>",
    "<form action='https://evil.example/'><input autofocus onfocus='alert(10)'><button formaction='https://evil.example/'>Go</button></form>",
    "<a href='javascript:alert(11)'>a link</a> <a href='https://evil.example/'>another</a> <details open ontoggle='alert(12)'><summary>More</summary>text</details>",
    "<template><img src=x onerror=alert(13)></template><noscript><img src='https://evil.example/n.png'></noscript>",
    "<p>Done &amp; dusted.</p>",
    // Mutation XSS shapes (harmless here: nothing is ever parsed by the browser), left open to the end.
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(8)>",
  ].join("\n");

  it("HTML: only allowed elements, only inert attributes, no script or style text", () => {
    const nodes = articleFromHtml(HOSTILE_HTML);
    const tags = new Set<string>(ARTICLE_TAGS);
    for (const e of elements(nodes)) {
      expect(tags.has(e.tag), e.tag).toBe(true);
      for (const [name, value] of Object.entries(e.attributes)) {
        expect(["colspan", "rowspan", "start", "title"]).toContain(name);
        if (name !== "title") expect(value).toMatch(/^-?\d+$/);
      }
    }
    const text = reading(nodes);
    expect(text).not.toMatch(/pwned|alert|display:none|evil\.example\/x\.css/);
    expect(text).toContain("Talks resume Monday in Swiss.");
    expect(text).toContain("Image: A photo");
    expect(text).toContain("Done & dusted.");
    const links = elements(nodes).filter((e) => e.role === "link");
    expect(links.map((e) => e.attributes.title)).toEqual(["Link: javascript:alert(11)", "Link: https://evil.example/"]);
    expect(links.every((e) => e.tag === "a")).toBe(true);
  });

  it("Markdown: links, images and raw HTML come out inert", () => {
    const md = "[click](javascript:alert(1)) ![img](https://evil.example/i.png)\n\n<div onclick='alert(2)'><script>alert(3)</script><img src=x onerror=alert(4)>Block text</div>\n\nInline <img src=x onerror=alert(5)> and <b onmouseover=alert(6)>bold</b>.\n";
    const nodes = articleFromMarkdown(md);
    const text = reading(nodes);
    expect(text).toContain("click Image: img");
    expect(text).toContain("Block text");
    expect(text).toContain("Inline and bold.");
    expect(text).not.toMatch(/alert|<|>/);
    for (const e of elements(nodes)) expect(ARTICLE_TAGS as readonly string[]).toContain(e.tag);
  });
});
