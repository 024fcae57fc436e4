/**
 * One thread of `npm run fuzz`: generates its share of the inputs (a third
 * in each format) from its seed, checks the invariants on each, and reports
 * after every batch.
 */
import fc from "fast-check";
import { parentPort, workerData } from "node:worker_threads";
import type { Format } from "../../src/engine/index.js";
import { checkInvariants } from "./check-invariants.js";
import { GENERATORS } from "./generators.js";

const { seed, count, batch } = workerData as { seed: number; count: number; batch: number };
const FORMATS: Format[] = ["text", "html", "markdown"];

for (let start = 0, round = 0; start < count; start += batch, round++) {
  const size = Math.min(batch, count - start);
  const failures: { format: string; input: string; broken: string[] }[] = [];
  const notIdempotent: Record<string, number> = {};
  const examples: string[] = [];
  for (const [f, format] of FORMATS.entries()) {
    const share = Math.floor(size / 3) + (f < size % 3 ? 1 : 0);
    for (const input of fc.sample(GENERATORS[format], { seed: seed + round * 3 + f, numRuns: share })) {
      let result: { broken: string[]; idempotent: boolean };
      try {
        result = checkInvariants(input, format);
      } catch (error) {
        result = { broken: [`threw: ${(error as Error).stack ?? error}`], idempotent: true };
      }
      if (result.broken.length > 0) failures.push({ format, input, broken: result.broken });
      if (!result.idempotent) {
        notIdempotent[format] = (notIdempotent[format] ?? 0) + 1;
        if (examples.length < 3) examples.push(`[${format}] ${JSON.stringify(input)}`);
      }
    }
  }
  parentPort!.postMessage({ done: size, failures, notIdempotent, examples });
}
