/**
 * The review store on Cloudflare D1 (the Worker's `DB` binding). Multi-statement
 * writes go through `batch`, which D1 runs as one transaction.
 */
import {
  SQL,
  missingTables,
  decisionFromRow,
  deliveryFromRow,
  deliveryValues,
  reviewFromRow,
  reviewValues,
  type DecisionChange,
  type DecisionRecord,
  type DecisionRow,
  type DeliveryRecord,
  type DeliveryRow,
  type ReviewRecord,
  type ReviewRow,
  type ReviewStore,
} from "./review-store.js";

/** The part of the Workers `D1Database` binding this store uses (declared here so Node-side code type-checks too). */
export interface D1Like {
  prepare(query: string): D1StatementLike;
  batch<T = unknown>(statements: D1StatementLike[]): Promise<{ results: T[]; meta: { changes?: number } }[]>;
}

export interface D1StatementLike {
  bind(...values: unknown[]): D1StatementLike;
  first<T = Record<string, unknown>>(): Promise<T | null>;
  all<T = Record<string, unknown>>(): Promise<{ results: T[] }>;
  run(): Promise<{ meta: { changes?: number } }>;
}

/** What to do when the tables are missing (see `missingTables`). */
const D1_FIX =
  "Locally, `npm run dev` applies them before it starts (or run `npm run db:migrate:local`); for the deployed Worker, run `npx wrangler d1 migrations apply postedit --remote`.";

export class D1ReviewStore implements ReviewStore {
  constructor(private readonly db: D1Like) {}

  private async guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw missingTables(error, D1_FIX);
    }
  }

  async getDelivery(key: string, now: number): Promise<DeliveryRecord | null> {
    return this.guard(async () => {
      const row = await this.db.prepare(SQL.getDelivery).bind(key, now).first<DeliveryRow>();
      return row ? deliveryFromRow(row) : null;
    });
  }

  async recordDelivery(delivery: DeliveryRecord | null, review: ReviewRecord | null, now: number): Promise<DeliveryRecord | null> {
    return this.guard(async () => {
      if (delivery === null) {
        if (review) await this.db.prepare(SQL.insertReview).bind(...reviewValues(review)).run();
        return null;
      }
      const statements = [
        this.db.prepare(SQL.dropExpiredDelivery).bind(delivery.key, now),
        this.db.prepare(SQL.insertDelivery).bind(...deliveryValues(delivery)),
      ];
      if (review) statements.push(this.db.prepare(SQL.insertReviewForDelivery).bind(...reviewValues(review), delivery.key, review.id));
      statements.push(this.db.prepare(SQL.getDelivery).bind(delivery.key, now));
      const results = await this.db.batch<DeliveryRow>(statements);
      const row = results[results.length - 1]?.results[0];
      return row ? deliveryFromRow(row) : null;
    });
  }

  async getReview(id: string, now: number): Promise<ReviewRecord | null> {
    return this.guard(async () => {
      const row = await this.db.prepare(SQL.getReview).bind(id, now).first<ReviewRow>();
      return row ? reviewFromRow(row) : null;
    });
  }

  async getDecisions(id: string): Promise<DecisionRecord[]> {
    return this.guard(async () => {
      const { results } = await this.db.prepare(SQL.getDecisions).bind(id).all<DecisionRow>();
      return results.map(decisionFromRow);
    });
  }

  async saveDecisions(id: string, change: DecisionChange, now: number): Promise<boolean> {
    return this.guard(async () => {
      const touched = await this.db.prepare(SQL.touchOpenReview).bind(now, id, now).run();
      if (!touched.meta.changes) return false;
      const statements = [
        ...change.accept.map((findingId) => this.db.prepare(SQL.upsertDecision).bind(id, change.field, findingId, "accept", now, id, now)),
        ...change.reject.map((findingId) => this.db.prepare(SQL.upsertDecision).bind(id, change.field, findingId, "reject", now, id, now)),
        ...change.clear.map((findingId) => this.db.prepare(SQL.clearDecision).bind(id, change.field, findingId, id, now)),
      ];
      if (statements.length > 0) await this.db.batch(statements);
      return true;
    });
  }

  async complete(id: string, final: unknown, now: number): Promise<boolean> {
    return this.guard(async () => {
      const result = await this.db.prepare(SQL.complete).bind(JSON.stringify(final), now, now, id, now).run();
      return (result.meta.changes ?? 0) > 0;
    });
  }

  async setCallback(id: string, callback: unknown, now: number): Promise<void> {
    return this.guard(async () => {
      await this.db.prepare(SQL.setCallback).bind(JSON.stringify(callback), now, id).run();
    });
  }

  async deleteExpired(now: number): Promise<number> {
    return this.guard(async () => {
      const results = await this.db.batch([
        this.db.prepare(SQL.deleteExpiredDecisions).bind(now),
        this.db.prepare(SQL.deleteExpiredReviews).bind(now),
        this.db.prepare(SQL.deleteExpiredDeliveries).bind(now),
      ]);
      return results.reduce((sum, result) => sum + (result.meta.changes ?? 0), 0);
    });
  }
}
