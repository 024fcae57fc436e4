/**
 * `npm run dev` (scripts/dev.ts): PORT and HOST as `npm start` takes them,
 * wrangler's own flags passed through without clashing, and the D1
 * migrations applied to the local database before wrangler dev starts, so the
 * publish hook opens a review on a fresh checkout. The last test starts the
 * real thing (wrangler dev on workerd, offline) on a random free port with
 * its local state in a temp folder.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { devCommands } from "../scripts/dev.js";
import { signStandard } from "../src/hooks/signatures.js";

const root = new URL("..", import.meta.url).pathname;

describe("devCommands", () => {
  it("listens where PORT and HOST say, 127.0.0.1:8787 by default", () => {
    expect(devCommands([], {}).dev).toEqual(["dev", "--port", "8787", "--ip", "127.0.0.1"]);
    expect(devCommands([], { PORT: "8803", HOST: "0.0.0.0" }).dev).toEqual(["dev", "--port", "8803", "--ip", "0.0.0.0"]);
  });

  it("lets wrangler's own --port and --ip win, in either spelling, so they are never given twice", () => {
    expect(devCommands(["--port", "8803"], { PORT: "9000" }).dev).toEqual(["dev", "--port", "8803", "--ip", "127.0.0.1"]);
    expect(devCommands(["--port=8803", "--ip=0.0.0.0"], { HOST: "::1" }).dev).toEqual(["dev", "--port=8803", "--ip=0.0.0.0"]);
  });

  it("applies the migrations to the database wrangler dev will use", () => {
    expect(devCommands([], {}).migrate).toEqual(["d1", "migrations", "apply", "postedit", "--local"]);
    const { migrate, dev } = devCommands(["--persist-to", "/tmp/state", "--env=staging", "--live-reload", "-c", "other.toml"], {});
    expect(migrate).toEqual(["d1", "migrations", "apply", "postedit", "--local", "--persist-to", "/tmp/state", "--env=staging", "-c", "other.toml"]);
    expect(dev.slice(0, 7)).toEqual(["dev", "--persist-to", "/tmp/state", "--env=staging", "--live-reload", "-c", "other.toml"]);
  });
});

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe("npm run dev on a fresh checkout", { timeout: 180_000 }, () => {
  const state = mkdtempSync(join(tmpdir(), "postedit-dev-"));
  let child: ChildProcess | undefined;
  let output = "";

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child!.once("exit", resolve));
      process.kill(-child.pid!, "SIGTERM"); // the whole group: tsx, wrangler, workerd
      await exited;
    }
    rmSync(state, { recursive: true, force: true });
  });

  it("serves on PORT, with the migrations applied: a signed publish opens a review", async () => {
    const port = await freePort();
    const inspector = await freePort(); // wrangler's devtools port, 9229 by default: another random one, so runs never clash
    const secret = "whsec_ZGV2LXNlcnZlci10ZXN0LXNlY3JldC0wMTIzNDU2Nzg5";
    child = spawn(join(root, "node_modules/.bin/tsx"), ["scripts/dev.ts", "--persist-to", state, "--inspector-port", String(inspector), "--var", `POSTEDIT_WEBHOOK_SECRET:${secret}`], {
      cwd: root,
      env: { ...process.env, PORT: String(port), HOST: "127.0.0.1" },
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout!.on("data", (chunk) => (output += chunk));
    child.stderr!.on("data", (chunk) => (output += chunk));
    const origin = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 150_000;
    for (;;) {
      expect(child.exitCode, `npm run dev exited:\n${output}`).toBeNull();
      const health = await fetch(`${origin}/health`).catch(() => undefined);
      if (health?.ok) break;
      if (Date.now() > deadline) throw new Error(`npm run dev did not answer on ${origin}:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(output).toContain("0001_reviews.sql");

    const body = JSON.stringify({
      id: "article-17",
      fields: { body: { value: "<p>We will not know whether Russia is serious., he warned.</p><p>Photo: Reuters / HANDOUT</p>", format: "html" } },
    });
    const id = "msg_dev_server";
    const timestamp = Math.floor(Date.now() / 1000);
    const response = await fetch(`${origin}/v1/hooks/publish`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "webhook-id": id,
        "webhook-timestamp": String(timestamp),
        "webhook-signature": await signStandard(secret, id, timestamp, body),
      },
      body,
    });
    const answer = (await response.json()) as { decision: string; review?: { url: string } };
    expect(response.status, JSON.stringify(answer)).toBe(200);
    expect(answer.decision).toBe("review");
    const page = await fetch(`${origin}${answer.review!.url}`);
    expect(page.status).toBe(200);
    expect(page.headers.get("cache-control")).toBe("no-store");
  });
});
