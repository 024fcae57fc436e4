/**
 * A regular space before `,` `.` `;` `:` `!` `?`: French spacing that lost its
 * no-break space (`prêt ?`) or a slip (`the minister , who`). English puts the
 * mark right after the word. No-break and thin spaces there are French
 * typography proper and belong to `french-punctuation-spacing`: a run of
 * spaces with any of them in it is left to that rule, so each case is
 * reported once.
 */
import { defineRule } from "../engine/rule.js";
import { spacesBeforeMarks } from "./support/space-before-mark.js";

// Regular spaces, then one mark.
const SPACED = /(?<space> +)(?<mark>[,.;:!?])/g;

export default defineRule({
  id: "space-before-punctuation",
  category: "punctuation",
  description: "Removes a regular space before `, . ; : ! ?`.",
  examples: {
    bad: [
      { text: "Are you ready⟦ ⟧?", fixed: "Are you ready?", safe: true },
      { text: "The minister⟦ ⟧, who spoke first, left.", fixed: "The minister, who spoke first, left.", safe: true },
      { text: "He said⟦ ⟧: no.", fixed: "He said: no.", safe: true },
      { text: "🎉 Voilà⟦ ⟧!", fixed: "🎉 Voilà!", safe: true },
      { text: "Who pays (the State⟦ ⟧?) and when?", fixed: "Who pays (the State?) and when?", safe: true },
      { text: "Is it over⟦ ⟧?! Not yet.", fixed: "Is it over?! Not yet.", safe: true },
    ],
    good: [
      "And then . . . nothing.",
      "Visit example .com later? No: visit example.com.",
      "The ratio is 3 : 1 in some texts",
      "He said :) and left.",
      "Wait ... really?",
      "He said ;-) and smiled.",
      "Read it at https://example.com/report . It is short.",
      "Are you ready\u00a0? (the no-break space is French typography, reported by its own rule)",
    ],
  },
  detect(doc) {
    return spacesBeforeMarks(doc, SPACED).map(({ start, end, mark }) => ({
      start,
      end,
      replacement: "",
      confidence: 0.95,
      severity: "minor",
      safe: true,
      message: `No space before “${mark}”.`,
    }));
  },
});
