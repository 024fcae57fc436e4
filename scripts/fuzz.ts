/**
 * `npm run fuzz`: the engine's invariants on generated inputs at scale
 * (default 1,000,000 across plain text, HTML and Markdown, a third each),
 * split over worker threads. Not part of `npm test` (it takes minutes).
 *
 *   npm run fuzz -- [--count N] [--seed S] [--workers W]
 *
 * Prints progress, the time taken, every broken invariant (with the input,
 * to reproduce), and how often fixing the fixed text changed it again.
 * Exits non-zero when an invariant broke.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const total = option("count", 1_000_000);
const seed = option("seed", 20261202);
const workers = Math.max(1, option("workers", availableParallelism()));
const BATCH = 2_000;

interface Report {
  done: number;
  failures: { format: string; input: string; broken: string[] }[];
  notIdempotent: Record<string, number>;
  examples: string[];
}

const started = performance.now();
const worker = new URL("./fuzz/worker.ts", import.meta.url);
const tsx = import.meta.resolve("tsx/esm/api");
const boot = new URL(`data:text/javascript,${encodeURIComponent('import { workerData } from "node:worker_threads"; const { register } = await import(workerData.tsx); register(); await import(workerData.script);')}`);
let done = 0;
const failures: Report["failures"] = [];
const notIdempotent: Record<string, number> = {};
const idempotencyExamples: string[] = [];
const perWorker = Math.ceil(total / workers / BATCH) * BATCH;
console.log(`fuzz: ${total.toLocaleString("en")} inputs (text, HTML, Markdown), seed ${seed}, ${workers} worker threads`);

await Promise.all(
  Array.from({ length: workers }, (_, index) => {
    const count = Math.max(0, Math.min(perWorker, total - index * perWorker));
    return new Promise<void>((resolve, reject) => {
      const thread = new Worker(boot, { workerData: { script: worker.href, tsx, seed: seed + index * 1_000_003, count, batch: BATCH } });
      thread.on("message", (report: Report) => {
        done += report.done;
        failures.push(...report.failures);
        for (const [format, n] of Object.entries(report.notIdempotent)) notIdempotent[format] = (notIdempotent[format] ?? 0) + n;
        if (idempotencyExamples.length < 10) idempotencyExamples.push(...report.examples.slice(0, 10 - idempotencyExamples.length));
        const seconds = (performance.now() - started) / 1000;
        process.stdout.write(`\r${done.toLocaleString("en")} / ${total.toLocaleString("en")} (${(done / seconds).toFixed(0)} inputs/s, ${failures.length} broken)   `);
      });
      thread.on("error", reject);
      thread.on("exit", () => resolve());
    });
  }),
);

const seconds = (performance.now() - started) / 1000;
console.log(`\n\nfuzz: ${done.toLocaleString("en")} inputs in ${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s (${(done / seconds).toFixed(0)} inputs/s)`);
console.log(`broken invariants: ${failures.length}`);
for (const failure of failures.slice(0, 20)) console.log(`  [${failure.format}] ${failure.broken.join("; ")}\n    input: ${JSON.stringify(failure.input)}`);
const idem = Object.values(notIdempotent).reduce((a, b) => a + b, 0);
console.log(`fix(fix(x)) ≠ fix(x): ${idem.toLocaleString("en")} of ${done.toLocaleString("en")} (${((100 * idem) / Math.max(1, done)).toFixed(3)}%) — ${Object.entries(notIdempotent).map(([f, n]) => `${f} ${n}`).join(", ") || "none"}`);
for (const example of idempotencyExamples) console.log(`  ${example}`);
process.exitCode = failures.length === 0 ? 0 : 1;
