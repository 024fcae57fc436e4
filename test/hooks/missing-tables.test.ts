/**
 * The Node entry's SQLite store on a database without its tables (a
 * POSTEDIT_DB file the migrations were never applied to): 503
 * `storage_not_ready` saying how to fix it, never a 500.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import app from "../../src/app.js";
import { SqliteReviewStore } from "../../src/storage/sqlite.js";

const dir = mkdtempSync(join(tmpdir(), "postedit-no-tables-"));
const db = new Database(join(dir, "empty.sqlite"));
const env = { REVIEW_STORE: new SqliteReviewStore(db) };

afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("SQLite without its tables", () => {
  it("the publish hook answers 503 storage_not_ready", async () => {
    const response = await app.request(
      "/v1/hooks/publish",
      { method: "POST", headers: { "content-type": "application/json", "idempotency-key": "delivery-1" }, body: JSON.stringify({ id: "a-1", fields: { title: { value: "Talks resume Monday in Swiss" } } }) },
      env,
    );
    expect(response.status).toBe(503);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("storage_not_ready");
    expect(body.error.message).toMatch(/no table deliveries: its migrations were not applied/);
    expect(body.error.message).toContain("npm start");
  });

  it("GET /v1/reviews/<id> answers 503 storage_not_ready", async () => {
    const response = await app.request("/v1/reviews/AAAAAAAAAAAAAAAAAAAAAAAA", {}, env);
    expect(response.status).toBe(503);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("storage_not_ready");
  });
});
