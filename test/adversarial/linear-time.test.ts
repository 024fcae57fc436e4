/**
 * Every adversarial pattern is processed in time linear in its size: each is
 * timed at 10,000 and 100,000 UTF-16 code units in one run, and the suite
 * fails when ten times the input takes more than 25 times the time (a
 * quadratic takes about 100 times). A ratio within one run, on the best of
 * interleaved runs, so that a loaded machine slows both sizes alike; the
 * smaller time counts as at least 1 ms, below which timers and the garbage
 * collector are noise. Absolute speed is `npm run bench`'s.
 */
import { describe, expect, it } from "vitest";
import { fix } from "../../src/engine/index.js";
import { RULES } from "../../src/rules/index.js";
import { ADVERSARIAL_PATTERNS } from "./patterns.js";

const SMALL = 10_000;
const LARGE = 100_000;
const MAX_RATIO = 25;
const FLOOR_MS = 1;

function best(run: () => void, times: number): number {
  let fastest = Infinity;
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

describe("linear time on adversarial input", () => {
  for (const pattern of ADVERSARIAL_PATTERNS) {
    it(pattern.name, () => {
      const small = pattern.make(SMALL);
      const large = pattern.make(LARGE);
      expect(small.length).toBe(SMALL);
      expect(large.length).toBe(LARGE);
      const run = (text: string) => () => fix(text, RULES, "safe", pattern.format);
      run(small)(); // warm up
      let smallMs = Infinity;
      let largeMs = Infinity;
      // Interleaved, so that a burst of load from elsewhere slows both sizes.
      for (let round = 0; round < 2; round++) {
        smallMs = Math.min(smallMs, best(run(small), 3));
        largeMs = Math.min(largeMs, best(run(large), 1));
      }
      const ratio = largeMs / Math.max(smallMs, FLOOR_MS);
      expect(ratio, `${SMALL}: ${smallMs.toFixed(1)} ms, ${LARGE}: ${largeMs.toFixed(1)} ms`).toBeLessThanOrEqual(MAX_RATIO);
    }, 120_000);
  }
});
