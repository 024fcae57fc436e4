import { describe, expect, it } from "vitest";
import { applyEdits } from "./apply.js";
import { conflicts, resolveOverlaps, type Edit } from "./resolve.js";

const edit = (id: string, offset: number, length: number, replacement: string, confidence = 0.9, rule = "r"): Edit => ({
  id,
  rule,
  offset,
  length,
  replacement,
  confidence,
});

describe("conflicts", () => {
  it("treats half-open spans: touching spans do not conflict", () => {
    expect(conflicts(edit("a", 0, 3, ""), edit("b", 3, 2, ""))).toBe(false);
    expect(conflicts(edit("a", 0, 3, ""), edit("b", 2, 2, ""))).toBe(true);
  });
  it("insertions conflict at the same point or strictly inside a span", () => {
    expect(conflicts(edit("a", 2, 0, "x"), edit("b", 2, 0, "y"))).toBe(true);
    expect(conflicts(edit("a", 2, 0, "x"), edit("b", 0, 4, ""))).toBe(true);
    expect(conflicts(edit("a", 4, 0, "x"), edit("b", 0, 4, ""))).toBe(false);
  });
});

describe("resolveOverlaps", () => {
  it("keeps the higher-confidence fix, then the longer one, and says what it skipped", () => {
    const { kept, skipped } = resolveOverlaps([edit("low", 0, 5, "x", 0.5), edit("high", 3, 4, "y", 0.9)]);
    expect(kept.map((e) => e.id)).toEqual(["high"]);
    expect(skipped).toEqual([{ edit: expect.objectContaining({ id: "low" }), conflictsWith: "high" }]);
    const tie = resolveOverlaps([edit("short", 0, 2, "x"), edit("long", 1, 4, "y")]);
    expect(tie.kept.map((e) => e.id)).toEqual(["long"]);
  });

  it("does not depend on the order of its input", () => {
    const edits = [edit("a", 0, 4, "1", 0.7, "r1"), edit("b", 2, 4, "2", 0.7, "r2"), edit("c", 5, 3, "3", 0.8), edit("d", 9, 0, "!", 0.6), edit("e", 9, 0, "?", 0.6, "r0")];
    const reference = resolveOverlaps(edits).kept.map((e) => e.id);
    for (let shift = 1; shift < edits.length; shift++) {
      const rotated = [...edits.slice(shift), ...edits.slice(0, shift)];
      expect(resolveOverlaps(rotated).kept.map((e) => e.id)).toEqual(reference);
      expect(resolveOverlaps([...rotated].reverse()).kept.map((e) => e.id)).toEqual(reference);
    }
  });
});

describe("applyEdits", () => {
  it("returns the very same string when there is nothing to apply", () => {
    const text = "é😀\r\n";
    expect(applyEdits(text, [])).toBe(text);
  });
  it("applies edits on UTF-16 offsets, insertions before replacements at the same point", () => {
    const text = "a😀b";
    expect(applyEdits(text, [edit("x", 1, 2, "🙂"), edit("y", 1, 0, "[")])).toBe("a[🙂b");
  });
  it("refuses conflicting edits rather than guessing", () => {
    expect(() => applyEdits("abcdef", [edit("x", 0, 3, ""), edit("y", 2, 2, "")])).toThrow(/conflicts/);
  });
});

describe("resolveOverlaps against a brute-force reference", () => {
  it("keeps exactly what a naive greedy pass over the ranking keeps", async () => {
    const fc = (await import("fast-check")).default;
    const { compareByPriority } = await import("./resolve.js");
    const editArbitrary = fc.record({
      offset: fc.integer({ min: 0, max: 30 }),
      length: fc.integer({ min: 0, max: 6 }),
      confidence: fc.constantFrom(0.5, 0.7, 0.9),
      replacement: fc.constantFrom("", "x", "yy"),
    });
    fc.assert(
      fc.property(fc.array(editArbitrary, { maxLength: 25 }), (raw) => {
        const edits = raw.map((e, i) => edit(`e${i}`, e.offset, e.length, e.replacement, e.confidence));
        const naive: Edit[] = [];
        for (const candidate of [...edits].sort(compareByPriority)) if (!naive.some((k) => conflicts(k, candidate))) naive.push(candidate);
        const expected = naive.map((e) => e.id).sort();
        expect(resolveOverlaps(edits).kept.map((e) => e.id).sort()).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
