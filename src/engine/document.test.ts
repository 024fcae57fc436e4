import { describe, expect, it } from "vitest";
import { buildPlainDocument } from "./document.js";

describe("buildPlainDocument", () => {
  it("splits blocks at blank lines and keeps lines with their offsets", () => {
    const text = "Title\n\nFirst line\nSecond line\r\n\r\n\n  Last";
    const doc = buildPlainDocument(text);
    expect(doc.blocks.map((b) => b.text)).toEqual(["Title", "First line\nSecond line", "  Last"]);
    expect(doc.lines.map((l) => [l.text, l.block])).toEqual([
      ["Title", 0],
      ["First line", 1],
      ["Second line", 1],
      ["  Last", 2],
    ]);
    for (const line of doc.lines) expect(text.slice(line.start, line.end)).toBe(line.text);
  });

  it("tokenizes with UTF-16 offsets through accents, emoji and flags", () => {
    const text = "Élysée 🇫🇷 a dit: « 4,9 % » 😀 wouldn’t";
    const doc = buildPlainDocument(text);
    const tokens = Array.from({ length: doc.tokenCount }, (_, i) => doc.token(i)!);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    expect(tokens.map((t) => t.text).join("")).toBe(text);
    expect(tokens.filter((t) => t.kind === "word").map((t) => t.text)).toEqual(["Élysée", "a", "dit", "wouldn’t"]);
    expect(tokens.find((t) => t.text === "4,9")?.kind).toBe("number");
    expect(doc.tokenAt(text.indexOf("wouldn"))).toBe(doc.tokenCount - 1);
    expect(doc.wordCount).toBe(4);
  });

  it("keeps URLs, e-mail addresses, handles, hashtags and file names whole", () => {
    const doc = buildPlainDocument("See https://ex.com/a?b=c. Mail jo@ex.fr, @theNorth #inParis report.pdf lemonde.fr/politique.");
    const kinds = Array.from({ length: doc.tokenCount }, (_, i) => doc.token(i)!).filter((t) => !["space", "punct", "word"].includes(t.kind)).map((t) => [t.kind, t.text]);
    expect(kinds).toEqual([
      ["url", "https://ex.com/a?b=c"],
      ["email", "jo@ex.fr"],
      ["handle", "@theNorth"],
      ["hashtag", "#inParis"],
      ["filename", "report.pdf"],
      ["filename", "lemonde.fr/politique"],
    ]);
  });

  it("splits sentences but not after abbreviations or initials", () => {
    const doc = buildPlainDocument("Mr. Smith met the U.S. envoy. They spoke. “Is it over?” He left…\nNew line here");
    expect(Array.from({ length: doc.sentenceCount }, (_, k) => doc.sentenceText(k))).toEqual([
      "Mr. Smith met the U.S. envoy.",
      "They spoke.",
      "“Is it over?”",
      "He left…",
      "New line here",
    ]);
  });

  it("builds an empty model for empty or blank input", () => {
    for (const text of ["", "\n\n", "   "]) {
      const doc = buildPlainDocument(text);
      expect(doc.blocks).toEqual([]);
      expect(doc.sentenceCount).toBe(0);
    }
  });
});
