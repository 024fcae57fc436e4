import { describe, expect, it } from "vitest";
import { buildHtmlDocument } from "./html.js";

describe("buildHtmlDocument", () => {
  it("reads only human-readable text, one block per element", () => {
    const html = `<h1>Title</h1>\n<p>One <em>two</em> &amp; three</p><pre>x = 1</pre><script>var a</script><!-- note --><p>Use <code>npm</code> now</p>`;
    const doc = buildHtmlDocument(html);
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([
      ["heading", "Title"],
      ["paragraph", "One two & three"],
      ["paragraph", "Use \ufffc now"],
    ]);
  });

  it("collapses whitespace and reads <br> as a line break", () => {
    const doc = buildHtmlDocument("<p>\n  Previous article\n  one<br>Next   article two\n</p>");
    expect(doc.lines.map((l) => l.text)).toEqual(["Previous article one", "Next article two"]);
  });

  it("knows quotes, captions, chrome, list items, table cells and text attributes", () => {
    const html = `<blockquote><p>We will win</p></blockquote><figure><img src="a.jpg" alt="Diplomats in Geneva"><figcaption>Photo: AFP</figcaption></figure><nav><a href="/">Home</a></nav><ul><li>Item</li></ul><table><tr><td>Cell</td></tr></table>`;
    const doc = buildHtmlDocument(html);
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([
      ["quote", "We will win"],
      ["caption", "Photo: AFP"],
      ["chrome", "Home"],
      ["list-item", "Item"],
      ["table-cell", "Cell"],
      ["attribute", "Diplomats in Geneva"],
    ]);
  });

  it("maps spans through entities and inline tags, and refuses spans that cross tags", () => {
    const html = `<p>AT&amp;T in <a href="/ch">Swiss</a> and the<em>North</em> 😀</p>`;
    const doc = buildHtmlDocument(html);
    const at = (needle: string) => {
      const start = doc.text.indexOf(needle);
      return doc.mapSpan({ start, end: start + needle.length });
    };
    expect(html.slice(at("&").span.start, at("&").span.end)).toBe("&amp;");
    expect(at("Swiss")).toEqual({ span: { start: html.indexOf("Swiss"), end: html.indexOf("Swiss") + 5 }, clean: true });
    expect(at("theNorth").clean).toBe(false);
    const insertion = doc.mapSpan({ start: doc.text.indexOf("North"), end: doc.text.indexOf("North") });
    expect(insertion.span.start).toBe(html.indexOf("<em>"));
  });

  it("maps whole blocks onto their elements", () => {
    const html = `<p>Keep</p>\n<p>Photo: AFP</p>\n<p>Keep too</p>`;
    const doc = buildHtmlDocument(html);
    const block = doc.blocks[1]!;
    const mapped = doc.mapSpan({ start: block.start, end: doc.blocks[2]!.start }, true);
    expect(mapped.clean).toBe(true);
    expect(html.slice(mapped.span.start, mapped.span.end)).toBe("<p>Photo: AFP</p>\n");
  });
});

describe("WordPress blocks", () => {
  it("removes a block's comment delimiters with its element", () => {
    const html = `<!-- wp:paragraph -->\n<p>Keep</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:paragraph {"x":1} -->\n<p>Photo: AFP</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:code -->\n<pre>x</pre>\n<!-- /wp:code -->`;
    const doc = buildHtmlDocument(html);
    const block = doc.blocks[1]!;
    const mapped = doc.mapSpan({ start: block.start, end: block.end }, true);
    expect(mapped.clean).toBe(true);
    expect(html.slice(mapped.span.start, mapped.span.end)).toBe(`<!-- wp:paragraph {"x":1} -->\n<p>Photo: AFP</p>\n<!-- /wp:paragraph -->`);
  });
});

describe("deep nesting", () => {
  it("reads text below MAX_NESTING_DEPTH levels of elements, keeps every tag, and reads deeper tags as comments", async () => {
    const { fix } = await import("../index.js");
    const { RULES } = await import("../../rules/index.js");
    const { MAX_NESTING_DEPTH } = await import("./html.js");
    const depth = MAX_NESTING_DEPTH + 200;
    const html = "<b>".repeat(depth) + "Talks resume Monday in Swiss., he said." + "</b>".repeat(depth);
    const result = fix(html, RULES, "safe", "html");
    expect(result.text).toBe("<b>".repeat(depth) + "Talks resume Monday in Switzerland, he said." + "</b>".repeat(depth));
    const shallow = fix("<p>" + "<b>".repeat(10) + "in Swiss</b></p>", RULES, "safe", "html");
    expect(shallow.text).toContain("in Switzerland");
  });
});
