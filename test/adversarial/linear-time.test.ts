/**
 * Every adversarial pattern is processed in time linear in its size: each is
 * timed at 10,000 and 100,000 UTF-16 code units in one run, and the suite
 * fails when the large input takes more than 2.5 times as long as ten runs of
 * the small one (the same amount of input): ten times the input in more than
 * 25 times the time. A quadratic takes about ten times as long.
 *
 * Comparing ten small runs with one large run, rather than one with one,
 * keeps the ratio fair on a loaded machine: a short run can slip between two
 * time slices of another process, a long one cannot. The best of several
 * interleaved rounds is kept, and a pattern over the ratio is measured again,
 * more thoroughly, before it fails: a burst of load from elsewhere does not
 * repeat, a quadratic does. Absolute speed is `npm run bench`'s.
 */
import { describe, expect, it } from "vitest";
import { fix } from "../../src/engine/index.js";
import { RULES } from "../../src/rules/index.js";
import { ADVERSARIAL_PATTERNS } from "./patterns.js";

const SMALL = 10_000;
const LARGE = 100_000;
const RUNS_OF_SMALL = LARGE / SMALL;
const MAX_RATIO = 2.5;
/** Ten small runs count as at least this long: below it, timers and the garbage collector are noise. */
const FLOOR_MS = 10;

function time(run: () => void, times = 1): number {
  const start = performance.now();
  for (let i = 0; i < times; i++) run();
  return performance.now() - start;
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
      // A slow pattern is first tried at 30,000 against three runs of 10,000: cubic growth shows there
      // already (nine times as long; quadratic: three), and a failing test then does not spend minutes
      // on the large input.
      if (time(run(small)) > 20) {
        const three = time(run(small), 3);
        const middle = time(run(pattern.make(3 * SMALL)));
        expect(middle / three, `3 × ${SMALL}: ${three.toFixed(1)} ms, 1 × ${3 * SMALL}: ${middle.toFixed(1)} ms`).toBeLessThanOrEqual(6);
      }
      const measure = (rounds: number) => {
        let smallMs = Infinity;
        let largeMs = Infinity;
        // Interleaved, so that a burst of load from elsewhere slows both sizes.
        for (let round = 0; round < rounds; round++) {
          smallMs = Math.min(smallMs, time(run(small), RUNS_OF_SMALL));
          largeMs = Math.min(largeMs, time(run(large)));
        }
        return { smallMs, largeMs, ratio: largeMs / Math.max(smallMs, FLOOR_MS) };
      };
      let result = measure(1);
      if (result.ratio > MAX_RATIO) result = measure(4);
      expect(result.ratio, `${RUNS_OF_SMALL} × ${SMALL}: ${result.smallMs.toFixed(1)} ms, 1 × ${LARGE}: ${result.largeMs.toFixed(1)} ms`).toBeLessThanOrEqual(MAX_RATIO);
    }, 180_000);
  }
});
