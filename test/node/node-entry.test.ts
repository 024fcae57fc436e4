/**
 * The Node entry (src/node.ts) as `npm start` runs it: it says at start-up
 * how the publish hook treats deliveries, and warns when
 * POSTEDIT_ALLOW_UNSIGNED=true is set on an address beyond this machine.
 */
import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";

const root = new URL("../..", import.meta.url).pathname;

/** Starts the Node entry, waits until it listens, stops it, and gives what it printed. */
function startUp(env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/node.ts"], {
      cwd: root,
      env: { ...process.env, PORT: "0", POSTEDIT_DB: ":memory:", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`the Node entry did not start:\n${output}`));
    }, 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("postedit listening on")) child.kill("SIGTERM");
    };
    child.stdout.on("data", read);
    child.stderr.on("data", read);
    child.on("exit", () => {
      clearTimeout(timer);
      resolve(output);
    });
  });
}

describe("the Node entry at start-up", () => {
  it("warns when unsigned deliveries are allowed on a non-loopback address", async () => {
    const output = await startUp({ HOST: "0.0.0.0", POSTEDIT_ALLOW_UNSIGNED: "true" });
    expect(output).toContain("WARNING: POSTEDIT_ALLOW_UNSIGNED=true while listening on 0.0.0.0");
  }, 90_000);

  it("does not warn on loopback, and says the hook refuses deliveries when no secret is set", async () => {
    const allowed = await startUp({ HOST: "127.0.0.1", POSTEDIT_ALLOW_UNSIGNED: "true" });
    expect(allowed).not.toContain("WARNING");
    expect(allowed).toContain("accepts unsigned deliveries (local testing)");
    const closed = await startUp({ HOST: "127.0.0.1", POSTEDIT_ALLOW_UNSIGNED: "" });
    expect(closed).toContain("the publish hook refuses every delivery");
  }, 90_000);
});
