/**
 * A French phrase or clause left in the English text: `selon les experts`,
 * `the projet de loi`, `On ne va pas reculer, the minister said`. Runs of
 * French words come from the shared language analysis (`engine/language.ts`),
 * which already sets aside names, loanwords, mottos and titles. A run counts
 * when it has a French content word and one more French word; a run of four
 * words or more with one French content word must not read as English to
 * franc-min (restricted to English and French). A suggestion when the
 * glossary translates the whole run, otherwise a flag; never automatic.
 */
import { defineRule } from "../engine/rule.js";
import type { Document } from "../engine/document.js";
import type { Detection } from "../engine/types.js";
import { matchCase } from "../engine/casing.js";
import { canBeFrench, languageOf, translateWithGlossary, type FrenchRun, type LanguageAnalysis } from "../engine/language.js";

/** A run with French evidence on at least two words, one of them a content word. */
export function isFrenchPhrase(run: FrenchRun): boolean {
  return run.words.length >= 2 && run.strong >= 1 && evidence(run) >= 2;
}

function evidence(run: FrenchRun): number {
  // A word can be both (a long function word, an elided content word): count words, not marks.
  return Math.max(run.strong, run.func, Math.min(run.words.length, run.strong + run.func));
}

/** A comma or semicolon, and at most one short word the run left out at its edge (`…, a déclaré`). */
const CLAUSE_GAP = /^[,;] (?:\p{Ll}{1,3} )?$/u;

/** Runs separated only by a comma or semicolon join into one clause (`Nous ne reculerons pas, nous irons…`). */
function mergeRuns(doc: Document, runs: readonly FrenchRun[]): FrenchRun[] {
  const merged: FrenchRun[] = [];
  for (const run of runs) {
    const last = merged[merged.length - 1];
    if (
      last !== undefined &&
      last.sentence === run.sentence &&
      CLAUSE_GAP.test(doc.text.slice(last.end, run.start)) &&
      (isFrenchPhrase(last) || isFrenchPhrase(run)) &&
      evidence(last) >= 1 &&
      evidence(run) >= 1 &&
      !last.mention &&
      !run.mention
    ) {
      merged[merged.length - 1] = {
        ...last,
        words: [...last.words, ...run.words],
        end: run.end,
        strong: last.strong + run.strong,
        func: last.func + run.func,
        quoted: last.quoted || run.quoted,
      };
      continue;
    }
    merged.push(run);
  }
  return merged;
}

/**
 * The language guesser's say on runs of four words or more (on shorter ones it
 * is no better than chance): a run whose French rests on one content word must
 * not read as English; a run that reads as French gains confidence.
 */
function guesserVerdict(run: FrenchRun, analysis: LanguageAnalysis): "veto" | "french" | "none" {
  if (run.words.length < 4) return "none";
  const { language } = analysis.guess(run.start, run.end);
  if (language === "eng" && run.strong < 2) return "veto";
  return language === "fra" ? "french" : "none";
}

export default defineRule({
  id: "french-phrase",
  category: "untranslated",
  description: "Flags a French phrase or clause left untranslated, with a suggestion when the glossary knows it.",
  examples: {
    bad: [
      {
        text: "⟦Selon les experts⟧, the economy will slow down in 2025.",
        fixed: "According to experts, the economy will slow down in 2025.",
        safe: false,
      },
      {
        text: "The Senate adopted the ⟦projet de loi⟧ on Tuesday evening.",
        fixed: "The Senate adopted the bill on Tuesday evening.",
        safe: false,
      },
      { text: "⟦On ne va pas reculer⟧, the minister said on Sunday.", safe: false },
      {
        text: "The measure was announced by ⟦le gouvernement⟧ in Québec 🇨🇦 on Monday.",
        fixed: "The measure was announced by the government in Québec 🇨🇦 on Monday.",
        safe: false,
      },
      { text: "The strikers said ⟦nous ne reculerons pas, nous irons jusqu'au bout⟧ before the march.", safe: false },
      { text: "The mayor of Dakar said that ⟦la situation reste très préoccupante⟧ after the floods.", safe: false },
    ],
    good: [
      "The coup d'état in Niger surprised Paris and the sense of déjà vu was strong.",
      "She ordered the menu à la carte and a pâté with a glass of rosé.",
      "France's relationship vis-à-vis Algeria is a question of raison d'être, said the diplomat.",
      "The annexation was a fait accompli and laissez-faire economics had failed.",
      "We met at the café for a rendez-vous with a naïve protégé who sent his résumé.",
      "Le Figaro and Le Monde both reported that the Quai d'Orsay summoned the ambassador.",
      "Jean-Luc Godard died in Switzerland; Notre-Dame de Paris reopened in December.",
      "Protesters chanted liberté, égalité, fraternité outside the Assemblée nationale.",
      "The Québec motto is Je me souviens, printed on every licence plate.",
      "She read Les Misérables and À la recherche du temps perdu over the summer.",
      "The exhibition at the Palais de Tokyo opened after the Élysée announced the visit.",
      "The Cour des comptes criticised the spending, and the Conseil d'État agreed.",
      "There is a place for justice and action in this nation, pour the tea.",
      "The so-called loi travail was pushed through without a vote.",
      "The crowd shouted « on ne lâche rien » (“we won't give up”) all afternoon.",
      "The esprit de corps of the troops and the détente with Moscow mattered, as did rapprochement.",
      "General de Gaulle and Alexis de Tocqueville both saw America from afar.",
      "The joie de vivre of Montréal in summer is a cliché, but a true one.",
      "She works at the Place de la Concorde, near the Hôtel de Ville.",
      "The ad valorem tax and habeas corpus were debated, et al.",
    ],
  },
  // Only sentences with a word that can be French are analysed.
  trigger: { forms: canBeFrench },
  detect(doc, hits) {
    const analysis = languageOf(doc, hits.tokens);
    const found: Detection[] = [];
    for (const run of mergeRuns(doc, analysis.runs)) {
      if (run.mention || run.inGloss || !isFrenchPhrase(run)) continue;
      const verdict = guesserVerdict(run, analysis);
      if (verdict === "veto") continue;
      const words = run.words.map((t) => doc.tokenText(t));
      const original = doc.text.slice(run.start, run.end);
      // Only when the run has no punctuation of its own (a merged clause never gets a suggestion).
      // nor when it fills a bracket (`the unemployment rate (taux de chômage)`): then it glosses, and
      // translating it would only repeat the English.
      const plain = /^[\p{L}\p{M}'’\s-]+$/u.test(original) && !run.bracketed;
      const english = plain ? translateWithGlossary(words) : undefined;
      const clause = run.words.length >= 4;
      const score = Math.min(run.strong + run.func, 6);
      found.push({
        start: run.start,
        end: run.end,
        replacement: english === undefined ? null : matchCase(original, english),
        confidence: Math.min(0.9, 0.55 + 0.05 * score + (verdict === "french" ? 0.05 : 0)),
        severity: "major",
        safe: false,
        message:
          english === undefined
            ? `French ${clause ? "clause" : "phrase"} left untranslated: “${original}”.`
            : `French ${clause ? "clause" : "phrase"} left untranslated: “${original}” means “${english}”.`,
      });
    }
    return found;
  },
});
