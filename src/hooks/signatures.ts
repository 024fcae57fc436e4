/**
 * Webhook signatures, verified on the raw body with Web Crypto only (the same
 * code runs in workerd and on Node 20) and compared in constant time.
 *
 * - Standard Webhooks: `webhook-id`, `webhook-timestamp` (seconds),
 *   `webhook-signature: v1,<base64> [v1,<base64> …]`, HMAC-SHA256 over
 *   `id.timestamp.body` with the base64 key of a `whsec_…` secret.
 * - Ghost: `X-Ghost-Signature: sha256=<hex>, t=<ms>`, HMAC-SHA256 over
 *   `body + t` with the webhook's secret (Ghost's webhook-trigger.js).
 * - Contentful: `x-contentful-signature` (hex HMAC-SHA256),
 *   `x-contentful-signed-headers`, `x-contentful-timestamp` (ms) over the
 *   canonical request `METHOD\npath\nname:value;name:value\nbody`, headers
 *   lowercased, trimmed and sorted by name (node-apps-toolkit's verifyRequest).
 * - Sanity: `sanity-webhook-signature: t=<ms>,v1=<base64url>`, HMAC-SHA256 over
 *   `t.body` (@sanity/webhook).
 *
 * Every scheme takes several secrets (rotation on our side) and rejects
 * timestamps further than the tolerance from now, in either direction.
 * Secrets never appear in results or errors.
 */

/** Bytes backed by an ArrayBuffer (what Web Crypto takes). */
export type Bytes = Uint8Array<ArrayBuffer>;

export type SchemeId = "standard" | "ghost" | "contentful" | "sanity";

export type Verification = { ok: true; scheme: SchemeId; timestamp: number } | { ok: false; scheme: SchemeId; reason: string };

export interface VerifyOptions {
  /** Milliseconds since the epoch. */
  now: number;
  /** Largest accepted distance between the signed timestamp and now, in seconds. */
  toleranceSeconds: number;
}

const encoder = new TextEncoder();

export function utf8(text: string): Bytes {
  return encoder.encode(text) as Bytes;
}

export function concatBytes(...parts: Bytes[]): Bytes {
  const out = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

export async function hmacSha256(key: Bytes, data: Bytes): Promise<Bytes> {
  const cryptoKey = await crypto.subtle.importKey("raw", key, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  return new Uint8Array(await crypto.subtle.sign("HMAC", cryptoKey, data));
}

/** Compares in time that depends only on the lengths (which, for MACs, are public). */
export function timingSafeEqual(a: Bytes, b: Bytes): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a[i]! ^ b[i]!;
  return difference === 0;
}

export function toBase64(bytes: Bytes): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]!);
  return btoa(binary);
}

export function toBase64Url(bytes: Bytes): string {
  return toBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** Decodes base64 or base64url, padded or not; null when it is not base64. */
export function fromBase64(text: string): Bytes | null {
  const normalized = text.trim().replace(/-/g, "+").replace(/_/g, "/");
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(normalized)) return null;
  const unpadded = normalized.replace(/=+$/, "");
  if (unpadded.length % 4 === 1) return null;
  try {
    const binary = atob(unpadded + "=".repeat((4 - (unpadded.length % 4)) % 4));
    const out = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
}

export function toHex(bytes: Bytes): string {
  let hex = "";
  for (let i = 0; i < bytes.length; i++) hex += bytes[i]!.toString(16).padStart(2, "0");
  return hex;
}

export function fromHex(text: string): Bytes | null {
  if (!/^(?:[0-9a-fA-F]{2})*$/.test(text)) return null;
  const out = new Uint8Array(text.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(text.slice(2 * i, 2 * i + 2), 16);
  return out;
}

function withinTolerance(timestampMs: number, options: VerifyOptions): boolean {
  return Number.isFinite(timestampMs) && Math.abs(options.now - timestampMs) <= options.toleranceSeconds * 1000;
}

function fail(scheme: SchemeId, reason: string): Verification {
  return { ok: false, scheme, reason };
}

/** True when any of the secrets produces one of the signatures. */
async function anyMatches(secrets: readonly Bytes[], data: Bytes, signatures: readonly Bytes[]): Promise<boolean> {
  let matched = false;
  for (const secret of secrets) {
    const expected = await hmacSha256(secret, data);
    for (const signature of signatures) if (timingSafeEqual(expected, signature)) matched = true;
  }
  return matched;
}

// ---------------------------------------------------------------- Standard Webhooks

/** The HMAC key of a Standard Webhooks secret: the base64 after `whsec_`. Null when it is not base64. */
export function standardKey(secret: string): Bytes | null {
  const key = fromBase64(secret.startsWith("whsec_") ? secret.slice("whsec_".length) : secret);
  return key && key.length > 0 ? key : null;
}

export interface StandardHeaders {
  id: string | null | undefined;
  timestamp: string | null | undefined;
  signature: string | null | undefined;
}

export async function verifyStandard(secrets: readonly string[], headers: StandardHeaders, body: Bytes, options: VerifyOptions): Promise<Verification> {
  const { id, timestamp, signature } = headers;
  if (!id || !timestamp || !signature) return fail("standard", "missing webhook-id, webhook-timestamp or webhook-signature");
  if (!/^\d{1,12}$/.test(timestamp)) return fail("standard", "webhook-timestamp is not a number of seconds");
  const seconds = Number(timestamp);
  if (!withinTolerance(seconds * 1000, options)) return fail("standard", "webhook-timestamp is outside the tolerance window");
  const signatures = signature
    .split(" ")
    .map((entry) => entry.trim())
    .filter((entry) => entry.startsWith("v1,"))
    .map((entry) => fromBase64(entry.slice(3)))
    .filter((bytes): bytes is Bytes => bytes !== null);
  if (signatures.length === 0) return fail("standard", "webhook-signature has no v1 signature");
  const keys = secrets.map(standardKey).filter((key): key is Bytes => key !== null);
  const data = concatBytes(utf8(`${id}.${timestamp}.`), body);
  return (await anyMatches(keys, data, signatures)) ? { ok: true, scheme: "standard", timestamp: seconds * 1000 } : fail("standard", "no signature matches");
}

/** `v1,<base64>` for one secret. */
export async function signStandard(secret: string, id: string, timestampSeconds: number, body: Bytes | string): Promise<string> {
  const key = standardKey(secret);
  if (!key) throw new Error("the Standard Webhooks secret is not base64 (whsec_…)");
  const bytes = typeof body === "string" ? utf8(body) : body;
  return `v1,${toBase64(await hmacSha256(key, concatBytes(utf8(`${id}.${timestampSeconds}.`), bytes)))}`;
}

// ---------------------------------------------------------------- Ghost

export async function verifyGhost(secrets: readonly string[], header: string | null | undefined, body: Bytes, options: VerifyOptions): Promise<Verification> {
  if (!header) return fail("ghost", "missing X-Ghost-Signature");
  const parts = new Map<string, string>();
  for (const part of header.split(",")) {
    const at = part.indexOf("=");
    if (at > 0) parts.set(part.slice(0, at).trim(), part.slice(at + 1).trim());
  }
  const hex = parts.get("sha256");
  const t = parts.get("t");
  if (!hex || !t || !/^\d{1,16}$/.test(t)) return fail("ghost", "X-Ghost-Signature is not `sha256=<hex>, t=<ms>`");
  const signature = fromHex(hex);
  if (!signature) return fail("ghost", "X-Ghost-Signature is not hex");
  if (!withinTolerance(Number(t), options)) return fail("ghost", "the signature's timestamp is outside the tolerance window");
  const data = concatBytes(body, utf8(t));
  return (await anyMatches(secrets.map(utf8), data, [signature])) ? { ok: true, scheme: "ghost", timestamp: Number(t) } : fail("ghost", "the signature does not match");
}

export async function signGhost(secret: string, body: Bytes | string, timestampMs: number): Promise<string> {
  const bytes = typeof body === "string" ? utf8(body) : body;
  return `sha256=${toHex(await hmacSha256(utf8(secret), concatBytes(bytes, utf8(String(timestampMs)))))}, t=${timestampMs}`;
}

// ---------------------------------------------------------------- Contentful

export interface CanonicalRequest {
  method: string;
  /** Path and query as received, e.g. `/v1/hooks/contentful`. */
  path: string;
  /** Header names in any case. */
  headers: Headers | Record<string, string>;
  body: Bytes;
}

/**
 * node-apps-toolkit's getNormalizedEncodedURI: the query escaped as a whole
 * (querystring.escape, like encodeURIComponent), then the URI encoded. The path
 * arrives percent-encoded, so it is decoded first to be encoded once.
 */
export function contentfulPath(pathAndQuery: string): string {
  const at = pathAndQuery.indexOf("?");
  const pathname = at < 0 ? pathAndQuery : pathAndQuery.slice(0, at);
  const search = at < 0 ? "" : pathAndQuery.slice(at + 1);
  let decoded = pathname;
  try {
    decoded = decodeURI(pathname);
  } catch {
    // keep it as received
  }
  const escaped = search ? encodeURIComponent(search) : "";
  return encodeURI(escaped ? `${decoded}?${escaped}` : decoded);
}

function headerGetter(headers: Headers | Record<string, string>): (name: string) => string | null {
  if (headers instanceof Headers) return (name) => headers.get(name);
  const lower = new Map(Object.entries(headers).map(([key, value]) => [key.toLowerCase().trim(), value]));
  return (name) => lower.get(name.toLowerCase()) ?? null;
}

function contentfulCanonical(request: CanonicalRequest, signedHeaders: readonly string[]): Bytes {
  const get = headerGetter(request.headers);
  const pairs = signedHeaders
    .map((name) => name.toLowerCase().trim())
    .filter((name, i, all) => name !== "" && all.indexOf(name) === i && get(name) !== null)
    .sort()
    .map((name) => `${name}:${get(name)!.trim()}`);
  return concatBytes(utf8(`${request.method.toUpperCase()}\n${contentfulPath(request.path)}\n${pairs.join(";")}\n`), request.body);
}

export async function verifyContentful(secrets: readonly string[], request: CanonicalRequest, options: VerifyOptions): Promise<Verification> {
  const get = headerGetter(request.headers);
  const signature = get("x-contentful-signature");
  const signed = get("x-contentful-signed-headers");
  const timestamp = get("x-contentful-timestamp");
  if (!signature || !signed || !timestamp) return fail("contentful", "missing x-contentful-signature, x-contentful-signed-headers or x-contentful-timestamp");
  const signedHeaders = signed.split(",").map((name) => name.trim().toLowerCase());
  if (!signedHeaders.includes("x-contentful-timestamp") || !signedHeaders.includes("x-contentful-signed-headers")) {
    return fail("contentful", "x-contentful-signed-headers must include the timestamp and itself");
  }
  if (!/^\d{1,16}$/.test(timestamp.trim())) return fail("contentful", "x-contentful-timestamp is not a number of milliseconds");
  if (!withinTolerance(Number(timestamp.trim()), options)) return fail("contentful", "x-contentful-timestamp is outside the tolerance window");
  const bytes = fromHex(signature.trim());
  if (!bytes) return fail("contentful", "x-contentful-signature is not hex");
  const data = contentfulCanonical(request, signedHeaders);
  return (await anyMatches(secrets.map(utf8), data, [bytes])) ? { ok: true, scheme: "contentful", timestamp: Number(timestamp.trim()) } : fail("contentful", "the signature does not match");
}

/** The three headers Contentful adds, for the given headers to sign (besides its own two). */
export async function signContentful(
  secret: string,
  request: Omit<CanonicalRequest, "headers"> & { headers: Record<string, string> },
  timestampMs: number,
): Promise<Record<string, string>> {
  const headers: Record<string, string> = {};
  for (const [key, value] of Object.entries(request.headers)) headers[key.toLowerCase().trim()] = value.trim();
  headers["x-contentful-timestamp"] = String(timestampMs);
  const signedHeaders = Object.keys(headers);
  if (!signedHeaders.includes("x-contentful-signed-headers")) signedHeaders.push("x-contentful-signed-headers");
  signedHeaders.sort();
  headers["x-contentful-signed-headers"] = signedHeaders.join(",");
  const data = contentfulCanonical({ ...request, headers }, signedHeaders);
  return {
    "x-contentful-signature": toHex(await hmacSha256(utf8(secret), data)),
    "x-contentful-signed-headers": headers["x-contentful-signed-headers"],
    "x-contentful-timestamp": String(timestampMs),
  };
}

// ---------------------------------------------------------------- Sanity

export async function verifySanity(secrets: readonly string[], header: string | null | undefined, body: Bytes, options: VerifyOptions): Promise<Verification> {
  if (!header) return fail("sanity", "missing sanity-webhook-signature");
  const match = /^t=(\d{1,16})[, ]+v1=([^, ]+)$/.exec(header.trim());
  if (!match) return fail("sanity", "sanity-webhook-signature is not `t=<ms>,v1=<signature>`");
  const t = match[1]!;
  const signature = fromBase64(match[2]!);
  if (!signature) return fail("sanity", "the v1 signature is not base64url");
  if (!withinTolerance(Number(t), options)) return fail("sanity", "the signature's timestamp is outside the tolerance window");
  const data = concatBytes(utf8(`${t}.`), body);
  return (await anyMatches(secrets.map(utf8), data, [signature])) ? { ok: true, scheme: "sanity", timestamp: Number(t) } : fail("sanity", "the signature does not match");
}

export async function signSanity(secret: string, body: Bytes | string, timestampMs: number): Promise<string> {
  const bytes = typeof body === "string" ? utf8(body) : body;
  return `t=${timestampMs},v1=${toBase64Url(await hmacSha256(utf8(secret), concatBytes(utf8(`${timestampMs}.`), bytes)))}`;
}
