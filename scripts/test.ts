/**
 * `npm test`: the type-check, the Node test run and the workerd test run,
 * one after the other. Every step runs even when an earlier one failed, so a
 * failure in one never hides the result of the others; a summary at the end
 * says which passed, and the exit code is non-zero when any failed.
 *
 *   npm test                  all three
 *   npx vitest run <file>     one Node-side file while working
 */
import { spawnSync } from "node:child_process";

interface Step {
  name: string;
  command: string[];
}

const STEPS: Step[] = [
  { name: "type-check (tsc, four configs)", command: ["npm", "run", "typecheck", "--silent"] },
  { name: "Node tests (vitest.config.ts)", command: ["npx", "vitest", "run"] },
  { name: "workerd tests (vitest.workers.config.ts)", command: ["npx", "vitest", "run", "--config", "vitest.workers.config.ts"] },
];

const results: { name: string; ok: boolean; seconds: number; detail: string }[] = [];
for (const step of STEPS) {
  console.log(`\n── npm test: ${step.name} ──`);
  const started = performance.now();
  const run = spawnSync(step.command[0]!, step.command.slice(1), { stdio: "inherit" });
  const seconds = (performance.now() - started) / 1000;
  const ok = run.status === 0;
  const detail = run.error ? run.error.message : run.signal ? `killed by ${run.signal}` : `exit code ${run.status}`;
  results.push({ name: step.name, ok, seconds, detail });
}

console.log("\n── npm test: summary ──");
for (const { name, ok, seconds, detail } of results) {
  console.log(`${ok ? "passed" : "FAILED"}  ${name}  (${seconds.toFixed(0)} s${ok ? "" : `, ${detail}`})`);
}
const failed = results.filter((result) => !result.ok).length;
console.log(failed === 0 ? "All steps passed." : `${failed} of ${results.length} steps failed.`);
process.exit(failed === 0 ? 0 : 1);
