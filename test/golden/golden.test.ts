/**
 * Speed never buys a change in answers: the engine's outputs on every input
 * the repository ships (see ./outputs.ts) must equal test/golden/outputs.jsonl
 * byte for byte. A failure names each input that changed and what changed.
 *
 * When a change of outputs is intended, regenerate with `npm run golden:update`
 * and put the judged list of changes it prints in the commit (see ./README.md).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compactRecord, compareWithGolden, describeDifference, expandRecord, GOLDEN_PATH, goldenInputs, goldenRecord, readGolden } from "./outputs.js";

describe("golden outputs", () => {
  it("are unchanged on every fixture, rule example, the seed and the SOTU corpus", () => {
    const golden = readGolden(readFileSync(GOLDEN_PATH, "utf8"));
    const inputs = goldenInputs();
    expect(inputs.length).toBeGreaterThan(900);
    const differences: string[] = [];
    const seen = new Set<string>();
    for (const input of inputs) {
      seen.add(input.key);
      const actual = goldenRecord(input);
      // The stored form is a lossless compaction of the outputs.
      expect(expandRecord(compactRecord(actual, input.text), input.text)).toEqual(actual);
      const difference = compareWithGolden(golden.get(input.key), actual, input.text);
      if (difference !== "") differences.push(difference);
    }
    for (const [key, record] of golden) if (!seen.has(key)) differences.push(describeDifference(record, undefined));
    if (differences.length > 0) {
      const shown = differences.slice(0, 40).join("\n\n");
      const more = differences.length > 40 ? `\n\n… and ${differences.length - 40} more` : "";
      expect.fail(`${differences.length} of ${inputs.length} inputs differ from test/golden/outputs.jsonl:\n\n${shown}${more}\n\nIf the change is intended: npm run golden:update, and judge each change in the commit (test/golden/README.md).`);
    }
  }, 300_000);
});
