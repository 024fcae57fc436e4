/**
 * Node-side helpers for the hook tests: a real SQLite database in a temp
 * file with migrations/ applied (as src/node.ts does), and requests through
 * app.request() with that store and the given settings as the bindings.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import app from "../../src/app.js";
import { applyMigrations, SqliteReviewStore, type Migration } from "../../src/storage/sqlite.js";

export type Json = Record<string, any>;

/** Deliveries are refused unless signed; tests about something else say explicitly that unsigned ones are fine. */
export const UNSIGNED = { POSTEDIT_ALLOW_UNSIGNED: "true" } as const;

export function migrations(): Migration[] {
  const dir = new URL("../../migrations/", import.meta.url);
  return readdirSync(dir)
    .filter((name) => name.endsWith(".sql"))
    .map((name) => ({ name, sql: readFileSync(new URL(name, dir), "utf8") }));
}

export function fixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/hooks/${name}`, import.meta.url), "utf8");
}

export interface TestServer {
  env: Record<string, unknown>;
  db: Database.Database;
  count(table: "reviews" | "deliveries" | "review_decisions"): number;
  request(path: string, init?: RequestInit): Promise<{ status: number; text: string; body: Json; headers: Headers }>;
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<{ status: number; text: string; body: Json; headers: Headers }>;
  close(): void;
}

/** The app with a fresh SQLite file and `settings` (POSTEDIT_* values) as its environment; `store: false` runs without storage. */
export function testServer(settings: Record<string, string> = {}, options: { store?: boolean } = {}): TestServer {
  const dir = mkdtempSync(join(tmpdir(), "postedit-hooks-"));
  const db = new Database(join(dir, "postedit.sqlite"));
  db.pragma("journal_mode = WAL");
  db.pragma("foreign_keys = ON");
  applyMigrations(db, migrations());
  const env: Record<string, unknown> = { ...settings };
  if (options.store !== false) env.REVIEW_STORE = new SqliteReviewStore(db);
  const request = async (path: string, init: RequestInit = {}) => {
    const response = await app.request(path, init, env);
    const text = await response.text();
    let body: Json = {};
    try {
      body = JSON.parse(text) as Json;
    } catch {
      // not JSON
    }
    return { status: response.status, text, body, headers: response.headers };
  };
  return {
    env,
    db,
    count: (table) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n,
    request,
    post: (path, body, headers = {}) =>
      request(path, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) }),
    close() {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
