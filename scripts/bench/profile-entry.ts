/**
 * Bundled by scripts/bench.ts and run under `node --cpu-prof`: the warm
 * default pipeline on the dirty texts (the seed article, and the WMT text
 * when ../shared is there) for a few seconds, after a warm-up.
 */
import { fix } from "../../src/engine/index.js";
import { RULES } from "../../src/rules/index.js";

const texts = JSON.parse(process.env.BENCH_TEXTS ?? "[]") as string[];
for (let i = 0; i < 50; i++) for (const text of texts) fix(text, RULES, "safe");
const until = performance.now() + Number(process.env.BENCH_PROFILE_MS ?? 4000);
while (performance.now() < until) for (const text of texts) fix(text, RULES, "safe");
