/**
 * Real LanguageTool clients against the app on a local port (port 0), offline:
 * npm `gramma` (its library: `check(text, { api_url })`, plain and Markdown, and
 * `replaceAll` applying our replacements), and the AnnotatedText that
 * annotatedtext-remark and annotatedtext-rehype build for a Markdown and an
 * HTML document, sent as the VS Code and Obsidian clients send it (a form
 * POST to `<server>/v2/check`). Each must show the findings /v1/check gives on
 * the same document, at offsets into the original document.
 */
import { readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import * as rehype from "annotatedtext-rehype";
import * as remark from "annotatedtext-remark";
import { check as grammaCheck, replaceAll } from "gramma";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import app from "../src/app.js";

type Json = Record<string, any>;

const read = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), "utf8");
const seed = read("seed/geneva-talks.txt");
const expectedSeed = read("seed/expected-default.txt");
const markdown = read("markup/article.md");
const html = read("markup/ghost-post.html");
const wordpress = read("markup/wordpress-post.html");

let server: ReturnType<typeof serve>;
let base = "";

beforeAll(async () => {
  await new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info: AddressInfo) => {
      base = `http://127.0.0.1:${info.port}`;
      resolve();
    });
  });
});

afterAll(async () => {
  await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
});

async function v1Findings(text: string, format: "text" | "markdown" | "html"): Promise<Json[]> {
  const response = await fetch(`${base}/v1/check`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text, format }) });
  expect(response.status).toBe(200);
  return ((await response.json()) as Json).findings as Json[];
}

const applyOne = (text: string, offset: number, length: number, replacement: string) => text.slice(0, offset) + replacement + text.slice(offset + length);

/**
 * Each match is the /v1 finding with the same id, at the same place in the
 * original document: the same span, or, for an insertion, a span around it
 * that applies to the same document (clients need a span to underline).
 */
function expectSameFindings(document: string, findings: Json[], matches: Json[]) {
  expect(matches.map((match) => match.id).sort()).toEqual(findings.map((finding) => finding.id).sort());
  for (const finding of findings) {
    const match = matches.find((candidate) => candidate.id === finding.id)!;
    expect(match.rule.id.toLowerCase().replace(/_/g, "-")).toBe(finding.rule);
    expect(match.offset).toBeLessThanOrEqual(finding.offset);
    expect(match.offset + match.length).toBeGreaterThanOrEqual(finding.offset + finding.length);
    if (finding.replacement === null) {
      expect(match.replacements).toEqual([]);
      expect([match.offset, match.length]).toEqual([finding.offset, finding.length]);
    } else {
      expect(match.replacements).toHaveLength(1);
      expect(applyOne(document, match.offset, match.length, match.replacements[0].value)).toBe(applyOne(document, finding.offset, finding.length, finding.replacement));
    }
    if (finding.length > 0) expect([match.offset, match.length]).toEqual([finding.offset, finding.length]);
  }
}

/** What the VS Code LanguageTool linter and Obsidian's plugin send: a form POST of `data` to `<server>/v2/check`. */
async function postAnnotated(annotation: { annotation: unknown[] }, language = "en-US"): Promise<Json> {
  const body = Object.entries({ language, data: JSON.stringify(annotation) })
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
    .join("&");
  const response = await fetch(`${base}/v2/check`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded;charset=UTF-8", Accepts: "application/json" },
    body,
  });
  expect(response.status).toBe(200);
  return (await response.json()) as Json;
}

describe("gramma (npm), configured with postedit's URL", () => {
  it("checks the seed article and shows the findings /v1/check gives", async () => {
    const result = await grammaCheck(seed, { api_url: `${base}/v2/check`, language: "en-US" });
    expectSameFindings(seed, await v1Findings(seed, "text"), result.matches);
    expect(result.matches.length).toBeGreaterThan(8);
    // gramma shows the matched words from the context, where line breaks are spaces.
    for (const match of result.matches) expect(match.word).toBe(seed.slice(match.offset, match.offset + match.length).replace(/\n/g, " "));
    expect(result.language.code).toBe("en-US");
  });

  it("replaceAll with the safe matches' replacements gives the seed's golden output", async () => {
    const result = await grammaCheck(seed, { api_url: `${base}/v2/check`, language: "en-US" });
    const safe = result.matches.filter((match) => match.safe === true);
    const fixed = replaceAll(
      seed,
      safe.map((match) => ({ change: match.replacements[0]!.value, offset: match.offset, length: match.length })),
    );
    expect(fixed).toBe(expectedSeed);
  });

  it("checks a Markdown file in its Markdown mode (it sends data) and shows the findings /v1/check gives for Markdown", async () => {
    const result = await grammaCheck(markdown, { api_url: `${base}/v2/check`, language: "en-US", markdown: true });
    const findings = await v1Findings(markdown, "markdown");
    expect(findings.length).toBeGreaterThan(3);
    expectSameFindings(markdown, findings, result.matches);
  });

  it("shows LanguageTool's error text when a parameter is wrong", async () => {
    await expect(grammaCheck("Monday in Swiss.", { api_url: `${base}/v2/check`, language: "xx-XX" })).rejects.toThrow(/^Error: 'xx-XX' is not a language code/);
  });
});

describe("AnnotatedText from annotatedtext-remark and annotatedtext-rehype (VS Code, Obsidian)", () => {
  it("a Markdown document: the /v1 Markdown findings, at offsets into the document", async () => {
    const result = await postAnnotated(remark.build(markdown, remark.defaults));
    expectSameFindings(markdown, await v1Findings(markdown, "markdown"), result.matches);
  });

  it("a Markdown document as Obsidian's plugin builds it (inline code kept as text, language=auto)", async () => {
    const obsidian = remark.build(markdown, {
      ...remark.defaults,
      interpretmarkup(text = "") {
        if (/^`[^`]+`$/.test(text)) return text;
        return "\n".repeat((text.match(/\n/g) ?? []).length);
      },
    });
    const result = await postAnnotated(obsidian, "auto");
    expectSameFindings(markdown, await v1Findings(markdown, "markdown"), result.matches);
    expect(result.language.detectedLanguage.code).toBe("en-US");
  });

  for (const [name, document] of [
    ["a Ghost post", html],
    ["a WordPress post", wordpress],
  ] as const) {
    it(`${name} in HTML: the /v1 HTML findings, at offsets into the document`, async () => {
      const result = await postAnnotated(rehype.build(document, rehype.defaults));
      const findings = await v1Findings(document, "html");
      expect(findings.length).toBeGreaterThan(3);
      expectSameFindings(document, findings, result.matches);
    });
  }

  it("the corrected document (apply=safe) is /v1/fix's", async () => {
    const body = new URLSearchParams({ language: "en-US", data: JSON.stringify(rehype.build(html, rehype.defaults)), apply: "safe" });
    const v2 = (await (await fetch(`${base}/v2/check`, { method: "POST", body })).json()) as Json;
    const v1 = (await (await fetch(`${base}/v1/fix`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text: html, format: "html" }) })).json()) as Json;
    expect(v2.text).toBe(v1.text);
    expect(v2.text).toBe(read("markup/ghost-post.expected.html"));
  });
});
