/**
 * Who may read what from a browser: the stateless text endpoints answer any
 * origin (wildcard CORS), hooks and reviews none, and review data and hook
 * answers (which hold review links) are never cached.
 */
import { afterEach, describe, expect, it } from "vitest";
import { STATELESS_PATHS } from "../src/app.js";
import { fixture, testServer, UNSIGNED, type TestServer } from "./hooks/helpers.js";

let server: TestServer;
afterEach(() => server?.close());
const origin = { origin: "https://elsewhere.example" };

describe("CORS", () => {
  it("the stateless text endpoints answer any origin, preflight included", async () => {
    server = testServer(UNSIGNED);
    expect(STATELESS_PATHS).toEqual(["/health", "/v1/check", "/v1/fix", "/v1/apply", "/v1/rules"]);
    for (const path of ["/health", "/v1/rules"]) {
      expect((await server.request(path, { headers: origin })).headers.get("access-control-allow-origin")).toBe("*");
    }
    for (const path of ["/v1/check", "/v1/fix"]) {
      const preflight = await server.request(path, { method: "OPTIONS", headers: { ...origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type" } });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
      const answer = await server.post(path, { text: "in Swiss" }, origin);
      expect(answer.status).toBe(200);
      expect(answer.headers.get("access-control-allow-origin")).toBe("*");
    }
    const apply = await server.post("/v1/apply", { text: "a", accept: [], findings: [] }, origin);
    expect(apply.headers.get("access-control-allow-origin")).toBe("*");
  });

  it("hooks and reviews send no CORS headers, not even to a preflight", async () => {
    server = testServer(UNSIGNED);
    const hook = await server.post("/v1/hooks/ghost", fixture("ghost-post-published.json"), origin);
    expect(hook.status).toBe(200);
    expect(hook.headers.get("access-control-allow-origin")).toBeNull();
    const id = hook.body.review.id as string;
    for (const path of [`/v1/reviews/${id}`, `/v1/reviews/${id}/decisions`, "/v1/hooks/publish"]) {
      const preflight = await server.request(path, { method: "OPTIONS", headers: { ...origin, "access-control-request-method": "POST" } });
      expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
    }
    const review = await server.request(`/v1/reviews/${id}`, { headers: origin });
    expect(review.status).toBe(200);
    expect(review.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("caching of review data", () => {
  it("review JSON, decisions, completion, errors and hook answers are sent with Cache-Control: no-store", async () => {
    server = testServer(UNSIGNED);
    const hook = await server.post("/v1/hooks/ghost", fixture("ghost-post-published.json"));
    expect(hook.headers.get("cache-control")).toBe("no-store");
    const id = hook.body.review.id as string;
    const field = Object.keys(hook.body.fields)[0]!;
    const responses = [
      await server.request(`/v1/reviews/${id}`),
      await server.post(`/v1/reviews/${id}/decisions`, { field, accept: [], reject: [] }),
      await server.post(`/v1/reviews/${id}/complete`, {}),
      await server.request("/v1/reviews/AAAAAAAAAAAAAAAAAAAAAAAA"),
      await server.post("/v1/hooks/ghost", fixture("ghost-post-published.json")), // a replay
    ];
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 404, 200]);
    for (const response of responses) {
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    }
  });
});
