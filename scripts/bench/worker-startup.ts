/**
 * The Worker's own start-up in workerd, through Miniflare (the runtime
 * `wrangler dev` uses): the built bundle (wrangler deploy --dry-run) is
 * loaded, then the first request (POST /v1/fix with the seed article) is
 * timed, and the second; the same for a Worker that only answers "ok", the
 * baseline measured in the same run. Start-up = the extra time to get ready
 * (module evaluation, beside workerd's own start) plus the extra time of the
 * first request (first use of rules, word lists and patterns).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { Miniflare } from "miniflare";
import { median } from "./measure.js";

export interface WorkerStartup {
  readyMs: number;
  firstRequestMs: number;
  secondRequestMs: number;
  baselineReadyMs: number;
  baselineFirstRequestMs: number;
  /** readyMs - baselineReadyMs + firstRequestMs - baselineFirstRequestMs. */
  startupMs: number;
}

interface RequestSpec {
  url: string;
  init?: { method: string; headers: Record<string, string>; body: string };
}

async function once(scriptPath: string, compatibilityDate: string, request: RequestSpec): Promise<{ ready: number; first: number; second: number }> {
  const start = performance.now();
  const mf = new Miniflare({
    // The module given as is: Miniflare would otherwise parse the bundle to find its imports (seconds, for tooling only).
    modules: [{ type: "ESModule", path: scriptPath, contents: readFileSync(scriptPath, "utf8") }],
    modulesRoot: dirname(scriptPath),
    compatibilityDate,
    d1Databases: { DB: "bench-db" },
    bindings: { POSTEDIT_WEBHOOK_SECRET: "whsec_YmVuY2gtc2VjcmV0LWJlbmNoLXNlY3JldC1iZW5jaA==" },
  });
  try {
    await mf.ready;
    const ready = performance.now() - start;
    const time = async () => {
      const t = performance.now();
      const response = await mf.dispatchFetch(request.url, request.init);
      await response.text();
      if (!response.ok) throw new Error(`the Worker answered ${response.status}`);
      return performance.now() - t;
    };
    const first = await time();
    const second = await time();
    return { ready, first, second };
  } finally {
    await mf.dispose();
  }
}

export async function workerStartup(bundlePath: string, compatibilityDate: string, seed: string, runs = 3): Promise<WorkerStartup> {
  const dir = mkdtempSync(join(tmpdir(), "postedit-bench-worker-"));
  const baselinePath = join(dir, "baseline.mjs");
  writeFileSync(baselinePath, `export default { fetch() { return new Response("ok"); } };\n`);
  const fixRequest: RequestSpec = {
    url: "http://localhost/v1/fix",
    init: { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text: seed }) },
  };
  const ours: { ready: number; first: number; second: number }[] = [];
  const baseline: { ready: number; first: number; second: number }[] = [];
  for (let i = 0; i < runs; i++) {
    // Alternated, so that load from other processes weighs on both alike.
    ours.push(await once(bundlePath, compatibilityDate, fixRequest));
    baseline.push(await once(baselinePath, compatibilityDate, { url: "http://localhost/" }));
  }
  const readyMs = median(ours.map((r) => r.ready));
  const firstRequestMs = median(ours.map((r) => r.first));
  const baselineReadyMs = median(baseline.map((r) => r.ready));
  const baselineFirstRequestMs = median(baseline.map((r) => r.first));
  return {
    readyMs,
    firstRequestMs,
    secondRequestMs: median(ours.map((r) => r.second)),
    baselineReadyMs,
    baselineFirstRequestMs,
    startupMs: Math.max(0, readyMs - baselineReadyMs) + Math.max(0, firstRequestMs - baselineFirstRequestMs),
  };
}
