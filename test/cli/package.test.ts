/**
 * The packed package runs: `npm pack` holds the bundled command line, and
 * installed the way npm installs a tarball (the package under node_modules,
 * its bin linked in node_modules/.bin), `npx postedit` runs it on plain Node
 * with nothing else installed — no tsx, no dependencies, no network. (npm
 * itself does not install the tarball here: that would fetch the server's
 * dependencies from the registry; the README says how it was checked by hand.)
 */
import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { cliEnv, ROOT, SEED, SEED_EXPECTED, tempDir } from "./harness.js";

vi.setConfig({ testTimeout: 120_000 });

let dir: { path: string; remove: () => void };
let tarball: string;

beforeAll(() => {
  dir = tempDir("postedit-pack-");
  // --ignore-scripts: the bundle is already built (vitest's global setup); rebuilding it here would rewrite
  // the file other test files are running.
  const output = execFileSync("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", dir.path], { cwd: ROOT, encoding: "utf8", env: cliEnv() });
  const [packed] = JSON.parse(output) as [{ filename: string; files: { path: string; mode: number }[] }];
  tarball = join(dir.path, packed.filename);
  expect(packed.files.map((file) => file.path).sort()).toEqual(["README.md", "dist-cli/postedit.mjs", "package.json", "src/lexicon/NOTICE.md"]);
  expect(packed.files.find((file) => file.path === "dist-cli/postedit.mjs")!.mode & 0o111).not.toBe(0);
});
afterAll(() => dir.remove());

describe("the packed package", () => {
  it("npx postedit runs from it with nothing else installed", () => {
    const project = join(dir.path, "project");
    const installed = join(project, "node_modules/postedit");
    mkdirSync(installed, { recursive: true });
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "uses-postedit", private: true, dependencies: { postedit: `file:${tarball}` } }));
    execFileSync("tar", ["-xzf", tarball, "-C", installed, "--strip-components=1"]);
    const manifest = JSON.parse(readFileSync(join(installed, "package.json"), "utf8")) as { bin: Record<string, string> };
    mkdirSync(join(project, "node_modules/.bin"));
    symlinkSync(join("..", "postedit", manifest.bin.postedit!), join(project, "node_modules/.bin/postedit"));
    chmodSync(join(installed, manifest.bin.postedit!), statSync(join(installed, manifest.bin.postedit!)).mode | 0o111);
    expect(readdirSync(join(project, "node_modules"))).toEqual([".bin", "postedit"]);

    const npx = (args: string[], input?: string) =>
      execFileSync("npx", ["--no-install", "postedit", ...args], { cwd: project, input, encoding: "utf8", env: cliEnv({ npm_config_offline: "true" }) });
    expect(npx(["--version"])).toBe(`${(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version}\n`);
    // The seed comes back as expected-default.txt (exit 1: suggestions are left, so execFileSync throws with the output).
    let stdout = "";
    try {
      npx(["fix", "-"], readFileSync(SEED, "utf8"));
    } catch (error) {
      const failure = error as { status: number; stdout: string };
      expect(failure.status).toBe(1);
      stdout = failure.stdout;
    }
    expect(stdout).toBe(readFileSync(SEED_EXPECTED, "utf8"));
    // And the archive mode's worker threads start from the installed bundle.
    const lines = npx(["fix", "--jsonl", "-", "--jobs", "2"], `${JSON.stringify({ id: 1, text: "Fine." })}\n${JSON.stringify({ id: 2, text: "Also fine." })}\n`);
    expect(lines.trimEnd().split("\n").map((line) => JSON.parse(line).id)).toEqual([1, 2]);
  });
});
