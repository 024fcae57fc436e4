/**
 * `--jsonl --remote URL`: the same archive sent to a postedit server gives the
 * same lines as the local engine. The app is served on a random port by
 * @hono/node-server inside the test; a small local server in front of it
 * answers 429, 503, 404 or 413 where a test wants it, to check retries with
 * backoff, giving up (then resuming), and per-document refusals.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { serve, type ServerType } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import app from "../../src/app.js";
import { run, SEED, tempDir } from "./harness.js";

vi.setConfig({ testTimeout: 60_000 });

type Json = Record<string, any>;
const seed = readFileSync(SEED, "utf8");

let dir: { path: string; remove: () => void };
let appServer: ServerType;
let appUrl: string;
let localFix: string;

const documents = Array.from({ length: 40 }, (_, i) =>
  i % 3 === 0 ? { id: `doc-${i}`, text: seed } : i % 3 === 1 ? { id: i, text: `<p>Monday in Swiss. ${i}</p>`, format: "html" } : { id: i, text: `Clean text number ${i}.` },
);

beforeAll(async () => {
  dir = tempDir();
  writeFileSync(join(dir.path, "archive.jsonl"), `${documents.map((d) => JSON.stringify(d)).join("\n")}\n`);
  await new Promise<void>((resolve) => {
    appServer = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info) => {
      appUrl = `http://127.0.0.1:${info.port}`;
      resolve();
    });
  });
  localFix = (await run(["fix", "--jsonl", "archive.jsonl"], { cwd: dir.path })).stdout;
});

afterAll(async () => {
  await new Promise((resolve) => appServer.close(resolve));
  dir.remove();
});

/** A server in front of the app: `answer` may reply itself (status, headers, body) or let the app answer. */
async function frontServer(answer: (body: Json, count: number) => { status: number; headers?: Record<string, string>; body: string } | undefined) {
  const seen = new Map<string, number>();
  const requests: { path: string; status: number }[] = [];
  const server: Server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", async () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      const body = JSON.parse(raw) as Json;
      const key = String(body.text);
      const count = (seen.get(key) ?? 0) + 1;
      seen.set(key, count);
      const own = answer(body, count);
      if (own) {
        requests.push({ path: request.url!, status: own.status });
        response.writeHead(own.status, { "content-type": "application/json", ...own.headers });
        response.end(own.body);
        return;
      }
      const forwarded = await app.request(request.url!, { method: "POST", headers: { "content-type": "application/json" }, body: raw });
      requests.push({ path: request.url!, status: forwarded.status });
      response.writeHead(forwarded.status, { "content-type": "application/json" });
      response.end(await forwarded.text());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, requests, close: () => new Promise((resolve) => server.close(resolve)) };
}

describe("--remote", () => {
  it("gives the same lines as the local engine, for fix and check", async () => {
    const remoteFix = await run(["fix", "--jsonl", "archive.jsonl", "--remote", appUrl, "--concurrency", "4"], { cwd: dir.path });
    expect(remoteFix.stdout).toBe(localFix);
    expect(remoteFix.code).toBe(1);
    expect(remoteFix.stderr).toContain(`4 at a time to ${appUrl}/v1/fix`);
    const localCheck = await run(["check", "--jsonl", "archive.jsonl", "--only", "calque"], { cwd: dir.path });
    // A base URL with a trailing path is tolerated.
    const remoteCheck = await run(["check", "--jsonl", "archive.jsonl", "--only", "calque", "--remote", `${appUrl}/v1/check`], { cwd: dir.path });
    expect(remoteCheck.stdout).toBe(localCheck.stdout);
    expect(JSON.parse(remoteCheck.stdout.split("\n")[1]!).findings.map((f: Json) => f.rule)).toEqual(["demonym-as-place"]);
  });

  it("retries 429 and 5xx answers with backoff (Retry-After honoured), then answers as usual", async () => {
    const front = await frontServer((body, count) => {
      if (String(body.text).includes("Swiss. 4<") && count === 1) return { status: 429, headers: { "retry-after": "0" }, body: JSON.stringify({ error: { code: "rate_limited", message: "slow down" } }) };
      if (String(body.text).includes("number 5.") && count <= 2) return { status: 503, body: "<html>unavailable</html>" };
      return undefined;
    });
    try {
      const result = await run(["fix", "--jsonl", "archive.jsonl", "--remote", front.url, "--concurrency", "2"], { cwd: dir.path });
      expect(result.stdout).toBe(localFix);
      expect(result.code).toBe(1);
      expect(front.requests.filter((r) => r.status === 429)).toHaveLength(1);
      expect(front.requests.filter((r) => r.status === 503)).toHaveLength(2);
      expect(result.stderr).toContain("answered 429 rate_limited: slow down; retrying in 0.0 s");
      expect(result.stderr).toMatch(/answered 503 Service Unavailable; retrying in [\d.]+ s/);
      expect(result.stderr).toMatch(/; 3 retries\n$/);
    } finally {
      await front.close();
    }
  });

  it("gives up after --retries, with everything before the failure written in order; --resume finishes the run", async () => {
    let healthy = false;
    const front = await frontServer((body) => (!healthy && body.text === "Clean text number 8." ? { status: 503, headers: { "retry-after": "0" }, body: "" } : undefined));
    try {
      const out = join(dir.path, "given-up.jsonl");
      const result = await run(["fix", "--jsonl", "archive.jsonl", "--remote", front.url, "--retries", "2", "--resume", "given-up.jsonl"], { cwd: dir.path });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`postedit: error: gave up on line 9 after 3 attempts: ${front.url}/v1/fix answered 503 Service Unavailable`);
      expect(result.stderr).toContain("continue with --resume given-up.jsonl");
      const localLines = localFix.split("\n");
      expect(readFileSync(out, "utf8")).toBe(`${localLines.slice(0, 8).join("\n")}\n`);

      healthy = true;
      const resumed = await run(["fix", "--jsonl", "archive.jsonl", "--remote", front.url, "--resume", "given-up.jsonl"], { cwd: dir.path });
      expect(resumed.stderr).toContain("8 already in given-up.jsonl");
      expect(readFileSync(out, "utf8")).toBe(localFix);
    } finally {
      await front.close();
    }
  });

  it("a document the server refuses becomes that line's error; a wrong URL stops the run", async () => {
    const front = await frontServer((body) =>
      body.text === "Clean text number 2." ? { status: 413, body: JSON.stringify({ error: { code: "payload_too_large", message: "too big for this deployment" } }) } : undefined,
    );
    try {
      const result = await run(["check", "--jsonl", "archive.jsonl", "--remote", front.url], { cwd: dir.path });
      expect(result.code).toBe(2);
      const lines = result.stdout.trimEnd().split("\n").map((line) => JSON.parse(line) as Json);
      expect(lines).toHaveLength(documents.length);
      expect(lines[2]).toEqual({ id: 2, error: { code: "payload_too_large", message: "line 3: too big for this deployment", line: 3 } });
      expect(result.stderr).toContain("1 line could not be processed");
    } finally {
      await front.close();
    }
    const wrong = await run(["check", "--jsonl", "archive.jsonl", "--remote", `${appUrl}/not-postedit/`], { cwd: dir.path });
    expect(wrong.code).toBe(2);
    expect(wrong.stdout).toBe("");
    expect(wrong.stderr).toContain(`postedit: error: ${appUrl}/not-postedit/v1/check answered 404 not_found`);
  });
});
