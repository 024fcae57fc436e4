/**
 * The OpenAPI document (GET /openapi.json) and the reference page (GET /docs):
 * the document is valid OpenAPI 3.1 by a real validator; it describes exactly
 * the routes the app serves; and every documented example, sent to the app,
 * gets an answer with a documented status whose body validates against the
 * documented schema (JSON Schema 2020-12, by Ajv), as do typical bad requests.
 */
import { Validator } from "@seriousme/openapi-schema-validator";
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import app from "../src/app.js";
import { signStandard } from "../src/hooks/signatures.js";
import { testServer, type Json, type TestServer } from "./hooks/helpers.js";

const WEBHOOK_SECRET = "whsec_dGVzdC1vcGVuYXBpLWNvbnRyYWN0LXNlY3JldA==";

let document: Json;
let server: TestServer;

beforeAll(async () => {
  const response = await app.request("/openapi.json");
  expect(response.status).toBe(200);
  document = (await response.json()) as Json;
  server = testServer({ POSTEDIT_WEBHOOK_SECRET: WEBHOOK_SECRET });
});

afterAll(() => server.close());

const METHODS = ["get", "post", "put", "patch", "delete"] as const;

function operations(): { method: string; path: string; operation: Json }[] {
  return Object.entries(document.paths as Record<string, Json>).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method) => ({ method, path, operation: item[method] as Json })),
  );
}

describe("GET /openapi.json", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(document));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
    expect(document.openapi).toMatch(/^3\.1\./);
  });

  it("describes exactly the routes the app serves (the review page aside)", () => {
    // The review page is HTML for people, not part of the API.
    const pages = new Set(["GET /", "GET /review/app.js", "GET /review/app.css", "GET /review/:id{[^/.]+}"]);
    const served = new Set(
      app.routes
        .filter((route) => route.method !== "ALL")
        .map((route) => `${route.method} ${route.path}`)
        .filter((route) => !pages.has(route)),
    );
    const documented = new Set(operations().map(({ method, path }) => `${method.toUpperCase()} ${path.replace(/\{([^}]+)\}/g, ":$1")}`));
    expect([...served].sort()).toEqual([...documented].sort());
    expect(documented.size).toBeGreaterThanOrEqual(19);
  });

  it("covers the text API, the rules, the hook and reviews, and LanguageTool's /v2", () => {
    for (const path of ["/v1/check", "/v1/fix", "/v1/apply", "/v1/rules", "/v1/hooks/publish", "/v1/reviews/{id}/decisions", "/v2/check", "/v2/languages", "/v2/info", "/v2/healthcheck"]) {
      expect(document.paths[path], path).toBeDefined();
    }
  });

  it("has an example for every request body", () => {
    for (const { method, path, operation } of operations()) {
      const content = (operation.requestBody?.content ?? {}) as Record<string, Json>;
      for (const [type, media] of Object.entries(content)) {
        expect(Object.keys(media.examples ?? {}).length, `${method} ${path} ${type}`).toBeGreaterThan(0);
      }
    }
  });
});

describe("the contract: documented examples get documented answers", () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  let added = false;
  const validators = new Map<string, ReturnType<typeof ajv.compile>>();

  function validatorFor(schema: Json) {
    if (!added) {
      ajv.addSchema({ $id: "openapi.json", components: document.components });
      added = true;
    }
    const key = JSON.stringify(schema);
    let validate = validators.get(key);
    if (!validate) {
      validate = ajv.compile(JSON.parse(key.replace(/"#\/components\//g, '"openapi.json#/components/')) as Json);
      validators.set(key, validate);
    }
    return validate;
  }

  /** The answer's status is documented, its content type is one documented for it, and its body validates. */
  async function expectDocumented(label: string, operation: Json, response: Response) {
    const documented = operation.responses[String(response.status)] as Json | undefined;
    const text = await response.text();
    expect(documented, `${label}: status ${response.status} is not documented (${text.slice(0, 300)})`).toBeDefined();
    const type = (response.headers.get("content-type") ?? "").split(";")[0]!.trim();
    const media = (documented!.content ?? {})[type] as Json | undefined;
    expect(media, `${label}: ${type} is not documented for ${response.status}`).toBeDefined();
    const body = type === "application/json" ? JSON.parse(text) : text;
    const validate = validatorFor(media!.schema);
    expect(validate(body), `${label}: ${JSON.stringify(validate.errors?.slice(0, 5))}`).toBe(true);
    return { status: response.status, body };
  }

  async function signed(body: string, id: string) {
    const timestamp = Math.floor(Date.now() / 1000);
    return { "webhook-id": id, "webhook-timestamp": String(timestamp), "webhook-signature": await signStandard(WEBHOOK_SECRET, id, timestamp, body) };
  }

  /** A review to fill `{id}` with: the publish example, whose lost quotation asks for one. */
  async function openReview(): Promise<string> {
    const example = document.paths["/v1/hooks/publish"].post.requestBody.content["application/json"].examples.article.value as Json;
    const body = JSON.stringify(example);
    const response = await server.request("/v1/hooks/publish", { method: "POST", headers: { "content-type": "application/json", ...(await signed(body, `review-${Date.now()}`)) }, body });
    expect(response.status).toBe(200);
    expect(response.body.review?.id).toBeTruthy();
    return response.body.review.id as string;
  }

  function encode(type: string, value: unknown): string {
    if (type === "application/x-www-form-urlencoded") return new URLSearchParams(value as Record<string, string>).toString();
    return typeof value === "string" ? value : JSON.stringify(value);
  }

  it("every operation, with every example", async () => {
    const reviewId = await openReview();
    let sent = 0;
    for (const { method, path, operation } of operations()) {
      const url = path.replace("{id}", reviewId);
      const content = (operation.requestBody?.content ?? {}) as Record<string, Json>;
      const requests: { label: string; init: RequestInit; url: string }[] = [];
      for (const [type, media] of Object.entries(content)) {
        for (const [name, example] of Object.entries((media.examples ?? {}) as Record<string, Json>)) {
          const body = encode(type, example.value);
          const headers: Record<string, string> = { "content-type": type };
          if (path.startsWith("/v1/hooks/")) Object.assign(headers, await signed(body, `${path}-${name}-${Date.now()}`));
          requests.push({ label: `${method} ${path} (${type}, ${name})`, url, init: { method: method.toUpperCase(), headers, body } });
        }
      }
      if (path === "/v2/check" && method === "get") {
        // The GET takes the POST's parameters in the query string.
        const form = document.paths["/v2/check"].post.requestBody.content["application/x-www-form-urlencoded"].examples as Record<string, Json>;
        for (const [name, example] of Object.entries(form)) requests.push({ label: `GET /v2/check (${name})`, url: `${url}?${new URLSearchParams(example.value)}`, init: {} });
      }
      if (Object.keys(content).length === 0 && requests.length === 0) requests.push({ label: `${method} ${path}`, url, init: { method: method.toUpperCase() } });
      for (const request of requests) {
        const response = await app.request(request.url, request.init, server.env);
        const { status } = await expectDocumented(request.label, operation, response);
        expect(status, request.label).toBe(200);
        sent++;
      }
    }
    expect(sent).toBeGreaterThan(25);
  });

  it("bad requests get a documented error, in the documented shape", async () => {
    const reviewId = await openReview();
    const bad: [string, string, RequestInit, number][] = [
      ["post", "/v1/check", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ txt: "x" }) }, 400],
      ["post", "/v1/check", { method: "POST", headers: { "content-type": "application/json" }, body: "{" }, 400],
      ["post", "/v1/fix", { method: "POST", headers: { "content-type": "application/xml" }, body: "<x/>" }, 415],
      ["post", "/v1/apply", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text: "x", accept: ["f_1"], findings: [] }) }, 400],
      ["post", "/v2/check", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "language=en-US" }, 400],
      ["get", "/v2/check", {}, 400],
      ["post", "/v1/hooks/publish", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ fields: {} }) }, 401],
      ["get", "/v1/reviews/{id}", {}, 404],
      ["post", "/v1/reviews/{id}/decisions", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ field: "nope" }) }, 400],
    ];
    for (const [method, path, init, expected] of bad) {
      const url = path === "/v1/reviews/{id}" ? "/v1/reviews/AAAAAAAAAAAAAAAAAAAAAAAA" : path.replace("{id}", reviewId);
      const response = await app.request(url, init, server.env);
      const { status } = await expectDocumented(`${method} ${path} (bad)`, document.paths[path][method], response);
      expect(status, `${method} ${path}`).toBe(expected);
    }
  });
});

describe("GET /docs", () => {
  it("is the reference page, rendered from the document, with nothing loaded from elsewhere", async () => {
    const response = await app.request("/docs");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'none'");
    expect(csp).toMatch(/style-src 'sha256-[A-Za-z0-9+/=]+'/);
    const html = await response.text();
    expect(html).not.toMatch(/<script|<link rel="stylesheet"|<img|<iframe|@import|url\(/);
    for (const { method, path, operation } of operations()) {
      expect(html, `${method} ${path}`).toContain(`id="${method}-${path.replace(/[^A-Za-z0-9_-]+/g, "-").replace(/^-|-$/g, "")}"`);
      expect(html).toContain(escapeHtml(operation.summary as string));
    }
    for (const name of Object.keys(document.components.schemas)) expect(html).toContain(`id="schema-${name}"`);
  });
});

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
