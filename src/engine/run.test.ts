/**
 * The pipeline's reporting rule for findings inside page chrome that a safe
 * fix removes as a whole: they are left out, the same words elsewhere are not.
 */
import { describe, expect, it } from "vitest";
import { check, fix } from "./index.js";
import { RULES } from "../rules/index.js";

describe("findings inside removed page chrome", () => {
  const chrome = "Lire aussi : Sénégal : l'opposition dénonce un scrutin verrouillé";
  const text = `The Council validated 19 candidates 🇸🇳.\n\n${chrome}\n\nTwo candidates appealed.`;

  it("reports only the removal of the chrome line", () => {
    const { findings } = check(text, RULES);
    expect(findings.map((f) => [f.rule, f.original])).toEqual([["page-chrome", `${chrome}\n\n`]]);
    expect(fix(text, RULES, "safe").text).toBe("The Council validated 19 candidates 🇸🇳.\n\nTwo candidates appealed.");
  });

  it("still reports the same French and spacing inside prose", () => {
    const prose = "The opposition said that l'opposition dénonce un scrutin verrouillé : nothing else.";
    const rules = check(prose, RULES).findings.map((f) => f.rule);
    expect(rules).toContain("french-phrase");
    expect(rules).toContain("space-before-punctuation");
  });
});
