import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";

// The same API tests as the Node run (test/api.test.ts, and the LanguageTool
// API's test/languagetool.test.ts), plus tests of the
// Worker's real default export (test/workers/**), run inside workerd through
// @cloudflare/vitest-pool-workers 0.15 (a Vite plugin that sets the pool).
// The Worker (main, compatibility_date, flags, the D1 binding DB) comes from
// wrangler.toml. Only environment-agnostic files belong here: src/**/*.test.ts
// and the other test/*.test.ts files may use node:* modules and stay in
// vitest.config.ts.
//
// The publish hook's tests (test/workers/hooks*.test.ts) apply migrations/ to
// the local D1 with applyD1Migrations (TEST_MIGRATIONS below) and sign with
// the test-only secrets bound here.
export default defineConfig({
  plugins: [
    cloudflareTest(async () => ({
      wrangler: { configPath: "./wrangler.toml" },
      miniflare: {
        bindings: {
          TEST_MIGRATIONS: await readD1Migrations("./migrations"),
          POSTEDIT_GHOST_SECRET: "test-ghost-secret-3d9c0b2a",
          POSTEDIT_WEBHOOK_SECRET: "whsec_dGVzdC1zdGFuZGFyZC13ZWJob29rcy1zZWNyZXQ=",
        },
      },
    })),
  ],
  test: {
    include: ["test/api.test.ts", "test/languagetool.test.ts", "test/workers/**/*.test.ts"],
    // The first request in a fresh isolate loads every rule and lexicon; on a loaded
    // 2-core machine that can pass vitest's 5 s default. Speed is checked by `npm run bench`.
    testTimeout: 30_000,
  },
});
