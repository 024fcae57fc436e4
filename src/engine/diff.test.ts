import { describe, expect, it } from "vitest";
import { describeChanges } from "./diff.js";
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
