/**
 * Rewrites test/golden/outputs.jsonl from the engine's current outputs
 * (`npm run golden:update`) and prints every change against the old file.
 *
 * Only for an intended change of answers (a detection change, a new fixture):
 * the printed list goes into the commit message with a verdict on each change
 * (see test/golden/README.md). A speed change must never need it.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { compactRecord, compareWithGolden, describeDifference, GOLDEN_PATH, goldenInputs, goldenRecord, readGolden, writeGolden, type GoldenRecord } from "../test/golden/outputs.js";

const old = existsSync(GOLDEN_PATH) ? readGolden(readFileSync(GOLDEN_PATH, "utf8")) : new Map<string, GoldenRecord>();
const records: GoldenRecord[] = [];
const differences: string[] = [];
for (const input of goldenInputs()) {
  const record = goldenRecord(input);
  const difference = compareWithGolden(old.get(input.key), record, input.text);
  if (difference !== "") differences.push(difference);
  records.push(compactRecord(record, input.text));
}
const keys = new Set(records.map((r) => r.key));
for (const [key, record] of old) if (!keys.has(key)) differences.push(describeDifference(record, undefined));
writeFileSync(GOLDEN_PATH, writeGolden(records));
console.log(differences.length === 0 ? `no change (${records.length} inputs)` : `${differences.length} of ${records.length} inputs changed:\n\n${differences.join("\n\n")}`);
console.log(`\nwrote ${GOLDEN_PATH}`);
