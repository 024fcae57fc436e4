/**
 * The HTTP contract through app.request(). Environment-agnostic: the same
 * file runs on Node (vitest.config.ts) and inside workerd
 * (vitest.workers.config.ts), so it imports fixtures as raw strings only.
 */
import { describe, expect, it } from "vitest";
import app from "../src/app.js";
import { MAX_TEXT_LENGTH } from "../src/api/limits.js";
import seed from "../fixtures/seed/geneva-talks.txt?raw";
import expectedSeed from "../fixtures/seed/expected-default.txt?raw";

type Json = Record<string, any>;

async function post(path: string, body: unknown, contentType = "application/json") {
  const response = await app.request(path, {
    method: "POST",
    headers: { "content-type": contentType },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Json, headers: response.headers };
}

function expectError(result: { status: number; body: Json }, status: number, code: string) {
  expect(result.status).toBe(status);
  expect(result.body.error.code).toBe(code);
  expect(typeof result.body.error.message).toBe("string");
  expect(result.body.error.message.length).toBeGreaterThan(10);
}

describe("POST /v1/fix", () => {
  it("turns the seed article into the expected text (golden test)", async () => {
    const { status, body } = await post("/v1/fix", { text: seed });
    expect(status).toBe(200);
    expect(body.text).toBe(expectedSeed);
    expect(body.findings.filter((f: Json) => f.applied).length).toBe(8);
    expect(body.diff.patch).toContain("-Photo: Reuters / HANDOUT");
    const changes = body.diff.changes as Json[];
    expect(changes.filter((c) => c.type !== "insert").map((c) => c.value).join("")).toBe(seed);
    expect(changes.filter((c) => c.type !== "delete").map((c) => c.value).join("")).toBe(expectedSeed);
  });

  it("applies nothing with apply: none and returns the input byte for byte", async () => {
    const text = "Monday in Swiss.\r\n\r\ntheNorth  é 😀";
    const { body } = await post("/v1/fix", { text, apply: "none" });
    expect(body.text).toBe(text);
    expect(body.findings.length).toBe(2);
    expect(body.findings.every((f: Json) => f.applied === false)).toBe(true);
    expect(body.diff.changes).toEqual([{ type: "equal", value: text, offset: 0 }]);
  });

  it("applies suggestions too with apply: all", async () => {
    const text = "Talks went on.\n\nNext article In Nigeria, the army moved north.";
    const safe = await post("/v1/fix", { text });
    expect(safe.body.text).toBe(text);
    const all = await post("/v1/fix", { text, apply: "all" });
    expect(all.body.text).toBe("Talks went on.");
  });

  it("accepts a text/plain body", async () => {
    const { status, body } = await post("/v1/fix", "Monday in Swiss.", "text/plain; charset=utf-8");
    expect(status).toBe(200);
    expect(body.text).toBe("Monday in Switzerland.");
  });

  it("reports offsets in UTF-16 code units through accents and emoji", async () => {
    const text = "🇨🇭 Réunion à Genève 😀 lundi in Swiss.";
    const { body } = await post("/v1/check", { text });
    const finding = body.findings.find((f: Json) => f.rule === "demonym-as-place");
    expect(text.slice(finding.offset, finding.offset + finding.length)).toBe("Swiss");
    expect(finding.offset).toBe(text.indexOf("Swiss"));
  });
});

describe("markup formats", () => {
  const paragraphs = (text: string) => text.split(/\n{2,}/).map((block) => block.split("\n"));
  const asHtml = (text: string) =>
    paragraphs(text)
      .flatMap((lines) => lines.map((line) => `<p>${line.replace(/&/g, "&amp;")}</p>`))
      .join("\n");

  it("cleans the seed wrapped as HTML paragraphs to the same text, markup intact", async () => {
    const { status, body } = await post("/v1/fix", { text: asHtml(seed), format: "html" });
    expect(status).toBe(200);
    expect(body.text).toBe(asHtml(expectedSeed));
  });

  it("cleans the seed as Markdown to the same text", async () => {
    const { body } = await post("/v1/fix", { text: seed, format: "markdown" });
    expect(body.text).toBe(expectedSeed);
  });

  it("keeps entities valid and protected regions untouched", async () => {
    const html = `<p>AT&amp;T met in Swiss. See <code>theNorth</code> and <a href="https://ex.com/theNorth">theNorth</a>.</p>`;
    const { body } = await post("/v1/fix", { text: html, format: "html" });
    expect(body.text).toBe(`<p>AT&amp;T met in Switzerland. See <code>theNorth</code> and <a href="https://ex.com/theNorth">the North</a>.</p>`);
  });

  it("inserts the space of a glued word before the inline tag it would cross", async () => {
    const html = `<p>the United States and the<em>North</em> Atlantic</p>`;
    const { body } = await post("/v1/fix", { text: html, format: "html" });
    expect(body.text).toBe(`<p>the United States and the <em>North</em> Atlantic</p>`);
  });

  it("applies accepted findings on HTML through /v1/apply", async () => {
    const html = `<p>Talks in Swiss., he said.</p>\n<p>Photo: AFP / HANDOUT</p>`;
    const { body: checked } = await post("/v1/check", { text: html, format: "html" });
    const ids = checked.findings.map((f: Json) => f.id);
    const { body } = await post("/v1/apply", { text: html, format: "html", accept: ids, findings: checked.findings });
    expect(body.text).toBe(`<p>Talks in Switzerland, he said.</p>`);
  });
});

describe("POST /v1/check", () => {
  it("returns findings with every contract field, and stats", async () => {
    const { status, body } = await post("/v1/check", { text: seed });
    expect(status).toBe(200);
    for (const finding of body.findings) {
      expect(Object.keys(finding).sort()).toEqual(
        ["category", "confidence", "id", "length", "message", "offset", "original", "replacement", "rule", "safe", "severity"].sort(),
      );
      expect(seed.slice(finding.offset, finding.offset + finding.length)).toBe(finding.original);
    }
    expect(body.stats.findings).toBe(body.findings.length);
    expect(body.stats.words).toBeGreaterThan(400);
  });

  it("gives the same finding the same id on every request", async () => {
    const first = await post("/v1/check", { text: seed });
    const second = await post("/v1/check", { text: seed });
    expect(second.body.findings.map((f: Json) => f.id)).toEqual(first.body.findings.map((f: Json) => f.id));
  });

  it("disables rules and categories by id", async () => {
    const text = "Monday in Swiss, and theNorth.";
    const byRule = await post("/v1/check", { text, rules: { disable: ["demonym-as-place"] } });
    expect(byRule.body.findings.map((f: Json) => f.rule)).toEqual(["glued-camel-case"]);
    const byCategory = await post("/v1/check", { text, rules: { disable: ["word-boundary"] } });
    expect(byCategory.body.findings.map((f: Json) => f.rule)).toEqual(["demonym-as-place"]);
    const only = await post("/v1/check", { text, rules: { only: ["calque"] } });
    expect(only.body.findings.map((f: Json) => f.rule)).toEqual(["demonym-as-place"]);
  });
});

describe("POST /v1/apply", () => {
  it("applies exactly the accepted findings, as /v1/fix would", async () => {
    const checked = await post("/v1/check", { text: seed });
    const findings = checked.body.findings as Json[];
    const accept = findings.filter((f) => f.safe).map((f) => f.id);
    const { status, body } = await post("/v1/apply", { text: seed, accept, findings });
    expect(status).toBe(200);
    expect(body.text).toBe(expectedSeed);
    expect(body.applied.sort()).toEqual([...accept].sort());
  });

  it("applies only what was accepted", async () => {
    const text = "Monday in Swiss, and theNorth.";
    const { body: checked } = await post("/v1/check", { text });
    const swiss = checked.findings.find((f: Json) => f.rule === "demonym-as-place");
    const { body } = await post("/v1/apply", { text, accept: [swiss.id], findings: checked.findings });
    expect(body.text).toBe("Monday in Switzerland, and theNorth.");
  });

  it("applies nothing when nothing is accepted", async () => {
    const text = "Monday in Swiss 😀.";
    const { body: checked } = await post("/v1/check", { text });
    const { body } = await post("/v1/apply", { text, accept: [], findings: checked.findings });
    expect(body.text).toBe(text);
  });

  it("answers 409 when an accepted finding no longer matches the text", async () => {
    const text = "Monday in Swiss.";
    const { body: checked } = await post("/v1/check", { text });
    const edited = "Tuesday in Swiss.";
    const result = await post("/v1/apply", { text: edited, accept: [checked.findings[0].id], findings: checked.findings });
    expectError(result, 409, "stale_finding");
    expect(result.body.error.details.stale[0].id).toBe(checked.findings[0].id);
  });

  it("answers 400 for an accepted id that is not among the findings", async () => {
    const result = await post("/v1/apply", { text: "x", accept: ["f_nope"], findings: [] });
    expectError(result, 400, "unknown_finding");
  });

  it("keeps one of two overlapping accepted fixes and reports the other", async () => {
    const text = "one two three";
    const base = { rule: "test", category: "punctuation", severity: "minor", safe: false, message: "m" };
    const findings = [
      { ...base, id: "a", offset: 0, length: 7, original: "one two", replacement: "1 2", confidence: 0.9 },
      { ...base, id: "b", offset: 4, length: 9, original: "two three", replacement: "2 3", confidence: 0.5 },
    ];
    const { body } = await post("/v1/apply", { text, accept: ["a", "b"], findings });
    expect(body.text).toBe("1 2 three");
    expect(body.skipped).toEqual([{ id: "b", reason: "overlap", conflictsWith: "a" }]);
  });
});

describe("errors", () => {
  it("400 for malformed JSON", async () => {
    expectError(await post("/v1/check", "{\"text\": "), 400, "invalid_json");
  });

  it("400 with zod issues for a wrong shape", async () => {
    const result = await post("/v1/fix", { text: 42, apply: "some" });
    expectError(result, 400, "invalid_request");
    const paths = (result.body.error.details as Json[]).map((issue) => issue.path).sort();
    expect(paths).toEqual(["apply", "text"]);
  });

  it("400 for an unknown field (a typo must not pass silently)", async () => {
    expectError(await post("/v1/fix", { text: "x", aply: "all" }), 400, "invalid_request");
  });

  it("400 for an unknown rule id", async () => {
    const result = await post("/v1/check", { text: "x", rules: { disable: ["no-such-rule"] } });
    expectError(result, 400, "unknown_rule");
    expect(result.body.error.details.unknown).toEqual(["no-such-rule"]);
  });

  it("413 above the text size limit", async () => {
    expectError(await post("/v1/check", { text: "a".repeat(MAX_TEXT_LENGTH + 1) }), 413, "payload_too_large");
  });

  it("413 above the body size limit", async () => {
    expectError(await post("/v1/check", { text: "a".repeat(9 * 1024 * 1024) }), 413, "payload_too_large");
  });

  it("415 for a wrong content type", async () => {
    expectError(await post("/v1/check", "text=x", "application/x-www-form-urlencoded"), 415, "unsupported_media_type");
    expectError(await post("/v1/apply", "x", "text/plain"), 415, "unsupported_media_type");
  });

  it("404 for an unknown route", async () => {
    const response = await app.request("/v1/no-such-route");
    expect(response.status).toBe(404);
    expect(((await response.json()) as Json).error.code).toBe("not_found");
  });

  it("405 with Allow for a known route and a wrong method", async () => {
    const response = await app.request("/v1/fix", { method: "GET" });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toContain("POST");
    expect(((await response.json()) as Json).error.code).toBe("method_not_allowed");
  });

  it("never answers 500 to odd but valid input", async () => {
    const odd = ["", " ", "\n\n\n", "\u0000\uffff", "\ud800", "[](){}«»“”", ".,.,..,,;;::", "a".repeat(5000), "🇨🇭".repeat(300), "\r\r\n\n\r"];
    for (const text of odd) {
      for (const path of ["/v1/check", "/v1/fix"]) {
        const { status, body } = await post(path, { text });
        expect(status, `${path} ${JSON.stringify(text).slice(0, 40)}`).toBe(200);
        if (path === "/v1/fix") expect(typeof body.text).toBe("string");
      }
    }
  });
});

describe("GET", () => {
  it("/health", async () => {
    const response = await app.request("/health");
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok" });
  });

  it("/v1/rules lists every rule with its category and examples", async () => {
    const body = (await (await app.request("/v1/rules")).json()) as Json;
    expect(body.rules.length).toBeGreaterThan(5);
    for (const rule of body.rules) {
      expect(rule.examples.bad.length).toBeGreaterThan(0);
      expect(body.categories.map((c: Json) => c.id)).toContain(rule.category);
    }
  });
});
