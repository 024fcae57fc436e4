/**
 * Bundled by scripts/bench.ts and run in a fresh process: how long until the
 * first result (wall and CPU time since the process started), lexicons
 * included; with BENCH_SIZE, then the time for a text of that many characters
 * (the seed repeated); and the peak memory of the process.
 */
export {};

/**
 * Peak resident memory of this process: VmHWM on Linux (getrusage's maxrss
 * would also count the parent's memory at fork, kept across exec).
 */
async function peakRssMiB(): Promise<number> {
  try {
    const { readFileSync } = await import("node:fs");
    const kib = /VmHWM:\s*(\d+)\s*kB/.exec(readFileSync("/proc/self/status", "utf8"))?.[1];
    if (kib !== undefined) return Number(kib) / 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS / 1024;
}

const cpuMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

const importStart = performance.now();
const { fix } = await import("../../src/engine/index.js");
const { RULES } = await import("../../src/rules/index.js");
const imported = performance.now();
const seed = process.env.BENCH_TEXT ?? "";
fix(seed, RULES, "safe");
const firstResult = performance.now();
const firstResultCpu = cpuMs();

let sizeMs = 0;
let sizeCpuMs = 0;
const size = Number(process.env.BENCH_SIZE ?? 0);
if (size > 0) {
  const text = seed.repeat(Math.ceil(size / Math.max(1, seed.length))).slice(0, size);
  const start = performance.now();
  const cpu = cpuMs();
  fix(text, RULES, "safe");
  sizeMs = performance.now() - start;
  sizeCpuMs = cpuMs() - cpu;
}
console.log(
  JSON.stringify({
    processToFirstResultMs: firstResult,
    processToFirstResultCpuMs: firstResultCpu,
    importToFirstResultMs: firstResult - importStart,
    importMs: imported - importStart,
    sizeMs,
    sizeCpuMs,
    maxRssMiB: await peakRssMiB(),
  }),
);
