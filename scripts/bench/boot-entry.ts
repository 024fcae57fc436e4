/** The cold-start baseline: a fresh Node process that loads nothing (Node's own start-up). */
const usage = process.cpuUsage();
console.log(JSON.stringify({ processToFirstResultMs: performance.now(), processToFirstResultCpuMs: (usage.user + usage.system) / 1000, maxRssMiB: process.resourceUsage().maxRSS / 1024 }));
export {};
