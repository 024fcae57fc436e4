/**
 * The review store on SQLite for the Node entry, through better-sqlite3 (v12
 * on Node 20). Same SQL as D1; the same migration files (migrations/) are
 * applied at start and recorded in `d1_migrations`, the table wrangler uses.
 *
 * This module does not import better-sqlite3: it takes an open database that
 * matches the small structural type below, so it type-checks with the
 * Worker's types and stays out of the Worker bundle. `src/node.ts` opens the
 * database and reads the migration files.
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

/** The part of better-sqlite3's `Database` this store uses. */
export interface SqliteDatabase {
  prepare(sql: string): SqliteStatement;
  exec(sql: string): unknown;
  transaction<T>(fn: () => T): () => T;
}

export interface SqliteStatement {
  run(...params: unknown[]): { changes: number };
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
}

export interface Migration {
  /** The file name, e.g. `0001_reviews.sql`. */
  name: string;
  sql: string;
}

/**
 * Applies the migrations not applied yet, in name order, each in a transaction,
 * recording them as wrangler does for D1. Returns the names applied now.
 */
export function applyMigrations(db: SqliteDatabase, migrations: readonly Migration[]): string[] {
  db.exec(
    "CREATE TABLE IF NOT EXISTS d1_migrations (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT UNIQUE, applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL)",
  );
  const applied = new Set((db.prepare("SELECT name FROM d1_migrations").all() as { name: string }[]).map((row) => row.name));
  const done: string[] = [];
  for (const migration of [...migrations].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (applied.has(migration.name)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.prepare("INSERT INTO d1_migrations (name) VALUES (?)").run(migration.name);
    })();
    done.push(migration.name);
  }
  return done;
}

/** What to do when the tables are missing (see `missingTables`). */
const SQLITE_FIX = "The Node entry applies migrations/ to its database (POSTEDIT_DB) when it starts: restart it (`npm start`).";

export class SqliteReviewStore implements ReviewStore {
  constructor(private readonly db: SqliteDatabase) {}

  private async guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw missingTables(error, SQLITE_FIX);
    }
  }

  async getDelivery(key: string, now: number): Promise<DeliveryRecord | null> {
    return this.guard(async () => {
      const row = this.db.prepare(SQL.getDelivery).get(key, now) as DeliveryRow | undefined;
      return row ? deliveryFromRow(row) : null;
    });
  }

  async recordDelivery(delivery: DeliveryRecord | null, review: ReviewRecord | null, now: number): Promise<DeliveryRecord | null> {
    return this.guard(async () => {
      if (delivery === null) {
        if (review) this.db.prepare(SQL.insertReview).run(...reviewValues(review));
        return null;
      }
      const row = this.db.transaction(() => {
        this.db.prepare(SQL.dropExpiredDelivery).run(delivery.key, now);
        this.db.prepare(SQL.insertDelivery).run(...deliveryValues(delivery));
        if (review) this.db.prepare(SQL.insertReviewForDelivery).run(...reviewValues(review), delivery.key, review.id);
        return this.db.prepare(SQL.getDelivery).get(delivery.key, now) as DeliveryRow | undefined;
      })();
      return row ? deliveryFromRow(row) : null;
    });
  }

  async getReview(id: string, now: number): Promise<ReviewRecord | null> {
    return this.guard(async () => {
      const row = this.db.prepare(SQL.getReview).get(id, now) as ReviewRow | undefined;
      return row ? reviewFromRow(row) : null;
    });
  }

  async getDecisions(id: string): Promise<DecisionRecord[]> {
    return this.guard(async () => {
      return (this.db.prepare(SQL.getDecisions).all(id) as DecisionRow[]).map(decisionFromRow);
    });
  }

  async saveDecisions(id: string, change: DecisionChange, now: number): Promise<boolean> {
    return this.guard(async () => {
      return this.db.transaction(() => {
        if (this.db.prepare(SQL.touchOpenReview).run(now, id, now).changes === 0) return false;
        const upsert = this.db.prepare(SQL.upsertDecision);
        for (const findingId of change.accept) upsert.run(id, change.field, findingId, "accept", now, id, now);
        for (const findingId of change.reject) upsert.run(id, change.field, findingId, "reject", now, id, now);
        const clear = this.db.prepare(SQL.clearDecision);
        for (const findingId of change.clear) clear.run(id, change.field, findingId, id, now);
        return true;
      })();
    });
  }

  async complete(id: string, final: unknown, now: number): Promise<boolean> {
    return this.guard(async () => {
      return this.db.prepare(SQL.complete).run(JSON.stringify(final), now, now, id, now).changes > 0;
    });
  }

  async setCallback(id: string, callback: unknown, now: number): Promise<void> {
    return this.guard(async () => {
      this.db.prepare(SQL.setCallback).run(JSON.stringify(callback), now, id);
    });
  }

  async deleteExpired(now: number): Promise<number> {
    return this.guard(async () => {
      return this.db.transaction(
        () =>
          this.db.prepare(SQL.deleteExpiredDecisions).run(now).changes +
          this.db.prepare(SQL.deleteExpiredReviews).run(now).changes +
          this.db.prepare(SQL.deleteExpiredDeliveries).run(now).changes,
      )();
    });
  }
}
