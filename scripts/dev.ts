/**
 * `npm run dev`: the Worker on workerd through `wrangler dev`, offline, on
 * $HOST:$PORT (default 127.0.0.1:8787, as `npm start`). It first applies the
 * D1 migrations to the local database (`wrangler d1 migrations apply
 * postedit --local`, a no-op when they are applied), so the publish hook and
 * the reviews work on a fresh checkout.
 *
 *   npm run dev                                 http://127.0.0.1:8787
 *   PORT=8803 HOST=0.0.0.0 npm run dev          another port and address
 *   npm run dev -- --port 8803                  wrangler's own flags win over PORT and HOST
 *   npm run dev -- --persist-to /tmp/state      local state elsewhere (the migrations go there too)
 *
 * `--config`/`-c`, `--env`/`-e` and `--persist-to` are passed to the
 * migrations too; every argument is passed to `wrangler dev`.
 */
import { spawn, spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

/** Wrangler offline and quiet, as TOOLCHAIN.md says: no metrics, no cf fetch, no interactive prompts. */
export const WRANGLER_ENV = { CI: "true", WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false" } as const;

/** Flags of `wrangler dev` that also choose the database the migrations go to. */
const SHARED_FLAGS = new Set(["--config", "-c", "--env", "-e", "--persist-to"]);

export interface DevCommands {
  /** Arguments of `wrangler` that apply the migrations to the local database. */
  migrate: string[];
  /** Arguments of `wrangler` that serve the Worker. */
  dev: string[];
}

/** The two wrangler commands for `npm run dev <args>` with `env` (PORT, HOST). */
export function devCommands(args: readonly string[], env: Readonly<Record<string, string | undefined>>): DevCommands {
  const named = (flag: string) => args.some((arg) => arg === flag || arg.startsWith(`${flag}=`));
  const dev = ["dev", ...args];
  if (!named("--port")) dev.push("--port", env.PORT?.trim() || "8787");
  if (!named("--ip")) dev.push("--ip", env.HOST?.trim() || "127.0.0.1");
  const migrate = ["d1", "migrations", "apply", "postedit", "--local"];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const flag = arg.split("=", 1)[0]!;
    if (!SHARED_FLAGS.has(flag)) continue;
    migrate.push(arg);
    if (!arg.includes("=") && i + 1 < args.length) migrate.push(args[++i]!);
  }
  return { migrate, dev };
}

function main(): void {
  const wrangler = createRequire(import.meta.url).resolve("wrangler/bin/wrangler.js");
  const env = { ...process.env, ...WRANGLER_ENV };
  const { migrate, dev } = devCommands(process.argv.slice(2), process.env);

  console.log("npm run dev: applying the D1 migrations to the local database (wrangler d1 migrations apply postedit --local)");
  const migrated = spawnSync(process.execPath, [wrangler, ...migrate], { stdio: "inherit", env });
  if (migrated.status !== 0) {
    console.error("npm run dev: the migrations could not be applied (see above); the publish hook and reviews would answer 503 storage_not_ready.");
    process.exit(migrated.status ?? 1);
  }

  const server = spawn(process.execPath, [wrangler, ...dev], { stdio: "inherit", env });
  // Ctrl+C or a kill reaches wrangler, which stops workerd; this process ends with wrangler.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
