/**
 * Speed and size (`npm run bench`): warm throughput of the default pipeline in
 * ms per 1,000 words, cold start in a fresh process, peak memory, the time for
 * a 1 MB input, and the Worker bundle size. Exits non-zero when a target is missed.
 *
 * Targets (issue 3): ≤ 5 ms per 1,000 words warm; cold start < 300 ms; Worker
 * bundle ≤ 1 MB gzipped. Issue 6: the publish hook answers a typical article
 * well under 100 ms (Ghost gives a receiver 2 s). Issue 13: /v2/check costs
 * little over /v1/check, and reading AnnotatedText markup is linear in its size.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, statSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import Database from "better-sqlite3";
import app from "../src/app.js";
import { fix } from "../src/engine/index.js";
import { signGhost } from "../src/hooks/signatures.js";
import { RULES } from "../src/rules/index.js";
import { applyMigrations, SqliteReviewStore } from "../src/storage/sqlite.js";
import { AnnotatedText } from "../src/languagetool/annotated-text.js";
import { isHtmlMarkup, isMarkdownMarkup } from "../src/languagetool/markup-format.js";
import * as remark from "annotatedtext-remark";

const root = new URL("..", import.meta.url).pathname;
const TARGETS = { msPer1000Words: 5, coldStartMs: 300, bundleGzipBytes: 1024 * 1024, hookMs: 100 };
const failures: string[] = [];
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function words(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

function sotuSample(targetWords: number): string {
  const path = join(root, "fixtures/corpora/sotu-sentences.tsv");
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

console.log("\n== Publish hook (Node, app.request: signed Ghost post.published → answer, SQLite store on disk) ==");
{
  // A Ghost article built from the seed (dirty enough to open a review every time), as Ghost sends it.
  const hookDir = mkdtempSync(join(tmpdir(), "postedit-bench-hook-"));
  const db = new Database(join(hookDir, "postedit.sqlite"));
  db.pragma("journal_mode = WAL");
  const migrationsDir = join(root, "migrations");
  applyMigrations(db, readdirSync(migrationsDir).filter((name) => name.endsWith(".sql")).map((name) => ({ name, sql: readFileSync(join(migrationsDir, name), "utf8") })));
  const secret = "bench-ghost-secret";
  const env = { REVIEW_STORE: new SqliteReviewStore(db), POSTEDIT_GHOST_SECRET: secret };
  const template = JSON.parse(readFileSync(join(root, "fixtures/hooks/ghost-post-published.json"), "utf8")) as { post: { current: Record<string, unknown> } };
  const paragraphs = seed.split(/\n{2,}/);
  const asHtml = (list: string[]) => list.map((p) => `<p>${p.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/\n/g, "<br>")}</p>`).join("");
  let version = 0;
  const post = async (payload: string) => {
    const start = performance.now();
    const response = await app.request("/v1/hooks/ghost", { method: "POST", headers: { "content-type": "application/json", "x-ghost-signature": await signGhost(secret, payload, Date.now()) }, body: payload }, env);
    const text = await response.text();
    if (response.status !== 200) throw new Error(`hook answered ${response.status}: ${text.slice(0, 200)}`);
    return { ms: performance.now() - start, decision: (JSON.parse(text) as { decision: string }).decision };
  };
  const hook = async (label: string, body: string[], target: boolean) => {
    template.post.current.title = paragraphs[1];
    template.post.current.html = asHtml(body);
    const next = () => {
      template.post.current.updated_at = new Date(Date.UTC(2026, 0, 1) + version++ * 1000).toISOString();
      return JSON.stringify(template);
    };
    for (let i = 0; i < 10; i++) await post(next());
    const samples: number[] = [];
    let decision = "";
    const until = performance.now() + 2000;
    while (performance.now() < until || samples.length < 30) {
      const result = await post(next());
      samples.push(result.ms);
      decision = result.decision;
    }
    const p95 = [...samples].sort((a, b) => a - b)[Math.floor(samples.length * 0.95)]!;
    const payload = next();
    await post(payload);
    const replays: number[] = [];
    for (let i = 0; i < 20; i++) replays.push((await post(payload)).ms);
    console.log(
      `${label.padEnd(30)} ${String(words(body.join(" "))).padStart(5)} words  median ${median(samples).toFixed(1).padStart(5)} ms  p95 ${p95.toFixed(1).padStart(5)} ms  (${samples.length} deliveries, decision ${decision}); retry answered from the store: ${median(replays).toFixed(1)} ms`,
    );
    if (target && median(samples) > TARGETS.hookMs) failures.push(`hook ${median(samples).toFixed(0)} ms > ${TARGETS.hookMs}`);
  };
  await hook("typical article (the seed)", paragraphs, true);
  await hook("long article (the seed × 5)", [1, 2, 3, 4, 5].flatMap(() => paragraphs), false);
  db.close();
}

console.log("\n== LanguageTool API (/v2/check vs /v1/check, Node, app.request) ==");
{
  // The two requests alternate, so that other load on the machine weighs on both alike.
  const time = async (one: () => Response | Promise<Response>, two: () => Response | Promise<Response>) => {
    for (let i = 0; i < 10; i++) await Promise.all([(await one()).text(), (await two()).text()]);
    const samples: [number[], number[]] = [[], []];
    const until = performance.now() + 3000;
    while (performance.now() < until || samples[0].length < 20) {
      for (const [i, request] of [one, two].entries()) {
        const start = performance.now();
        await (await request()).text();
        samples[i]!.push(performance.now() - start);
      }
    }
    return [median(samples[0]), median(samples[1])] as const;
  };
  const v1 = (text: string, format: string) => () => app.request("/v1/check", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text, format }) });
  const v2 = (params: Record<string, string>) => () => app.request("/v2/check", { method: "POST", body: new URLSearchParams({ language: "en-US", ...params }) });
  const markdown = readFileSync(join(root, "fixtures/markup/article.md"), "utf8");
  for (const [label, one, two] of [
    ["seed article, text", v1(seed, "text"), v2({ text: seed })],
    ["Markdown article, AnnotatedText", v1(markdown, "markdown"), v2({ data: JSON.stringify(remark.build(markdown, remark.defaults)) })],
  ] as const) {
    const [a, b] = await time(one, two);
    console.log(`${label.padEnd(34)} /v1 ${a.toFixed(2).padStart(6)} ms  /v2 ${b.toFixed(2).padStart(6)} ms  (×${(b / a).toFixed(2)})`);
  }
  // Markup pieces built to make a backtracking reader quadratic; 4× the size should take about 4× the time.
  const adversarial = (n: number) => ["`".repeat(n), "<a".repeat(n), "[".repeat(n) + "x", "![".repeat(n), "<!--".repeat(n), "*".repeat(n) + "x", "---\n".repeat(n)];
  const scan = (n: number) => {
    const pieces = adversarial(n);
    const start = performance.now();
    for (let round = 0; round < 3; round++) {
      for (const piece of pieces) {
        isMarkdownMarkup(piece);
        isHtmlMarkup(piece);
      }
      AnnotatedText.fromAnnotation(pieces.map((markup) => ({ markup })));
    }
    return performance.now() - start;
  };
  scan(10_000);
  const small = median([scan(50_000), scan(50_000), scan(50_000)]);
  const big = median([scan(200_000), scan(200_000), scan(200_000)]);
  console.log(`AnnotatedText markup, adversarial pieces: 50k chars ${small.toFixed(1)} ms, 200k chars ${big.toFixed(1)} ms (×${(big / small).toFixed(1)} for ×4 input)`);
  if (big / small > 8) failures.push(`AnnotatedText markup reading grows ×${(big / small).toFixed(1)} for ×4 input (not linear)`);
}

console.log(`\n== Targets: ${failures.length === 0 ? "all met" : `MISSED: ${failures.join("; ")}`} ==`);
process.exitCode = failures.length === 0 ? 0 : 1;
