/**
 * Properties of the whole pipeline on generated documents: spans point into
 * the original, applying nothing is the identity, any subset of findings
 * changes text only inside its spans, and the order of rules does not matter.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyFindings, check, fix } from "../src/engine/index.js";
import { RULES } from "../src/rules/index.js";

// Pieces that trigger rules, pieces that must not, and noise.
const PIECES = [
  "theNorth", "in Swiss", "in Swiss.", ".,", ",.", "..", "...", " ?", " ,", "INF Treaty [traité sur les armes]", "[…]",
  "Photo: AFP / HANDOUT", "Previous articleAt least", "A quote from Someone", "Home NEWS Title", "Title", "McCain",
  "iPad", "U.S.,", "https://ex.com/a.b", "@theNorth", "é", "😀", "🇨🇭", "l’été", "« oui »", " ", " ", "\n", "\n\n", "\r\n",
  "word", "Word", ".", ",", "?", "[", "]", "(", ")", "\u00a0", "\u202f",
];
const documentArbitrary = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 })), { maxLength: 40 }).map((parts) => parts.join(""));

describe("engine invariants (property-based)", () => {
  it("every finding's span lies in the input and holds its original text", () => {
    fc.assert(
      fc.property(documentArbitrary, (text) => {
        for (const finding of check(text, RULES).findings) {
          expect(finding.offset + finding.length).toBeLessThanOrEqual(text.length);
          expect(text.slice(finding.offset, finding.offset + finding.length)).toBe(finding.original);
          expect(finding.replacement).not.toBe(finding.original);
        }
      }),
      { numRuns: 400 },
    );
  }, 120_000);

  it("applying no finding returns the input byte for byte", () => {
    fc.assert(
      fc.property(documentArbitrary, (text) => {
        expect(fix(text, RULES, "none").text).toBe(text);
        expect(applyFindings(text, []).text).toBe(text);
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it("applying any subset of findings changes the text only inside the applied spans", () => {
    fc.assert(
      fc.property(documentArbitrary, fc.infiniteStream(fc.boolean()), (text, coin) => {
        const { findings } = check(text, RULES);
        const subset = findings.filter(() => coin.next().value);
        const result = applyFindings(text, subset);
        const applied = subset.filter((f) => result.applied.includes(f.id)).sort((a, b) => a.offset - b.offset);
        // Rebuild the result from the original outside the spans and the replacements inside.
        let cursor = 0;
        let rebuilt = "";
        for (const finding of applied) {
          expect(finding.offset).toBeGreaterThanOrEqual(cursor);
          rebuilt += text.slice(cursor, finding.offset) + finding.replacement;
          cursor = finding.offset + finding.length;
        }
        expect(result.text).toBe(rebuilt + text.slice(cursor));
        expect(result.applied.length + result.skipped.length).toBe(subset.filter((f) => f.replacement !== null).length);
        const changes = result.diff.changes;
        expect(changes.filter((c) => c.type !== "insert").map((c) => c.value).join("")).toBe(text);
        expect(changes.filter((c) => c.type !== "delete").map((c) => c.value).join("")).toBe(result.text);
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it("gives the same result whatever the order of the rules", () => {
    fc.assert(
      fc.property(documentArbitrary, fc.constantFrom("safe", "all") as fc.Arbitrary<"safe" | "all">, (text, mode) => {
        const forward = fix(text, RULES, mode);
        const backward = fix(text, [...RULES].reverse(), mode);
        expect(backward.text).toBe(forward.text);
        expect(backward.findings).toEqual(forward.findings);
      }),
      { numRuns: 200 },
    );
  }, 120_000);
});

describe("robustness on arbitrary input (property-based)", () => {
  // Broken markup, stray entities, lone surrogates, every format: the engine never throws, so the API never answers 500.
  const pieces = fc.constantFrom(
    "<", ">", "</", "<p>", "</p>", "<br>", "&", "&amp;", "&#x110000;", "&#0;", "&nbsp", "<!--", "-->", "<script>", "</script>", "<code>",
    "```", "`", "\n", "\n\n", "> ", "- ", "1. ", "|", "---", "[", "](", ")", "*", "_", "\\", "theNorth", "in Swiss.", "Photo: AFP", "« ",
    " »", "😀", "\ud800", "é", " ", "\u00a0", "Previous article", "#", '<a href="x">', "</a>", '<img alt="in Swiss">', "\r",
  );
  it("checks and fixes any text in any format without throwing, spans holding their originals", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(pieces, fc.string({ maxLength: 4, unit: "binary" })), { maxLength: 40 }),
        fc.constantFrom("text", "html", "markdown") as fc.Arbitrary<"text" | "html" | "markdown">,
        (parts, format) => {
          const text = parts.join("");
          expect(fix(text, RULES, "none", format).text).toBe(text);
          const result = fix(text, RULES, "all", format);
          for (const finding of result.findings) expect(text.slice(finding.offset, finding.offset + finding.length)).toBe(finding.original);
        },
      ),
      { numRuns: 500 },
    );
  }, 120_000);
});
