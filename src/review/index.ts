/**
 * The review page (issue 5), served by the same app as the API: `GET /` is
 * the page, `GET /review/app.js` and `GET /review/app.css` its script and
 * styles. Those are built by scripts/build-client.ts from src/review/client/
 * into ./generated/assets.ts (gitignored; every npm script that runs the app
 * builds it first), so the Worker needs no static hosting.
 */
import { Hono, type Context } from "hono";
import { SCRIPT, SCRIPT_HASH, STYLES, STYLES_HASH } from "./generated/assets.js";
import { renderReviewPage } from "./page.js";

export const SCRIPT_PATH = "/review/app.js";
export const STYLES_PATH = "/review/app.css";

/** Only this origin: no external fonts, scripts, styles or connections, so the page works offline and cannot leak the text. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join("; ");

let page: string | undefined;

/** Serves a built asset: immutable for a year when asked for by its hash (`?v=`), otherwise revalidated by ETag. */
function asset(body: string, contentType: string, hash: string) {
  const etag = `"${hash}"`;
  return function serveAsset(c: Context) {
    const headers = {
      "content-type": contentType,
      "cache-control": c.req.query("v") === hash ? "public, max-age=31536000, immutable" : "public, max-age=0, must-revalidate",
      etag,
      "x-content-type-options": "nosniff",
    };
    const tags = (c.req.header("if-none-match") ?? "").split(",").map((tag) => tag.trim().replace(/^W\//, ""));
    if (tags.includes(etag)) return c.body(null, 304, headers);
    return c.body(body, 200, headers);
  };
}

export const reviewPage = new Hono()
  .get("/", (c) => {
    page ??= renderReviewPage({ script: `${SCRIPT_PATH}?v=${SCRIPT_HASH}`, styles: `${STYLES_PATH}?v=${STYLES_HASH}` });
    return c.html(page, 200, {
      "cache-control": "no-cache",
      "content-security-policy": CONTENT_SECURITY_POLICY,
      "referrer-policy": "no-referrer",
      "x-content-type-options": "nosniff",
    });
  })
  .get(SCRIPT_PATH, asset(SCRIPT, "text/javascript; charset=utf-8", SCRIPT_HASH))
  .get(STYLES_PATH, asset(STYLES, "text/css; charset=utf-8", STYLES_HASH));
