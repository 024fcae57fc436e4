/**
 * The command line and the HTTP API give the same answers for the same
 * inputs: `--output json` per file equals `POST /v1/fix` and `/v1/check`
 * (called through app.request()), and so do the JSONL lines.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import app from "../../src/app.js";
import { ROOT, run, SEED, tempDir } from "./harness.js";

vi.setConfig({ testTimeout: 60_000 });

type Json = Record<string, any>;

const documents: { name: string; format: "text" | "html" | "markdown"; text: string }[] = [
  { name: "geneva-talks.txt", format: "text", text: readFileSync(SEED, "utf8") },
  { name: "article.md", format: "markdown", text: readFileSync(join(ROOT, "fixtures/markup/article.md"), "utf8") },
  { name: "ghost-post.html", format: "html", text: readFileSync(join(ROOT, "fixtures/markup/ghost-post.html"), "utf8") },
  { name: "wordpress-post.html", format: "html", text: readFileSync(join(ROOT, "fixtures/markup/wordpress-post.html"), "utf8") },
  { name: "emoji.txt", format: "text", text: "Café 😀 talks resume Monday in Swiss., he said.\r\n\r\n« Oui » theNorth 4,9 % 😀" },
];

async function api(path: string, body: Json): Promise<Json> {
  const response = await app.request(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  expect(response.status).toBe(200);
  return (await response.json()) as Json;
}

let dir: { path: string; remove: () => void };
beforeAll(() => {
  dir = tempDir();
  for (const document of documents) writeFileSync(join(dir.path, document.name), document.text);
  writeFileSync(
    join(dir.path, "archive.jsonl"),
    documents.map((document, index) => JSON.stringify({ id: index % 2 ? index : document.name, text: document.text, format: document.format })).join("\n"),
  );
});
afterAll(() => dir.remove());

const names = documents.map((document) => document.name);

describe("the command line answers as the API does", () => {
  it("fix --output json: each file's answer is POST /v1/fix's body", async () => {
    const result = await run(["fix", "--dry-run", "--output", "json", ...names], { cwd: dir.path });
    const reports = JSON.parse(result.stdout) as Json[];
    expect(reports.map((report) => report.path)).toEqual(names);
    for (const [index, { path, format, written, ...answer }] of reports.entries()) {
      expect(written).toBe(false);
      expect(format).toBe(documents[index]!.format);
      expect(answer).toEqual(await api("/v1/fix", { text: documents[index]!.text, format }));
      expect(answer.findings.length).toBeGreaterThan(0);
    }
  });

  it("check --output json, with --ignore, equals POST /v1/check with rules.disable", async () => {
    const result = await run(["check", "--output", "json", "--ignore", "typography,french-gloss", ...names], { cwd: dir.path });
    for (const [index, { path, format, ...answer }] of (JSON.parse(result.stdout) as Json[]).entries()) {
      expect(path).toBe(names[index]);
      expect(answer).toEqual(await api("/v1/check", { text: documents[index]!.text, format, rules: { disable: ["typography", "french-gloss"] } }));
    }
  });

  it("fix - --apply all --only … equals POST /v1/fix with apply all and rules.only", async () => {
    const seed = documents[0]!.text;
    const result = await run(["fix", "-", "--apply", "all", "--only", "quotation,boilerplate", "--output", "json"], { input: seed });
    const [{ path, format, written, ...answer }] = JSON.parse(result.stdout) as [Json];
    expect({ path, format, written }).toEqual({ path: "<stdin>", format: "text", written: false });
    const expected = await api("/v1/fix", { text: seed, apply: "all", rules: { only: ["quotation", "boilerplate"] } });
    expect(answer).toEqual(expected);
    // And the text on stdout without --output json is that text.
    expect((await run(["fix", "-", "--apply", "all", "--only", "quotation,boilerplate"], { input: seed })).stdout).toBe(expected.text);
  });

  it("JSONL lines carry the API's text, findings and stats", async () => {
    for (const mode of ["fix", "check"] as const) {
      const result = await run([mode, "--jsonl", "archive.jsonl"], { cwd: dir.path });
      const lines = result.stdout.trimEnd().split("\n").map((line) => JSON.parse(line) as Json);
      expect(lines).toHaveLength(documents.length);
      for (const [index, { id, ...answer }] of lines.entries()) {
        expect(id).toEqual(index % 2 ? index : documents[index]!.name);
        const expected = await api(`/v1/${mode}`, { text: documents[index]!.text, format: documents[index]!.format });
        expect(answer).toEqual(mode === "fix" ? { text: expected.text, findings: expected.findings, stats: expected.stats } : expected);
      }
    }
  });
});

