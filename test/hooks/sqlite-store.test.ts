/**
 * The SQLite review store (the Node entry's) on a real database file in a
 * temp directory, with the D1 migrations applied as src/node.ts applies them.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { applyMigrations, SqliteReviewStore } from "../../src/storage/sqlite.js";
import { migrations } from "./helpers.js";
import { reviewStoreContract } from "./store-contract.js";

const dir = mkdtempSync(join(tmpdir(), "postedit-sqlite-"));
const file = join(dir, "reviews.sqlite");
const db = new Database(file);
db.pragma("journal_mode = WAL");
db.pragma("foreign_keys = ON");
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("SQLite migrations", () => {
  it("apply once, recorded in d1_migrations as wrangler records them", () => {
    expect(applyMigrations(db, migrations())).toEqual(["0001_reviews.sql"]);
    expect(applyMigrations(db, migrations())).toEqual([]);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(["d1_migrations", "deliveries", "review_decisions", "reviews"]));
    expect(db.prepare("SELECT name FROM d1_migrations").all()).toEqual([{ name: "0001_reviews.sql" }]);
  });
});

reviewStoreContract(
  "SQLite (better-sqlite3, file)",
  async () => {
    applyMigrations(db, migrations());
    return new SqliteReviewStore(db);
  },
  async (table) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n,
);

describe("SQLite file", () => {
  it("keeps what was written for the next process (reopened from disk)", async () => {
    applyMigrations(db, migrations());
    const store = new SqliteReviewStore(db);
    await store.recordDelivery({ key: "generic:wh:persist", status: 200, body: "{}", reviewId: null, createdAt: 1, expiresAt: Number.MAX_SAFE_INTEGER }, null, 1);
    const reopened = new Database(file, { readonly: true });
    try {
      expect(reopened.prepare("SELECT body FROM deliveries WHERE key = ?").get("generic:wh:persist")).toEqual({ body: "{}" });
    } finally {
      reopened.close();
    }
  });
});
