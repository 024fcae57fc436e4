import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fix } from "../index.js";
import { RULES } from "../../rules/index.js";
import { boundMarkdown, MAX_CONTAINERS_PER_LINE, MAX_INLINE_MARKS, MAX_LABEL_LENGTH, MAX_PARAGRAPH_LINES } from "./markdown-limits.js";

describe("boundMarkdown", () => {
  it("leaves real documents as they are", () => {
    const article = readFileSync(new URL("../../../fixtures/markup/article.md", import.meta.url), "utf8");
    expect(boundMarkdown(article)).toBe(article);
    const nested = "> quote\n> > nested quote\n\n- a\n  - b\n    - c [link](https://ex.com) *em* _em_ ~~del~~\n\n1. one\n2. two [^1]\n\n[^1]: note";
    expect(boundMarkdown(nested)).toBe(nested);
  });

  it("keeps the length and blanks only the excess", () => {
    const deep = "> ".repeat(MAX_CONTAINERS_PER_LINE + 10) + "Photo: AFP\nnext line";
    const bounded = boundMarkdown(deep);
    expect(bounded.length).toBe(deep.length);
    expect(bounded.startsWith("> ".repeat(MAX_CONTAINERS_PER_LINE))).toBe(true);
    expect(bounded).toContain("\nnext line");
    expect(bounded).not.toContain("Photo");

    const marks = "a* ".repeat(MAX_INLINE_MARKS + 5);
    expect(boundMarkdown(marks).split("*").length - 1).toBe(MAX_INLINE_MARKS);

    const stray = "[" + " word".repeat(MAX_LABEL_LENGTH);
    expect(boundMarkdown(stray)).toBe(" " + stray.slice(1));
    const closed = "[" + "x".repeat(50) + "](https://ex.com) and [sic";
    expect(boundMarkdown(closed)).toBe(closed);

    const lines = "| a |\n".repeat(MAX_PARAGRAPH_LINES + 2);
    const split = boundMarkdown(lines).split("\n");
    expect(split[MAX_PARAGRAPH_LINES]).toBe("     ");
    expect(split.filter((line) => line.trim() === "").length).toBe(2); // the blanked line and the empty last one
    const html = "<table>\n" + "<tr><td>a</td></tr>\n".repeat(MAX_PARAGRAPH_LINES * 2) + "</table>";
    expect(boundMarkdown(html)).toBe(html);
  });

  it("reads deeply nested Markdown without a stack overflow and changes nothing in what it cannot read", () => {
    for (const text of [">".repeat(20_000), "- ".repeat(15_000) + "a", "> ".repeat(5_000) + "theNorth in Swiss.,", "*".repeat(10_000) + "a" + "*".repeat(10_000)]) {
      const result = fix(text, RULES, "safe", "markdown");
      expect(result.text.length).toBeGreaterThan(0);
      for (const finding of result.findings) expect(text.slice(finding.offset, finding.offset + finding.length)).toBe(finding.original);
      expect(result.text).toBe(text);
    }
  });
});
