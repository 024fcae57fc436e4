/**
 * GET /, GET /review/<id> and the page's assets through app.request():
 * content types, cache headers, the content security policy that keeps the
 * page offline, the size budget (page + script + styles well under 100 KB
 * gzipped), and review mode on a review stored in SQLite (a temp file), with
 * an HTML 404 for a link that opens nothing.
 */
import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import app from "../../src/app.js";
import { SCRIPT, SCRIPT_HASH, STYLES, STYLES_HASH } from "../../src/review/generated/assets.js";
import { fixture, testServer, type TestServer, UNSIGNED } from "../hooks/helpers.js";

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

describe("GET /review/:id", () => {
  let server: TestServer | undefined;
  afterEach(() => {
    server?.close();
    server = undefined;
  });

  async function openReview(settings: Record<string, string> = {}) {
    server = testServer({ ...UNSIGNED, ...settings });
    const hook = await server.post("/v1/hooks/ghost", fixture("ghost-post-published.json"));
    expect(hook.body.decision).toBe("review");
    return hook.body.review as { id: string; url: string };
  }

  const REVIEW_HEADERS = { "cache-control": "no-store", "referrer-policy": "no-referrer", "x-robots-tag": "noindex, nofollow" };

  function expectHeaders(headers: Headers) {
    expect(headers.get("content-type")).toMatch(/^text\/html; charset=utf-8/i);
    expect(headers.get("content-security-policy")).toContain("default-src 'none'");
    for (const [name, value] of Object.entries(REVIEW_HEADERS)) expect(headers.get(name), name).toBe(value);
  }

  it("serves the page in review mode on a stored review (the hook's review.url)", async () => {
    const review = await openReview();
    const page = await server!.request(review.url);
    expect(page.status).toBe(200);
    expectHeaders(page.headers);
    expect(page.text.startsWith("<!doctype html>")).toBe(true);
    expect(page.text).toContain(`<body data-review="${review.id}">`);
    expect(page.text).toContain(`src="/review/app.js?v=${SCRIPT_HASH}"`);
    expect(page.text).toContain('<section id="document"');
    expect(page.text).toContain('<section id="final"');
    expect(page.text).toMatch(/<section id="input"[^>]*hidden/);
    // One alert for errors, in the document section.
    expect(page.text.match(/id="error"/g)).toHaveLength(1);
    // The page at / has no review mode.
    const plain = await (await app.request("/")).text();
    expect(plain).not.toContain("data-review");
    expect(plain).not.toContain('id="document"');
  });

  it("labels every form control, and stays within the budget, in review mode too", async () => {
    const review = await openReview();
    const html = (await server!.request(review.url)).text;
    for (const id of html.match(/<(?:input|select|textarea)[^>]*\sid="([^"]+)"/g)!.map((tag) => /id="([^"]+)"/.exec(tag)![1]!)) {
      expect(html, id).toContain(`for="${id}"`);
    }
    expect(html).toContain("<legend>Field</legend>");
    expect(gzipSync(html).length + gzipSync(SCRIPT).length + gzipSync(STYLES).length).toBeLessThan(BUDGET_GZIP_BYTES);
  });

  it("still serves a completed review (read-only on the page)", async () => {
    const review = await openReview();
    expect((await server!.post(`/v1/reviews/${review.id}/complete`, {})).status).toBe(200);
    expect((await server!.request(review.url)).status).toBe(200);
  });

  it("an unknown, malformed or expired id is a helpful HTML 404", async () => {
    const review = await openReview({ POSTEDIT_REVIEW_TTL_DAYS: "0.000001" });
    await new Promise((resolve) => setTimeout(resolve, 150));
    for (const path of [review.url, "/review/AAAAAAAAAAAAAAAAAAAAAAAA", "/review/short", `/review/${"x".repeat(300)}`, "/review/%3Cscript%3E"]) {
      const page = await server!.request(path);
      expect(page.status, path).toBe(404);
      expectHeaders(page.headers);
      expect(page.text).toContain("<h2>No review at this link</h2>");
      expect(page.text).toMatch(/reviews are kept [\d.]+ days/);
      expect(page.text).toContain('<a href="/">Check a text by hand</a>');
      expect(page.text).toContain(`href="/review/app.css?v=${STYLES_HASH}"`);
      expect(page.text).not.toContain("<script");
      expect(page.text).not.toContain("<script>"); // the id is escaped
    }
    server!.close();
    server = testServer(UNSIGNED);
    expect((await server.request("/review/AAAAAAAAAAAAAAAAAAAAAAAA")).text).toContain("reviews are kept 30 days"); // POSTEDIT_REVIEW_TTL_DAYS
    const long = (await server.request(`/review/${"x".repeat(300)}`)).text;
    expect(long).toContain(`<code>${"x".repeat(64)}…</code>`);
    // The JSON API stays JSON.
    const api = await server.request(`/v1/reviews/${review.id}`);
    expect(api.status).toBe(404);
    expect(api.headers.get("content-type")).toMatch(/^application\/json/);
    expect(api.body.error.code).toBe("review_not_found");
  });

  it("says so when the server keeps no reviews", async () => {
    const page = await app.request("/review/AAAAAAAAAAAAAAAAAAAAAAAA");
    expect(page.status).toBe(404);
    const html = await page.text();
    expect(html).toContain("This server keeps no reviews");
  });

  it("leaves the assets, other paths and other methods alone", async () => {
    server = testServer(UNSIGNED);
    expect((await server.request("/review/app.js")).text).toBe(SCRIPT);
    expect((await server.request("/review/app.css")).text).toBe(STYLES);
    for (const path of ["/review/", "/review/a/b", "/review/x.js"]) {
      const response = await server.request(path);
      expect(response.status, path).toBe(404);
      expect(response.body.error.code, path).toBe("not_found");
    }
    const post = await server.request("/review/AAAAAAAAAAAAAAAAAAAAAAAA", { method: "POST" });
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toContain("GET");
  });
});
