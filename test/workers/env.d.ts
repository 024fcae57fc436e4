// Types for the workerd test run (tsconfig.workers.json). Declares the
// Worker's main module so `exports.default` from "cloudflare:workers" is typed
// as the loopback Fetcher for src/index.ts (what `wrangler types` would emit).
declare namespace Cloudflare {
  interface GlobalProps {
    mainModule: typeof import("../../src/index.js");
  }
}
