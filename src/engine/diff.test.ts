import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { diffWordsWithSpace, lineDiff, structuredPatch } from "diff";
import { describeChanges, lineHunks, linesWithBreaks, wordDiff } from "./diff.js";
import { applyEdits } from "./apply.js";
import type { Edit } from "./resolve.js";

describe("describeChanges", () => {
  const text = "Ça va 😀 in Swiss, theNorth et l’été.";
  const edits: Edit[] = [
    { id: "a", rule: "r", offset: text.indexOf("Swiss"), length: 5, replacement: "Switzerland", confidence: 1 },
    { id: "b", rule: "r", offset: text.indexOf("theNorth"), length: 8, replacement: "the North", confidence: 1 },
  ];
  const result = applyEdits(text, edits);
  const diff = describeChanges(text, result, edits);

  it("lists word-level changes that rebuild both texts, with offsets in the original", () => {
    expect(diff.changes.filter((c) => c.type !== "insert").map((c) => c.value).join("")).toBe(text);
    expect(diff.changes.filter((c) => c.type !== "delete").map((c) => c.value).join("")).toBe(result);
    const deleted = diff.changes.filter((c) => c.type === "delete");
    expect(deleted.map((c) => [c.value, c.offset])).toEqual([
      ["Swiss", text.indexOf("Swiss")],
      ["theNorth", text.indexOf("theNorth")],
    ]);
    for (const change of diff.changes) if (change.type !== "insert") expect(text.slice(change.offset, change.offset + change.value.length)).toBe(change.value);
  });

  it("gives a unified patch of the original against the result", () => {
    expect(diff.patch).toContain("--- original");
    expect(diff.patch).toContain("+++ corrected");
    expect(diff.patch).toContain(`-${text}`);
    expect(diff.patch).toContain(`+${result}`);
  });

  it("lists one equal change when nothing changed", () => {
    expect(describeChanges(text, text, []).changes).toEqual([{ type: "equal", value: text, offset: 0 }]);
  });
});

describe("the unified patch", () => {
  it("applies to the original and gives the result, on generated texts and edits", async () => {
    const fc = (await import("fast-check")).default;
    const { applyPatch } = await import("diff");
    const textArbitrary = fc.array(fc.constantFrom("a", "b", " ", "\n", "\r\n", "\r", "é", "😀", "line\n", "x"), { maxLength: 60 }).map((p) => p.join(""));
    fc.assert(
      fc.property(textArbitrary, fc.array(fc.tuple(fc.nat(), fc.nat({ max: 5 }), fc.constantFrom("", "z", "\n", "new\nline")), { maxLength: 8 }), (text, raw) => {
        // Non-overlapping edits inside the text.
        const edits: Edit[] = [];
        let floor = 0;
        for (const [at, length, replacement] of raw.map(([a, l, r]) => [a % (text.length + 1), l, r] as const).sort((x, y) => x[0] - y[0])) {
          if (at < floor || at + length > text.length) continue;
          edits.push({ id: `e${edits.length}`, rule: "r", offset: at, length, replacement, confidence: 1 });
          floor = at + Math.max(length, 1);
        }
        const result = applyEdits(text, edits);
        const patch = describeChanges(text, result, edits).patch;
        expect(applyPatch(text, patch)).toBe(result);
        // Past the cap on Myers' differences, patch and changes come straight from the edits: still exact.
        const fromEdits = describeChanges(text, result, edits, 0);
        expect(applyPatch(text, fromEdits.patch)).toBe(result);
        expect(fromEdits.changes.filter((c) => c.type !== "insert").map((c) => c.value).join("")).toBe(text);
        expect(fromEdits.changes.filter((c) => c.type !== "delete").map((c) => c.value).join("")).toBe(result);
        for (const change of fromEdits.changes) if (change.type !== "insert") expect(text.slice(change.offset, change.offset + change.value.length)).toBe(change.value);
      }),
      { numRuns: 500 },
    );
  });

  it("describes the same single-line change the same way with or without Myers' diff", () => {
    const text = "one\ntwo in Swiss.\nthree\n";
    const edits: Edit[] = [{ id: "a", rule: "r", offset: text.indexOf("Swiss"), length: 5, replacement: "Switzerland", confidence: 1 }];
    const result = applyEdits(text, edits);
    expect(describeChanges(text, result, edits, 0).patch).toBe(describeChanges(text, result, edits).patch);
  });

  it("stays linear when every line has a fix (one region, one group of 20,000 edits)", async () => {
    const { applyPatch } = await import("diff");
    const text = "a .\n".repeat(20_000);
    const edits: Edit[] = Array.from({ length: 20_000 }, (_, i) => ({ id: `e${i}`, rule: "r", offset: 4 * i + 1, length: 1, replacement: "", confidence: 1 }));
    const result = applyEdits(text, edits);
    const diff = describeChanges(text, result, edits);
    expect(applyPatch(text, diff.patch)).toBe(result);
    expect(diff.changes.filter((c) => c.type !== "delete").map((c) => c.value).join("")).toBe(result);
  });
});

describe("the single-change shortcut", () => {
  // Texts built from few distinct pieces, so that repeated words, spaces and blank lines (the ambiguous cases) are common.
  const pieces = fc.constantFrom("a", "b", "the", "North", " ", "  ", "\n", "\n\n", "\r\n", ".", ",", "é", "😀", "theNorth", "x\n", "a b\n");
  const text = fc.array(pieces, { maxLength: 14 }).map((parts) => parts.join(""));
  const edited = fc.tuple(text, fc.nat(), fc.nat(), text).map(([before, at, length, insert]) => {
    const start = before.length === 0 ? 0 : at % (before.length + 1);
    const end = Math.min(before.length, start + (length % 6));
    return [before, before.slice(0, start) + insert + before.slice(end)] as const;
  });

  it("gives the word diff the diff package gives", () => {
    fc.assert(
      fc.property(edited, ([before, after]) => {
        const expected = diffWordsWithSpace(before, after).map((p) => [p.added === true, p.removed === true, p.value]);
        expect(wordDiff(before, after)!.map((p) => [p.added === true, p.removed === true, p.value])).toEqual(expected);
      }),
      { numRuns: Number(process.env.DIFF_RUNS ?? 3000) },
    );
  }, 120_000);

  it("splits lines as the diff package's line diff does", () => {
    fc.assert(
      fc.property(text, (value) => {
        const expected = (lineDiff.tokenize(value, {} as Parameters<typeof lineDiff.tokenize>[1]) as string[]).filter((line) => line !== "");
        expect(linesWithBreaks(value)).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it("gives the hunks structuredPatch gives", () => {
    fc.assert(
      fc.property(edited, ([before, after]) => {
        const expected = structuredPatch("", "", before, after, undefined, undefined, { context: 3 }).hunks;
        expect(lineHunks(before, after)).toEqual(expected);
      }),
      { numRuns: Number(process.env.DIFF_RUNS ?? 3000) },
    );
  }, 120_000);
});
