/**
 * `npm run hook:example` (scripts/hook-example.ts): for each signature
 * scheme, the signed delivery it sends, and the curl command it prints, are
 * accepted by the hook with that secret configured (and refused with another);
 * the command itself runs against a server on a random port; the secret is
 * found in the environment or in .dev.vars.
 */
import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { promisify } from "node:util";
import { join } from "node:path";
import { serve, type ServerType } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import app from "../src/app.js";
import { curlCommand, EXAMPLES, exampleRequest, findSecret, type ExampleScheme } from "../scripts/hook-example.js";
import { testServer, type TestServer } from "./hooks/helpers.js";

const root = new URL("..", import.meta.url).pathname;
const SECRETS = {
  POSTEDIT_WEBHOOK_SECRET: "whsec_aG9vay1leGFtcGxlLXRlc3Qtc2VjcmV0LTAxMjM0NTY3",
  POSTEDIT_GHOST_SECRET: "ghost-example-secret-5c1d",
  POSTEDIT_CONTENTFUL_SECRET: "c".repeat(64),
  POSTEDIT_SANITY_SECRET: "sanity example secret",
};
const SCHEMES = Object.keys(EXAMPLES) as ExampleScheme[];
/** Asynchronous: the server answering the command runs in this process. */
const run = promisify(execFile);
const tsx = join(root, "node_modules/.bin/tsx");
const secretFor = (scheme: ExampleScheme) => SECRETS[EXAMPLES[scheme].setting as keyof typeof SECRETS];

let server: TestServer;
let http: ServerType;
let origin: string;

beforeAll(async () => {
  server = testServer(SECRETS);
  http = await new Promise<ServerType>((resolve) => {
    const started: ServerType = serve({ fetch: (request) => app.fetch(request, server.env), port: 0, hostname: "127.0.0.1" }, () => resolve(started));
  });
  origin = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => http.close(() => resolve()));
  server.close();
});

describe("the signed example deliveries", () => {
  for (const scheme of SCHEMES) {
    it(`${scheme}: accepted with ${EXAMPLES[scheme].setting}, refused with another secret`, async () => {
      const request = await exampleRequest(scheme, { origin: "http://postedit.test", secret: secretFor(scheme) });
      const path = new URL(request.url).pathname;
      const accepted = await server.request(path, { method: "POST", headers: request.headers, body: request.body });
      expect(accepted.status, accepted.text).toBe(200);
      expect(["publish", "review", "block"]).toContain(accepted.body.decision);
      expect(Object.keys(accepted.body.fields).length).toBeGreaterThan(0);

      const forged = await exampleRequest(scheme, { origin: "http://postedit.test", secret: secretFor(scheme).replace(/.$/, (c) => (c === "x" ? "y" : "x")) });
      const refused = await server.request(path, { method: "POST", headers: forged.headers, body: forged.body });
      expect(refused.status).toBe(401);
      expect(refused.body.error.code).toBe("invalid_signature");
    });
  }

  it("the README's article opens a review", async () => {
    const request = await exampleRequest("standard", { origin: "http://postedit.test", secret: SECRETS.POSTEDIT_WEBHOOK_SECRET });
    const answer = await server.request("/v1/hooks/publish", { method: "POST", headers: request.headers, body: request.body });
    expect(answer.body.decision).toBe("review");
    expect(answer.body.review.url).toMatch(/^\/review\/[A-Za-z0-9_-]{24}$/);
  });
});

describe("the curl command it prints", () => {
  for (const scheme of SCHEMES) {
    it(`${scheme}: runs as printed (from the repository) and is accepted`, async () => {
      const printed = (await run(tsx, ["scripts/hook-example.ts", scheme, "--curl", "--url", origin], { cwd: root, env: { ...process.env, ...SECRETS } })).stdout;
      expect(printed.startsWith(`curl -sS '${origin}${EXAMPLES[scheme].route}'`)).toBe(true);
      const answer = JSON.parse((await run("bash", ["-c", printed], { cwd: root })).stdout) as { decision?: string; error?: unknown };
      expect(answer.error).toBeUndefined();
      expect(["publish", "review", "block"]).toContain(answer.decision);
    });
  }

  it("quotes a body with single quotes for the shell", () => {
    const command = curlCommand({ url: "http://x/v1", headers: { "content-type": "application/json" }, body: `{"a":"it's"}` });
    expect(execFileSync("bash", ["-c", `printf '%s' ${command.split("--data-binary ")[1]}`], { encoding: "utf8" })).toBe(`{"a":"it's"}`);
  });
});

describe("npm run hook:example", () => {
  it("sends the delivery and says what came back", async () => {
    const { stdout } = await run(tsx, ["scripts/hook-example.ts", "ghost", "--url", origin], {
      cwd: root,
      env: { ...process.env, POSTEDIT_GHOST_SECRET: SECRETS.POSTEDIT_GHOST_SECRET },
    });
    expect(stdout).toContain(`POST ${origin}/v1/hooks/ghost (POSTEDIT_GHOST_SECRET) → 200`);
    expect(stdout).toMatch(new RegExp(`review: ${origin}/review/[A-Za-z0-9_-]{24}`));
  });

  it("says how to set a secret when it has none", () => {
    // No secret in the environment, and a .dev.vars that has none either.
    const dir = mkdtempSync(join(tmpdir(), "postedit-hook-example-"));
    writeFileSync(join(dir, ".dev.vars"), "POSTEDIT_GHOST_SECRET=other\n");
    let failure: { status: number; stderr: string } | undefined;
    try {
      execFileSync(tsx, [join(root, "scripts/hook-example.ts"), "sanity", "--url", origin, "--dev-vars", join(dir, ".dev.vars")], {
        cwd: dir,
        env: { PATH: process.env.PATH },
        encoding: "utf8",
        stdio: "pipe",
      });
    } catch (error) {
      failure = error as { status: number; stderr: string };
    }
    rmSync(dir, { recursive: true, force: true });
    expect(failure?.status).toBe(2);
    expect(failure?.stderr).toContain("No secret to sign with: set POSTEDIT_SANITY_SECRET");
    expect(failure?.stderr).toContain('echo "POSTEDIT_SANITY_SECRET=$(openssl rand -hex 32)" >> .dev.vars');
  });

  it("finds the secret in the environment, else in .dev.vars", () => {
    const dir = mkdtempSync(join(tmpdir(), "postedit-dev-vars-"));
    const devVars = join(dir, ".dev.vars");
    writeFileSync(devVars, '# local secrets\nPOSTEDIT_GHOST_SECRET="from dev vars"\nexport POSTEDIT_SANITY_SECRET=plain\n');
    expect(findSecret("POSTEDIT_GHOST_SECRET", {}, devVars)).toBe("from dev vars");
    expect(findSecret("POSTEDIT_SANITY_SECRET", {}, devVars)).toBe("plain");
    expect(findSecret("POSTEDIT_GHOST_SECRET", { POSTEDIT_GHOST_SECRET: "from env" }, devVars)).toBe("from env");
    expect(findSecret("POSTEDIT_CONTENTFUL_SECRET", {}, devVars)).toBeUndefined();
    rmSync(dir, { recursive: true, force: true });
  });
});
