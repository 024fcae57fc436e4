/**
 * Mapping the engine's edits on structured text back to spans: narrowing,
 * insertions at span boundaries, whole-block deletions, fixes that cross
 * formatting (suggestions only; spread over the spans when accepted).
 */
import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/engine/index.js";
import { applyToSpans, isClean, keepWithinSpans, layoutSpans, narrow } from "../../src/hooks/spans.js";

const layout = layoutSpans([
  ["Talks in ", "Swiss", "., he said."],
  ["the", "North", " Atlantic"],
  ["Photo: Reuters / HANDOUT"],
  ["INF Treaty [", "traité sur les armes", "] signed."],
]);

function finding(text: string, original: string, replacement: string | null, from = 0): Finding {
  const offset = layout.text.indexOf(original, from);
  if (offset < 0) throw new Error(`not in text: ${original}`);
  return { id: `f_${offset}`, rule: "test", category: "calque", severity: "major", confidence: 0.9, offset, length: original.length, original, replacement, safe: true, message: text };
}

const edit = (f: Finding) => ({ offset: f.offset, length: f.length, replacement: f.replacement ?? "" });

describe("structured text layout", () => {
  it("joins spans and separates blocks with a blank line", () => {
    expect(layout.text).toBe("Talks in Swiss., he said.\n\ntheNorth Atlantic\n\nPhoto: Reuters / HANDOUT\n\nINF Treaty [traité sur les armes] signed.");
    expect(layout.blocks[1]).toEqual({ start: 27, end: 44, spans: [{ start: 27, end: 30 }, { start: 30, end: 35 }, { start: 35, end: 44 }] });
  });

  it("narrows an edit to what changes", () => {
    expect(narrow("theNorth", { offset: 0, length: 8, replacement: "the North" })).toEqual({ offset: 3, length: 0, replacement: " " });
    expect(narrow("Swiss", { offset: 0, length: 5, replacement: "Switzerland" })).toEqual({ offset: 3, length: 2, replacement: "tzerland" });
  });
});

describe("clean fixes", () => {
  const swiss = finding("demonym", "Swiss", "Switzerland");
  const dots = finding("doubled", ".,", ",");
  const glued = finding("glued", "theNorth", "the North");
  const credit = finding("credit", "Photo: Reuters / HANDOUT\n\n", "");

  it("a fix inside one span, a deletion at a span's edge, an insertion at a boundary, a whole block", () => {
    for (const f of [swiss, dots, glued, credit]) expect(isClean(layout, f)).toBe(true);
    const { spans, removedBlocks } = applyToSpans(layout, [swiss, dots, glued, credit].map(edit));
    expect(spans[0]).toEqual(["Talks in ", "Switzerland", ", he said."]);
    // The space goes to the end of the span before the boundary: "the " + bold "North".
    expect(spans[1]).toEqual(["the ", "North", " Atlantic"]);
    expect([...removedBlocks]).toEqual([2]);
  });

  it("a block deleted with the separator before it", () => {
    const before = { offset: layout.blocks[1]!.end, length: layout.blocks[2]!.end - layout.blocks[1]!.end, replacement: "" };
    expect([...applyToSpans(layout, [before]).removedBlocks]).toEqual([2]);
  });
});

describe("fixes across formatting", () => {
  const gloss = finding("gloss", " [traité sur les armes]", "");

  it("become suggestions, with a note", () => {
    expect(isClean(layout, gloss)).toBe(false);
    const [kept] = keepWithinSpans(layout, [gloss]);
    expect(kept!.safe).toBe(false);
    expect(kept!.replacement).toBe("");
    expect(kept!.message).toContain("crosses formatting");
  });

  it("flags stay as they are", () => {
    const flag = { ...gloss, replacement: null, safe: false };
    expect(keepWithinSpans(layout, [flag])).toEqual([flag]);
  });

  it("when accepted, put the replacement in the first span and delete the rest of the range", () => {
    const { spans } = applyToSpans(layout, [edit(gloss)]);
    expect(spans[3]).toEqual(["INF Treaty", "", " signed."]);
    const replaced = applyToSpans(layout, [{ offset: layout.text.indexOf("Swiss., he"), length: "Swiss., he".length, replacement: "Switzerland, she" }]);
    // Narrowed first ("ss., " → "tzerland, s"), so each span keeps what did not change.
    expect(replaced.spans[0]).toEqual(["Talks in ", "Switzerland, s", "he said."]);
  });

  it("a deletion of part of two blocks is not a block deletion", () => {
    const partial = { offset: layout.text.indexOf("Atlantic"), length: "Atlantic\n\nPhoto:".length, replacement: "" };
    const result = applyToSpans(layout, [partial]);
    expect(result.removedBlocks.size).toBe(0);
    expect(result.spans[1]).toEqual(["the", "North", " "]);
    expect(result.spans[2]).toEqual([" Reuters / HANDOUT"]);
  });
});

describe("emoji and accents", () => {
  it("offsets are UTF-16 code units", () => {
    const l = layoutSpans([["😀 Réunion à ", "Genève", " in Swiss."]]);
    const offset = l.text.indexOf("Swiss");
    const { spans } = applyToSpans(l, [{ offset, length: 5, replacement: "Switzerland" }]);
    expect(spans[0]).toEqual(["😀 Réunion à ", "Genève", " in Switzerland."]);
  });
});
