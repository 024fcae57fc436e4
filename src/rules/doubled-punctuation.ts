/**
 * Doubled or contradictory punctuation left where a closing quote was lost:
 * `in good faith., he warned`, `the end,.`, `the end..` (but never `...`).
 */
import { defineRule } from "../engine/rule.js";
import type { Detection } from "../engine/types.js";
import { ABBREVIATIONS } from "../lexicon/abbreviations.js";

// Two marks of [.,;:], not part of a longer run of dots.
const PAIR = /(?<![.,;:])(?<first>[.,;:])(?<second>[.,;:])(?![.,;:])/g;

export default defineRule({
  id: "doubled-punctuation",
  category: "punctuation",
  description: "Collapses doubled or contradictory punctuation (`.,` `,.` `..` `,,`) into the mark that belongs.",
  examples: {
    bad: [
      { text: "prepared to discuss seriously and in good faith⟦.,⟧ he warned", fixed: "prepared to discuss seriously and in good faith, he warned", safe: true },
      { text: "It is over⟦,.⟧ Done.", fixed: "It is over. Done.", safe: true },
      { text: "The talks ended⟦..⟧", fixed: "The talks ended.", safe: true },
      { text: "Ils ont dit « oui »⟦,,⟧ and left 😀", fixed: "Ils ont dit « oui », and left 😀", safe: true },
    ],
    good: [
      "Wait... what?",
      "the U.S., Canada and Mexico",
      "apples, pears, etc., were sold",
      "at 10 a.m., the session opened",
      "Acme Inc., a supplier",
      "See ../README.md and ./src",
      "Version 1.2.3 is out.",
    ],
  },
  detect(doc) {
    const found: Detection[] = [];
    for (const match of doc.text.matchAll(PAIR)) {
      const { first, second } = match.groups as { first: string; second: string };
      const at = match.index;
      const before = doc.text.slice(Math.max(0, at - 40), at);
      if (!/[\p{L}\p{N}”’»)\]]$/u.test(before)) continue; // `../path`, `, ,` and the like
      const after = doc.text[at + 2];
      if (after !== undefined && !/[\s"”’»)\]]/u.test(after)) continue; // `1.2.3`, `a.,b`
      // After an abbreviation or an initial, the full stop belongs to the word: `U.S.,` `etc.,`.
      const wordBefore = /[\p{L}\p{N}]+$/u.exec(before)?.[0];
      if (first === "." && second !== "." && wordBefore !== undefined && (wordBefore.length === 1 || ABBREVIATIONS.has(wordBefore))) continue;
      const kept = first === "." && second === "." ? "." : second;
      found.push({
        start: at,
        end: at + 2,
        replacement: kept,
        confidence: 0.95,
        severity: "minor",
        safe: true,
        message: `“${first}${second}” is doubled punctuation: keep “${kept}”.`,
      });
    }
    return found;
  },
});
