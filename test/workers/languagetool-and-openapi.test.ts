/**
 * The Worker's real default export inside workerd: LanguageTool's /v2 (a form
 * POST and a GET, as clients send them) and the API's description
 * (/openapi.json, /docs), as a deployed Worker serves them.
 */
import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import seed from "../../fixtures/seed/geneva-talks.txt?raw";
import expectedSeed from "../../fixtures/seed/expected-default.txt?raw";

const worker = exports.default;

type Json = Record<string, any>;

describe("LanguageTool's API in the Worker", () => {
  it("POST /v2/check (form) answers the seed's matches, and apply=safe its golden output", async () => {
    const response = await worker.fetch("http://postedit.test/v2/check", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ language: "en-US", text: seed, apply: "safe" }).toString(),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const body = (await response.json()) as Json;
    expect(body.software.name).toBe("postedit");
    expect(body.matches.length).toBeGreaterThan(8);
    expect(body.sentenceRanges.length).toBeGreaterThan(10);
    expect(body.text).toBe(expectedSeed);
  });

  it("GET /v2/check with an AnnotatedText reads Markdown as Markdown", async () => {
    const data = JSON.stringify({ annotation: [{ markup: "> " }, { text: "We will not give up, the minister said on Tuesday in Swiss." }] });
    const response = await worker.fetch(`http://postedit.test/v2/check?${new URLSearchParams({ language: "auto", data })}`);
    const body = (await response.json()) as Json;
    expect(body.matches.map((m: Json) => m.rule.id)).toEqual(["DEMONYM_AS_PLACE"]);
    expect(body.matches[0].offset).toBe(2 + "We will not give up, the minister said on Tuesday in ".length);
  });

  it("errors are LanguageTool's plain text", async () => {
    const response = await worker.fetch("http://postedit.test/v2/check", { method: "POST", body: "language=en-US" });
    expect(response.status).toBe(400);
    expect(await response.text()).toBe("Error: Missing 'text' or 'data' parameter");
  });
});

describe("the API's description in the Worker", () => {
  it("GET /openapi.json is the OpenAPI 3.1 document", async () => {
    const response = await worker.fetch("http://postedit.test/openapi.json");
    expect(response.status).toBe(200);
    const document = (await response.json()) as Json;
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths)).toContain("/v2/check");
  });

  it("GET /docs is the reference page", async () => {
    const response = await worker.fetch("http://postedit.test/docs");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(await response.text()).toContain('id="post-v2-check"');
  });
});
