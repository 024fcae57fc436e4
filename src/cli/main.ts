/**
 * The `postedit` command (package.json "bin", bundled by scripts/build-cli.ts
 * into dist-cli/postedit.mjs so it runs on plain Node). The same bundle is the
 * JSONL worker thread: started in that role, it serves jobs instead.
 */
import { createRequire } from "node:module";
import { isMainThread, workerData } from "node:worker_threads";
import { CATEGORIES } from "../engine/index.js";
import { RULES } from "../rules/index.js";
import { removePendingTemps } from "./atomic-write.js";
import { CliError, EXIT_CLEAN, EXIT_ERROR } from "./errors.js";
import { helpText } from "./help.js";
import { handleInterrupts, onInterrupt } from "./interrupt.js";
import { runJsonl } from "./jsonl/run.js";
import { serveJobs, WORKER_ROLE, type WorkerData } from "./jsonl/worker.js";
import { parseInvocation } from "./options.js";
import { runFiles, type Streams } from "./run-files.js";

/** Set by the bundler from package.json; read from it when run from source. */
declare const POSTEDIT_VERSION: string | undefined;

function version(): string {
  if (typeof POSTEDIT_VERSION === "string") return POSTEDIT_VERSION;
  return (createRequire(import.meta.url)("../../package.json") as { version: string }).version;
}

function listRules(json: boolean): string {
  if (json) {
    return `${JSON.stringify(
      {
        categories: Object.entries(CATEGORIES).map(([id, description]) => ({ id, description })),
        rules: RULES.map(({ id, category, description }) => ({ id, category, description })),
      },
      null,
      2,
    )}\n`;
  }
  const lines: string[] = [];
  for (const [category, description] of Object.entries(CATEGORIES)) {
    lines.push(`${category}: ${description}`);
    for (const rule of RULES.filter((r) => r.category === category)) lines.push(`  ${rule.id.padEnd(28)} ${rule.description}`);
  }
  return `${lines.join("\n")}\n`;
}

async function main(argv: readonly string[], io: Streams): Promise<number> {
  try {
    const invocation = parseInvocation(argv);
    switch (invocation.kind) {
      case "help":
        io.stdout.write(helpText(invocation.command));
        return EXIT_CLEAN;
      case "version":
        io.stdout.write(`${version()}\n`);
        return EXIT_CLEAN;
      case "rules":
        io.stdout.write(listRules(invocation.json));
        return EXIT_CLEAN;
      case "run":
        if (invocation.options.jsonl) return await runJsonl(invocation.options, io, new URL(import.meta.url));
        return await runFiles(invocation.options, io);
    }
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr.write(`postedit: error: ${error.message}\n`);
      return EXIT_ERROR;
    }
    io.stderr.write(`postedit: internal error (a bug in postedit): ${(error as Error).stack ?? error}\n`);
    return EXIT_ERROR;
  }
}

if (!isMainThread && (workerData as WorkerData | undefined)?.role === WORKER_ROLE) {
  serveJobs(workerData as WorkerData);
} else if (isMainThread) {
  // A reader that goes away (postedit check … | head) ends the run quietly.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE") process.exit(process.exitCode ?? EXIT_CLEAN);
      throw error;
    });
  }
  // Interrupted: no temporary file left behind (an atomic write in progress is abandoned, the original intact).
  onInterrupt(removePendingTemps);
  handleInterrupts();
  const code = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() });
  process.exit(code);
}
