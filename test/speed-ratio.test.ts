/**
 * A speed check that cannot flake: the default pipeline is timed against a
 * plain tokenization pass over the same text, in this process, interleaved,
 * and the test fails only when the ratio grows several times past what it
 * is (a rule scanning every token or the whole text again, a quadratic step),
 * never because the machine is busy. Absolute figures are `npm run bench`'s.
 *
 * Ratios when written (fastest of nine batches, CPU time, 2-core machine
 * under load): seed article ×20–24, clean English ×2.7–3.1.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fix } from "../src/engine/index.js";
import { FormTable } from "../src/engine/forms.js";
import { tokenize } from "../src/engine/tokenize.js";
import { RULES } from "../src/rules/index.js";

const LIMITS = { seed: 100, clean: 15 };

const cpu = () => {
  const usage = process.cpuUsage();
  return usage.user + usage.system;
};

/** The smallest per-call time over several batches: what the code costs when nothing else gets in the way. */
function fastest(f: () => unknown, batch: number, batches = 9): number {
  let best = Infinity;
  for (let b = 0; b < batches; b++) {
    const start = cpu();
    for (let i = 0; i < batch; i++) f();
    best = Math.min(best, (cpu() - start) / batch);
  }
  return best;
}

function ratio(text: string): number {
  const forms = new FormTable();
  for (let i = 0; i < 30; i++) {
    fix(text, RULES, "safe");
    tokenize(text, forms);
  }
  return fastest(() => fix(text, RULES, "safe"), 10) / fastest(() => tokenize(text, forms), 100);
}

describe("speed relative to a tokenization pass (same process)", () => {
  it("stays within a few times today's ratio on the seed article and on clean English", () => {
    const seed = readFileSync(new URL("../fixtures/seed/geneva-talks.txt", import.meta.url), "utf8");
    const sotu = readFileSync(new URL("../fixtures/corpora/sotu-sentences.tsv", import.meta.url), "utf8")
      .split("\n")
      .slice(1, 400)
      .map((line) => line.split("\t")[3] ?? "");
    const clean = Array.from({ length: 40 }, (_, i) => sotu.slice(i * 5, i * 5 + 5).join(" ")).join("\n\n");
    const seedRatio = ratio(seed);
    const cleanRatio = ratio(clean);
    expect(seedRatio, `seed: the pipeline costs ×${seedRatio.toFixed(1)} a tokenization pass`).toBeLessThan(LIMITS.seed);
    expect(cleanRatio, `clean English: the pipeline costs ×${cleanRatio.toFixed(1)} a tokenization pass`).toBeLessThan(LIMITS.clean);
  }, 60_000);
});
