/**
 * The publish hook: `POST /v1/hooks/publish` (generic body, or an adapter
 * chosen by header) and `POST /v1/hooks/{ghost,wordpress,contentful,sanity}`.
 *
 * 1. the raw body, within the limit, is verified against every signature
 *    scheme the route accepts that has a secret (401 and nothing stored when
 *    a secret is configured and none verifies);
 * 2. a delivery seen before (same `webhook-id`, CMS delivery id, or document
 *    revision) gets the recorded response again, byte for byte;
 * 3. each field is checked and its safe fixes applied; the policy decides;
 * 4. a `review` decision opens a review, recorded with the response in one
 *    transaction, so a retry never opens a second one.
 *
 * Answer: `{ decision, fields: { <name>: { value, findings, diff } }, review?, cms?, ignored?, warnings? }`.
 */
import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { errorBody } from "../api/errors.js";
import type { DeliveryRecord, ReviewRecord, ReviewStore } from "../storage/review-store.js";
import { ADAPTERS, detectAdapter, type Adapter, type Delivery } from "./adapters/index.js";
import { toFinal } from "./clean.js";
import { engineFor } from "../api/engine-jobs.js";
import { decodeUtf8, refuseEncodedBody } from "../api/body-text.js";
import { hookConfig, reviewStoreFor, type HookBindings, type HookConfig } from "./config.js";
import { HookError } from "./errors.js";
import { MAX_DELIVERY_ID_LENGTH, MAX_FIELD_LENGTH, MAX_FIELDS_TOTAL, MAX_HOOK_BODY_BYTES, MAX_HOOK_FIELDS } from "./limits.js";
import { decide, resolvePolicy } from "./policy.js";
import { openReview, privateResponse, reviewUrl } from "./reviews.js";
import { verifyContentful, verifyGhost, verifySanity, verifyStandard, type Bytes, type SchemeId, type Verification } from "./signatures.js";

const SECRET_SETTING: Record<SchemeId, string> = {
  standard: "POSTEDIT_WEBHOOK_SECRET",
  ghost: "POSTEDIT_GHOST_SECRET",
  contentful: "POSTEDIT_CONTENTFUL_SECRET",
  sanity: "POSTEDIT_SANITY_SECRET",
};

const SIGNATURE_HEADER: Record<SchemeId, string> = {
  standard: "webhook-signature",
  ghost: "x-ghost-signature",
  contentful: "x-contentful-signature",
  sanity: "sanity-webhook-signature",
};

function verify(scheme: SchemeId, secrets: string[], request: Request, body: Bytes, options: { now: number; toleranceSeconds: number }): Promise<Verification> {
  const headers = request.headers;
  switch (scheme) {
    case "standard":
      return verifyStandard(secrets, { id: headers.get("webhook-id"), timestamp: headers.get("webhook-timestamp"), signature: headers.get("webhook-signature") }, body, options);
    case "ghost":
      return verifyGhost(secrets, headers.get("x-ghost-signature"), body, options);
    case "contentful": {
      const url = new URL(request.url);
      return verifyContentful(secrets, { method: request.method, path: url.pathname + url.search, headers, body }, options);
    }
    case "sanity":
      return verifySanity(secrets, headers.get("sanity-webhook-signature"), body, options);
  }
}

/**
 * Every delivery must be signed with a scheme its route accepts (the CMS's
 * own, or Standard Webhooks) and whose secret is set. With no secret at all,
 * every delivery is refused (fail closed: a deployment without its secrets
 * must not take anyone's deliveries), unless POSTEDIT_ALLOW_UNSIGNED=true
 * (local testing), which accepts them unsigned. Returns the scheme that
 * verified the delivery, or null when none had to.
 */
async function authenticate(adapter: Adapter, request: Request, body: Bytes, config: HookConfig, now: number): Promise<SchemeId | null> {
  const accepted: SchemeId[] = adapter.scheme ? [adapter.scheme, "standard"] : ["standard"];
  const anySecret = Object.values(config.secrets).some((list) => list.length > 0);
  if (!anySecret) {
    if (config.allowUnsigned) return null;
    throw new HookError(
      401,
      "invalid_signature",
      `no webhook secret is configured, so no delivery can be verified: set ${accepted.map((s) => SECRET_SETTING[s]).join(" or ")} (or POSTEDIT_ALLOW_UNSIGNED=true to accept unsigned deliveries when testing locally)`,
      { failures: accepted.map((scheme) => ({ scheme, reason: `no secret: set ${SECRET_SETTING[scheme]}` })) },
    );
  }
  const usable = accepted.filter((scheme) => config.secrets[scheme].length > 0);
  if (usable.length === 0) {
    throw new HookError(401, "invalid_signature", `${adapter.source} deliveries must be signed, and no secret is set for them: set ${accepted.map((s) => SECRET_SETTING[s]).join(" or ")}`);
  }
  const failures: { scheme: SchemeId; reason: string }[] = [];
  for (const scheme of usable) {
    if (!request.headers.has(SIGNATURE_HEADER[scheme])) {
      failures.push({ scheme, reason: `unsigned (no ${SIGNATURE_HEADER[scheme]})` });
      continue;
    }
    const result = await verify(scheme, config.secrets[scheme], request, body, { now, toleranceSeconds: config.toleranceSeconds });
    if (result.ok) return scheme;
    failures.push({ scheme, reason: result.reason });
  }
  throw new HookError(401, "invalid_signature", `the delivery is not signed with a configured secret: ${failures.map((f) => `${f.scheme}: ${f.reason}`).join("; ")}`, { failures });
}

/** The query parameters that change what is checked and decided (read by the adapters). */
const QUERY_SETTINGS = ["review", "block", "fields", "locales"] as const;

/**
 * Standard Webhooks, Ghost and Sanity sign the body, not the URL: on a
 * delivery they verified, a query string could have been changed on a
 * captured delivery replayed to us (`?review=never`). Such settings are
 * refused there; they come from POSTEDIT_HOOK_REVIEW and POSTEDIT_HOOK_BLOCK
 * (or the generic body's signed `policy`). Contentful signs the query.
 */
function refuseUnsignedSettings(verifiedBy: SchemeId | null, query: URLSearchParams): void {
  if (verifiedBy === null || verifiedBy === "contentful") return;
  const named = QUERY_SETTINGS.filter((name) => query.has(name));
  if (named.length === 0) return;
  throw new HookError(
    400,
    "invalid_request",
    `${named.map((name) => `?${name}=`).join(", ")} cannot be trusted on a delivery signed with ${verifiedBy === "standard" ? "Standard Webhooks" : verifiedBy === "ghost" ? "Ghost's signature" : "Sanity's signature"}, which does not cover the URL: set the policy with POSTEDIT_HOOK_REVIEW and POSTEDIT_HOOK_BLOCK instead`,
    { parameters: named },
  );
}

/** True when the verified signature covers this header (Contentful signs the headers it lists). */
function headerSigned(scheme: SchemeId | null, headers: Headers, name: string): boolean {
  if (scheme !== "contentful") return false;
  return (headers.get("x-contentful-signed-headers") ?? "").split(",").some((signed) => signed.trim().toLowerCase() === name);
}

/**
 * The delivery's id: `webhook-id`, the CMS's delivery header, or the
 * document's id and version from the body. When the delivery was verified,
 * an id the signature covers comes first, so that replaying a signed delivery
 * with another unsigned id header cannot open a second review.
 */
function deliveryKey(adapter: Adapter, headers: Headers, delivery: Delivery, verifiedBy: SchemeId | null): string | undefined {
  const webhookId = headers.get("webhook-id");
  const native = adapter.deliveryHeader ? headers.get(adapter.deliveryHeader) : null;
  const candidates: (string | false | null | undefined)[] =
    verifiedBy === null
      ? [webhookId && `wh:${webhookId}`, native && `id:${native}`, delivery.derivedKey && `doc:${delivery.derivedKey}`]
      : [
          verifiedBy === "standard" && webhookId && `wh:${webhookId}`,
          native && headerSigned(verifiedBy, headers, adapter.deliveryHeader!) && `id:${native}`,
          delivery.derivedKey && `doc:${delivery.derivedKey}`,
          native && `id:${native}`,
          webhookId && `wh:${webhookId}`,
        ];
  const key = candidates.find((candidate): candidate is string => typeof candidate === "string" && candidate !== "");
  if (key !== undefined && key.length > MAX_DELIVERY_ID_LENGTH) {
    throw new HookError(400, "invalid_request", `the delivery id is longer than ${MAX_DELIVERY_ID_LENGTH} characters`);
  }
  return key === undefined ? undefined : `${adapter.source}:${key}`;
}

function checkLimits(delivery: Delivery): void {
  const fields = delivery.fields;
  if (fields.length > MAX_HOOK_FIELDS) {
    throw new HookError(413, "payload_too_large", `${fields.length} fields to check; the limit is ${MAX_HOOK_FIELDS}`, { limit: "fields", max: MAX_HOOK_FIELDS, actual: fields.length });
  }
  let total = 0;
  for (const field of fields) {
    if (field.value.length > MAX_FIELD_LENGTH) {
      throw new HookError(413, "payload_too_large", `field “${field.name}” is ${field.value.length} characters; the limit is ${MAX_FIELD_LENGTH}`, {
        limit: "field_length",
        field: field.name,
        max: MAX_FIELD_LENGTH,
        actual: field.value.length,
      });
    }
    total += field.value.length;
  }
  if (total > MAX_FIELDS_TOTAL) {
    throw new HookError(413, "payload_too_large", `the fields hold ${total} characters together; the limit is ${MAX_FIELDS_TOTAL}`, { limit: "fields_total", max: MAX_FIELDS_TOTAL, actual: total });
  }
}

function checkContentType(headers: Headers): void {
  const type = (headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/json" && !type.endsWith("+json")) {
    throw new HookError(415, "unsupported_media_type", `send the webhook body as JSON (application/json)${type ? `, not ${type}` : ""}`);
  }
}

function parseJson(bytes: Bytes): unknown {
  const text = decodeUtf8(bytes);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new HookError(400, "invalid_json", `the body is not valid JSON: ${(error as Error).message}`);
  }
}

function replay(c: Context, recorded: DeliveryRecord): Response {
  return c.body(recorded.body, recorded.status as 200, { "content-type": "application/json", "idempotent-replayed": "true" });
}

/** Runs `task` after the response where the runtime allows it (Workers' waitUntil), else in the background. */
function afterResponse(c: Context, task: Promise<unknown>): void {
  const settled = task.catch((error: unknown) => console.error("postedit: background task failed", error));
  try {
    c.executionCtx.waitUntil(settled);
  } catch {
    // No ExecutionContext (Node, app.request): the promise runs on its own.
  }
}

async function handleHook(c: Context<{ Bindings: HookBindings }>, fixed: Adapter | null): Promise<Response> {
  const now = Date.now();
  const config = hookConfig(c.env);
  const headers = c.req.raw.headers;
  const adapter = fixed ?? detectAdapter(headers);
  if (!adapter) throw new HookError(400, "invalid_request", `X-Postedit-Source must be one of ${Object.keys(ADAPTERS).join(", ")}`);
  checkContentType(headers);
  refuseEncodedBody(c);
  const raw = new Uint8Array(await c.req.arrayBuffer());
  const verifiedBy = await authenticate(adapter, c.req.raw, raw, config, now);
  refuseUnsignedSettings(verifiedBy, new URL(c.req.url).searchParams);

  const delivery = adapter.parse(parseJson(raw), { headers, query: new URL(c.req.url).searchParams });
  checkLimits(delivery);
  const policy = resolvePolicy({ review: config.review, block: config.block }, delivery.policy);
  const store: ReviewStore | undefined = reviewStoreFor(c.env);
  // Nothing to check, nothing to remember: an ignored delivery (a deletion) must not take the id of the revision it deletes.
  const key = delivery.ignored ? undefined : deliveryKey(adapter, headers, delivery, verifiedBy);
  if (store && key) {
    const recorded = await store.getDelivery(key, now);
    if (recorded) return replay(c, recorded);
  }

  const cleaned = await engineFor(c.env).run({ kind: "clean", fields: delivery.fields });
  const decision = delivery.ignored ? "publish" : decide(policy, new Map(cleaned.map((field) => [field.name, field.remaining])));
  const response: Record<string, unknown> = {
    decision,
    fields: Object.fromEntries(cleaned.map((field) => [field.name, { value: field.value, findings: field.findings, diff: field.diff }])),
  };
  let review: ReviewRecord | null = null;
  if (decision === "review") {
    if (store) {
      review = openReview(adapter.source, delivery.document, decision, cleaned, now, config);
      response.review = { id: review.id, url: reviewUrl(config, review.id) };
    } else {
      response.warnings = ["no review store is configured (D1 binding DB, or the Node entry's SQLite): the review was not saved"];
    }
  }
  if (adapter.toCms) response.cms = adapter.toCms(delivery.document, cleaned.map((field) => toFinal(field.name, field)));
  if (delivery.ignored) response.ignored = delivery.ignored;
  const body = JSON.stringify(response);

  if (store && (key || review)) {
    const record = key ? { key, status: 200, body, reviewId: review?.id ?? null, createdAt: now, expiresAt: now + Math.max(config.deliveryTtlMs, review ? config.reviewTtlMs : 0) } : null;
    const recorded = await store.recordDelivery(record, review, now);
    // A concurrent delivery with the same id got there first: answer as it did.
    if (recorded && recorded.body !== body) return replay(c, recorded);
    if (review) afterResponse(c, store.deleteExpired(now));
  }
  return c.body(body, 200, { "content-type": "application/json" });
}

export const hooks = new Hono<{ Bindings: HookBindings }>()
  // Answers carry review links, which are keys to the reviews.
  .use(privateResponse)
  .use(
    bodyLimit({
      maxSize: MAX_HOOK_BODY_BYTES,
      onError: (c) => c.json(errorBody("payload_too_large", `a webhook body may be at most ${MAX_HOOK_BODY_BYTES} bytes`, { limit: "body", max: MAX_HOOK_BODY_BYTES }), 413),
    }),
  )
  .post("/publish", (c) => handleHook(c, null))
  .post("/ghost", (c) => handleHook(c, ADAPTERS.ghost))
  .post("/wordpress", (c) => handleHook(c, ADAPTERS.wordpress))
  .post("/contentful", (c) => handleHook(c, ADAPTERS.contentful))
  .post("/sanity", (c) => handleHook(c, ADAPTERS.sanity));
