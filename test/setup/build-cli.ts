/**
 * Vitest global setup: bundles the command line (dist-cli/postedit.mjs) from
 * the current source once per run, so the tests in test/cli/ always spawn
 * what the sources say, whether run by `npm test` or one file at a time.
 */
import { buildCli } from "../../scripts/build-cli.js";

export default async function setup(): Promise<void> {
  await buildCli();
}
