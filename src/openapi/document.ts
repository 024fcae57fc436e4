/**
 * The OpenAPI 3.1 document, generated from the route definitions of every
 * surface (src/api/routes.ts, src/hooks/routes.ts, src/languagetool/routes.ts,
 * ./routes.ts) by @asteasolutions/zod-to-openapi, so that it says what the
 * code validates and answers. Built once per process or isolate, on first use.
 */
import { OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import type { ApiRoute } from "../api/route.js";
import { TEXT_ROUTES } from "../api/routes.js";
import { HOOK_ROUTES } from "../hooks/routes.js";
import { LANGUAGETOOL_ROUTES } from "../languagetool/routes.js";
import { VERSION } from "../version.js";
import { OPENAPI_ROUTES } from "./routes.js";

/** Every documented operation, in the order the reference shows them. */
export const ALL_ROUTES: readonly ApiRoute[] = [...TEXT_ROUTES, ...LANGUAGETOOL_ROUTES, ...HOOK_ROUTES, ...OPENAPI_ROUTES];

const TAGS = [
  { name: "Text", description: "Check a text, fix it, or apply the findings a person accepted. Offsets are UTF-16 code units into the text sent." },
  { name: "Rules", description: "What postedit looks for." },
  {
    name: "LanguageTool",
    description:
      "LanguageTool's HTTP API (v2), so that LanguageTool clients work with postedit as their server. Errors are LanguageTool's plain text (`Error: …`), not the JSON of /v1.",
  },
  { name: "Publish hook", description: "CMS webhooks: clean a document before it is published, and decide whether a person reviews it." },
  { name: "Reviews", description: "The reviews the hook opens: their state, the decisions on their findings, and their completion." },
  { name: "Service", description: "Health and this description." },
];

const DESCRIPTION = `postedit finds and fixes the artifacts of French → English machine translation: French left untranslated, glued words, calques, broken punctuation, French typography, lost quotation marks, scraped page chrome.

Every finding has a span in the original (UTF-16 code units), a confidence, and a replacement or none; only safe fixes are applied by default. /v1 errors are JSON: \`{ "error": { "code", "message", "details"? } }\` with a 4xx status.`;

let built: Record<string, unknown> | undefined;

export function openApiDocument(): Record<string, unknown> {
  if (!built) {
    const registry = new OpenAPIRegistry();
    for (const route of ALL_ROUTES) registry.registerPath(route);
    built = new OpenApiGeneratorV31(registry.definitions).generateDocument({
      openapi: "3.1.0",
      info: { title: "postedit", version: VERSION, description: DESCRIPTION, license: { name: "See the repository" } },
      // Relative: the API is where this document is served from.
      servers: [{ url: "/" }],
      tags: TAGS,
    }) as unknown as Record<string, unknown>;
  }
  return built;
}
