/**
 * Signature test vectors for every scheme the hook accepts: valid, tampered
 * body, wrong secret, rotated secret, old timestamp (and one from the future),
 * malformed headers. The expected signatures are computed here with
 * node:crypto, independently of the Web Crypto code under test; Standard
 * Webhooks also has the specification's published vector. Replayed ids are
 * tested at the endpoint (test/hooks/endpoint.test.ts).
 */
import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  contentfulPath,
  fromBase64,
  signContentful,
  signGhost,
  signSanity,
  signStandard,
  timingSafeEqual,
  utf8,
  verifyContentful,
  verifyGhost,
  verifySanity,
  verifyStandard,
} from "../../src/hooks/signatures.js";

const NOW = Date.UTC(2026, 3, 20, 9, 12, 44);
const options = { now: NOW, toleranceSeconds: 300 };
const body = JSON.stringify({ post: { current: { id: "6627a1f0", title: "Talks resume Monday in Swiss — « déjà » 😀" } } });
const bytes = utf8(body);

describe("Standard Webhooks", () => {
  const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
  const key = Buffer.from("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "base64");
  const id = "msg_2mN5iLzS0p4mVkQ7";
  const ts = Math.floor(NOW / 1000);
  const expected = `v1,${createHmac("sha256", key).update(`${id}.${ts}.${body}`).digest("base64")}`;
  const headers = (signature: string, timestamp = String(ts)) => ({ id, timestamp, signature });

  it("matches the specification's published vector", async () => {
    const vectorBody = utf8('{"test": 2432232314}');
    const vector = { id: "msg_p5jXN8AQM9LWM0D4loKWxJek", timestamp: "1614265330", signature: "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=" };
    expect(await verifyStandard([secret], vector, vectorBody, { now: 1614265330_000, toleranceSeconds: 300 })).toMatchObject({ ok: true });
    expect(await signStandard(secret, vector.id, 1614265330, vectorBody)).toBe(vector.signature);
  });

  it("accepts a valid signature and signs the same way node:crypto does", async () => {
    expect(await signStandard(secret, id, ts, body)).toBe(expected);
    expect(await verifyStandard([secret], headers(expected), bytes, options)).toEqual({ ok: true, scheme: "standard", timestamp: ts * 1000 });
  });

  it("rejects a tampered body", async () => {
    expect((await verifyStandard([secret], headers(expected), utf8(body.replace("Swiss", "Swiss.")), options)).ok).toBe(false);
  });

  it("rejects a wrong secret", async () => {
    expect((await verifyStandard(["whsec_" + Buffer.from("another key entirely").toString("base64")], headers(expected), bytes, options)).ok).toBe(false);
  });

  it("accepts rotated secrets: several signatures in the header, or several secrets configured", async () => {
    const oldSecret = "whsec_" + Buffer.from("the previous key, still signing").toString("base64");
    const oldSignature = await signStandard(oldSecret, id, ts, body);
    // The sender signs with both keys while rotating; we know only the new one.
    expect((await verifyStandard([secret], headers(`${oldSignature} ${expected}`), bytes, options)).ok).toBe(true);
    // v1a (asymmetric) entries and unknown versions are skipped, not fatal.
    expect((await verifyStandard([secret], headers(`v1a,AAAA ${expected}`), bytes, options)).ok).toBe(true);
    // We know both keys while the sender switches.
    expect((await verifyStandard([oldSecret, secret], headers(oldSignature), bytes, options)).ok).toBe(true);
    expect((await verifyStandard([secret], headers(oldSignature), bytes, options)).ok).toBe(false);
  });

  it("rejects old and future timestamps outside the tolerance", async () => {
    const oldTs = ts - 301;
    const old = await signStandard(secret, id, oldTs, body);
    expect(await verifyStandard([secret], headers(old, String(oldTs)), bytes, options)).toMatchObject({ ok: false, reason: expect.stringContaining("tolerance") });
    expect((await verifyStandard([secret], headers(await signStandard(secret, id, ts - 299, body), String(ts - 299)), bytes, options)).ok).toBe(true);
    const future = await signStandard(secret, id, ts + 301, body);
    expect((await verifyStandard([secret], headers(future, String(ts + 301)), bytes, options)).ok).toBe(false);
  });

  it("rejects missing and malformed headers, and a signature over another id", async () => {
    expect((await verifyStandard([secret], { id, timestamp: String(ts), signature: null }, bytes, options)).ok).toBe(false);
    expect((await verifyStandard([secret], headers(expected, "soon"), bytes, options)).ok).toBe(false);
    expect((await verifyStandard([secret], headers("v1,not base64!"), bytes, options)).ok).toBe(false);
    expect((await verifyStandard([secret], { id: "msg_other", timestamp: String(ts), signature: expected }, bytes, options)).ok).toBe(false);
  });
});

describe("Ghost X-Ghost-Signature", () => {
  const secret = "4d7a1f0c9e2b8a6d5c3e1f0a9b8c7d6e";
  const t = NOW;
  // Ghost: createHmac('sha256', secret).update(`${reqPayload}${ts}`).digest('hex'), header `sha256=<hex>, t=<ts>`.
  const expected = `sha256=${createHmac("sha256", secret).update(`${body}${t}`).digest("hex")}, t=${t}`;

  it("accepts a valid signature and signs as Ghost does", async () => {
    expect(await signGhost(secret, body, t)).toBe(expected);
    expect(await verifyGhost([secret], expected, bytes, options)).toEqual({ ok: true, scheme: "ghost", timestamp: t });
  });

  it("rejects a tampered body and a wrong secret", async () => {
    expect((await verifyGhost([secret], expected, utf8(body + " "), options)).ok).toBe(false);
    expect((await verifyGhost(["another-secret"], expected, bytes, options)).ok).toBe(false);
  });

  it("accepts the new secret and the old one while rotating", async () => {
    const old = await signGhost("the-old-secret", body, t);
    expect((await verifyGhost(["the-old-secret", secret], old, bytes, options)).ok).toBe(true);
    expect((await verifyGhost(["the-old-secret", secret], expected, bytes, options)).ok).toBe(true);
    expect((await verifyGhost([secret], old, bytes, options)).ok).toBe(false);
  });

  it("rejects an old timestamp, and a timestamp changed after signing", async () => {
    const oldT = t - 5 * 60 * 1000 - 1;
    expect(await verifyGhost([secret], await signGhost(secret, body, oldT), bytes, options)).toMatchObject({ ok: false, reason: expect.stringContaining("tolerance") });
    expect((await verifyGhost([secret], expected.replace(`t=${t}`, `t=${t + 1}`), bytes, options)).ok).toBe(false);
  });

  it("rejects malformed headers", async () => {
    for (const header of [undefined, "", "sha256=zz, t=1", `sha256=${"a".repeat(64)}`, `t=${t}`, "sha1=abc, t=1"]) {
      expect((await verifyGhost([secret], header, bytes, options)).ok).toBe(false);
    }
  });
});

describe("Contentful request verification", () => {
  const secret = "Kq3vT8mZ1xY6wR0pL5sN2bD9fH4jA7cE3gU8iO1kM6nB0vC5xZ2qW9eR4tY7uP1a";
  const path = "/v1/hooks/contentful";
  const topic = "ContentManagement.Entry.publish";
  /** The canonical request as node-apps-toolkit builds it: method, path, sorted `name:value` joined by `;`, body. */
  function toolkitSignature(headers: Record<string, string>, signed: string[], requestBody = body, requestPath = path) {
    const pairs = [...signed].sort().map((name) => `${name}:${headers[name]}`).join(";");
    return createHmac("sha256", secret).update(["POST", requestPath, pairs, requestBody].join("\n")).digest("hex");
  }
  const baseHeaders = { "x-contentful-topic": topic, "content-type": "application/vnd.contentful.management.v1+json" };

  async function signed(timestamp = NOW, secretToUse = secret): Promise<Record<string, string>> {
    return { ...baseHeaders, ...(await signContentful(secretToUse, { method: "POST", path, headers: { "x-contentful-topic": topic }, body: bytes }, timestamp)) };
  }

  it("signs like node-apps-toolkit and accepts a valid request", async () => {
    const headers = await signed();
    expect(headers["x-contentful-signed-headers"]).toBe("x-contentful-signed-headers,x-contentful-timestamp,x-contentful-topic");
    const names = headers["x-contentful-signed-headers"]!.split(",");
    expect(headers["x-contentful-signature"]).toBe(toolkitSignature(headers, names));
    expect(await verifyContentful([secret], { method: "POST", path, headers, body: bytes }, options)).toEqual({ ok: true, scheme: "contentful", timestamp: NOW });
  });

  it("verifies headers signed in any order and case, ignoring unsigned ones", async () => {
    const timestamp = String(NOW);
    const names = ["x-contentful-topic", "x-contentful-timestamp", "x-contentful-signed-headers"];
    const headers: Record<string, string> = { ...baseHeaders, "X-Contentful-Timestamp": timestamp, "x-contentful-signed-headers": names.join(",") };
    const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
    headers["x-contentful-signature"] = toolkitSignature(lower, names);
    headers["x-forwarded-for"] = "203.0.113.9";
    expect((await verifyContentful([secret], { method: "POST", path, headers, body: bytes }, options)).ok).toBe(true);
  });

  it("rejects a tampered body, another path, a changed signed header and a wrong secret", async () => {
    const headers = await signed();
    expect((await verifyContentful([secret], { method: "POST", path, headers, body: utf8(body.slice(1)) }, options)).ok).toBe(false);
    expect((await verifyContentful([secret], { method: "POST", path: "/v1/hooks/publish", headers, body: bytes }, options)).ok).toBe(false);
    expect((await verifyContentful([secret], { method: "POST", path, headers: { ...headers, "x-contentful-topic": "ContentManagement.Entry.delete" }, body: bytes }, options)).ok).toBe(false);
    expect((await verifyContentful(["W".repeat(64)], { method: "POST", path, headers, body: bytes }, options)).ok).toBe(false);
  });

  it("accepts the old or the new secret while rotating", async () => {
    const old = await signed(NOW, "O".repeat(64));
    expect((await verifyContentful(["O".repeat(64), secret], { method: "POST", path, headers: old, body: bytes }, options)).ok).toBe(true);
    expect((await verifyContentful([secret], { method: "POST", path, headers: old, body: bytes }, options)).ok).toBe(false);
  });

  it("rejects an old timestamp and one that is not signed", async () => {
    const old = await signed(NOW - 301_000);
    expect(await verifyContentful([secret], { method: "POST", path, headers: old, body: bytes }, options)).toMatchObject({ ok: false, reason: expect.stringContaining("tolerance") });
    const headers = await signed();
    const unsignedTimestamp = { ...headers, "x-contentful-signed-headers": "x-contentful-topic" };
    expect((await verifyContentful([secret], { method: "POST", path, headers: unsignedTimestamp, body: bytes }, options)).ok).toBe(false);
  });

  it("normalizes the path as node-apps-toolkit does", () => {
    expect(contentfulPath("/v1/hooks/contentful")).toBe("/v1/hooks/contentful");
    expect(contentfulPath("/v1/hooks/contentful?review=minor")).toBe("/v1/hooks/contentful?review%253Dminor");
    expect(contentfulPath("/v1/hooks/caf%C3%A9")).toBe("/v1/hooks/caf%C3%A9");
  });
});

describe("Sanity sanity-webhook-signature", () => {
  const secret = "a shared secret typed in sanity.io/manage";
  const t = NOW;
  // @sanity/webhook: `t=<ms>,v1=<base64url(HMAC-SHA256(secret, `${t}.${payload}`))>`.
  const expected = `t=${t},v1=${createHmac("sha256", secret).update(`${t}.${body}`).digest("base64url")}`;

  it("accepts a valid signature and signs as @sanity/webhook does", async () => {
    expect(await signSanity(secret, body, t)).toBe(expected);
    expect(await verifySanity([secret], expected, bytes, options)).toEqual({ ok: true, scheme: "sanity", timestamp: t });
    expect((await verifySanity([secret], expected.replace(",", ", "), bytes, options)).ok).toBe(true);
  });

  it("rejects a tampered body and a wrong secret", async () => {
    expect((await verifySanity([secret], expected, utf8(body.replace("Monday", "Sunday")), options)).ok).toBe(false);
    expect((await verifySanity(["not it"], expected, bytes, options)).ok).toBe(false);
  });

  it("accepts either secret while rotating", async () => {
    const old = await signSanity("old secret", body, t);
    expect((await verifySanity(["old secret", secret], old, bytes, options)).ok).toBe(true);
    expect((await verifySanity([secret], old, bytes, options)).ok).toBe(false);
  });

  it("rejects an old timestamp and malformed headers", async () => {
    expect(await verifySanity([secret], await signSanity(secret, body, t - 600_000), bytes, options)).toMatchObject({ ok: false, reason: expect.stringContaining("tolerance") });
    for (const header of [undefined, "", `v1=abc,t=${t}`, `t=${t}`, `t=${t},v1=`]) expect((await verifySanity([secret], header, bytes, options)).ok).toBe(false);
  });
});

describe("helpers", () => {
  it("compares bytes in constant time and decodes base64 strictly", () => {
    expect(timingSafeEqual(utf8("abc"), utf8("abc"))).toBe(true);
    expect(timingSafeEqual(utf8("abc"), utf8("abd"))).toBe(false);
    expect(timingSafeEqual(utf8("abc"), utf8("abcd"))).toBe(false);
    expect(fromBase64("not base64!")).toBeNull();
    expect(Buffer.from(fromBase64("-_8")!).toString("hex")).toBe("fbff");
  });
});
