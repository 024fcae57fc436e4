/**
 * A French gloss in brackets right after the English name it translates:
 * `the INF Treaty [traité sur les armes nucléaires de portée intermédiaire]`.
 */
import { defineRule } from "../engine/rule.js";
import type { Detection } from "../engine/types.js";
import { ENGLISH_FUNCTION_WORDS } from "../lexicon/function-words.js";
import { frenchSignals } from "../lexicon/french-signals.js";

// A capitalised name or acronym, a space, then a bracketed stretch on one line.
const GLOSS = /(?<![\p{L}\p{N}])(?<name>(?:\p{Lu}[\p{L}\p{N}'’.-]*))(?<gap>[ \u00a0])(?<open>[[(])(?<inner>[^\][()\n]{3,200})(?<close>[\])])/gu;
const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;

export default defineRule({
  id: "french-gloss",
  category: "untranslated",
  description: "Removes a bracketed French gloss left after the English name it translates.",
  examples: {
    bad: [
      {
        text: "according to the principles of the INF Treaty⟦ [traité sur les armes nucléaires de portée intermédiaire]⟧ and we are open",
        fixed: "according to the principles of the INF Treaty and we are open",
        safe: true,
      },
      {
        text: "the National Assembly⟦ (l'Assemblée nationale)⟧ voted 🗳️ on Tuesday",
        fixed: "the National Assembly voted 🗳️ on Tuesday",
        safe: false,
      },
      {
        text: "the Court of Audit⟦ [la Cour des comptes]⟧ said",
        fixed: "the Court of Audit said",
        safe: true,
      },
    ],
    good: [
      "There are some areas […] in which we believe progress is possible.",
      "Thank you. [Laughter] [Applause]",
      "the Treaty [of Versailles] was signed",
      "the motto [liberté, égalité, fraternité] is on every town hall",
      "the party (La République en marche) and its allies in the Senate (the upper house)",
      "Louis XIV (1638–1715) built Versailles.",
    ],
  },
  detect(doc) {
    const found: Detection[] = [];
    for (const match of doc.text.matchAll(GLOSS)) {
      const { name, open, inner, close } = match.groups!;
      if ((open === "[") !== (close === "]")) continue;
      const words = inner!.match(WORD) ?? [];
      if (words.length < 2) continue;
      const english = words.filter((word) => ENGLISH_FUNCTION_WORDS.has(word.toLowerCase())).length;
      const { functionWords, diacritics } = frenchSignals(words);
      const score = functionWords + diacritics;
      if (english > 0 || score < 2) continue;
      const start = match.index + name!.length;
      const end = match.index + match[0].length;
      // Safe only in square brackets (a translator's gloss, never the author's aside)
      // and with at least one French function word, not just accented names.
      const safe = open === "[" && functionWords >= 1;
      found.push({
        start,
        end,
        replacement: "",
        confidence: safe ? 0.93 : 0.7,
        severity: "major",
        safe,
        message: `French gloss of the name before it, left untranslated: remove “${open}${inner}${close}”.`,
      });
    }
    return found;
  },
});
