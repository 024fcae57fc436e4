/**
 * The API's description, served by the app itself: `GET /openapi.json` (the
 * OpenAPI 3.1 document generated from the route definitions) and `GET /docs`
 * (that document as a reference page: static HTML, one inline style sheet
 * allowed by its hash, nothing loaded from anywhere, so it works offline).
 */
import { Hono } from "hono";
import { mount } from "../api/route.js";
import { openApiDocument } from "./document.js";
import { REFERENCE_STYLES, renderReferencePage } from "./reference-page.js";
import { docsRoute, openApiRoute } from "./routes.js";

let page: { html: string; csp: string } | undefined;

async function referencePage() {
  if (!page) {
    const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(REFERENCE_STYLES));
    const hash = btoa(String.fromCharCode(...new Uint8Array(digest)));
    const csp = ["default-src 'none'", `style-src 'sha256-${hash}'`, "img-src data:", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'"].join("; ");
    page = { html: renderReferencePage(openApiDocument()), csp };
  }
  return page;
}

export const apiDescription = new Hono();

mount(apiDescription, "", openApiRoute, (c) => c.json(openApiDocument()));

mount(apiDescription, "", docsRoute, async (c) => {
  const { html, csp } = await referencePage();
  return c.html(html, 200, { "content-security-policy": csp, "referrer-policy": "no-referrer", "x-content-type-options": "nosniff", "cache-control": "no-cache" });
});
