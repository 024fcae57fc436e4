/**
 * Fixing the fixed text again changes nothing on the reference inputs: the
 * seed article, every fixture case (development, held out, blind) and the
 * markup fixtures. (On arbitrary generated input it can: a fix that only
 * becomes visible once another is applied — a stray tag that hid a space
 * before a comma — is found by the next check. `npm run fuzz` measures how
 * often; README, "Robustness".)
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fix, type Format } from "../src/engine/index.js";
import { RULES } from "../src/rules/index.js";

const root = new URL("..", import.meta.url).pathname;
const inputs: { name: string; format: Format; text: string }[] = [{ name: "seed", format: "text", text: readFileSync(`${root}fixtures/seed/geneva-talks.txt`, "utf8") }];
for (const dir of ["fixtures/cases", "fixtures/holdout", "fixtures/blind-2"]) {
  for (const file of readdirSync(`${root}${dir}`).filter((name) => name.endsWith(".json"))) {
    for (const item of JSON.parse(readFileSync(`${root}${dir}/${file}`, "utf8")) as { id: string; text: string }[]) inputs.push({ name: item.id, format: "text", text: item.text });
  }
}
for (const file of readdirSync(`${root}fixtures/markup`)) {
  inputs.push({ name: file, format: file.endsWith(".md") ? "markdown" : "html", text: readFileSync(`${root}fixtures/markup/${file}`, "utf8") });
}

describe("fix is idempotent on the reference inputs", () => {
  it(`fix(fix(x)) = fix(x) on ${inputs.length} inputs`, () => {
    const changed = inputs.filter(({ format, text }) => {
      const once = fix(text, RULES, "safe", format).text;
      return fix(once, RULES, "safe", format).text !== once;
    });
    expect(changed.map((input) => input.name)).toEqual([]);
  }, 120_000);
});
