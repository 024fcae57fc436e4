/**
 * `npm run load`: a load test of the Node entry on loopback, with a small
 * HTTP client of our own (keep-alive, N connections, each sending its next
 * request when the last is answered). Starts `src/node.ts` on a random port
 * with an in-memory database, then measures:
 *
 *  1. requests/s and latency (p50, p99) of a small /v1/fix (a 60-word
 *     paragraph) at 10 and 50 connections: 15,000 requests each;
 *  2. the server's resident memory before and after those 30,000 requests;
 *  3. the same small requests (10 connections) while 1 MB inputs (the seed
 *     article, dirty machine translation, repeated) are being cleaned on
 *     another connection, and how long those take.
 *
 * Each phase is bounded in time (MAX_PHASE_MS). Figures vary with the load
 * on the machine; the README quotes a run.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { Agent, request } from "node:http";

const MAX_PHASE_MS = 120_000;
const root = new URL("..", import.meta.url).pathname;
const SMALL = JSON.stringify({
  text:
    "Talks resume Monday in Swiss., the minister said. Officials from both delegations met in Geneva on Thursday, " +
    "where they discussed the timetable for the next round and the questions left open since the spring. " +
    "A spokesman said the atmosphere had been constructive, and that a joint statement was expected soon.",
});
const seed = `${readFileSync(new URL("../fixtures/seed/geneva-talks.txt", import.meta.url), "utf8")}\n\n`;
const LARGE = JSON.stringify({ text: seed.repeat(Math.ceil(1_000_000 / seed.length)).slice(0, 1_000_000) });

function startServer(): Promise<{ child: ChildProcess; port: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/node.ts"], {
      cwd: root,
      env: { ...process.env, PORT: "0", HOST: "127.0.0.1", POSTEDIT_DB: ":memory:" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (match) resolve({ child, port: Number(match[1]) });
    });
    child.on("exit", (code) => reject(new Error(`the server exited (${code}):\n${output}`)));
  });
}

function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) / 1024;
}

interface Phase {
  requests: number;
  seconds: number;
  latencies: number[];
  errors: number;
}

/** Sends `total` POSTs of `body` to `path` over `connections` keep-alive connections, each one after the other. */
async function run(port: number, path: string, body: string, connections: number, total: number, until = () => false): Promise<Phase> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  let sent = 0;
  let errors = 0;
  const started = performance.now();
  const deadline = started + MAX_PHASE_MS;
  const one = () =>
    new Promise<void>((resolve) => {
      const at = performance.now();
      const req = request({ host: "127.0.0.1", port, path, method: "POST", agent, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) } }, (res) => {
        res.resume();
        res.on("end", () => {
          if (res.statusCode === 200) latencies.push(performance.now() - at);
          else errors++;
          resolve();
        });
      });
      req.on("error", () => {
        errors++;
        resolve();
      });
      req.end(body);
    });
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (sent < total && performance.now() < deadline && !until()) {
        sent++;
        await one();
      }
    }),
  );
  agent.destroy();
  return { requests: latencies.length, seconds: (performance.now() - started) / 1000, latencies, errors };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function describe(label: string, phase: Phase): string {
  return `${label.padEnd(44)} ${String(phase.requests).padStart(6)} requests in ${phase.seconds.toFixed(1).padStart(5)} s = ${(phase.requests / phase.seconds).toFixed(0).padStart(5)} req/s   p50 ${percentile(phase.latencies, 50).toFixed(1).padStart(6)} ms   p99 ${percentile(phase.latencies, 99).toFixed(1).padStart(7)} ms${phase.errors ? `   ${phase.errors} errors` : ""}`;
}

const { child, port } = await startServer();
try {
  console.log(`load: the Node entry on 127.0.0.1:${port} (pid ${child.pid}), small request = ${Buffer.byteLength(SMALL)} bytes of /v1/fix\n`);
  await run(port, "/v1/fix", SMALL, 10, 1_000); // warm-up: engine threads loaded, JIT warm
  const before = rssMiB(child.pid!);
  const ten = await run(port, "/v1/fix", SMALL, 10, 15_000);
  console.log(describe("small /v1/fix, 10 connections", ten));
  const fifty = await run(port, "/v1/fix", SMALL, 50, 15_000);
  console.log(describe("small /v1/fix, 50 connections", fifty));
  const after = rssMiB(child.pid!);
  console.log(`\nRSS: ${before.toFixed(0)} MiB before, ${after.toFixed(0)} MiB after ${(ten.requests + fifty.requests).toLocaleString("en")} requests`);

  let largeRunning = true;
  const large = run(port, "/v1/fix", LARGE, 1, 1_000, () => !largeRunning);
  await new Promise((resolve) => setTimeout(resolve, 500)); // let the first 1 MB request start
  const busy = await run(port, "/v1/fix", SMALL, 10, 3_000);
  largeRunning = false;
  const largePhase = await large;
  console.log(`\nwhile 1 MB inputs are cleaned on another connection:`);
  console.log(describe("small /v1/fix, 10 connections", busy));
  console.log(describe("1 MB /v1/fix, 1 connection", largePhase));
  console.log(`RSS at the end: ${rssMiB(child.pid!).toFixed(0)} MiB`);
} finally {
  child.kill("SIGTERM");
}
