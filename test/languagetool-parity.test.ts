/**
 * Parity: for every fixture text (fixtures/cases, the held-out and blind
 * sets, the seed), /v2/check's matches correspond one to one to /v1/check's findings:
 * the same ids, spans and first replacement, and a flag where /v1 flags.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import app from "../src/app.js";

type Json = Record<string, any>;

const dir = (path: string) => new URL(`../fixtures/${path}`, import.meta.url);
const cases = [
  ...readdirSync(dir("cases")).flatMap((name) => JSON.parse(readFileSync(new URL(name, dir("cases/")), "utf8")) as Json[]),
  ...(JSON.parse(readFileSync(dir("holdout/holdout.json"), "utf8")) as Json[]),
  ...(JSON.parse(readFileSync(dir("blind-2/blind-2.json"), "utf8")) as Json[]),
].map((entry) => [entry.id as string, entry.text as string] as const);
cases.push(["seed article", readFileSync(dir("seed/geneva-talks.txt"), "utf8")]);

async function v1(text: string) {
  const response = await app.request("/v1/check", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text }) });
  return ((await response.json()) as Json).findings as Json[];
}

async function v2(text: string) {
  const response = await app.request("/v2/check", { method: "POST", body: new URLSearchParams({ language: "en-US", text }) });
  expect(response.status).toBe(200);
  return ((await response.json()) as Json).matches as Json[];
}

describe("/v2/check matches = /v1/check findings, on every fixture text", () => {
  it.each(cases)("%s", async (_id, text) => {
    const findings = await v1(text);
    const matches = await v2(text);
    expect(matches.map((m) => [m.id, m.rule.id, m.offset, m.length, m.replacements.map((r: Json) => r.value), m.safe, m.confidence, m.severity])).toEqual(
      findings.map((f) => [f.id, f.rule.toUpperCase().replace(/-/g, "_"), f.offset, f.length, f.replacement === null ? [] : [f.replacement], f.safe, f.confidence, f.severity]),
    );
  });

  it("reads every fixture set (over 700 texts)", () => {
    expect(cases.length).toBeGreaterThan(700);
  });
});
