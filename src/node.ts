/**
 * The Node entry: the same app on @hono/node-server, for self-hosting and
 * the command line. Listens on 127.0.0.1:$PORT (default 8787).
 *
 * Reviews and webhook deliveries go to SQLite (better-sqlite3) at
 * $POSTEDIT_DB (default .data/postedit.sqlite; `:memory:` keeps nothing),
 * with the D1 migrations in migrations/ applied at start. The POSTEDIT_*
 * settings (hook secrets, policy, callback) come from the environment and
 * reach the app as the same bindings the Worker gets (src/hooks/config.ts).
 *
 * The engine runs in a pool of worker threads (src/node/engine-pool.ts): the
 * event loop stays free for /health and small requests while a large input is
 * cleaned, and a request whose work passes $POSTEDIT_DEADLINE_SECONDS (default
 * 20) gets 503 `timeout`. $POSTEDIT_WORKERS sets the threads that take any job
 * (default: cores − 1, at least 1); one more is kept for small jobs.
 */
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import Database from "better-sqlite3";
import app from "./app.js";
import { allowsUnsigned } from "./hooks/config.js";
import { EnginePool } from "./node/engine-pool.js";
import { applyMigrations, SqliteReviewStore } from "./storage/sqlite.js";

const port = Number(process.env.PORT ?? 8787);
const hostname = process.env.HOST ?? "127.0.0.1";

const databasePath = process.env.POSTEDIT_DB ?? ".data/postedit.sqlite";
if (databasePath !== ":memory:") mkdirSync(dirname(resolve(databasePath)), { recursive: true });
const db = new Database(databasePath);
db.pragma("journal_mode = WAL");
db.pragma("foreign_keys = ON");
db.pragma("busy_timeout = 5000");
const migrationsDir = join(dirname(fileURLToPath(import.meta.url)), "../migrations");
const applied = applyMigrations(
  db,
  readdirSync(migrationsDir)
    .filter((name) => name.endsWith(".sql"))
    .map((name) => ({ name, sql: readFileSync(join(migrationsDir, name), "utf8") })),
);
if (applied.length > 0) console.log(`postedit: applied migrations ${applied.join(", ")} to ${databasePath}`);

// The engine runs in worker threads with a deadline per request (src/node/engine-pool.ts).
const engine = new EnginePool({
  workers: positiveInteger(process.env.POSTEDIT_WORKERS),
  deadlineMs: (positiveInteger(process.env.POSTEDIT_DEADLINE_SECONDS) ?? 20) * 1000,
});
const bindings: Record<string, unknown> = { REVIEW_STORE: new SqliteReviewStore(db), ENGINE: engine };
for (const [name, value] of Object.entries(process.env)) if (name.startsWith("POSTEDIT_") && value !== undefined) bindings[name] = value;

warnAboutHookSecrets(process.env, hostname);

const server = serve({ fetch: (request, env) => app.fetch(request, { ...(env as object), ...bindings }), port, hostname }, (info) => {
  console.log(`postedit listening on http://${hostname}:${info.port} (${engine.size} engine threads, ${engine.deadlineMs / 1000} s per request)`);
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () =>
    server.close(() => {
      void engine.close().finally(() => {
        db.close();
        process.exit(0);
      });
    }),
  );
}

/** Says at start-up how the publish hook treats deliveries, and warns when unsigned ones are let in beyond this machine. */
function warnAboutHookSecrets(env: NodeJS.ProcessEnv, host: string): void {
  const secrets = ["POSTEDIT_WEBHOOK_SECRET", "POSTEDIT_GHOST_SECRET", "POSTEDIT_CONTENTFUL_SECRET", "POSTEDIT_SANITY_SECRET"].filter((name) => (env[name] ?? "").trim() !== "");
  if (allowsUnsigned(env.POSTEDIT_ALLOW_UNSIGNED)) {
    if (!isLoopback(host)) {
      console.warn(
        `postedit: WARNING: POSTEDIT_ALLOW_UNSIGNED=true while listening on ${host}, beyond this machine: ` +
          (secrets.length === 0 ? "anyone who can reach it can send publish-hook deliveries and open reviews. " : "") +
          "It is meant for local testing; set the hook secrets and remove it.",
      );
    } else if (secrets.length === 0) console.log("postedit: POSTEDIT_ALLOW_UNSIGNED=true: the publish hook accepts unsigned deliveries (local testing)");
  } else if (secrets.length === 0) {
    console.log("postedit: no hook secret is set: the publish hook refuses every delivery (set POSTEDIT_WEBHOOK_SECRET or a CMS's secret; POSTEDIT_ALLOW_UNSIGNED=true for local testing)");
  }
}

function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, "").toLowerCase();
  return bare === "localhost" || bare === "::1" || /^127(?:\.\d{1,3}){3}$/.test(bare);
}

function positiveInteger(value: string | undefined): number | undefined {
  const number = Number(value);
  return value !== undefined && Number.isInteger(number) && number > 0 ? number : undefined;
}
