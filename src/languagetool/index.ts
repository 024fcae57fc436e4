/**
 * LanguageTool's HTTP API (v2), mounted at /v2, so that LanguageTool clients
 * become front ends for postedit with one setting (the server URL) changed:
 * `GET|POST /v2/check`, `GET /v2/languages`, `GET /v2/info`,
 * `GET /v2/healthcheck`. Errors are LanguageTool's plain-text `Error: …`.
 *
 * Setting: POSTEDIT_LANGUAGETOOL_API_KEY, when set, is the `apiKey` every
 * check must carry (403 otherwise); unset, `username` and `apiKey` are ignored.
 */
import { Hono, type Context } from "hono";
import { mount } from "../api/route.js";
import { checkForLanguageTool, SOFTWARE } from "./check-text.js";
import { errorResponse, handleLanguageToolError } from "./errors.js";
import { ENGLISH_VARIANTS } from "./languages.js";
import { parseCheckRequest, readParameters } from "./params.js";
import { checkGetRoute, checkPostRoute, healthcheckRoute, infoRoute, LANGUAGETOOL_ROUTES, languagesRoute } from "./routes.js";

export interface LanguageToolBindings {
  POSTEDIT_LANGUAGETOOL_API_KEY?: string;
}

type LanguageToolContext = Context<{ Bindings: LanguageToolBindings }>;

async function checkHandler(c: LanguageToolContext) {
  const request = parseCheckRequest(await readParameters(c), c.env?.POSTEDIT_LANGUAGETOOL_API_KEY);
  return c.json(checkForLanguageTool(request));
}

const BASE = "/v2";

export const languageTool = new Hono<{ Bindings: LanguageToolBindings }>();
languageTool.onError(handleLanguageToolError);
mount(languageTool, BASE, checkPostRoute, checkHandler);
mount(languageTool, BASE, checkGetRoute, checkHandler);
mount(languageTool, BASE, languagesRoute, (c) => c.json(ENGLISH_VARIANTS));
mount(languageTool, BASE, infoRoute, (c) => c.json({ software: SOFTWARE }));
mount(languageTool, BASE, healthcheckRoute, (c) => c.text("OK"));

// Anything else under /v2: LanguageTool's plain-text 404, or a 405 naming the methods a known path takes.
languageTool.all("*", (c) => {
  const methods = LANGUAGETOOL_ROUTES.filter((route) => route.path === c.req.path).map((route) => route.method.toUpperCase());
  if (methods.length === 0) return errorResponse(c, 404, `Unsupported action: '${c.req.path.slice(BASE.length + 1)}'. See GET /openapi.json or /docs for the API`);
  c.header("Allow", methods.join(", "));
  return errorResponse(c, 405, `${c.req.path} needs to be called with ${methods.join(" or ")}`);
});
