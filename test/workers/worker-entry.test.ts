/**
 * The Worker's real default export (src/index.ts, wrangler.toml `main`),
 * called through the runtime inside workerd: routing, status codes and the
 * golden seed, as a deployed Worker would serve them.
 */
import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import seed from "../../fixtures/seed/geneva-talks.txt?raw";
import expectedSeed from "../../fixtures/seed/expected-default.txt?raw";

const worker = exports.default;

describe("Worker default export (workerd)", () => {
  it("runs inside workerd (not Node)", () => {
    const { navigator } = globalThis as { navigator?: { userAgent?: string } };
    expect(navigator?.userAgent).toBe("Cloudflare-Workers");
  });

  it("POST /v1/fix turns the seed article into the expected text", async () => {
    const response = await worker.fetch("http://postedit.test/v1/fix", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: seed }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const body = (await response.json()) as { text: string };
    expect(body.text).toBe(expectedSeed);
  });

  it("GET /health is 200", async () => {
    const response = await worker.fetch("http://postedit.test/health");
    expect(response.status).toBe(200);
    const body = (await response.json()) as { status?: unknown };
    expect(body.status).toBe("ok");
  });

  it("an unknown route is a JSON 404", async () => {
    const response = await worker.fetch("http://postedit.test/no-such-route");
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const body = (await response.json()) as { error?: { code?: unknown } };
    expect(body.error?.code).toBe("not_found");
  });
});
