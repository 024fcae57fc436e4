import { describe, expect, it } from "vitest";
import { backoffMs, endpointFor, retryAfterMs } from "./remote.js";

describe("the remote engine's pieces", () => {
  it("finds the endpoint under a base URL", () => {
    expect(endpointFor(new URL("https://postedit.example.workers.dev"), "fix").href).toBe("https://postedit.example.workers.dev/v1/fix");
    expect(endpointFor(new URL("https://example.com/tools/postedit/"), "check").href).toBe("https://example.com/tools/postedit/v1/check");
    expect(endpointFor(new URL("http://127.0.0.1:8787/v1/check"), "fix").href).toBe("http://127.0.0.1:8787/v1/fix");
    expect(endpointFor(new URL("http://h/x?key=1"), "check").href).toBe("http://h/x/v1/check?key=1");
  });

  it("reads Retry-After as seconds or a date, capped at two minutes", () => {
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(retryAfterMs("3", now)).toBe(3000);
    expect(retryAfterMs("Thu, 01 Jan 2026 00:00:10 GMT", now)).toBe(10_000);
    expect(retryAfterMs("86400", now)).toBe(120_000);
    expect(retryAfterMs(null, now)).toBeUndefined();
    expect(retryAfterMs("soon", now)).toBeUndefined();
  });

  it("backs off exponentially, with jitter, up to 30 s", () => {
    expect(backoffMs(0, () => 0)).toBe(250);
    expect(backoffMs(0, () => 1)).toBe(500);
    expect(backoffMs(3, () => 0)).toBe(2000);
    expect(backoffMs(20, () => 1)).toBe(30_000);
  });
});
