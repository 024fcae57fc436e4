/**
 * The D1 review store inside workerd, on the Worker's DB binding with
 * migrations/ applied: the same contract as the SQLite store.
 */
import { applyD1Migrations } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeAll } from "vitest";
import { D1ReviewStore } from "../../src/storage/d1.js";
import { reviewStoreContract } from "../hooks/store-contract.js";

beforeAll(async () => {
  await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
});

reviewStoreContract(
  "D1 (workerd)",
  async () => new D1ReviewStore(env.DB),
  async (table) => (await env.DB.prepare(`SELECT COUNT(*) AS n FROM ${table}`).first<{ n: number }>())!.n,
);
