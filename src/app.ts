/**
 * The one Hono app, shared by the Worker and the Node entry.
 */
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { cors } from "hono/cors";
import { methodNotAllowed } from "hono/method-not-allowed";
import { CATEGORIES } from "./engine/index.js";
import { RULES } from "./rules/index.js";
import { errorBody, handleError } from "./api/errors.js";
import { MAX_BODY_BYTES } from "./api/limits.js";
import { textEndpoints } from "./api/text-endpoints.js";
import { hooks, reviews } from "./hooks/index.js";
import { languageTool } from "./languagetool/index.js";
import { apiDescription } from "./openapi/index.js";
import { reviewPage } from "./review/index.js";
import { VERSION } from "./version.js";

export { VERSION } from "./version.js";

const app = new Hono();

app.use(
  "/v1/*",
  cors({ origin: "*", allowMethods: ["GET", "POST", "OPTIONS"], allowHeaders: ["content-type"], maxAge: 86400 }),
  bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) => c.json(errorBody("payload_too_large", `the request body exceeds ${MAX_BODY_BYTES} bytes`), 413),
  }),
);

// LanguageTool's API (src/languagetool/): stateless text checking, open to any origin as LanguageTool's is; errors in its plain text.
app.use(
  "/v2/*",
  cors({ origin: "*", allowMethods: ["GET", "POST", "OPTIONS"], allowHeaders: ["content-type"], maxAge: 86400 }),
  bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => c.text(`Error: the request body exceeds ${MAX_BODY_BYTES} bytes`, 413) }),
);

app.get("/health", (c) => c.json({ status: "ok", version: VERSION, rules: RULES.length }));

app.get("/v1/rules", (c) =>
  c.json({
    categories: Object.entries(CATEGORIES).map(([id, description]) => ({ id, description })),
    rules: RULES.map(({ id, category, description, examples }) => ({ id, category, description, examples })),
  }),
);

app.route("/v1", textEndpoints);
app.route("/v2", languageTool);

// The CMS publish hook and the reviews it opens (src/hooks/; storage: D1 binding DB, or SQLite on Node).
app.route("/v1/hooks", hooks);
app.route("/v1/reviews", reviews);

// This API in OpenAPI 3.1 (GET /openapi.json) and as a reference page (GET /docs).
app.route("/", apiDescription);

// The review page (GET /) and its script and styles (GET /review/*).
app.route("/", reviewPage);

app.use(
  methodNotAllowed({
    app,
    onMethodNotAllowed: (c, methods) =>
      c.json(errorBody("method_not_allowed", `${c.req.method} is not allowed on ${c.req.path}; use ${methods.join(", ")}`), 405, {
        Allow: methods.join(", "),
      }),
  }),
);

app.notFound((c) => c.json(errorBody("not_found", `no route ${c.req.method} ${c.req.path}; see GET /v1/rules and the README`), 404));
app.onError(handleError);

export default app;
