/** The cold-start baseline: a fresh Node process that loads nothing (Node's own start-up). */
import { readFileSync } from "node:fs";

/** Peak resident memory: VmHWM on Linux (getrusage's maxrss would also count the parent's memory at fork). */
async function peakRssMiB(): Promise<number> {
  const kib = /VmHWM:\s*(\d+)\s*kB/.exec(readFileSync("/proc/self/status", "utf8"))?.[1];
  return kib !== undefined ? Number(kib) / 1024 : process.resourceUsage().maxRSS / 1024;
}

const usage = process.cpuUsage();
console.log(JSON.stringify({ processToFirstResultMs: performance.now(), processToFirstResultCpuMs: (usage.user + usage.system) / 1000, maxRssMiB: await peakRssMiB() }));
