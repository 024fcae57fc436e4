/**
 * The review page (issue 5), served by the same app as the API: `GET /` is
 * the page, `GET /review/<id>` the same page in review mode on a review the
 * publish hook opened (issue 6; an HTML 404 when there is no such review),
 * `GET /review/app.js` and `GET /review/app.css` its script and styles (a
 * review id never holds a dot, so they cannot clash). Those are built by scripts/build-client.ts from src/review/client/
 * into ./generated/assets.ts (gitignored; every npm script that runs the app
 * builds it first), so the Worker needs no static hosting.
 */
import { Hono, type Context } from "hono";
import { hookConfig, isReviewId, reviewStoreFor, type HookBindings } from "../hooks/index.js";
import { SCRIPT, SCRIPT_HASH, STYLES, STYLES_HASH } from "./generated/assets.js";
import { renderMissingReview, renderReviewPage } from "./page.js";

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

const urls = { script: `${SCRIPT_PATH}?v=${SCRIPT_HASH}`, styles: `${STYLES_PATH}?v=${STYLES_HASH}` };

const PAGE_HEADERS = {
  "content-security-policy": CONTENT_SECURITY_POLICY,
  "referrer-policy": "no-referrer",
  "x-content-type-options": "nosniff",
};

/** A review link is a share link (the id is the only key): kept out of caches, search engines and referrers. */
const REVIEW_HEADERS = { ...PAGE_HEADERS, "cache-control": "no-store", "x-robots-tag": "noindex, nofollow" };

export const reviewPage = new Hono<{ Bindings: HookBindings }>()
  .get("/", (c) => {
    page ??= renderReviewPage(urls);
    return c.html(page, 200, { ...PAGE_HEADERS, "cache-control": "no-cache" });
  })
  .get(SCRIPT_PATH, asset(SCRIPT, "text/javascript; charset=utf-8", SCRIPT_HASH))
  .get(STYLES_PATH, asset(STYLES, "text/css; charset=utf-8", STYLES_HASH))
  // Only the review's existence is checked here; the page loads its content from GET /v1/reviews/<id>.
  .get("/review/:id{[^/.]+}", async (c) => {
    const id = c.req.param("id");
    const store = reviewStoreFor(c.env);
    const record = store && isReviewId(id) ? await store.getReview(id, Date.now()) : null;
    if (!record) {
      const ttlDays = hookConfig(c.env).reviewTtlMs / 86_400_000;
      return c.html(renderMissingReview({ styles: urls.styles, id, stored: store !== undefined, ttlDays }), 404, REVIEW_HEADERS);
    }
    return c.html(renderReviewPage({ ...urls, review: record.id }), 200, REVIEW_HEADERS);
  });
