/**
 * Where the publish hook keeps what must outlive a request: reviews (the
 * findings a person has to decide on, their decisions, the final fields) and
 * the responses already given to each webhook delivery (idempotency).
 *
 * One small interface, two implementations on the same SQL schema
 * (migrations/): Cloudflare D1 in the Worker (`./d1.ts`) and SQLite through
 * better-sqlite3 on the Node entry (`./sqlite.ts`). Times are milliseconds
 * since the epoch; every read takes `now` so expiry is tested without a clock.
 * Rows past `expiresAt` are treated as absent before `deleteExpired` removes them.
 */
import { ApiError } from "../api/errors.js";

export type ReviewStatus = "open" | "completed";
export type FindingDecision = "accept" | "reject";

/** A review as stored. `fields`, `document`, `final` and `callback` are opaque JSON to the store. */
export interface ReviewRecord {
  id: string;
  status: ReviewStatus;
  /** The adapter that received the delivery: `generic`, `ghost`, `wordpress`, `contentful`, `sanity`. */
  source: string;
  /** The CMS's identifiers for the document (id, revision…), JSON. */
  document: unknown;
  /** Per field: original value, format, findings as found at publish time, structure; JSON. */
  fields: unknown;
  /** The final cleaned fields once completed, JSON. */
  final: unknown | null;
  /** The outcome of the completion callback, JSON. */
  callback: unknown | null;
  createdAt: number;
  updatedAt: number;
  completedAt: number | null;
  expiresAt: number;
}

export interface DecisionRecord {
  field: string;
  findingId: string;
  decision: FindingDecision;
  decidedAt: number;
}

/** A response already given to a webhook delivery, replayed as is for the same delivery key. */
export interface DeliveryRecord {
  key: string;
  status: number;
  /** The JSON body exactly as sent. */
  body: string;
  reviewId: string | null;
  createdAt: number;
  expiresAt: number;
}

export interface DecisionChange {
  field: string;
  accept: readonly string[];
  reject: readonly string[];
  /** Ids whose decision is withdrawn (undo). */
  clear: readonly string[];
}

export interface ReviewStore {
  /** The response recorded for a delivery key, unless expired. */
  getDelivery(key: string, now: number): Promise<DeliveryRecord | null>;
  /**
   * Records the response to a delivery and, when given, the review it opened,
   * atomically. When the key is already recorded (a concurrent retry won),
   * nothing is written and the recorded delivery is returned: the caller
   * answers with it, and no second review exists. With `delivery: null` only
   * the review is stored (a delivery without any id).
   */
  recordDelivery(delivery: DeliveryRecord | null, review: ReviewRecord | null, now: number): Promise<DeliveryRecord | null>;
  getReview(id: string, now: number): Promise<ReviewRecord | null>;
  getDecisions(id: string): Promise<DecisionRecord[]>;
  /** Saves decisions as they are made (a later decision on the same finding replaces the earlier). False when the review is not open. */
  saveDecisions(id: string, change: DecisionChange, now: number): Promise<boolean>;
  /** Marks an open review completed with its final fields. False when it was not open (already completed, expired or unknown). */
  complete(id: string, final: unknown, now: number): Promise<boolean>;
  /** Records the outcome of the completion callback. */
  setCallback(id: string, callback: unknown, now: number): Promise<void>;
  /** Deletes expired reviews (with their decisions) and deliveries; returns how many rows went. */
  deleteExpired(now: number): Promise<number>;
}

/** Rows as SQL returns them (snake_case, JSON as text), shared by both implementations. */
export interface ReviewRow {
  id: string;
  status: string;
  source: string;
  document: string;
  fields: string;
  final: string | null;
  callback: string | null;
  created_at: number;
  updated_at: number;
  completed_at: number | null;
  expires_at: number;
}

export interface DeliveryRow {
  key: string;
  status: number;
  body: string;
  review_id: string | null;
  created_at: number;
  expires_at: number;
}

export interface DecisionRow {
  field: string;
  finding_id: string;
  decision: string;
  decided_at: number;
}

/** The statements both implementations run, so D1 and SQLite stay on the same SQL. */
export const SQL = {
  getDelivery: "SELECT key, status, body, review_id, created_at, expires_at FROM deliveries WHERE key = ? AND expires_at > ?",
  dropExpiredDelivery: "DELETE FROM deliveries WHERE key = ? AND expires_at <= ?",
  insertDelivery:
    "INSERT INTO deliveries (key, status, body, review_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING",
  /** Inserts the review only if the delivery row just written is ours (its review_id is this review's id). */
  insertReviewForDelivery:
    "INSERT INTO reviews (id, status, source, document, fields, final, callback, created_at, updated_at, completed_at, expires_at) " +
    "SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM deliveries WHERE key = ? AND review_id = ?)",
  insertReview:
    "INSERT INTO reviews (id, status, source, document, fields, final, callback, created_at, updated_at, completed_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
  getReview:
    "SELECT id, status, source, document, fields, final, callback, created_at, updated_at, completed_at, expires_at FROM reviews WHERE id = ? AND expires_at > ?",
  getDecisions: "SELECT field, finding_id, decision, decided_at FROM review_decisions WHERE review_id = ? ORDER BY decided_at, field, finding_id",
  upsertDecision:
    "INSERT INTO review_decisions (review_id, field, finding_id, decision, decided_at) SELECT ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM reviews WHERE id = ? AND status = 'open' AND expires_at > ?) " +
    "ON CONFLICT (review_id, field, finding_id) DO UPDATE SET decision = excluded.decision, decided_at = excluded.decided_at",
  clearDecision:
    "DELETE FROM review_decisions WHERE review_id = ? AND field = ? AND finding_id = ? AND EXISTS (SELECT 1 FROM reviews WHERE id = ? AND status = 'open' AND expires_at > ?)",
  touchOpenReview: "UPDATE reviews SET updated_at = ? WHERE id = ? AND status = 'open' AND expires_at > ?",
  complete: "UPDATE reviews SET status = 'completed', final = ?, completed_at = ?, updated_at = ? WHERE id = ? AND status = 'open' AND expires_at > ?",
  setCallback: "UPDATE reviews SET callback = ?, updated_at = ? WHERE id = ?",
  deleteExpiredDecisions: "DELETE FROM review_decisions WHERE review_id IN (SELECT id FROM reviews WHERE expires_at <= ?)",
  deleteExpiredReviews: "DELETE FROM reviews WHERE expires_at <= ?",
  deleteExpiredDeliveries: "DELETE FROM deliveries WHERE expires_at <= ?",
} as const;

export function reviewValues(review: ReviewRecord): unknown[] {
  return [
    review.id,
    review.status,
    review.source,
    JSON.stringify(review.document ?? null),
    JSON.stringify(review.fields),
    review.final === null ? null : JSON.stringify(review.final),
    review.callback === null ? null : JSON.stringify(review.callback),
    review.createdAt,
    review.updatedAt,
    review.completedAt,
    review.expiresAt,
  ];
}

export function deliveryValues(delivery: DeliveryRecord): unknown[] {
  return [delivery.key, delivery.status, delivery.body, delivery.reviewId, delivery.createdAt, delivery.expiresAt];
}

export function reviewFromRow(row: ReviewRow): ReviewRecord {
  return {
    id: row.id,
    status: row.status === "completed" ? "completed" : "open",
    source: row.source,
    document: JSON.parse(row.document),
    fields: JSON.parse(row.fields),
    final: row.final === null ? null : JSON.parse(row.final),
    callback: row.callback === null ? null : JSON.parse(row.callback),
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
    completedAt: row.completed_at === null ? null : Number(row.completed_at),
    expiresAt: Number(row.expires_at),
  };
}

export function deliveryFromRow(row: DeliveryRow): DeliveryRecord {
  return {
    key: row.key,
    status: Number(row.status),
    body: row.body,
    reviewId: row.review_id,
    createdAt: Number(row.created_at),
    expiresAt: Number(row.expires_at),
  };
}

export function decisionFromRow(row: DecisionRow): DecisionRecord {
  return { field: row.field, findingId: row.finding_id, decision: row.decision === "accept" ? "accept" : "reject", decidedAt: Number(row.decided_at) };
}

/**
 * A database without postedit's tables (its migrations were never applied:
 * `wrangler dev` on a fresh checkout before `npm run db:migrate:local`)
 * becomes a 503 `storage_not_ready` whose message says how to apply them,
 * never a 500. Any other error is returned as it is.
 */
export function missingTables(error: unknown, fix: string): unknown {
  const table = /no such table: ?([\w.]+)/i.exec(error instanceof Error ? error.message : String(error))?.[1];
  if (table === undefined) return error;
  return new ApiError(503, "storage_not_ready", `The review database has no table ${table}: its migrations were not applied. ${fix}`, { table });
}
