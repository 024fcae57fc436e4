import { defineConfig } from "vitest/config";

// Node-side tests: engine, rules, API through app.request(). The same API
// tests also run inside workerd: see vitest.workers.config.ts.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    exclude: ["test/workers/**", "node_modules/**"],
    setupFiles: ["test/setup/fast-check.ts"],
    // The CLI tests (test/cli/) spawn the bundled command line: build it from the current source first.
    globalSetup: ["test/setup/build-cli.ts"],
  },
});
