// Types for the publish hook's workerd tests: the pool's `cloudflare:test`
// module, and the bindings vitest.workers.config.ts gives the Worker (the D1
// database from wrangler.toml, the migrations, the test-only secrets).
/// <reference types="@cloudflare/vitest-pool-workers/types" />
declare namespace Cloudflare {
  interface Env {
    DB: D1Database;
    TEST_MIGRATIONS: import("cloudflare:test").D1Migration[];
    POSTEDIT_GHOST_SECRET: string;
    POSTEDIT_WEBHOOK_SECRET: string;
  }
}
