/**
 * Runs the bundled command line (dist-cli/postedit.mjs, built by the global
 * setup) as a real process: arguments, standard input, working directory and
 * environment in; exit code, stdout and stderr out. Temporary folders are
 * made under the OS's temp folder, outside any .postedit.json of this repository.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const CLI = join(ROOT, "dist-cli/postedit.mjs");
export const SEED = join(ROOT, "fixtures/seed/geneva-talks.txt");
export const SEED_EXPECTED = join(ROOT, "fixtures/seed/expected-default.txt");

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** Written to standard input, which is then closed (unless `keepStdinOpen`). */
  input?: string | Buffer;
  keepStdinOpen?: boolean;
  cwd?: string;
  env?: Record<string, string | undefined>;
}

/** An environment without the variables that change colour or the CLI's behaviour, plus `env`. */
export function cliEnv(env: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const base: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ["NO_COLOR", "FORCE_COLOR", "POSTEDIT_TEST_PAUSE_BEFORE_RENAME"]) delete base[name];
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) delete base[name];
    else base[name] = value;
  }
  return base;
}

export function start(args: readonly string[], options: RunOptions = {}): ChildProcess {
  const child = spawn(process.execPath, [CLI, ...args], { cwd: options.cwd ?? ROOT, env: cliEnv(options.env), stdio: ["pipe", "pipe", "pipe"] });
  child.stdin!.on("error", () => {}); // the CLI may exit before reading all of it
  if (options.keepStdinOpen) {
    if (options.input !== undefined) child.stdin!.write(options.input);
  } else {
    child.stdin!.end(options.input);
  }
  return child;
}

export function finished(child: ChildProcess): Promise<RunResult> {
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout!.on("data", (chunk: Buffer) => stdout.push(chunk));
  child.stderr!.on("data", (chunk: Buffer) => stderr.push(chunk));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) =>
      resolve({ code, signal, stdout: Buffer.concat(stdout).toString("utf8"), stderr: Buffer.concat(stderr).toString("utf8") }),
    );
  });
}

export function run(args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  return finished(start(args, options));
}

export function tempDir(prefix = "postedit-cli-"): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}
