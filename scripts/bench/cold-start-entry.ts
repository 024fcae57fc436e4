/**
 * Bundled by scripts/bench.ts and run in a fresh process: how long until the
 * first result, lexicons included, and how much memory a large input takes.
 */
export {};

const importStart = performance.now();
const { fix } = await import("../../src/engine/index.js");
const { RULES } = await import("../../src/rules/index.js");
const imported = performance.now();
const seed = process.env.BENCH_TEXT ?? "";
fix(seed, RULES, "safe");
const firstResult = performance.now();
const firstCpu = process.cpuUsage();

let largeMs = 0;
if (process.env.BENCH_LARGE === "1") {
  const large = seed.repeat(Math.ceil(1_000_000 / Math.max(1, seed.length))).slice(0, 1_000_000);
  const start = performance.now();
  fix(large, RULES, "safe");
  largeMs = performance.now() - start;
}
const usage = process.resourceUsage();
console.log(
  JSON.stringify({
    processToFirstResultMs: firstResult,
    processToFirstResultCpuMs: (firstCpu.user + firstCpu.system) / 1000,
    importToFirstResultMs: firstResult - importStart,
    importMs: imported - importStart,
    largeMs,
    maxRssMiB: usage.maxRSS / 1024,
  }),
);
