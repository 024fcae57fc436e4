/**
 * The Node entry's engine pool (src/node/engine-pool.ts) behind the real app:
 * work runs off the event loop, so small requests and /health are answered
 * while a large input is being cleaned; a request past the deadline gets 503
 * `timeout` with Retry-After and no partial result, and the pool goes on; a
 * full queue answers 503 `overloaded`; a failing job is a 500 and the pool
 * goes on. Ordering, never timing, is asserted.
 */
import { afterAll, describe, expect, it } from "vitest";
import app from "../../src/app.js";
import { EnginePool } from "../../src/node/engine-pool.js";

const prose = "The talks resumed on Monday in Geneva, where both delegations met for the first time since the spring. ";
const oneMegabyte = prose.repeat(Math.ceil(1_000_000 / prose.length)).slice(0, 1_000_000);
const pools: EnginePool[] = [];
afterAll(async () => {
  await Promise.all(pools.map((pool) => pool.close()));
});

function post(env: Record<string, unknown>, path: string, body: unknown): Promise<Response> {
  return Promise.resolve(app.request(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }, env));
}

describe("the engine pool", () => {
  it("answers small requests and /health while a 1 MB input is being cleaned", async () => {
    const pool = new EnginePool({ workers: 1 });
    pools.push(pool);
    const env = { ENGINE: pool };
    expect((await post(env, "/v1/check", { text: "warm up in Swiss" })).status).toBe(200);
    const order: string[] = [];
    const large = post(env, "/v1/fix", { text: oneMegabyte }).then((response) => {
      order.push("large");
      return response;
    });
    const health = Promise.resolve(app.request("/health", {}, env)).then((response) => {
      order.push("health");
      return response;
    });
    const small = post(env, "/v1/fix", { text: "Talks resume Monday in Swiss., he said." }).then((response) => {
      order.push("small");
      return response;
    });
    const [largeResponse, healthResponse, smallResponse] = await Promise.all([large, health, small]);
    expect(order).toEqual(["health", "small", "large"]);
    expect(healthResponse.status).toBe(200);
    expect(((await smallResponse.json()) as { text: string }).text).toBe("Talks resume Monday in Switzerland, he said.");
    const fixed = (await largeResponse.json()) as { text: string };
    expect(fixed.text).toBe(oneMegabyte);
  }, 120_000);

  it("answers 503 timeout with Retry-After past the deadline, never a partial result, and goes on", async () => {
    const pool = new EnginePool({ workers: 1, deadlineMs: 150, maxWaitMs: 60_000 });
    pools.push(pool);
    const env = { ENGINE: pool };
    // A megabyte of Markdown takes seconds on any machine: far past 150 ms.
    const markdown = "Some *words* of [prose](https://example.com) here, in a sentence.\n\n".repeat(14_000);
    const response = await post(env, "/v1/fix", { text: markdown, format: "markdown" });
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("1");
    const body = (await response.json()) as { error: { code: string; message: string }; text?: unknown; findings?: unknown };
    expect(body.error.code).toBe("timeout");
    expect(body.text).toBeUndefined();
    expect(body.findings).toBeUndefined();
    // The stopped thread was replaced: the next request is served.
    const after = await post(env, "/v1/fix", { text: "in Swiss" });
    expect(after.status).toBe(200);
  }, 120_000);

  it("answers 503 overloaded when its queue is full", async () => {
    const pool = new EnginePool({ workers: 1, maxQueue: 1 });
    pools.push(pool);
    const env = { ENGINE: pool };
    const responses = await Promise.all(Array.from({ length: 6 }, () => post(env, "/v1/check", { text: oneMegabyte.slice(0, 300_000) })));
    const statuses = responses.map((response) => response.status);
    expect(statuses).toContain(200);
    expect(statuses).toContain(503);
    const refused = responses.find((response) => response.status === 503)!;
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("overloaded");
    expect(refused.headers.get("retry-after")).not.toBeNull();
  }, 120_000);

  it("a job that fails is an error, and the pool goes on", async () => {
    const pool = new EnginePool({ workers: 1 });
    pools.push(pool);
    await expect(pool.run({ kind: "nonsense" } as never)).rejects.toThrow(/unknown engine job/);
    expect((await pool.run({ kind: "fix", text: "in Swiss", format: "text", apply: "safe" })).text).toBe("in Switzerland");
  }, 60_000);
});
