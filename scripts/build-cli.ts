/**
 * Bundles the command line (src/cli/main.ts, with the engine, rules and
 * lexicons) with esbuild into dist-cli/postedit.mjs: one file that runs on
 * plain Node 20 with nothing installed beside it — package.json's "bin", so
 * `npx postedit` works after `npm ci` (the `prepare` script runs this) and
 * from a packed tarball (`prepack` runs it too). The same file is the JSONL
 * worker thread. The output is gitignored; `npm test` builds it first.
 *
 *   tsx scripts/build-cli.ts    (vitest's global setup, test/setup/build-cli.ts, calls buildCli())
 */
import { chmodSync, mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = new URL("..", import.meta.url).pathname;
const outFile = join(root, "dist-cli/postedit.mjs");
const { version, engines } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string; engines: { node: string } };

/** Builds dist-cli/postedit.mjs; returns its size in bytes. */
export async function buildCli(): Promise<number> {
  mkdirSync(join(root, "dist-cli"), { recursive: true });
  const result = await build({
    entryPoints: [join(root, "src/cli/main.ts")],
    outfile: outFile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    minifySyntax: true,
    legalComments: "eof",
    logLevel: "warning",
    metafile: true,
    define: { POSTEDIT_VERSION: JSON.stringify(version) },
    // CommonJS dependencies bundled into an ES module still call require() for Node's built-ins.
    banner: {
      js: [
        "#!/usr/bin/env node",
        `// postedit ${version} command line (Node ${engines.node}). Built by scripts/build-cli.ts from src/cli/; do not edit.`,
        'import { createRequire as __postedit_createRequire } from "node:module";',
        "const require = __postedit_createRequire(import.meta.url);",
      ].join("\n"),
    },
  });
  chmodSync(outFile, 0o755);
  return Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const bytes = await buildCli();
  console.log(`build-cli: wrote dist-cli/postedit.mjs (${(bytes / 1024 / 1024).toFixed(1)} MiB)`);
}
