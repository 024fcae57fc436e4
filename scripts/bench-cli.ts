/**
 * Throughput of `postedit fix --jsonl` in documents per second on the seed
 * article (fixtures/seed/geneva-talks.txt, 2.7 kB): the local engine on one
 * worker thread and on every core, and `--remote` against the Node server
 * (`npm start`, started here on a random port with an in-memory store). Also
 * checks that every run wrote the same lines. Prints the load average too:
 * on a shared machine, compare the figures of one run with each other.
 *
 *   npm run bench:cli [-- --documents 2000]
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { buildCli } from "./build-cli.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const { values } = parseArgs({ options: { documents: { type: "string", default: "2000" } } });
const count = Number(values.documents);

await buildCli();
const cli = join(root, "dist-cli/postedit.mjs");
const dir = mkdtempSync(join(tmpdir(), "postedit-bench-cli-"));
const seed = readFileSync(join(root, "fixtures/seed/geneva-talks.txt"), "utf8");
const archive = join(dir, "archive.jsonl");
writeFileSync(archive, Array.from({ length: count }, (_, id) => `${JSON.stringify({ id, text: seed })}\n`).join(""));

/** GNU time, when installed, gives the CPU time of the run: on a loaded machine a steadier figure than the wall clock. */
const gnuTime = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;

function timed(label: string, args: string[]): { label: string; perSecond: number; cpuMs?: number; output: string } {
  const out = join(dir, `${label.replace(/\W+/g, "-")}.jsonl`);
  const command = [process.execPath, cli, "fix", "--jsonl", archive, "--out", out, "--quiet", ...args];
  const started = performance.now();
  const result = gnuTime ? spawnSync(gnuTime, ["-f", "cpu %U %S", ...command], { encoding: "utf8" }) : spawnSync(command[0]!, command.slice(1), { encoding: "utf8" });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 1) throw new Error(`${label}: exit ${result.status}: ${result.stderr}`);
  const cpu = /cpu ([\d.]+) ([\d.]+)/.exec(result.stderr);
  return { label, perSecond: count / seconds, cpuMs: cpu ? ((Number(cpu[1]) + Number(cpu[2])) * 1000) / count : undefined, output: readFileSync(out, "utf8") };
}

/** `npm start`'s server (src/node.ts through tsx) on a random port; resolves with its URL. */
function startServer(): Promise<{ url: string; stop: () => void }> {
  const server = spawn(process.execPath, ["--import", "tsx", join(root, "src/node.ts")], {
    cwd: root,
    env: { ...process.env, PORT: "0", POSTEDIT_DB: ":memory:" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    let log = "";
    server.stdout!.on("data", (chunk: Buffer) => {
      log += chunk.toString("utf8");
      const match = /listening on (http:\/\/\S+)/.exec(log);
      if (match) resolve({ url: match[1]!, stop: () => server.kill("SIGTERM") });
    });
    server.on("exit", (code) => reject(new Error(`the server exited (${code}) before listening: ${log}`)));
  });
}

const load = loadavg().map((n) => n.toFixed(1)).join(" ");
const runs = [timed("local, 1 worker thread", ["--jobs", "1"]), timed(`local, ${availableParallelism()} worker threads`, [])];
const server = await startServer();
try {
  runs.push(timed("--remote npm start, --concurrency 8", ["--remote", server.url, "--concurrency", "8"]));
  runs.push(timed("--remote npm start, --concurrency 16", ["--remote", server.url, "--concurrency", "16"]));
} finally {
  server.stop();
}
const same = runs.every((run) => run.output === runs[0]!.output);
rmSync(dir, { recursive: true, force: true });

console.log(`postedit fix --jsonl: ${count} copies of the seed article (${seed.length} characters) on ${availableParallelism()} cores`);
console.log(`load average before: ${load}; after: ${loadavg().map((n) => n.toFixed(1)).join(" ")}`);
for (const run of runs) {
  // With --remote the server's CPU time is not counted: it is another process.
  const cpu = run.cpuMs === undefined ? "" : `  ${run.cpuMs.toFixed(2)} ms CPU per document${run.label.startsWith("--remote") ? " (client only)" : ""}`;
  console.log(`  ${run.label.padEnd(40)} ${run.perSecond.toFixed(0).padStart(6)} documents/s${cpu}`);
}
console.log(same ? "  every run wrote the same lines" : "  THE RUNS WROTE DIFFERENT LINES");
if (!same) process.exit(1);
