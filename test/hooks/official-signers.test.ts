/**
 * Interoperability with the real thing: deliveries signed by each CMS's own
 * package (`standardwebhooks`, the reference implementation of Standard
 * Webhooks; `@sanity/webhook`; `@contentful/node-apps-toolkit`) are verified
 * by postedit's verifiers, and a changed body is refused. (Ghost publishes no
 * signing package; its scheme is tested against Ghost's documented format in
 * signatures.test.ts.) The completion callback is verified with
 * `standardwebhooks` in reviews.test.ts.
 */
import { signRequest } from "@contentful/node-apps-toolkit";
import { encodeSignatureHeader } from "@sanity/webhook";
import { Webhook } from "standardwebhooks";
import { afterEach, describe, expect, it } from "vitest";
import { fixture, testServer, type TestServer } from "./helpers.js";

const WEBHOOK_SECRET = "whsec_" + Buffer.from("interop standard webhooks key").toString("base64");
const SANITY_SECRET = "sanity interop secret";
const CONTENTFUL_SECRET = "a".repeat(32) + "interop0123456789abcdefABCDEF012";
const SECRETS = { POSTEDIT_WEBHOOK_SECRET: WEBHOOK_SECRET, POSTEDIT_SANITY_SECRET: SANITY_SECRET, POSTEDIT_CONTENTFUL_SECRET: CONTENTFUL_SECRET };

let server: TestServer;
afterEach(() => server?.close());

describe("deliveries signed by the official packages", () => {
  it("standardwebhooks (WordPress relay, generic body)", async () => {
    server = testServer(SECRETS);
    const body = fixture("wordpress-post.json");
    const id = "msg_interop_1";
    const sent = new Date();
    const headers = { "webhook-id": id, "webhook-timestamp": String(Math.floor(sent.getTime() / 1000)), "webhook-signature": new Webhook(WEBHOOK_SECRET).sign(id, sent, body) };
    const accepted = await server.post("/v1/hooks/wordpress", body, headers);
    expect(accepted.status).toBe(200);
    expect(accepted.body.fields.title.value).toBeDefined();
    const tampered = await server.post("/v1/hooks/wordpress", body.replace("Geneva", "Genève"), { ...headers, "webhook-id": "msg_interop_2" });
    expect(tampered.status).toBe(401);
    expect(tampered.body.error.code).toBe("invalid_signature");
  });

  it("@sanity/webhook", async () => {
    server = testServer(SECRETS);
    const body = fixture("sanity-article.json");
    const signature = await encodeSignatureHeader(body, Date.now(), SANITY_SECRET);
    const accepted = await server.post("/v1/hooks/sanity", body, { "sanity-webhook-signature": signature });
    expect(accepted.status).toBe(200);
    expect(accepted.body.cms.mutations[0].patch.id).toBe(JSON.parse(body)._id);
    const tampered = await server.post("/v1/hooks/sanity", `${body} `, { "sanity-webhook-signature": signature });
    expect(tampered.status).toBe(401);
  });

  it("@contentful/node-apps-toolkit", async () => {
    server = testServer(SECRETS);
    const body = fixture("contentful-entry-publish.json");
    const path = "/v1/hooks/contentful";
    const headers = { "content-type": "application/json", "x-contentful-topic": "ContentManagement.Entry.publish" };
    const signed = signRequest(CONTENTFUL_SECRET, { method: "POST", path, headers, body }, Date.now());
    const accepted = await server.post(path, body, { ...headers, ...signed });
    expect(accepted.status).toBe(200);
    expect(accepted.body.cms.entryId).toBe(JSON.parse(body).sys.id);
    const tampered = await server.post(path, body.replace("Swiss", "Swiss!"), { ...headers, ...signed });
    expect(tampered.status).toBe(401);
  });
});
