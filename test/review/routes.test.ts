/**
 * GET / and the page's assets through app.request(): content types, cache
 * headers, the content security policy that keeps the page offline, and the
 * size budget (page + script + styles well under 100 KB gzipped).
 */
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import app from "../../src/app.js";
import { SCRIPT, SCRIPT_HASH, STYLES, STYLES_HASH } from "../../src/review/generated/assets.js";

const BUDGET_GZIP_BYTES = 100 * 1024;

describe("GET /", () => {
  it("serves the page with a strict content security policy", async () => {
    const response = await app.request("/");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/html; charset=utf-8/i);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    const html = await response.text();
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain(`src="/review/app.js?v=${SCRIPT_HASH}"`);
    expect(html).toContain(`href="/review/app.css?v=${STYLES_HASH}"`);
  });

  it("labels every form control", async () => {
    const html = await (await app.request("/")).text();
    for (const id of html.match(/<(?:input|select|textarea)[^>]*\sid="([^"]+)"/g)!.map((tag) => /id="([^"]+)"/.exec(tag)![1]!)) {
      expect(html, id).toContain(`for="${id}"`);
    }
  });

  it("loads nothing from elsewhere", async () => {
    const html = await (await app.request("/")).text();
    for (const [name, body] of [["page", html], ["script", SCRIPT], ["styles", STYLES]] as const) {
      expect(body, name).not.toMatch(/(?:src|href|url)\s*[=(]\s*["']?(?:https?:)?\/\//i);
      expect(body, name).not.toMatch(/@import|@font-face/i);
    }
  });

  it("stays well under 100 KB gzipped, page and assets together", async () => {
    const html = await (await app.request("/")).text();
    const sizes = { page: gzipSync(html).length, script: gzipSync(SCRIPT).length, styles: gzipSync(STYLES).length };
    const total = sizes.page + sizes.script + sizes.styles;
    console.log(`review page gzipped: page ${sizes.page} B + script ${sizes.script} B + styles ${sizes.styles} B = ${total} B`);
    expect(total).toBeLessThan(BUDGET_GZIP_BYTES);
  });
});

describe("GET /review/app.js and /review/app.css", () => {
  for (const [path, type, body, hash] of [
    ["/review/app.js", "text/javascript; charset=utf-8", SCRIPT, SCRIPT_HASH],
    ["/review/app.css", "text/css; charset=utf-8", STYLES, STYLES_HASH],
  ] as const) {
    it(`${path}: content type, body and an ETag`, async () => {
      const response = await app.request(path);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe(type);
      expect(response.headers.get("etag")).toBe(`"${hash}"`);
      expect(response.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
      expect(await response.text()).toBe(body);
    });

    it(`${path}: immutable when asked for by its hash, 304 when unchanged`, async () => {
      const pinned = await app.request(`${path}?v=${hash}`);
      expect(pinned.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
      const stale = await app.request(`${path}?v=0000`);
      expect(stale.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
      const revalidated = await app.request(path, { headers: { "if-none-match": `W/"${hash}"` } });
      expect(revalidated.status).toBe(304);
      expect(await revalidated.text()).toBe("");
    });
  }

  it("an unknown asset is the API's JSON 404", async () => {
    const response = await app.request("/review/nope.js");
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("not_found");
  });
});
