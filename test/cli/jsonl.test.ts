/**
 * `postedit check|fix --jsonl` spawned on archives: a few hundred documents
 * come back complete and in input order (on one worker thread or several),
 * malformed lines get an error line and the run goes on, output streams
 * while input is still coming, --resume finishes a cut-off run, the progress
 * line shows documents, rate and time left.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { finished, run, SEED, start, tempDir } from "./harness.js";

vi.setConfig({ testTimeout: 60_000 });

type Json = Record<string, any>;
const seed = readFileSync(SEED, "utf8");

/** 300 documents: the seed, clean text, HTML, Markdown; numeric and string ids; and 6 lines that cannot be processed. */
function archive(): { text: string; expected: { id?: unknown; error?: string; line: number }[] } {
  const lines: string[] = [];
  const expected: { id?: unknown; error?: string; line: number }[] = [];
  const push = (line: string, outcome: { id?: unknown; error?: string } | null) => {
    lines.push(line);
    if (outcome) expected.push({ ...outcome, line: lines.length });
  };
  for (let i = 0; i < 300; i++) {
    const id = i % 4 === 0 ? `article-${i}` : i;
    const document =
      i % 5 === 0
        ? { id, text: `<p>Monday in Swiss. ${i}</p>`, format: "html" }
        : i % 5 === 1
          ? { id, text: `# Talks ${i}\n\nThe talks resumed in Geneva.\n`, format: "markdown" }
          : i % 5 === 2
            ? { id, text: `Document ${i} is clean English.`, extra: { source: "cms" } }
            : { id, text: seed };
    push(JSON.stringify(document), { id });
    if (i === 40) push("{not json", { error: "invalid_json" });
    if (i === 80) push(JSON.stringify({ text: "no id" }), { error: "invalid_request" });
    if (i === 120) push(JSON.stringify({ id: "bad-format", text: "x", format: "rtf" }), { id: "bad-format", error: "invalid_request" });
    if (i === 160) push(JSON.stringify({ id: "no-text" }), { id: "no-text", error: "invalid_request" });
    if (i === 200) push("[1, 2, 3]", { error: "invalid_request" });
    if (i === 240) push("", null); // blank lines are skipped
    if (i === 241) push("   \r", null);
  }
  push(JSON.stringify({ id: "too-long", text: "x".repeat(1_000_001) }), { id: "too-long", error: "payload_too_large" });
  return { text: `${lines.join("\n")}\n`, expected };
}

let dir: { path: string; remove: () => void };
let batch: ReturnType<typeof archive>;
let fullRun: { code: number | null; stdout: string; stderr: string };

beforeAll(async () => {
  dir = tempDir();
  batch = archive();
  writeFileSync(join(dir.path, "archive.jsonl"), batch.text);
  fullRun = await run(["fix", "--jsonl", "archive.jsonl"], { cwd: dir.path });
});
afterAll(() => dir.remove());

describe("--jsonl", () => {
  it("answers every line, in input order, with an error line for those that cannot be processed", () => {
    const lines = fullRun.stdout.trimEnd().split("\n").map((line) => JSON.parse(line) as Json);
    expect(lines).toHaveLength(batch.expected.length);
    for (const [index, expected] of batch.expected.entries()) {
      const line = lines[index]!;
      expect(line.id).toEqual(expected.id);
      if (expected.error) {
        expect(line.error).toMatchObject({ code: expected.error, line: expected.line });
        expect(line.error.message).toContain(`line ${expected.line}`);
        expect(Object.keys(line)).toEqual(expected.id === undefined ? ["error"] : ["id", "error"]);
      } else {
        expect(Object.keys(line)).toEqual(["id", "text", "findings", "stats"]);
      }
    }
    const seedLine = lines.find((line) => line.id === 3)!;
    expect(seedLine.text).toBe(readFileSync(join(SEED, "../expected-default.txt"), "utf8"));
    expect(lines.find((line) => line.id === "article-0")!.text).toBe("<p>Monday in Switzerland. 0</p>");
    // Errors are a runtime failure for the run as a whole: exit 2, said on stderr.
    expect(fullRun.code).toBe(2);
    expect(fullRun.stderr).toMatch(/^postedit: 306 documents in [\d.]+ s .*; 6 lines could not be processed/m);
  });

  it("gives the same bytes on one worker thread as on several", async () => {
    const single = await run(["fix", "--jsonl", "archive.jsonl", "--jobs", "1"], { cwd: dir.path });
    expect(single.stdout).toBe(fullRun.stdout);
    expect(single.stderr).toContain("1 worker thread)");
    const three = await run(["fix", "--jsonl", "archive.jsonl", "--jobs", "3", "--out", "three.jsonl"], { cwd: dir.path });
    expect(three.stdout).toBe("");
    expect(readFileSync(join(dir.path, "three.jsonl"), "utf8")).toBe(fullRun.stdout);
  });

  it("check: no text in the lines; exit 0 on clean documents, 1 with findings", async () => {
    const clean = [1, 2, 3].map((id) => JSON.stringify({ id, text: `Document ${id} is clean English.` })).join("\n");
    const cleanRun = await run(["check", "--jsonl", "-"], { input: clean });
    expect(cleanRun.code).toBe(0);
    expect(cleanRun.stdout.trimEnd().split("\n").map((line) => Object.keys(JSON.parse(line)))).toEqual([
      ["id", "findings", "stats"],
      ["id", "findings", "stats"],
      ["id", "findings", "stats"],
    ]);
    const dirty = await run(["check", "--jsonl", "-"], { input: `${clean}\n${JSON.stringify({ id: 4, text: "Monday in Swiss." })}` });
    expect(dirty.code).toBe(1);
    expect(dirty.stderr).toContain("4 documents");
    expect(dirty.stderr).toContain("1 with findings");
  });

  it("streams: each result is written as soon as it is in, while the input is still open", async () => {
    const child = start(["fix", "--jsonl", "-"], { keepStdinOpen: true });
    const result = finished(child);
    const firstLine = new Promise<string>((resolve) => {
      let seen = "";
      child.stdout!.on("data", (chunk: Buffer) => {
        seen += chunk.toString("utf8");
        if (seen.includes("\n")) resolve(seen);
      });
    });
    // One document, far fewer than the window: it must come back without more input or the end of it.
    child.stdin!.write(`${JSON.stringify({ id: "first", text: "Monday in Swiss." })}\n`);
    const seen = await firstLine;
    expect(JSON.parse(seen.split("\n")[0]!)).toMatchObject({ id: "first", text: "Monday in Switzerland." });
    expect(child.stdin!.writableEnded).toBe(false);
    child.stdin!.end(`${JSON.stringify({ id: "second", text: "Fine." })}\n`);
    const { stdout, code } = await result;
    expect(stdout.trimEnd().split("\n").map((line) => JSON.parse(line).id)).toEqual(["first", "second"]);
    expect(code).toBe(0);
  });

  it("--resume OUT finishes a run cut off mid-line, skipping the ids already written", async () => {
    const out = join(dir.path, "resumed.jsonl");
    const full = fullRun.stdout;
    // A run killed after 120 lines, in the middle of writing the 121st.
    const lines = full.split("\n");
    writeFileSync(out, `${lines.slice(0, 120).join("\n")}\n${lines[120]!.slice(0, 50)}`);
    const resumed = await run(["fix", "--jsonl", "archive.jsonl", "--resume", "resumed.jsonl"], { cwd: dir.path });
    expect(readFileSync(out, "utf8")).toBe(full);
    expect(resumed.stdout).toBe("");
    expect(resumed.stderr).toMatch(/120 already in resumed\.jsonl \(a cut-off last line of 50 bytes was removed\)/);
    expect(resumed.stderr).toMatch(/^postedit: 186 documents/m);

    const again = await run(["fix", "--jsonl", "archive.jsonl", "--resume", "resumed.jsonl"], { cwd: dir.path });
    expect(readFileSync(out, "utf8")).toBe(full);
    expect(again.stderr).toMatch(/^postedit: 0 documents .*; 306 already in resumed\.jsonl/m);
    expect(again.code).toBe(0);
  });

  it("--progress shows documents, documents per second, a bar and the time left", async () => {
    const result = await run(["check", "--jsonl", "archive.jsonl", "--progress", "--out", "progress.jsonl"], { cwd: dir.path });
    const draws = result.stderr.split("\r\x1b[2K").filter((draw) => draw.startsWith("postedit ["));
    expect(draws.length).toBeGreaterThan(0);
    expect(draws.at(-1)).toMatch(/^postedit \[#{20}\] 100% {2}306 docs {2}[\d.,]+ docs\/s {2}ETA 0s\n/);
    // Without a terminal and without --progress: no progress line.
    expect(fullRun.stderr).not.toContain("\r");
  });

  it("reports a line longer than the limit without holding it, and goes on", async () => {
    const long = JSON.stringify({ id: "huge", text: "y".repeat(9 * 1024 * 1024) });
    const input = [JSON.stringify({ id: 1, text: "Monday in Swiss." }), long, JSON.stringify({ id: 2, text: "Fine." })].join("\n");
    const result = await run(["fix", "--jsonl", "-"], { input });
    const lines = result.stdout.trimEnd().split("\n").map((line) => JSON.parse(line) as Json);
    expect(lines.map((line) => line.id)).toEqual([1, undefined, 2]);
    expect(lines[1]!.error).toEqual({ code: "line_too_long", message: "line 2 is longer than 8388608 bytes", line: 2 });
    expect(lines[0]!.text).toBe("Monday in Switzerland.");
  });

  it("exits 2 on a missing archive and on writing over the input", async () => {
    const missing = await run(["check", "--jsonl", "nope.jsonl"], { cwd: dir.path });
    expect(missing).toMatchObject({ code: 2, stderr: "postedit: error: no such file: nope.jsonl\n" });
    const overwrite = await run(["check", "--jsonl", "archive.jsonl", "--out", "./archive.jsonl"], { cwd: dir.path });
    expect(overwrite.code).toBe(2);
    expect(overwrite.stderr).toContain("is the input");
    expect(readFileSync(join(dir.path, "archive.jsonl"), "utf8")).toBe(batch.text);
  });
});
