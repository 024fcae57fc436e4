/**
 * In-place writes cannot be left half done: a `postedit fix` killed between
 * writing its temporary file and the rename (held there by the test hook
 * POSTEDIT_TEST_PAUSE_BEFORE_RENAME) leaves the original intact; SIGKILL
 * leaves the temporary file, which the next run removes; SIGTERM removes it
 * itself.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ChildProcess } from "node:child_process";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { finished, run, SEED, SEED_EXPECTED, start, tempDir } from "./harness.js";

vi.setConfig({ testTimeout: 60_000 });

const seed = readFileSync(SEED, "utf8");
const expected = readFileSync(SEED_EXPECTED, "utf8");

let dir: { path: string; remove: () => void };
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.remove());

/** Starts `fix` held before its rename; resolves with the temporary file's path once it is written. */
function fixHeldBeforeRename(args: string[]): { child: ChildProcess; temp: Promise<string> } {
  const child = start(["fix", ...args], { cwd: dir.path, env: { POSTEDIT_TEST_PAUSE_BEFORE_RENAME: "120000" } });
  const temp = new Promise<string>((resolve, reject) => {
    let stderr = "";
    child.stderr!.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
      const match = /test pause before rename: (.+)\n/.exec(stderr);
      if (match) resolve(match[1]!);
    });
    child.on("exit", () => reject(new Error(`postedit exited before pausing: ${stderr}`)));
  });
  return { child, temp };
}

describe("atomic in-place writes", () => {
  it("a run killed (SIGKILL) mid-write leaves the original intact; the next run removes the temporary file", async () => {
    const article = join(dir.path, "article.txt");
    writeFileSync(article, seed);
    const { child, temp } = fixHeldBeforeRename(["article.txt"]);
    const exited = finished(child);
    const tempPath = await temp;
    // The new text is complete in the temporary file, beside the original.
    expect(readFileSync(tempPath, "utf8")).toBe(expected);
    expect(readdirSync(dir.path).sort()).toEqual([tempPath.slice(dir.path.length + 1), "article.txt"].sort());
    child.kill("SIGKILL");
    expect((await exited).signal).toBe("SIGKILL");

    expect(readFileSync(article, "utf8")).toBe(seed);
    expect(existsSync(tempPath)).toBe(true);

    const next = await run(["fix", "article.txt"], { cwd: dir.path });
    expect(next.code).toBe(1);
    expect(readFileSync(article, "utf8")).toBe(expected);
    expect(readdirSync(dir.path)).toEqual(["article.txt"]);
  });

  it("a run stopped with SIGTERM mid-write removes its temporary file and leaves the original intact", async () => {
    const article = join(dir.path, "article.md");
    writeFileSync(article, seed);
    const { child, temp } = fixHeldBeforeRename(["."]);
    const exited = finished(child);
    const tempPath = await temp;
    child.kill("SIGTERM");
    expect((await exited).code).toBe(143);
    expect(existsSync(tempPath)).toBe(false);
    expect(readdirSync(dir.path)).toEqual(["article.md"]);
    expect(readFileSync(article, "utf8")).toBe(seed);
  });

  it("a temporary file of a live process is left alone", async () => {
    const article = join(dir.path, "article.txt");
    writeFileSync(article, seed);
    // Named as a temporary file of this (live) test process.
    const foreign = join(dir.path, `.article.txt.postedit-${process.pid}-0123abcd.tmp`);
    writeFileSync(foreign, "another run's text");
    await run(["fix", "article.txt"], { cwd: dir.path });
    expect(readFileSync(foreign, "utf8")).toBe("another run's text");
    expect(readFileSync(article, "utf8")).toBe(expected);
  });
});
