/**
 * Reviews: opened by the hook when the policy says `review`, decided on by a
 * person through the review page, completed into final fields.
 *
 * `GET /v1/reviews/:id` is the state; `POST /v1/reviews/:id/decisions`
 * (`{ field, accept, reject, clear? }`) saves decisions as they are made;
 * `POST /v1/reviews/:id/complete` applies, to each field's original, the
 * findings accepted (and the safe fixes not rejected) and, when configured,
 * tells the CMS with a Standard Webhooks-signed callback.
 *
 * The id (144 random bits) is the only key to a review: whoever has the link
 * can read and decide, as with any share link. Reviews expire.
 */
import { Hono, type Context } from "hono";
import * as z from "zod";
import type { AppliedFinding } from "../engine/index.js";
import type { DecisionRecord, ReviewRecord, ReviewStore } from "../storage/review-store.js";
import { ADAPTERS, isSource, type DocumentRef } from "./adapters/index.js";
import { parseWith } from "./adapters/shared.js";
import { chooseFindings, type ReviewDecision } from "./choice.js";
import { finalize, toFinal, type CleanedField, type StoredField } from "./clean.js";
import { hookConfig, reviewStoreFor, type HookBindings, type HookConfig } from "./config.js";
import { HookError } from "./errors.js";
import type { Decision } from "./policy.js";
import { signStandard, toBase64Url } from "./signatures.js";

/** What a review keeps in its `fields` column. */
interface StoredReview {
  decision: Decision;
  fields: StoredField[];
}

/** 18 random bytes: 144 bits, 24 characters of base64url. */
export function newReviewId(): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(18)));
}

export function reviewUrl(config: HookConfig, id: string): string {
  return `${config.publicUrl}/review/${id}`;
}

export function openReview(source: string, document: DocumentRef, decision: Decision, fields: readonly CleanedField[], now: number, config: HookConfig): ReviewRecord {
  const stored: StoredReview = {
    decision,
    fields: fields.map(({ name, format, original, findings, structure }) => (structure ? { name, format, original, findings, structure } : { name, format, original, findings })),
  };
  return {
    id: newReviewId(),
    status: "open",
    source,
    document,
    fields: stored,
    final: null,
    callback: null,
    createdAt: now,
    updatedAt: now,
    completedAt: null,
    expiresAt: now + config.reviewTtlMs,
  };
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

function decisionsByField(decisions: readonly DecisionRecord[]): Map<string, Map<string, "accept" | "reject">> {
  const out = new Map<string, Map<string, "accept" | "reject">>();
  for (const d of decisions) {
    let field = out.get(d.field);
    if (!field) out.set(d.field, (field = new Map()));
    field.set(d.findingId, d.decision);
  }
  return out;
}

/** Accepted findings, and the safe fixes the hook applied unless rejected (src/hooks/choice.ts, shared with the review page's preview). */
function chosen(field: StoredField, decisions: ReadonlyMap<string, ReviewDecision> | undefined): AppliedFinding[] {
  return chooseFindings(field.findings, (finding) => decisions?.get(finding.id));
}

export function reviewState(record: ReviewRecord, decisions: readonly DecisionRecord[], config: HookConfig) {
  const stored = record.fields as StoredReview;
  const byField = decisionsByField(decisions);
  return {
    id: record.id,
    url: reviewUrl(config, record.id),
    status: record.status,
    source: record.source,
    document: record.document,
    decision: stored.decision,
    createdAt: iso(record.createdAt),
    updatedAt: iso(record.updatedAt),
    expiresAt: iso(record.expiresAt),
    completedAt: iso(record.completedAt),
    fields: Object.fromEntries(
      stored.fields.map((field) => {
        const fieldDecisions = byField.get(field.name);
        return [
          field.name,
          {
            format: field.format,
            original: field.original,
            cleaned: finalize({ original: field.original }, field.findings.filter((finding) => finding.applied)).value,
            findings: field.findings.map((finding) => ({ ...finding, decision: fieldDecisions?.get(finding.id) ?? null })),
          },
        ];
      }),
    ),
    final: record.final,
    callback: record.callback,
  };
}

/** The final fields: per field the value (and structure), what was applied and skipped, the diff; `cms` in the source's shape. */
function finalFields(record: ReviewRecord, decisions: readonly DecisionRecord[]) {
  const stored = record.fields as StoredReview;
  const byField = decisionsByField(decisions);
  const finals = stored.fields.map((field) => ({ name: field.name, ...finalize(field, chosen(field, byField.get(field.name))) }));
  const adapter = isSource(record.source) ? ADAPTERS[record.source] : undefined;
  const fields = Object.fromEntries(
    finals.map(({ name, value, applied, skipped, diff, structured }) => [name, structured === undefined ? { value, applied, skipped, diff } : { value, structured, applied, skipped, diff }]),
  );
  const cms = adapter?.toCms?.(record.document as DocumentRef, finals.map((final) => toFinal(final.name, final)));
  return cms === undefined ? { fields } : { fields, cms };
}

function requireStore(c: Context): ReviewStore {
  const store = reviewStoreFor(c.env);
  if (!store) throw new HookError(404, "review_not_found", "no review store is configured on this server (D1 binding DB, or the Node entry's SQLite)");
  return store;
}

/** Whether `id` has the shape of a review id (anything else is not looked up). */
export function isReviewId(id: string): boolean {
  return /^[A-Za-z0-9_-]{16,64}$/.test(id);
}

async function load(store: ReviewStore, id: string, now: number): Promise<ReviewRecord> {
  const record = isReviewId(id) ? await store.getReview(id, now) : null;
  if (!record) throw new HookError(404, "review_not_found", `no review ${id}: the link is wrong or the review expired`);
  return record;
}

export const decisionsBody = z
  .object({
    field: z.string().min(1),
    accept: z.array(z.string().min(1)).max(10_000).default([]),
    reject: z.array(z.string().min(1)).max(10_000).default([]),
    clear: z.array(z.string().min(1)).max(10_000).default([]),
  })
  .strict();

async function readJson(c: Context): Promise<unknown> {
  const type = (c.req.header("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/json" && !type.endsWith("+json")) {
    throw new HookError(415, "unsupported_media_type", `send the body as application/json${type ? `, not ${type}` : ""}`);
  }
  const text = await c.req.text();
  try {
    return text.trim() === "" ? {} : JSON.parse(text);
  } catch (error) {
    throw new HookError(400, "invalid_json", `the body is not valid JSON: ${(error as Error).message}`);
  }
}

/** Sends `review.completed` to the configured URL, signed with Standard Webhooks; never throws. */
export async function sendCallback(config: HookConfig, payload: unknown, messageId: string, now: number): Promise<Record<string, unknown>> {
  const callback = config.callback;
  if (!callback) return { status: "not_configured" };
  const body = JSON.stringify(payload);
  const timestamp = Math.floor(now / 1000);
  const headers: Record<string, string> = { "content-type": "application/json", "user-agent": "postedit", "webhook-id": messageId, "webhook-timestamp": String(timestamp) };
  try {
    if (callback.secret) headers["webhook-signature"] = await signStandard(callback.secret, messageId, timestamp, body);
    const response = await fetch(callback.url, { method: "POST", headers, body, signal: AbortSignal.timeout(5000) });
    await response.body?.cancel();
    return { status: response.ok ? "delivered" : "failed", httpStatus: response.status, signed: Boolean(callback.secret), at: iso(now) };
  } catch (error) {
    return { status: "failed", error: (error as Error).name === "TimeoutError" ? "timeout" : "unreachable", signed: Boolean(callback.secret), at: iso(now) };
  }
}

export const reviews = new Hono<{ Bindings: HookBindings }>()
  .get("/:id", async (c) => {
    const store = requireStore(c);
    const record = await load(store, c.req.param("id"), Date.now());
    return c.json(reviewState(record, await store.getDecisions(record.id), hookConfig(c.env)));
  })
  .post("/:id/decisions", async (c) => {
    const store = requireStore(c);
    const now = Date.now();
    const record = await load(store, c.req.param("id"), now);
    const body = parseWith(decisionsBody, await readJson(c), "the body is not { field, accept: [ids], reject: [ids], clear?: [ids] }");
    const field = (record.fields as StoredReview).fields.find((f) => f.name === body.field);
    if (!field) {
      throw new HookError(400, "invalid_request", `the review has no field “${body.field}”`, { fields: (record.fields as StoredReview).fields.map((f) => f.name) });
    }
    const ids = new Set(field.findings.map((finding) => finding.id));
    const named = [...body.accept, ...body.reject, ...body.clear];
    const unknown = [...new Set(named.filter((id) => !ids.has(id)))];
    if (unknown.length > 0) throw new HookError(400, "unknown_finding", `finding id(s) not in field “${field.name}”: ${unknown.join(", ")}`, { unknown });
    const twice = [...new Set(named.filter((id, i) => named.indexOf(id) !== i))];
    if (twice.length > 0) throw new HookError(400, "invalid_request", `finding id(s) named more than once: ${twice.join(", ")}`, { duplicates: twice });
    if (record.status !== "open") throw new HookError(409, "review_completed", "the review is completed; its decisions can no longer change");
    const saved = await store.saveDecisions(record.id, { field: field.name, accept: body.accept, reject: body.reject, clear: body.clear }, now);
    if (!saved) throw new HookError(409, "review_completed", "the review was completed meanwhile; its decisions can no longer change");
    const fresh = await load(store, record.id, now);
    return c.json(reviewState(fresh, await store.getDecisions(record.id), hookConfig(c.env)));
  })
  .post("/:id/complete", async (c) => {
    const store = requireStore(c);
    const config = hookConfig(c.env);
    const now = Date.now();
    const record = await load(store, c.req.param("id"), now);
    if (record.status === "open") {
      const decisions = await store.getDecisions(record.id);
      const final = finalFields(record, decisions);
      if (await store.complete(record.id, final, now)) {
        if (config.callback) {
          const payload = {
            type: "review.completed",
            timestamp: iso(now),
            data: { id: record.id, url: reviewUrl(config, record.id), source: record.source, document: record.document, final },
          };
          await store.setCallback(record.id, await sendCallback(config, payload, `${record.id}.completed`, now), Date.now());
        }
      }
    }
    // Completing twice answers the same state: the first completion stands, and calls back once.
    const done = await load(store, record.id, now);
    return c.json(reviewState(done, await store.getDecisions(record.id), config));
  });
