import { readFileSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { leadingId, readResume } from "./resume.js";

describe("leadingId", () => {
  it("reads the id at the start of an output line without parsing the rest", () => {
    expect(leadingId('{"id":"a,\\"b}","text":"…"')).toBe('"a,\\"b}"');
    expect(leadingId('{"id":12,"findings":[]}')).toBe("12");
    expect(leadingId('{"id":-1.5e3}')).toBe("-1500");
    expect(leadingId('{"error":{"code":"invalid_json"}}')).toBeUndefined();
    expect(leadingId('{"id":"cut off')).toBeUndefined();
  });
});

describe("readResume", () => {
  it("collects ids and id-less error lines, and truncates a cut-off last line", async () => {
    const dir = mkdtempSync(join(tmpdir(), "postedit-resume-"));
    try {
      const out = join(dir, "out.jsonl");
      const complete = ['{"id":1,"findings":[]}', '{"id":"1","findings":[]}', '{"error":{"code":"invalid_json","message":"…","line":3}}', '{"id":4,"error":{"code":"x","message":"…","line":4}}'];
      writeFileSync(out, `${complete.join("\n")}\n{"id":5,"te`);
      const state = await readResume(out);
      expect([...state.ids]).toEqual(["1", '"1"', "4"]);
      expect([...state.lines]).toEqual([3]);
      expect(state.written).toBe(4);
      expect(state.truncated).toBe('{"id":5,"te'.length);
      expect(readFileSync(out, "utf8")).toBe(`${complete.join("\n")}\n`);
      expect(await readResume(join(dir, "absent.jsonl"))).toEqual({ ids: new Set(), lines: new Set(), written: 0, truncated: 0 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
