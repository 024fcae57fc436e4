/**
 * The reviews API on Node with SQLite (a temp file): state, decisions saved
 * as made, completion with the engine's applyFindings on each field's
 * original (and on Portable Text / Rich Text spans), errors, and the signed
 * completion callback to a local HTTP server started here.
 */
import { createHmac } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { fixture, testServer, type Json, type TestServer, UNSIGNED } from "./helpers.js";

let server: TestServer;
afterEach(() => server?.close());

async function openReview(route: string, body: string, settings: Record<string, string> = {}) {
  server = testServer({ ...UNSIGNED, ...settings });
  const hook = await server.post(route, body);
  expect(hook.body.decision).toBe("review");
  return hook.body as Json;
}

const decide = (id: string, body: unknown) => server.post(`/v1/reviews/${id}/decisions`, body);
const complete = (id: string) => server.post(`/v1/reviews/${id}/complete`, {});
const state = async (id: string) => (await server.request(`/v1/reviews/${id}`)).body;

describe("GET /v1/reviews/:id", () => {
  it("gives each field's original, the cleaned value and every finding with its decision", async () => {
    const hook = await openReview("/v1/hooks/ghost", fixture("ghost-post-published.json"));
    const review = await state(hook.review.id);
    expect(review).toMatchObject({ id: hook.review.id, url: hook.review.url, status: "open", source: "ghost", decision: "review", final: null, callback: null, completedAt: null });
    expect(review.document).toMatchObject({ id: "6627a1f0c4e2b80001a3d5e7", updated_at: "2026-04-20T09:12:44.000Z" });
    expect(Date.parse(review.expiresAt) - Date.parse(review.createdAt)).toBe(30 * 24 * 60 * 60 * 1000);
    const original = JSON.parse(fixture("ghost-post-published.json")).post.current.html;
    expect(review.fields.html.original).toBe(original);
    expect(review.fields.html.cleaned).toBe(hook.fields.html.value);
    for (const finding of review.fields.html.findings as Json[]) {
      expect(original.slice(finding.offset, finding.offset + finding.length)).toBe(finding.original);
      expect(finding.decision).toBeNull();
    }
  });

  it("answers 404 review_not_found for an unknown or malformed id, and with no store", async () => {
    server = testServer(UNSIGNED);
    for (const id of ["AAAAAAAAAAAAAAAAAAAAAAAA", "x", "not..an%20id"]) {
      const result = await server.request(`/v1/reviews/${id}`);
      expect(result.status).toBe(404);
      expect(result.body.error.code).toBe("review_not_found");
    }
    server.close();
    server = testServer(UNSIGNED, { store: false });
    expect((await server.request("/v1/reviews/AAAAAAAAAAAAAAAAAAAAAAAA")).body.error.code).toBe("review_not_found");
  });

  it("expires with POSTEDIT_REVIEW_TTL_DAYS", async () => {
    const hook = await openReview("/v1/hooks/ghost", fixture("ghost-post-published.json"), { POSTEDIT_REVIEW_TTL_DAYS: "0.000001" });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect((await server.request(`/v1/reviews/${hook.review.id}`)).status).toBe(404);
    expect((await complete(hook.review.id)).status).toBe(404);
  });
});

describe("POST /v1/reviews/:id/decisions", () => {
  it("saves accept, reject and clear as they are made", async () => {
    const hook = await openReview("/v1/hooks/ghost", fixture("ghost-post-published.json"));
    const id = hook.review.id as string;
    const findings = (await state(id)).fields.html.findings as Json[];
    const [a, b] = [findings[0]!.id, findings[1]!.id];
    expect((await decide(id, { field: "html", accept: [a] })).body.fields.html.findings[0].decision).toBe("accept");
    const both = (await decide(id, { field: "html", reject: [a], accept: [b] })).body.fields.html.findings as Json[];
    expect([both[0]!.decision, both[1]!.decision]).toEqual(["reject", "accept"]);
    expect(server.count("review_decisions")).toBe(2);
    const cleared = (await decide(id, { field: "html", clear: [a] })).body.fields.html.findings as Json[];
    expect(cleared[0]!.decision).toBeNull();
    expect(server.count("review_decisions")).toBe(1);
  });

  it("refuses unknown fields and findings, ids named twice, and non-JSON bodies", async () => {
    const hook = await openReview("/v1/hooks/ghost", fixture("ghost-post-published.json"));
    const id = hook.review.id as string;
    const title = (await state(id)).fields.title.findings[0].id as string;
    const errors = [
      [await decide(id, { field: "body", accept: [] }), 400, "invalid_request"],
      [await decide(id, { field: "html", accept: [title] }), 400, "unknown_finding"],
      [await decide(id, { field: "title", accept: [title], reject: [title] }), 400, "invalid_request"],
      [await decide(id, { field: "title", accept: "all" }), 400, "invalid_request"],
      [await decide(id, "{oops"), 400, "invalid_json"],
      [await server.request(`/v1/reviews/${id}/decisions`, { method: "POST", headers: { "content-type": "text/plain" }, body: "x" }), 415, "unsupported_media_type"],
    ] as const;
    for (const [result, status, code] of errors) {
      expect(result.status).toBe(status);
      expect(result.body.error.code).toBe(code);
    }
    expect(server.count("review_decisions")).toBe(0);
  });
});

describe("POST /v1/reviews/:id/complete", () => {
  it("applies accepted findings and the safe fixes not rejected, to each field's original", async () => {
    const hook = await openReview("/v1/hooks/publish", JSON.stringify({
      id: "a1",
      fields: {
        title: { value: "Talks in Swiss: selon les experts" },
        body: { value: "We will not know whether Russia is prepared to discuss in good faith., he warned.\n\nTalks resume Monday in Swiss." },
      },
    }));
    const id = hook.review.id as string;
    const body = (await state(id)).fields.body.findings as Json[];
    const quote = body.find((f) => f.rule === "lost-quotation-marks")!;
    const swiss = body.find((f) => f.rule === "demonym-as-place")!;
    const phrase = ((await state(id)).fields.title.findings as Json[]).find((f) => f.rule === "french-phrase")!;
    await decide(id, { field: "body", accept: [quote.id], reject: [swiss.id] });
    await decide(id, { field: "title", accept: [phrase.id] });
    const done = (await complete(id)).body;
    expect(done.status).toBe("completed");
    expect(done.final.fields.body.value).toBe("“We will not know whether Russia is prepared to discuss in good faith,” he warned.\n\nTalks resume Monday in Swiss.");
    expect(done.final.fields.title.value).toBe("Talks in Switzerland: according to experts");
    expect(done.final.fields.body.applied).toEqual([quote.id]);
    expect(done.final.cms).toBeUndefined();
    const changes = done.final.fields.body.diff.changes as Json[];
    expect(changes.filter((c) => c.type !== "delete").map((c) => c.value).join("")).toBe(done.final.fields.body.value);
  });

  it("with no decisions, finishes with what the hook published", async () => {
    const hook = await openReview("/v1/hooks/ghost", fixture("ghost-post-published.json"));
    const done = (await complete(hook.review.id)).body;
    expect(done.final.fields.html.value).toBe(hook.fields.html.value);
    expect(done.final.cms).toEqual(hook.cms);
  });

  it("an accepted fix across Portable Text spans is applied to the spans (Sanity)", async () => {
    const hook = await openReview("/v1/hooks/sanity", fixture("sanity-article.json"));
    const id = hook.review.id as string;
    const gloss = ((await state(id)).fields.body.findings as Json[]).find((f) => f.rule === "french-gloss")!;
    await decide(id, { field: "body", accept: [gloss.id] });
    const done = (await complete(id)).body;
    const b4 = (done.final.fields.body.structured as Json[]).find((b) => b._key === "b4")!;
    expect(b4.children.map((s: Json) => [s._key, s.text, s.marks])).toEqual([
      ["s10", "Moscow wants to discuss the INF Treaty", []],
      ["s11", "", ["em"]],
      ["s13", " and missile systems in Europe.", []],
    ]);
    expect(done.final.fields.body.value).toContain("the INF Treaty and missile systems in Europe.");
    expect(done.final.cms.mutations[0].patch.set.body).toEqual(done.final.fields.body.structured);
  });

  it("a rejected Rich Text fix stays out of the final document (Contentful)", async () => {
    const hook = await openReview("/v1/hooks/contentful", fixture("contentful-entry-publish.json"));
    const id = hook.review.id as string;
    const glued = ((await state(id)).fields["body.en-US"].findings as Json[]).find((f) => f.rule === "glued-camel-case")!;
    await decide(id, { field: "body.en-US", reject: [glued.id] });
    const done = (await complete(id)).body;
    const doc = done.final.cms.patch.find((op: Json) => op.path === "/fields/body/en-US").value as Json;
    expect(doc.content[1].content.slice(0, 2).map((n: Json) => n.value)).toEqual(["The United States and the", "North"]);
    expect(doc.content[0].content[1].value).toBe("Switzerland");
  });

  it("completes once: a second completion answers the same, decisions are then refused with 409", async () => {
    const hook = await openReview("/v1/hooks/ghost", fixture("ghost-post-published.json"));
    const id = hook.review.id as string;
    const first = (await complete(id)).body;
    const second = (await complete(id)).body;
    expect(second).toEqual(first);
    const finding = first.fields.html.findings[0].id;
    const late = await decide(id, { field: "html", accept: [finding] });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe("review_completed");
  });
});

describe("completion callback", () => {
  const CALLBACK_SECRET = "whsec_" + Buffer.from("callback key for the CMS side").toString("base64");
  const received: { headers: IncomingHttpHeaders; body: string }[] = [];
  let receiver: Server;
  let url = "";
  let status = 204;

  beforeAll(async () => {
    receiver = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        received.push({ headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
        response.writeHead(status).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/postedit-callback`;
  });
  afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

  it("POSTs review.completed once, signed with Standard Webhooks, and records the outcome", async () => {
    received.length = 0;
    status = 204;
    const hook = await openReview("/v1/hooks/ghost", fixture("ghost-post-published.json"), { POSTEDIT_CALLBACK_URL: url, POSTEDIT_CALLBACK_SECRET: CALLBACK_SECRET });
    const id = hook.review.id as string;
    const done = (await complete(id)).body;
    await complete(id);
    expect(received).toHaveLength(1);
    const [{ headers, body }] = received as [(typeof received)[number]];
    const key = Buffer.from(CALLBACK_SECRET.slice("whsec_".length), "base64");
    const expected = createHmac("sha256", key).update(`${headers["webhook-id"]}.${headers["webhook-timestamp"]}.${body}`).digest("base64");
    expect(headers["webhook-signature"]).toBe(`v1,${expected}`);
    // The reference implementation of Standard Webhooks verifies it too.
    const headersAsStrings = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, String(value)]));
    expect(new Webhook(CALLBACK_SECRET).verify(body, headersAsStrings)).toMatchObject({ type: "review.completed" });
    expect(() => new Webhook(CALLBACK_SECRET).verify(body.replace("review.completed", "review.tampered"), headersAsStrings)).toThrow();
    expect(headers["webhook-id"]).toBe(`${id}.completed`);
    expect(Math.abs(Number(headers["webhook-timestamp"]) - Date.now() / 1000)).toBeLessThan(60);
    const payload = JSON.parse(body) as Json;
    expect(payload).toMatchObject({ type: "review.completed", data: { id, url: `/review/${id}`, source: "ghost", document: { id: "6627a1f0c4e2b80001a3d5e7" } } });
    expect(payload.data.final).toEqual(done.final);
    expect(done.callback).toMatchObject({ status: "delivered", httpStatus: 204, signed: true });
    expect(body).not.toContain(CALLBACK_SECRET);
  });

  it("a failing receiver does not fail the completion; the failure is recorded", async () => {
    received.length = 0;
    status = 500;
    const hook = await openReview("/v1/hooks/ghost", fixture("ghost-post-published.json"), { POSTEDIT_CALLBACK_URL: url, POSTEDIT_CALLBACK_SECRET: CALLBACK_SECRET });
    const done = await complete(hook.review.id);
    expect(done.status).toBe(200);
    expect(done.body.callback).toMatchObject({ status: "failed", httpStatus: 500 });
    server.close();
    const unreachable = await openReview("/v1/hooks/ghost", fixture("ghost-post-published.json"), { POSTEDIT_CALLBACK_URL: "http://127.0.0.1:9/nothing-listens-here" });
    const result = await complete(unreachable.review.id);
    expect(result.status).toBe(200);
    expect(result.body.callback).toMatchObject({ status: "failed", error: "unreachable", signed: false });
  });
});
