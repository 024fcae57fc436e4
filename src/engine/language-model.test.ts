/**
 * The sentence language model: Viterbi labels over word evidence, and the
 * French leftovers it lets the rules find (and the names and loanwords it
 * leaves alone), end to end.
 */
import { describe, expect, it } from "vitest";
import { labelLanguages, SWITCH_COST, type WordEvidence } from "./language-model.js";
import { check } from "./index.js";
import { RULES } from "../rules/index.js";
import { frenchSpellingScore } from "../lexicon/char-model.js";

const word = (score: number, locked = false, breakBefore = false): WordEvidence => ({ score, locked, breakBefore });

describe("labelLanguages", () => {
  it("keeps a lone weak French signal English and a strong run French", () => {
    expect(labelLanguages([word(-3), word(0.5), word(-3)])).toEqual([false, false, false]);
    expect(labelLanguages([word(-3), word(3.5), word(2), word(3.5), word(-3)])).toEqual([false, true, true, true, false]);
  });

  it("gives a word of both languages the language of its neighbours", () => {
    // `les experts | de l'OCDE`: a slightly English word between French ones stays French (two switches cost more).
    expect(labelLanguages([word(2), word(-0.5), word(2)])).toEqual([true, true, true]);
    expect(labelLanguages([word(-3), word(-0.5), word(-3)])).toEqual([false, false, false]);
  });

  it("never labels a locked word French, and switches more cheaply across punctuation", () => {
    expect(labelLanguages([word(3), word(9, true), word(3)])).toEqual([true, false, true]);
    const single = 2 * SWITCH_COST - 0.1;
    expect(labelLanguages([word(-3), word(single), word(-3)])).toEqual([false, false, false]);
    expect(labelLanguages([word(-3), word(single, false, true), word(-3, false, true)])).toEqual([false, true, false]);
  });

  it("is linear and total: one label per word, none for no word", () => {
    expect(labelLanguages([])).toEqual([]);
    expect(labelLanguages(Array.from({ length: 10_000 }, (_, i) => word(i % 7 === 0 ? 3 : -1)))).toHaveLength(10_000);
  });
});

describe("the character model", () => {
  it("reads French spellings as French and English ones as English", () => {
    expect(frenchSpellingScore("cyberharceleurs")).toBeGreaterThan(0);
    expect(frenchSpellingScore("incendie")).toBeGreaterThan(0);
    expect(frenchSpellingScore("blockchain")).toBeLessThan(0);
    expect(frenchSpellingScore("smartphone")).toBeLessThan(0);
    expect(frenchSpellingScore("x²")).toBe(0);
  });
});

describe("French leftovers, end to end", () => {
  const untranslated = (text: string) => check(text, RULES).findings.filter((f) => f.category === "untranslated").map((f) => f.original);

  it("finds French runs and lone French-only words", () => {
    expect(untranslated("The prefect ordered le confinement des élèves until noon.")).toEqual(["le confinement des élèves"]);
    expect(untranslated("It was a decision described as un désaveu cinglant by the press.")).toEqual(["un désaveu cinglant"]);
    expect(untranslated("The police investigated after the incendie of the warehouse.")).toEqual(["incendie"]);
  });

  it("leaves names, institutions, papers and loanwords alone", () => {
    expect(untranslated("Jean-Luc Mélenchon spoke at the Quai d'Orsay; Le Monde reported it over a café au lait.")).toEqual([]);
    expect(untranslated("Physicists found the Higgs boson; the taliban fled; she ordered falafel 🥙.")).toEqual([]);
  });
});
