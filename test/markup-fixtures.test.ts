/**
 * Real-world-shaped documents (a WordPress post body with blocks, captions and
 * embeds; a Ghost post's html; a Markdown article with front matter, code,
 * tables and links), each with artifacts: the default fix gives the expected
 * document, markup intact, and applying nothing gives the input back.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fix } from "../src/engine/index.js";
import { RULES } from "../src/rules/index.js";

const dir = new URL("../fixtures/markup/", import.meta.url);
const inputs = readdirSync(dir).filter((name) => !name.includes(".expected."));

describe.each(inputs)("fixtures/markup/%s", (name) => {
  const format = name.endsWith(".md") ? "markdown" : "html";
  const input = readFileSync(new URL(name, dir), "utf8");
  const expected = readFileSync(new URL(name.replace(/\.(\w+)$/, ".expected.$1"), dir), "utf8");

  it("is cleaned to the expected document", () => {
    expect(fix(input, RULES, "safe", format).text).toBe(expected);
  });

  it("comes back unchanged when nothing is applied", () => {
    expect(fix(input, RULES, "none", format).text).toBe(input);
  });
});
