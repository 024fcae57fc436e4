/**
 * Every adversarial pattern is processed in time linear in its size: each is
 * timed at 10,000 and 100,000 UTF-16 code units in one run, and the suite
 * fails when ten times the input takes more than 25 times the time (a
 * quadratic takes about 100 times). A ratio within one run, on the best of
 * several runs, so that a loaded machine slows both sizes alike; the smaller
 * time counts as at least 2 ms, below which timers and the garbage collector
 * are noise. A pattern over the ratio is measured again, more thoroughly
 * (interleaved rounds), before it fails: a burst of load from elsewhere
 * does not repeat, a quadratic does. Absolute speed is `npm run bench`'s.
 */
import { describe, expect, it } from "vitest";
import { fix } from "../../src/engine/index.js";
import { RULES } from "../../src/rules/index.js";
import { ADVERSARIAL_PATTERNS } from "./patterns.js";

const SMALL = 10_000;
const LARGE = 100_000;
const MAX_RATIO = 25;
const FLOOR_MS = 2;

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
      const measure = (rounds: number) => {
        let smallMs = Infinity;
        let largeMs = Infinity;
        // Interleaved, so that a burst of load from elsewhere slows both sizes.
        for (let round = 0; round < rounds; round++) {
          smallMs = Math.min(smallMs, best(run(small), 3));
          largeMs = Math.min(largeMs, best(run(large), 1));
        }
        return { smallMs, largeMs, ratio: largeMs / Math.max(smallMs, FLOOR_MS) };
      };
      // A slow pattern is first tried at 30,000: cubic growth shows there already (27 times), and a
      // failing test then does not spend minutes on the large input.
      const firstSmall = best(run(small), 3);
      if (firstSmall > 20) {
        const middle = best(run(pattern.make(3 * SMALL)), 1);
        expect(middle / firstSmall, `${SMALL}: ${firstSmall.toFixed(1)} ms, ${3 * SMALL}: ${middle.toFixed(1)} ms`).toBeLessThanOrEqual(MAX_RATIO);
      }
      let result = measure(1);
      if (result.ratio > MAX_RATIO) result = measure(4);
      expect(result.ratio, `${SMALL}: ${result.smallMs.toFixed(1)} ms, ${LARGE}: ${result.largeMs.toFixed(1)} ms`).toBeLessThanOrEqual(MAX_RATIO);
    }, 120_000);
  }
});
