/**
 * POST /v1/hooks/* over HTTP (app.request on Node, SQLite in a temp file):
 * signatures per scheme end to end (valid, tampered, wrong secret, rotated
 * secret, old timestamp, replayed id: same response, one review, nothing
 * stored on a 401), adapter choice by header, limits, policy, errors.
 */
import { createHmac } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { MAX_FIELD_LENGTH, MAX_HOOK_BODY_BYTES, MAX_HOOK_FIELDS } from "../../src/hooks/limits.js";
import { signContentful, signGhost, signSanity, signStandard, utf8 } from "../../src/hooks/signatures.js";
import { fixture, testServer, type Json, type TestServer, UNSIGNED } from "./helpers.js";

const GHOST_SECRET = "7b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e";
const WEBHOOK_SECRET = "whsec_" + Buffer.from("postedit standard webhooks test key").toString("base64");
const CONTENTFUL_SECRET = "c".repeat(32) + "0123456789abcdef0123456789ABCDEF";
const SANITY_SECRET = "sanity-test-secret";
const ALL_SECRETS = {
  POSTEDIT_GHOST_SECRET: GHOST_SECRET,
  POSTEDIT_WEBHOOK_SECRET: WEBHOOK_SECRET,
  POSTEDIT_CONTENTFUL_SECRET: CONTENTFUL_SECRET,
  POSTEDIT_SANITY_SECRET: SANITY_SECRET,
};

let server: TestServer;
afterEach(() => server?.close());

function expectError(result: { status: number; body: Json }, status: number, code: string) {
  expect(result.status).toBe(status);
  expect(result.body.error.code).toBe(code);
  expect(result.body.error.message.length).toBeGreaterThan(10);
}

function expectNoSecret(text: string) {
  for (const secret of Object.values(ALL_SECRETS)) expect(text).not.toContain(secret);
}

/** One signed delivery per scheme, for the same battery of checks. */
interface Scheme {
  name: string;
  route: string;
  body: string;
  /** Headers for this body, signed with `secret` at `time` (ms). */
  sign(body: string, secret: string, time: number, deliveryId: string): Promise<Record<string, string>>;
  secretSetting: keyof typeof ALL_SECRETS;
  otherSecret: string;
}

const ghostBody = fixture("ghost-post-published.json");
const SCHEMES: Scheme[] = [
  {
    name: "Ghost",
    route: "/v1/hooks/ghost",
    body: ghostBody,
    sign: async (body, secret, time) => ({ "x-ghost-signature": await signGhost(secret, body, time) }),
    secretSetting: "POSTEDIT_GHOST_SECRET",
    otherSecret: "0000aaaa1111bbbb2222cccc3333dddd",
  },
  {
    name: "Contentful",
    route: "/v1/hooks/contentful",
    body: fixture("contentful-entry-publish.json"),
    async sign(body, secret, time, deliveryId) {
      const headers = { "x-contentful-topic": "ContentManagement.Entry.publish", "x-contentful-idempotency-key": deliveryId };
      return { ...headers, ...(await signContentful(secret, { method: "POST", path: "/v1/hooks/contentful", headers, body: utf8(body) }, time)) };
    },
    secretSetting: "POSTEDIT_CONTENTFUL_SECRET",
    otherSecret: "z".repeat(64),
  },
  {
    name: "Sanity",
    route: "/v1/hooks/sanity",
    body: fixture("sanity-article.json"),
    sign: async (body, secret, time, deliveryId) => ({ "sanity-webhook-signature": await signSanity(secret, body, time), "idempotency-key": deliveryId }),
    secretSetting: "POSTEDIT_SANITY_SECRET",
    otherSecret: "not the sanity secret",
  },
  {
    name: "Standard Webhooks (WordPress)",
    route: "/v1/hooks/wordpress",
    body: fixture("wordpress-post.json").replace('"raw": "Talks resume Monday in Swiss"', '"raw": "Talks resume Monday in Swiss, selon les experts"'),
    async sign(body, secret, time, deliveryId) {
      const seconds = Math.floor(time / 1000);
      return { "webhook-id": deliveryId, "webhook-timestamp": String(seconds), "webhook-signature": await signStandard(secret, deliveryId, seconds, body) };
    },
    secretSetting: "POSTEDIT_WEBHOOK_SECRET",
    otherSecret: "whsec_" + Buffer.from("some other key").toString("base64"),
  },
];

describe.each(SCHEMES)("$name signatures at $route", (scheme) => {
  const secret = ALL_SECRETS[scheme.secretSetting];
  const send = (body: string, headers: Record<string, string>) => server.post(scheme.route, body, headers);

  it("valid: 200 with a decision and a review", async () => {
    server = testServer(ALL_SECRETS);
    const result = await send(scheme.body, await scheme.sign(scheme.body, secret, Date.now(), "delivery-1"));
    expect(result.status).toBe(200);
    expect(result.body.decision).toBe("review");
    expect(result.body.review.url).toBe(`/review/${result.body.review.id}`);
    expect(server.count("reviews")).toBe(1);
  });

  it("replayed delivery id: the same response byte for byte, and one review", async () => {
    server = testServer(ALL_SECRETS);
    const headers = await scheme.sign(scheme.body, secret, Date.now(), "delivery-2");
    const first = await send(scheme.body, headers);
    const second = await send(scheme.body, headers);
    expect(second.status).toBe(200);
    expect(second.text).toBe(first.text);
    expect(second.headers.get("idempotent-replayed")).toBe("true");
    // Signed again later (a manual resend), same delivery id: still the recorded answer.
    const third = await send(scheme.body, await scheme.sign(scheme.body, secret, Date.now() + 1000, "delivery-2"));
    expect(third.text).toBe(first.text);
    expect(server.count("reviews")).toBe(1);
    expect(server.count("deliveries")).toBe(1);
  });

  it("tampered body, wrong secret, old timestamp, unsigned: 401 and nothing stored", async () => {
    server = testServer(ALL_SECRETS);
    const tampered = scheme.body.replace("Monday", "Tuesday");
    expect(tampered).not.toBe(scheme.body);
    const attempts = [
      await send(tampered, await scheme.sign(scheme.body, secret, Date.now(), "d-tampered")),
      await send(scheme.body, await scheme.sign(scheme.body, scheme.otherSecret, Date.now(), "d-wrong")),
      await send(scheme.body, await scheme.sign(scheme.body, secret, Date.now() - 6 * 60 * 1000, "d-old")),
      await send(scheme.body, scheme.name === "Contentful" ? { "x-contentful-topic": "ContentManagement.Entry.publish" } : {}),
    ];
    for (const attempt of attempts) {
      expectError(attempt, 401, "invalid_signature");
      expectNoSecret(attempt.text);
    }
    expect(server.count("reviews")).toBe(0);
    expect(server.count("deliveries")).toBe(0);
  });

  it("rotated secret: the previous and the new secret both verify while both are configured", async () => {
    server = testServer({ ...ALL_SECRETS, [`${scheme.secretSetting}_PREVIOUS`]: scheme.otherSecret });
    expect((await send(scheme.body, await scheme.sign(scheme.body, scheme.otherSecret, Date.now(), "d-old-key"))).status).toBe(200);
    expect((await send(scheme.body, await scheme.sign(scheme.body, secret, Date.now(), "d-new-key"))).status).toBe(200);
  });
});

describe("replaying a signed delivery under another id", () => {
  it("Sanity does not sign idempotency-key: the signed body's _id:_rev identifies the delivery", async () => {
    server = testServer(ALL_SECRETS);
    const body = fixture("sanity-article.json");
    const signature = await signSanity(SANITY_SECRET, body, Date.now());
    const first = await server.post("/v1/hooks/sanity", body, { "sanity-webhook-signature": signature, "idempotency-key": "one" });
    const second = await server.post("/v1/hooks/sanity", body, { "sanity-webhook-signature": signature, "idempotency-key": "two" });
    expect(second.text).toBe(first.text);
    expect(server.count("reviews")).toBe(1);
  });

  it("Standard Webhooks and Contentful sign the id: another id breaks the signature", async () => {
    server = testServer(ALL_SECRETS);
    const body = fixture("contentful-entry-publish.json");
    const headers = { "x-contentful-topic": "ContentManagement.Entry.publish", "x-contentful-idempotency-key": "one" };
    const signed = { ...headers, ...(await signContentful(CONTENTFUL_SECRET, { method: "POST", path: "/v1/hooks/contentful", headers, body: utf8(body) }, Date.now())) };
    expect((await server.post("/v1/hooks/contentful", body, signed)).status).toBe(200);
    expectError(await server.post("/v1/hooks/contentful", body, { ...signed, "x-contentful-idempotency-key": "two" }), 401, "invalid_signature");
    const generic = JSON.stringify({ fields: { title: { value: "Talks in Swiss" } } });
    const seconds = Math.floor(Date.now() / 1000);
    const standard = { "webhook-id": "msg_one", "webhook-timestamp": String(seconds), "webhook-signature": await signStandard(WEBHOOK_SECRET, "msg_one", seconds, generic) };
    expect((await server.post("/v1/hooks/publish", generic, standard)).status).toBe(200);
    expectError(await server.post("/v1/hooks/publish", generic, { ...standard, "webhook-id": "msg_two" }), 401, "invalid_signature");
    expect(server.count("deliveries")).toBe(2);
  });
});

describe("concurrent retries", () => {
  it("two copies of a delivery at once get one answer and one review", async () => {
    server = testServer({ POSTEDIT_GHOST_SECRET: GHOST_SECRET });
    const headers = { "x-ghost-signature": await signGhost(GHOST_SECRET, ghostBody, Date.now()) };
    const [a, b, c] = await Promise.all([server.post("/v1/hooks/ghost", ghostBody, headers), server.post("/v1/hooks/ghost", ghostBody, headers), server.post("/v1/hooks/ghost", ghostBody, headers)]);
    expect(b.text).toBe(a.text);
    expect(c.text).toBe(a.text);
    expect(server.count("reviews")).toBe(1);
    expect(server.count("deliveries")).toBe(1);
  });
});

describe("which deliveries must be signed", () => {
  it("with no secret configured, every delivery is refused, saying which setting to set, and nothing is stored", async () => {
    for (const flag of [undefined, "", "false", "1", "yes"]) {
      server = testServer(flag === undefined ? {} : { POSTEDIT_ALLOW_UNSIGNED: flag });
      for (const [route, setting] of [
        ["/v1/hooks/ghost", "POSTEDIT_GHOST_SECRET"],
        ["/v1/hooks/sanity", "POSTEDIT_SANITY_SECRET"],
        ["/v1/hooks/contentful", "POSTEDIT_CONTENTFUL_SECRET"],
        ["/v1/hooks/wordpress", "POSTEDIT_WEBHOOK_SECRET"],
        ["/v1/hooks/publish", "POSTEDIT_WEBHOOK_SECRET"],
      ] as const) {
        const result = await server.post(route, route.endsWith("ghost") ? ghostBody : { fields: { title: { value: "Talks in Swiss" } } });
        expectError(result, 401, "invalid_signature");
        expect(result.body.error.message).toContain(setting);
        expect(result.body.error.message).toContain("POSTEDIT_ALLOW_UNSIGNED=true");
      }
      expect(server.count("deliveries")).toBe(0);
      expect(server.count("reviews")).toBe(0);
      server.close();
    }
    server = testServer();
  });

  it("with POSTEDIT_ALLOW_UNSIGNED=true and no secret, unsigned deliveries are accepted (local testing)", async () => {
    server = testServer(UNSIGNED);
    const result = await server.post("/v1/hooks/ghost", ghostBody);
    expect(result.status).toBe(200);
    expect(result.body.decision).toBe("review");
  });

  it("refuses query-string settings on deliveries whose signature does not cover the URL; Contentful's does", async () => {
    server = testServer(ALL_SECRETS);
    const ghost = await server.post("/v1/hooks/ghost?review=never", ghostBody, { "x-ghost-signature": await signGhost(GHOST_SECRET, ghostBody, Date.now()) });
    expectError(ghost, 400, "invalid_request");
    expect(ghost.body.error.message).toContain("POSTEDIT_HOOK_REVIEW");
    expect(ghost.body.error.details).toEqual({ parameters: ["review"] });
    const sanityBody = fixture("sanity-article.json");
    const sanity = await server.post("/v1/hooks/sanity?fields=title&block=*", sanityBody, { "sanity-webhook-signature": await signSanity(SANITY_SECRET, sanityBody, Date.now()) });
    expect(sanity.body.error.details).toEqual({ parameters: ["block", "fields"] });
    const wordpressBody = fixture("wordpress-post.json");
    const seconds = Math.floor(Date.now() / 1000);
    const wordpress = await server.post("/v1/hooks/wordpress?review=never", wordpressBody, {
      "webhook-id": "msg_q",
      "webhook-timestamp": String(seconds),
      "webhook-signature": await signStandard(WEBHOOK_SECRET, "msg_q", seconds, wordpressBody),
    });
    expectError(wordpress, 400, "invalid_request");
    expect(server.count("deliveries")).toBe(0);

    const contentfulBody = fixture("contentful-entry-publish.json");
    const path = "/v1/hooks/contentful?review=never";
    const headers = { "content-type": "application/json", "x-contentful-topic": "ContentManagement.Entry.publish" };
    const signed = { ...headers, ...(await signContentful(CONTENTFUL_SECRET, { method: "POST", path, headers, body: utf8(contentfulBody) }, Date.now())) };
    const contentful = await server.post(path, contentfulBody, signed);
    expect(contentful.status).toBe(200);
    expect(contentful.body.decision).toBe("publish");
  });

  it("POSTEDIT_ALLOW_UNSIGNED does not let unsigned deliveries in once a secret is set", async () => {
    server = testServer({ ...UNSIGNED, POSTEDIT_GHOST_SECRET: GHOST_SECRET });
    expectError(await server.post("/v1/hooks/ghost", ghostBody), 401, "invalid_signature");
    expect(server.count("deliveries")).toBe(0);
  });

  it("once any secret is set, a route whose schemes have none refuses unsigned deliveries", async () => {
    server = testServer({ POSTEDIT_GHOST_SECRET: GHOST_SECRET });
    const generic = await server.post("/v1/hooks/publish", { fields: { title: { value: "Talks in Swiss" } } });
    expectError(generic, 401, "invalid_signature");
    expect(generic.body.error.message).toContain("POSTEDIT_WEBHOOK_SECRET");
    expect(server.count("deliveries")).toBe(0);
  });

  it("a Standard Webhooks signature is accepted on a CMS route (a relay that re-signs)", async () => {
    server = testServer({ POSTEDIT_GHOST_SECRET: GHOST_SECRET, POSTEDIT_WEBHOOK_SECRET: WEBHOOK_SECRET });
    const seconds = Math.floor(Date.now() / 1000);
    const result = await server.post("/v1/hooks/ghost", ghostBody, {
      "webhook-id": "msg_relay_1",
      "webhook-timestamp": String(seconds),
      "webhook-signature": await signStandard(WEBHOOK_SECRET, "msg_relay_1", seconds, ghostBody),
    });
    expect(result.status).toBe(200);
  });

  it("the tolerance comes from POSTEDIT_SIGNATURE_TOLERANCE", async () => {
    server = testServer({ POSTEDIT_GHOST_SECRET: GHOST_SECRET, POSTEDIT_SIGNATURE_TOLERANCE: "30" });
    const late = await server.post("/v1/hooks/ghost", ghostBody, { "x-ghost-signature": await signGhost(GHOST_SECRET, ghostBody, Date.now() - 60_000) });
    expectError(late, 401, "invalid_signature");
  });
});

describe("field names", () => {
  it("a field named __proto__ (or constructor) is checked and answered like any other", async () => {
    server = testServer(UNSIGNED);
    const body = '{"fields":{"__proto__":{"value":"Talks in Swiss"},"constructor":{"value":"in Swiss"},"title":{"value":"x"}}}';
    const result = await server.post("/v1/hooks/publish", body);
    expect(result.status).toBe(200);
    expect(Object.keys(result.body.fields)).toEqual(["__proto__", "constructor", "title"]);
    expect(Object.hasOwn(result.body.fields, "__proto__")).toBe(true);
    expect(result.body.fields["__proto__"].value).toBe("Talks in Switzerland");
    expectError(await server.post("/v1/hooks/publish", '{"fields":{"__proto__":{"value":1}}}'), 400, "invalid_request");

  });
});

describe("POST /v1/hooks/publish", () => {
  it("cleans each field with its safe fixes and answers value, findings and diff", async () => {
    server = testServer(UNSIGNED);
    const result = await server.post("/v1/hooks/publish", {
      id: "article-1",
      fields: {
        title: { value: "Talks resume Monday in Swiss" },
        body: { value: "<p>Talks resume in Swiss., he said.</p>\n<p>Photo: Reuters / HANDOUT</p>", format: "html" },
        notes: { value: "Talks resume Monday in *Swiss*.", format: "markdown" },
      },
    });
    expect(result.status).toBe(200);
    expect(result.body.decision).toBe("publish");
    expect(result.body.review).toBeUndefined();
    expect(result.body.cms).toBeUndefined();
    expect(result.body.fields.title.value).toBe("Talks resume Monday in Switzerland");
    expect(result.body.fields.body.value).toBe("<p>Talks resume in Switzerland, he said.</p>");
    expect(result.body.fields.notes.value).toBe("Talks resume Monday in *Switzerland*.");
    const finding = result.body.fields.title.findings[0];
    expect(finding).toMatchObject({ rule: "demonym-as-place", applied: true, safe: true, offset: 23, length: 5 });
    const changes = result.body.fields.title.diff.changes as Json[];
    expect(changes.filter((c) => c.type !== "insert").map((c) => c.value).join("")).toBe("Talks resume Monday in Swiss");
    expect(server.count("reviews")).toBe(0);
  });

  it("chooses the adapter by header", async () => {
    server = testServer(UNSIGNED);
    const ghost = await server.post("/v1/hooks/publish", ghostBody, { "x-ghost-signature": "sha256=00, t=0" });
    expect(ghost.body.cms.posts[0].id).toBe("6627a1f0c4e2b80001a3d5e7");
    const contentful = await server.post("/v1/hooks/publish", fixture("contentful-entry-publish.json"), { "x-contentful-topic": "ContentManagement.Entry.publish" });
    expect(contentful.body.cms.entryId).toBe("5KsDBWseXY6QegucYAoacS");
    const named = await server.post("/v1/hooks/publish", fixture("wordpress-post.json"), { "x-postedit-source": "wordpress" });
    expect(named.body.cms.id).toBe(4127);
    expectError(await server.post("/v1/hooks/publish", "{}", { "x-postedit-source": "drupal" }), 400, "invalid_request");
  });

  it("answers 415, invalid_json and invalid_request in the app's error format", async () => {
    server = testServer(UNSIGNED);
    expectError(await server.request("/v1/hooks/publish", { method: "POST", headers: { "content-type": "text/plain" }, body: "hello" }), 415, "unsupported_media_type");
    expectError(await server.post("/v1/hooks/publish", "{not json"), 400, "invalid_json");
    expectError(await server.post("/v1/hooks/publish", { fields: { title: { text: "x" } } }), 400, "invalid_request");
    expectError(await server.post("/v1/hooks/publish", { fields: { title: { value: "x", format: "pdf" } } }), 400, "invalid_request");
    expectError(await server.post("/v1/hooks/ghost", "[]"), 400, "invalid_request");
    expectError(await server.request("/v1/hooks/publish"), 405, "method_not_allowed");
  });

  it("without a store, a review decision still answers, with a warning", async () => {
    server = testServer(UNSIGNED, { store: false });
    const result = await server.post("/v1/hooks/ghost", ghostBody);
    expect(result.body.decision).toBe("review");
    expect(result.body.review).toBeUndefined();
    expect(result.body.warnings[0]).toContain("no review store");
  });

  it("POSTEDIT_PUBLIC_URL makes review links absolute", async () => {
    server = testServer({ ...UNSIGNED, POSTEDIT_PUBLIC_URL: "https://postedit.example.com/" });
    const result = await server.post("/v1/hooks/ghost", ghostBody);
    expect(result.body.review.url).toBe(`https://postedit.example.com/review/${result.body.review.id}`);
  });

  it("answers payloads with nothing to check with publish and the reason", async () => {
    server = testServer(UNSIGNED);
    const deleted = await server.post("/v1/hooks/ghost", { post: { current: {}, previous: { id: "x" } } });
    expect(deleted.body).toMatchObject({ decision: "publish", fields: {}, ignored: expect.stringContaining("deletion") });
    const asset = await server.post("/v1/hooks/contentful", { sys: { type: "Asset", id: "a1" }, fields: { title: { "en-US": "in Swiss" } } }, { "x-contentful-topic": "ContentManagement.Asset.publish" });
    expect(asset.body).toMatchObject({ decision: "publish", fields: {}, ignored: expect.stringContaining("Asset") });
  });
});

describe("limits", () => {
  it("a body over the limit is 413", async () => {
    server = testServer(UNSIGNED);
    const big = JSON.stringify({ fields: { body: { value: "a ".repeat(MAX_HOOK_BODY_BYTES / 2 + 10) } } });
    expectError(await server.post("/v1/hooks/publish", big), 413, "payload_too_large");
  });

  it("too many fields, a field too long, or too much text in all is 413 with details", async () => {
    server = testServer(UNSIGNED);
    const many = Object.fromEntries(Array.from({ length: MAX_HOOK_FIELDS + 1 }, (_, i) => [`f${i}`, { value: "ok" }]));
    const tooMany = await server.post("/v1/hooks/publish", { fields: many });
    expectError(tooMany, 413, "payload_too_large");
    expect(tooMany.body.error.details).toMatchObject({ limit: "fields", max: MAX_HOOK_FIELDS, actual: MAX_HOOK_FIELDS + 1 });
    const long = await server.post("/v1/hooks/publish", { fields: { body: { value: "x".repeat(MAX_FIELD_LENGTH + 1) } } });
    expectError(long, 413, "payload_too_large");
    expect(long.body.error.details).toMatchObject({ limit: "field_length", field: "body" });
    const total = Object.fromEntries(Array.from({ length: 3 }, (_, i) => [`part${i}`, { value: "y".repeat(MAX_FIELD_LENGTH) }]));
    expect((await server.post("/v1/hooks/publish", { fields: total })).body.error.details).toMatchObject({ limit: "fields_total" });
    expect(server.count("deliveries")).toBe(0);
  });

  it("a delivery id longer than 256 characters is 400", async () => {
    server = testServer(UNSIGNED);
    expectError(await server.post("/v1/hooks/publish", { fields: {} }, { "idempotency-key": "k".repeat(300) }), 400, "invalid_request");
  });
});

describe("policy", () => {
  const french = { id: "a", fields: { title: { value: "Le gouvernement annonce: selon les experts, talks resume" }, body: { value: "He said yes., then left." } } };

  it("review by default when a major suggestion remains; publish with review: never", async () => {
    server = testServer(UNSIGNED);
    expect((await server.post("/v1/hooks/publish", french)).body.decision).toBe("review");
    expect((await server.post("/v1/hooks/publish", { ...french, policy: { review: "never" } })).body.decision).toBe("publish");
  });

  it("only minor suggestions publish by default and review with review: minor", async () => {
    server = testServer(UNSIGNED);
    const minor = { fields: { body: { value: "Moscow also expressed interest in discussing the future of certain missile systems in Europe and we are open to a discussion about it, said the senior official." } } };
    const result = await server.post("/v1/hooks/publish", minor);
    const remaining = (result.body.fields.body.findings as Json[]).filter((f) => !f.applied);
    expect(remaining.length).toBeGreaterThan(0);
    expect(remaining.every((f) => f.severity === "minor")).toBe(true);
    expect(result.body.decision).toBe("publish");
    expect((await server.post("/v1/hooks/publish", { ...minor, policy: { review: "minor" } })).body.decision).toBe("review");
  });

  it("blocks untranslated French in the title with block: untranslated@title, not elsewhere", async () => {
    server = testServer(UNSIGNED);
    expect((await server.post("/v1/hooks/publish", { ...french, policy: { block: ["untranslated@title"] } })).body.decision).toBe("block");
    const inBody = { fields: { title: { value: "Talks resume" }, body: { value: "Le gouvernement annonce: selon les experts, talks resume" } } };
    expect((await server.post("/v1/hooks/publish", { ...inBody, policy: { block: ["untranslated@title"] } })).body.decision).toBe("review");
    expect(server.count("reviews")).toBe(1);
  });

  it("takes defaults from the environment and the query string on adapter routes", async () => {
    server = testServer({ ...UNSIGNED, POSTEDIT_HOOK_BLOCK: "critical,untranslated@title", POSTEDIT_HOOK_REVIEW: "never" });
    expect((await server.post("/v1/hooks/publish", french)).body.decision).toBe("block");
    expect((await server.post("/v1/hooks/publish", { ...french, policy: { block: [] } })).body.decision).toBe("publish");
    // Each a new post version: the same one again would get the recorded answer.
    const version = (n: number) => ghostBody.replace('"updated_at": "2026-04-20T09:12:44.000Z"', `"updated_at": "2026-04-20T09:12:4${n}.000Z"`);
    expect((await server.post("/v1/hooks/ghost", version(5))).body.decision).toBe("publish");
    expect((await server.post("/v1/hooks/ghost?review=major", version(6))).body.decision).toBe("review");
    expect((await server.post("/v1/hooks/ghost?block=quotation@html", version(7))).body.decision).toBe("block");
    expect((await server.post("/v1/hooks/ghost?review=major", version(5))).body.decision).toBe("publish");
  });

  it("an unknown block rule or severity is 400 invalid_policy", async () => {
    server = testServer(UNSIGNED);
    const bad = await server.post("/v1/hooks/publish", { ...french, policy: { block: ["untranslated@title", "frenchness"] } });
    expectError(bad, 400, "invalid_policy");
    expect(bad.body.error.details.unknown).toEqual(["frenchness"]);
    expectError(await server.post("/v1/hooks/publish", { ...french, policy: { review: "sometimes" } }), 400, "invalid_policy");
    expectError(await server.post("/v1/hooks/ghost?review=often", ghostBody), 400, "invalid_policy");
  });
});

describe("Standard Webhooks signature computed independently", () => {
  it("a delivery signed with node:crypto verifies", async () => {
    server = testServer({ POSTEDIT_WEBHOOK_SECRET: WEBHOOK_SECRET });
    const body = JSON.stringify({ fields: { title: { value: "Talks in Swiss" } } });
    const seconds = Math.floor(Date.now() / 1000);
    const key = Buffer.from(WEBHOOK_SECRET.slice(6), "base64");
    const signature = createHmac("sha256", key).update(`msg_1.${seconds}.${body}`).digest("base64");
    const result = await server.post("/v1/hooks/publish", body, { "webhook-id": "msg_1", "webhook-timestamp": String(seconds), "webhook-signature": `v1,${signature}` });
    expect(result.status).toBe(200);
    expect(result.body.fields.title.value).toBe("Talks in Switzerland");
  });
});
