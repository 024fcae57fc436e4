import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { AppliedFinding } from "../engine/index.js";
import { fixText, rulesFor } from "./engine.js";
import { displayWidth, LineIndex, remainingAfterFix } from "./positions.js";

const rules = rulesFor({});

function finding(offset: number, length: number, replacement: string | null, applied: boolean, original = "x".repeat(length)): AppliedFinding {
  return { id: `f${offset}-${length}-${applied}`, rule: "r", category: "calque", severity: "minor", confidence: 1, offset, length, original, replacement, safe: applied, message: "", applied };
}

describe("remainingAfterFix", () => {
  it("puts every finding left on the seed on its own text in the written article", () => {
    const seed = readFileSync(new URL("../../fixtures/seed/geneva-talks.txt", import.meta.url), "utf8");
    const result = fixText(seed, rules, "safe", "text");
    const remaining = remainingAfterFix(result.findings);
    expect(remaining.length).toBe(result.findings.filter((f) => !f.applied).length);
    expect(remaining.length).toBeGreaterThan(5);
    for (const { finding: f, offset, length } of remaining) {
      const overlapsApplied = result.findings.some((a) => a.applied && a.offset < f.offset + f.length && f.offset < a.offset + a.length);
      if (!overlapsApplied) expect(result.text.slice(offset, offset + length)).toBe(f.original);
    }
  });

  it("moves spans by the fixes before them, stretches those that cut into one, and keeps insertions outside a span's end", () => {
    // "aaXbbYcc": X (2..3) replaced by "XXX", an insertion of "-" at 6 (before "cc").
    const applied = [finding(2, 1, "XXX", true), finding(6, 0, "-", true)];
    const left = [
      finding(0, 2, null, false), // before everything: unchanged
      finding(3, 3, null, false), // "bbY" just after X: moved by +2; it ends where "-" is inserted, which stays outside
      finding(6, 2, null, false), // "cc", after the insertion point: the inserted "-" comes before it
      finding(1, 2, null, false), // "aX": ends inside X's span: stretched over "XXX"
    ];
    const moved = remainingAfterFix([...applied, ...left]).map(({ offset, length }) => [offset, length]);
    expect(moved).toEqual([
      [0, 2],
      [1, 4],
      [5, 3],
      [9, 2],
    ]);
    const fixed = "aaXXXbbY-cc";
    expect(fixed.slice(5, 8)).toBe("bbY");
    expect(fixed.slice(9, 11)).toBe("cc");
  });
});

describe("LineIndex", () => {
  it("gives 1-based lines and UTF-16 columns, and lines without their CRLF", () => {
    const index = new LineIndex("é😀\r\nsecond\n\nlast");
    expect(index.position(0)).toEqual({ line: 1, column: 1 });
    expect(index.position(3)).toEqual({ line: 1, column: 4 });
    expect(index.position(5)).toEqual({ line: 2, column: 1 });
    expect(index.position(13)).toEqual({ line: 4, column: 1 });
    expect(index.line(0)).toBe("é😀");
    expect(index.line(2)).toBe("");
    expect(index.line(3)).toBe("last");
  });
});

describe("displayWidth", () => {
  it("counts wide characters two columns and combining marks none", () => {
    expect(displayWidth("abc")).toBe(3);
    expect(displayWidth("😀a")).toBe(3);
    expect(displayWidth("東京")).toBe(4);
    expect(displayWidth("e\u0301")).toBe(1);
  });
});
