/**
 * Speed and size (`npm run bench`): warm throughput of the default pipeline in
 * ms per 1,000 words, cold start in a fresh process, peak memory, the time for
 * a 1 MB input, and the Worker bundle size. Exits non-zero when a target is missed.
 *
 * Targets (issue 3): ≤ 5 ms per 1,000 words warm; cold start < 300 ms; Worker
 * bundle ≤ 1 MB gzipped.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, statSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { fix } from "../src/engine/index.js";
import { RULES } from "../src/rules/index.js";

const root = new URL("..", import.meta.url).pathname;
const TARGETS = { msPer1000Words: 5, coldStartMs: 300, bundleGzipBytes: 1024 * 1024 };
const failures: string[] = [];
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function words(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

function sotuSample(targetWords: number): string {
  const path = join(root, "../shared/corpora/sotu-sentences.tsv");
  if (!existsSync(path)) return "";
  const sentences = readFileSync(path, "utf8").split("\n").slice(1, 4000).map((line) => line.split("\t")[3] ?? "");
  const paragraphs: string[] = [];
  let count = 0;
  for (let i = 0; i < sentences.length && count < targetWords; i += 5) {
    const paragraph = sentences.slice(i, i + 5).join(" ");
    paragraphs.push(paragraph);
    count += words(paragraph);
  }
  return paragraphs.join("\n\n");
}

function warm(label: string, text: string) {
  const n = words(text);
  for (let i = 0; i < 20; i++) fix(text, RULES, "safe");
  const samples: number[] = [];
  const until = performance.now() + 2000;
  while (performance.now() < until || samples.length < 20) {
    const start = performance.now();
    fix(text, RULES, "safe");
    samples.push(performance.now() - start);
  }
  const perThousand = (median(samples) * 1000) / n;
  console.log(`${label.padEnd(34)} ${String(n).padStart(6)} words  median ${median(samples).toFixed(2).padStart(7)} ms  = ${perThousand.toFixed(2)} ms / 1,000 words (${samples.length} runs)`);
  return perThousand;
}

const seed = readFileSync(join(root, "fixtures/seed/geneva-talks.txt"), "utf8");
console.log("== Warm throughput (Node, default pipeline: check + safe fixes + diff) ==");
const warmFigures = [warm("seed article (dirty)", seed), warm("clean English (SOTU, ~1,000 words)", sotuSample(1000)), warm("clean English (SOTU, ~10,000 words)", sotuSample(10_000))];
const worst = Math.max(...warmFigures);
if (worst > TARGETS.msPer1000Words) failures.push(`warm ${worst.toFixed(2)} ms / 1,000 words > ${TARGETS.msPer1000Words}`);

console.log("\n== Cold start (bundled engine, fresh node process, 7 runs) ==");
const dir = mkdtempSync(join(tmpdir(), "postedit-bench-"));
const bundle = join(dir, "cold.mjs");
await build({ entryPoints: [join(root, "scripts/bench/cold-start-entry.ts")], bundle: true, format: "esm", platform: "node", outfile: bundle, logLevel: "error" });
const runs = Array.from({ length: 7 }, () =>
  JSON.parse(execFileSync(process.execPath, [bundle], { env: { ...process.env, BENCH_TEXT: seed }, encoding: "utf8" })) as Record<string, number>,
);
const cold = median(runs.map((r) => r.processToFirstResultMs!));
const coldImport = median(runs.map((r) => r.importToFirstResultMs!));
console.log(`process start → first result: median ${cold.toFixed(1)} ms (of which node itself boots before any module loads)`);
console.log(`module load → first result:   median ${coldImport.toFixed(1)} ms (import ${median(runs.map((r) => r.importMs!)).toFixed(1)} ms)`);
if (cold > TARGETS.coldStartMs) failures.push(`cold start ${cold.toFixed(0)} ms > ${TARGETS.coldStartMs}`);

console.log("\n== Peak memory and a 1 MB input ==");
const large = JSON.parse(execFileSync(process.execPath, [bundle], { env: { ...process.env, BENCH_TEXT: seed, BENCH_LARGE: "1" }, encoding: "utf8" })) as Record<string, number>;
console.log(`1,000,000-character input (the text limit): ${large.largeMs!.toFixed(0)} ms; peak RSS ${large.maxRssMiB!.toFixed(0)} MiB`);
const small = runs[0]!;
console.log(`peak RSS for the seed article in a fresh process: ${small.maxRssMiB!.toFixed(0)} MiB`);

console.log("\n== Worker bundle (wrangler deploy --dry-run) ==");
const out = join(dir, "worker");
execFileSync("npx", ["wrangler", "deploy", "--dry-run", "--outdir", out], {
  cwd: root,
  env: { ...process.env, CI: "true", WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false" },
  stdio: "pipe",
});
let raw = 0;
let gzip = 0;
for (const file of readdirSync(out)) {
  if (!/\.(m?js|wasm)$/.test(file)) continue;
  const bytes = readFileSync(join(out, file));
  raw += statSync(join(out, file)).size;
  gzip += gzipSync(bytes, { level: 9 }).length;
}
console.log(`bundle: ${(raw / 1024).toFixed(0)} KiB raw, ${(gzip / 1024).toFixed(0)} KiB gzipped (target ≤ ${TARGETS.bundleGzipBytes / 1024} KiB)`);
if (gzip > TARGETS.bundleGzipBytes) failures.push(`bundle ${(gzip / 1024).toFixed(0)} KiB gzipped > 1024`);

console.log(`\n== Targets: ${failures.length === 0 ? "all met" : `MISSED: ${failures.join("; ")}`} ==`);
process.exitCode = failures.length === 0 ? 0 : 1;
