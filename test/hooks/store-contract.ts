/**
 * The ReviewStore contract, run against both implementations on a real
 * database: SQLite through better-sqlite3 on a temp file (sqlite-store.test.ts,
 * Node) and D1 inside workerd (test/workers/hooks-d1-store.test.ts).
 * Environment-agnostic: vitest and the store interface only.
 */
import { describe, expect, it } from "vitest";
import type { DeliveryRecord, ReviewRecord, ReviewStore } from "../../src/storage/review-store.js";

const T0 = Date.UTC(2026, 3, 20, 9, 0, 0);
const HOUR = 60 * 60 * 1000;
let counter = 0;

function review(overrides: Partial<ReviewRecord> = {}): ReviewRecord {
  counter += 1;
  return {
    id: `rv${String(counter).padStart(4, "0")}${"x".repeat(18)}`,
    status: "open",
    source: "ghost",
    document: { id: `post-${counter}`, updated_at: "2026-04-20T09:00:00.000Z" },
    fields: { decision: "review", fields: [{ name: "html", format: "html", original: "<p>Talks in Swiss</p>", findings: [] }] },
    final: null,
    callback: null,
    createdAt: T0,
    updatedAt: T0,
    completedAt: null,
    expiresAt: T0 + 24 * HOUR,
    ...overrides,
  };
}

function delivery(key: string, reviewId: string | null, body = `{"decision":"review","n":${counter}}`): DeliveryRecord {
  return { key, status: 200, body, reviewId, createdAt: T0, expiresAt: T0 + 24 * HOUR };
}

export function reviewStoreContract(name: string, open: () => Promise<ReviewStore>, count: (table: "reviews" | "deliveries" | "review_decisions") => Promise<number>) {
  describe(`ReviewStore on ${name}`, () => {
    it("records a delivery with its review and replays it", async () => {
      const store = await open();
      const r = review();
      const key = `ghost:doc:${r.id}`;
      expect(await store.getDelivery(key, T0)).toBeNull();
      const recorded = await store.recordDelivery(delivery(key, r.id), r, T0);
      expect(recorded).toEqual(delivery(key, r.id));
      expect(await store.getDelivery(key, T0 + HOUR)).toEqual(delivery(key, r.id));
      expect(await store.getReview(r.id, T0)).toEqual(r);
    });

    it("keeps the first of two deliveries with the same key and never stores the second review", async () => {
      const store = await open();
      const first = review();
      const second = review();
      const key = `sanity:id:${first.id}`;
      const before = await count("reviews");
      await store.recordDelivery(delivery(key, first.id, '{"first":true}'), first, T0);
      const winner = await store.recordDelivery(delivery(key, second.id, '{"second":true}'), second, T0);
      expect(winner?.body).toBe('{"first":true}');
      expect(winner?.reviewId).toBe(first.id);
      expect(await store.getReview(second.id, T0)).toBeNull();
      expect(await count("reviews")).toBe(before + 1);
    });

    it("stores a review without a delivery key", async () => {
      const store = await open();
      const r = review();
      expect(await store.recordDelivery(null, r, T0)).toBeNull();
      expect((await store.getReview(r.id, T0))?.id).toBe(r.id);
    });

    it("saves decisions as they are made; a later decision replaces, clear withdraws", async () => {
      const store = await open();
      const r = review();
      await store.recordDelivery(null, r, T0);
      expect(await store.saveDecisions(r.id, { field: "html", accept: ["f_a", "f_b"], reject: ["f_c"], clear: [] }, T0 + 1)).toBe(true);
      expect(await store.saveDecisions(r.id, { field: "html", accept: ["f_c"], reject: ["f_a"], clear: ["f_b"] }, T0 + 2)).toBe(true);
      const decisions = await store.getDecisions(r.id);
      expect(decisions.map((d) => [d.field, d.findingId, d.decision]).sort()).toEqual([
        ["html", "f_a", "reject"],
        ["html", "f_c", "accept"],
      ]);
      expect((await store.getReview(r.id, T0 + 3))?.updatedAt).toBe(T0 + 2);
    });

    it("completes once; decisions and a second completion are refused after", async () => {
      const store = await open();
      const r = review();
      await store.recordDelivery(null, r, T0);
      expect(await store.complete(r.id, { fields: { html: { value: "<p>Talks in Switzerland</p>" } } }, T0 + 10)).toBe(true);
      expect(await store.complete(r.id, { fields: {} }, T0 + 20)).toBe(false);
      const done = await store.getReview(r.id, T0 + 30);
      expect(done).toMatchObject({ status: "completed", completedAt: T0 + 10, final: { fields: { html: { value: "<p>Talks in Switzerland</p>" } } } });
      expect(await store.saveDecisions(r.id, { field: "html", accept: ["f_a"], reject: [], clear: [] }, T0 + 40)).toBe(false);
      expect(await store.getDecisions(r.id)).toEqual([]);
      await store.setCallback(r.id, { status: "delivered", httpStatus: 204 }, T0 + 50);
      expect((await store.getReview(r.id, T0 + 60))?.callback).toEqual({ status: "delivered", httpStatus: 204 });
    });

    it("treats expired rows as gone and deletes them", async () => {
      const store = await open();
      const r = review({ expiresAt: T0 + HOUR });
      const key = `wordpress:doc:${r.id}`;
      await store.recordDelivery({ ...delivery(key, r.id), expiresAt: T0 + HOUR }, r, T0);
      await store.saveDecisions(r.id, { field: "html", accept: ["f_a"], reject: [], clear: [] }, T0 + 1);
      expect(await store.getReview(r.id, T0 + HOUR - 1)).not.toBeNull();
      expect(await store.getReview(r.id, T0 + HOUR)).toBeNull();
      expect(await store.getDelivery(key, T0 + HOUR)).toBeNull();
      expect(await store.saveDecisions(r.id, { field: "html", accept: ["f_b"], reject: [], clear: [] }, T0 + HOUR)).toBe(false);
      expect(await store.complete(r.id, {}, T0 + HOUR)).toBe(false);
      // An expired delivery key is free again.
      const again = review();
      expect((await store.recordDelivery(delivery(key, again.id, '{"again":true}'), again, T0 + 2 * HOUR))?.body).toBe('{"again":true}');
      expect(await store.deleteExpired(T0 + 2 * HOUR)).toBeGreaterThanOrEqual(2);
      expect(await store.getDecisions(r.id)).toEqual([]);
      expect((await store.getReview(again.id, T0 + 2 * HOUR))?.id).toBe(again.id);
    });

    it("keeps text exactly: accents, emoji, quotes and JSON", async () => {
      const store = await open();
      const original = "« Nous verrons » 😀 — l'ONU\u00a0: \"quoted\" \\ back\nslash";
      const r = review({ fields: { decision: "review", fields: [{ name: "title", format: "text", original, findings: [] }] } });
      await store.recordDelivery(delivery(`generic:wh:${r.id}`, r.id, JSON.stringify({ original })), r, T0);
      expect((await store.getReview(r.id, T0))?.fields).toEqual(r.fields);
      expect(JSON.parse((await store.getDelivery(`generic:wh:${r.id}`, T0))!.body).original).toBe(original);
    });
  });
}
