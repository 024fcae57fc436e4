import { describe, expect, it } from "vitest";
import { buildMarkdownDocument } from "./markdown.js";

describe("buildMarkdownDocument", () => {
  it("reads paragraphs, headings, list items, quotes and cells; skips code, HTML and front matter", () => {
    const md = [
      "---",
      "title: x",
      "---",
      "# Title",
      "",
      "One *two* [link](https://ex.com/theNorth) and `code`.",
      "",
      "```js",
      "theNorth()",
      "```",
      "",
      "<div>raw html</div>",
      "",
      "> We will win",
      "",
      "- Item one",
      "- Item two",
      "",
      "| a | b |",
      "|---|---|",
      "| Cell | x |",
    ].join("\n");
    const doc = buildMarkdownDocument(md);
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([
      ["heading", "Title"],
      ["paragraph", "One two link and \ufffc."],
      ["quote", "We will win"],
      ["list-item", "Item one"],
      ["list-item", "Item two"],
      ["table-cell", "a"],
      ["table-cell", "b"],
      ["table-cell", "Cell"],
      ["table-cell", "x"],
    ]);
  });

  it("reads a soft line break as a space and maps escapes and entities back", () => {
    const md = "Monday in\nSwiss \\*really\\* &amp; more";
    const doc = buildMarkdownDocument(md);
    expect(doc.text).toBe("Monday in Swiss *really* & more");
    const start = doc.text.indexOf("*really*");
    const mapped = doc.mapSpan({ start, end: start + 8 });
    expect(md.slice(mapped.span.start, mapped.span.end)).toBe("\\*really\\*");
    const amp = doc.text.indexOf("&");
    expect(md.slice(doc.mapSpan({ start: amp, end: amp + 1 }).span.start, doc.mapSpan({ start: amp, end: amp + 1 }).span.end)).toBe("&amp;");
  });

  it("removes a list item with its marker", () => {
    const md = "- Keep\n- Photo: AFP\n- Keep too";
    const doc = buildMarkdownDocument(md);
    const block = doc.blocks[1]!;
    const mapped = doc.mapSpan({ start: block.start, end: doc.blocks[2]!.start }, true);
    expect(md.slice(mapped.span.start, mapped.span.end)).toBe("- Photo: AFP\n");
  });
});
