import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Finding } from "../engine/index.js";
import { AnnotatedText, type AnnotationItem } from "./annotated-text.js";
import { LanguageToolError } from "./errors.js";
import { isHtmlMarkup, isMarkdownMarkup, markupFormat } from "./markup-format.js";
import { placeFinding, widenInsertion } from "./placement.js";

const join = (items: AnnotationItem[]) => items.map((item) => item.text ?? item.markup).join("");

function finding(start: number, end: number, plain: string, replacement: string | null): Finding {
  return {
    id: "f_test",
    rule: "test",
    category: "punctuation",
    severity: "minor",
    confidence: 0.9,
    offset: start,
    length: end - start,
    original: plain.slice(start, end),
    replacement,
    safe: true,
    message: "m",
  };
}

describe("AnnotatedText", () => {
  const items: AnnotationItem[] = [
    { markup: "<p>" },
    { text: "Réunion à " },
    { markup: "<b>" },
    { text: "Genève 😀" },
    { markup: "</b>" },
    { markup: "</p>", interpretAs: "\n\n" },
    { markup: "\n", interpretAs: "\n" },
    { text: "Fin." },
  ];
  const document = AnnotatedText.fromAnnotation(items);

  it("joins the pieces into the document and the plain text", () => {
    expect(document.original).toBe(join(items));
    expect(document.plain).toBe("Réunion à Genève 😀\n\n\nFin.");
  });

  it("maps a span of text onto the document, in UTF-16 code units", () => {
    const start = document.plain.indexOf("Genève");
    const span = document.toOriginal(start, start + "Genève 😀".length);
    expect(document.original.slice(span.start, span.end)).toBe("Genève 😀");
    expect(span.clean).toBe(true);
  });

  it("takes the whole markup when a span ends in what it is read as, and says it is not clean", () => {
    const start = document.plain.indexOf("😀");
    const span = document.toOriginal(start, start + 3);
    expect(document.original.slice(span.start, span.end)).toBe("😀</b></p>");
    expect(span.clean).toBe(false);
  });

  it("counts markup read as itself as text", () => {
    const start = document.plain.indexOf("\nFin");
    const span = document.toOriginal(start, start + 4);
    expect(document.original.slice(span.start, span.end)).toBe("\nFin");
    expect(span.clean).toBe(true);
  });

  it("maps document offsets back to the plain text", () => {
    expect(document.toPlain(document.original.indexOf("Genève"))).toBe(document.plain.indexOf("Genève"));
    expect(document.toPlain(document.original.indexOf("</b>") + 2)).toBe(document.plain.indexOf("😀") + 2);
    expect(document.toPlain(document.original.length)).toBe(document.plain.length);
  });

  it("reads no format from markup of mixed or other kinds", () => {
    expect(document.format).toBe("html");
    expect(AnnotatedText.fromAnnotation([{ markup: "# " }, { text: "T" }, { markup: "**" }]).format).toBe("markdown");
    expect(AnnotatedText.fromAnnotation([{ markup: "\\section{" }, { text: "T" }, { markup: "}" }]).format).toBeUndefined();
    expect(AnnotatedText.fromAnnotation([{ text: "T" }, { markup: "\n", interpretAs: "\n" }]).format).toBeUndefined();
    expect(AnnotatedText.fromText("<p>x</p>").format).toBeUndefined();
  });

  it("refuses pieces LanguageTool refuses", () => {
    expect(() => AnnotatedText.fromAnnotation([{ text: "a", markup: "b" }])).toThrow(LanguageToolError);
    expect(() => AnnotatedText.fromAnnotation([{ text: "a", interpretAs: "b" }])).toThrow(LanguageToolError);
    expect(() => AnnotatedText.fromAnnotation([{}])).toThrow(LanguageToolError);
  });
});

describe("markup formats", () => {
  it("HTML: tags, comments, doctype and whitespace only", () => {
    for (const piece of ["<p>", "</p>\n<p class=\"x\">", "<!-- note -->", "<!DOCTYPE html>", "<img src=\"a.png\" alt=\"x\">"]) expect(isHtmlMarkup(piece), piece).toBe(true);
    for (const piece of ["<p>text", "**", "<", "a < b", "\\emph{"]) expect(isHtmlMarkup(piece), piece).toBe(false);
  });

  it("Markdown: what annotatedtext-remark emits", () => {
    for (const piece of [
      "# ",
      "\n\n* ",
      "\n1. ",
      "**",
      "_",
      "~~",
      "[",
      "](https://example.org/a_(b) \"t\")".replace("_(b)", ""),
      "![alt text](x.png)",
      "`code`",
      "```js\nconst a = 1;\n```",
      "---\ntitle: \"x\"\ntags: [a, b]\n---\n\n# ",
      "\n> ",
      "| ",
      " | --- | :-: |\n| ",
      "<br>",
      "[id]: https://example.org",
    ]) {
      expect(isMarkdownMarkup(piece), piece).toBe(true);
    }
    for (const piece of ["\\section{", "}", "{{< figure >}}", "$$x$$", "@", "`unclosed"]) expect(isMarkdownMarkup(piece), piece).toBe(false);
  });

  it("takes the format every significant piece agrees on", () => {
    expect(markupFormat(["<p>", "</p>", "\n"])).toBe("html");
    expect(markupFormat(["# ", "<br>", "**"])).toBe("markdown");
    expect(markupFormat(["# ", "\\cite{x}"])).toBeUndefined();
    expect(markupFormat(["\n", " "])).toBeUndefined();
  });
});

describe("placing a plain-text finding on the document", () => {
  const plainPieces = fc.stringMatching(/^[a-zé😀 .,]{0,8}$/);
  const markupPieces = fc.constantFrom("<em>", "</em>", "*", "**", "\\emph{", "}", "\n", "");
  const interpretations = fc.constantFrom(undefined, "", " ", "\n\n", ".");
  const item: fc.Arbitrary<AnnotationItem> = fc.oneof(
    plainPieces.map((text) => ({ text })),
    fc.tuple(markupPieces, interpretations).map(([markup, interpretAs]) => (interpretAs === undefined ? { markup } : { markup, interpretAs })),
  );

  it("never offers a replacement that would touch markup (property)", () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 12 }), fc.nat(), fc.nat(), fc.constantFrom(null, "", " ", "x", ". "), (items, a, b, replacement) => {
        const document = AnnotatedText.fromAnnotation(items);
        const length = document.plain.length;
        const start = length === 0 ? 0 : a % (length + 1);
        const end = start + (length === 0 ? 0 : b % (length - start + 1));
        const placed = widenInsertion(document, placeFinding(document, finding(start, end, document.plain, replacement)));
        expect(placed.offset).toBeGreaterThanOrEqual(0);
        expect(placed.offset + placed.length).toBeLessThanOrEqual(document.original.length);
        expect(placed.original).toBe(document.original.slice(placed.offset, placed.offset + placed.length));
        if (placed.replacement === null) return;
        // Markup not read as itself keeps every character: no replaced span reaches into it.
        let at = 0;
        for (const piece of items) {
          const size = (piece.text ?? piece.markup ?? "").length;
          const markup = piece.markup !== undefined && piece.markup !== (piece.interpretAs ?? "");
          if (markup && size > 0) {
            const inside = placed.length === 0 ? placed.offset > at && placed.offset < at + size : placed.offset < at + size && at < placed.offset + placed.length;
            expect(inside, JSON.stringify({ items, start, end, replacement, placed })).toBe(false);
          }
          at += size;
        }
      }),
    );
  });

  it("maps a span inside text exactly (property)", () => {
    // Markup that stands for text it does not hold (empty markup read as a space) is left out here.
    const nonEmptyMarkup = fc.tuple(fc.constantFrom("<em>", "</em>", "*", "\\emph{", "}", "\n"), interpretations).map(([markup, interpretAs]) =>
      interpretAs === undefined ? { markup } : { markup, interpretAs },
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(plainPieces.map((text) => ({ text }) as AnnotationItem), nonEmptyMarkup), { maxLength: 12 }), fc.nat(), fc.nat(), (items, a, b) => {
        const document = AnnotatedText.fromAnnotation(items);
        if (document.plain.length === 0) return;
        const start = a % document.plain.length;
        const end = start + 1 + (b % (document.plain.length - start));
        const span = document.toOriginal(start, end);
        if (span.clean) expect(document.original.slice(span.start, span.end)).toBe(document.plain.slice(start, end));
      }),
    );
  });
});
