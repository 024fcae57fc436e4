/**
 * One rule for request bodies on every route: uncompressed (415
 * `unsupported_encoding`, never binary read as text) and valid UTF-8 (400
 * `invalid_utf8` naming the byte offset, never U+FFFD in place of bad bytes).
 */
import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { firstInvalidUtf8 } from "../src/api/body-text.js";
import { testServer, UNSIGNED, type TestServer } from "./hooks/helpers.js";

let server: TestServer;
afterEach(() => server?.close());

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((part) => (typeof part === "string" ? Buffer.from(part, "utf8") : Buffer.from(part))));

describe("compressed bodies", () => {
  it("are refused with 415 unsupported_encoding on the text endpoints, the hooks and the reviews API", async () => {
    server = testServer(UNSIGNED);
    const json = gzipSync(JSON.stringify({ text: "Talks in Swiss" }));
    for (const path of ["/v1/check", "/v1/fix", "/v1/hooks/publish", "/v1/reviews/AAAAAAAAAAAAAAAAAAAAAAAA/decisions"]) {
      const response = await server.request(path, { method: "POST", headers: { "content-type": "application/json", "content-encoding": "gzip" }, body: json });
      expect(response.status, path).toBe(path.includes("/reviews/") ? 404 : 415);
      if (response.status === 415) {
        expect(response.body.error.code).toBe("unsupported_encoding");
        expect(response.text).not.toMatch(/[\u0000-\u0008\ufffd]/);
      }
    }
    const identity = await server.request("/v1/check", { method: "POST", headers: { "content-type": "text/plain", "content-encoding": "identity" }, body: "in Swiss" });
    expect(identity.status).toBe(200);
  });
});

describe("invalid UTF-8", () => {
  it("is refused with 400 invalid_utf8 and the byte offset, on every route", async () => {
    server = testServer(UNSIGNED);
    const json = bytes('{"text":"Montr', [0xe9], 'al"}'); // Latin-1 é
    for (const [path, type, body, offset] of [
      ["/v1/check", "application/json", json, 14],
      ["/v1/fix", "application/json", json, 14],
      ["/v1/check", "text/plain", bytes("in Swiss ", [0xff]), 9],
      ["/v1/hooks/publish", "application/json", bytes('{"fields":{"t":{"value":"a', [0xc3, 0x28], '"}}}'), 26],
    ] as const) {
      const response = await server.request(path, { method: "POST", headers: { "content-type": type }, body });
      expect(response.status, path).toBe(400);
      expect(response.body.error.code).toBe("invalid_utf8");
      expect(response.body.error.details).toEqual({ offset });
      expect(response.body.error.message).toContain(`byte offset ${offset}`);
    }
  });

  it("a byte order mark and every well-formed sequence are accepted", async () => {
    server = testServer(UNSIGNED);
    const text = "Talks resume Monday in Swiss., he said. é € 😀";
    const response = await server.request("/v1/fix", { method: "POST", headers: { "content-type": "text/plain" }, body: bytes([0xef, 0xbb, 0xbf], text) });
    expect(response.status).toBe(200);
    expect(response.body.text).toBe("Talks resume Monday in Switzerland, he said. é € 😀");
  });

  it("finds the first bad byte as the Unicode standard defines well-formed UTF-8", () => {
    expect(firstInvalidUtf8(bytes("plain é € 😀"))).toBe(-1);
    expect(firstInvalidUtf8(bytes("ab", [0xc0, 0x80]))).toBe(2); // overlong
    expect(firstInvalidUtf8(bytes("a", [0xed, 0xa0, 0x80]))).toBe(1); // a surrogate
    expect(firstInvalidUtf8(bytes([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // past U+10FFFF
    expect(firstInvalidUtf8(bytes("abc", [0xe2, 0x82]))).toBe(3); // cut short
    expect(firstInvalidUtf8(bytes([0x80]))).toBe(0); // a lone continuation byte
    expect(firstInvalidUtf8(bytes([0xf0, 0x9f, 0x98, 0x80, 0xff]))).toBe(4);
  });
});
