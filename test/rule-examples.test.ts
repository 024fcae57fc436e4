/**
 * Every rule's examples are its specification (LanguageTool style): each bad
 * example yields exactly one finding from that rule, on the marked span, with
 * the declared safety; applying it gives the fixed text; and the fixed text,
 * like every good example, draws no finding from any rule that would change it.
 */
import { describe, expect, it } from "vitest";
import { applyFindings, check } from "../src/engine/index.js";
import { parseExample } from "../src/engine/rule.js";
import { RULES } from "../src/rules/index.js";

describe.each(RULES.map((rule) => [rule.id, rule] as const))("rule %s", (_id, rule) => {
  it("declares its examples: at least one bad and one good", () => {
    expect(rule.examples.bad.length).toBeGreaterThan(0);
    expect(rule.examples.good.length).toBeGreaterThan(0);
  });

  it.each(rule.examples.bad.map((example) => [example.text, example] as const))("finds and fixes %j", (_text, example) => {
    const { text, start, end } = parseExample(example.text);
    const { findings } = check(text, [rule]);
    expect(findings.map((f) => [f.offset, f.offset + f.length])).toEqual([[start, end]]);
    const finding = findings[0]!;
    expect(finding.safe).toBe(example.safe);
    if (finding.safe) expect(finding.confidence).toBeGreaterThanOrEqual(0.9);
    if (example.fixed === undefined) {
      expect(finding.replacement).toBeNull();
      return;
    }
    const fixed = applyFindings(text, findings).text;
    expect(fixed).toBe(example.fixed);
    const after = check(fixed, RULES).findings.filter((f) => f.replacement !== null);
    expect(after).toEqual([]);
  });

  it.each(rule.examples.good.map((text) => [text] as const))("leaves %j alone", (text) => {
    expect(check(text, [rule]).findings).toEqual([]);
  });
});

describe("rule registry", () => {
  it("has unique ids that match their file names", async () => {
    const ids = RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      const module = (await import(`../src/rules/${id}.ts`)) as { default: { id: string } };
      expect(module.default.id).toBe(id);
    }
  });
});
