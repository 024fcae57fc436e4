/**
 * A space before `,` `.` `;` `:` `!` `?`: French typography (`prêt ?`) or a
 * slip (`the minister , who`). English puts the mark right after the word.
 */
import { defineRule } from "../engine/rule.js";
import type { Detection } from "../engine/types.js";

// Word or closing mark, spaces (incl. no-break and thin), one mark, then a space or the end.
const SPACED = /(?<=[\p{L}\p{N}”’»)\]])(?<space>[ \u00a0\u202f\u2009]+)(?<mark>[,.;:!?])(?=[\s”’»\]]|$)/gu;
const FRENCH_SPACE = /[\u00a0\u202f\u2009]/u;

export default defineRule({
  id: "space-before-punctuation",
  category: "punctuation",
  description: "Removes the space before `, . ; : ! ?`.",
  examples: {
    bad: [
      { text: "Are you ready⟦ ⟧?", fixed: "Are you ready?", safe: true },
      { text: "The minister⟦ ⟧, who spoke first, left.", fixed: "The minister, who spoke first, left.", safe: true },
      { text: "He said⟦\u00a0⟧: no.", fixed: "He said: no.", safe: true },
      { text: "🎉 Voilà⟦ ⟧!", fixed: "🎉 Voilà!", safe: true },
    ],
    good: [
      "And then . . . nothing.",
      "Visit example .com later? No: visit example.com.",
      "The ratio is 3 : 1 in some texts",
      "He said :) and left.",
      "Wait ... really?",
    ],
  },
  detect(doc) {
    const found: Detection[] = [];
    for (const match of doc.text.matchAll(SPACED)) {
      const { space, mark } = match.groups as { space: string; mark: string };
      const at = match.index;
      const end = at + space.length;
      // Spaced ellipsis `. . .` and ratios `3 : 1` are deliberate.
      if (mark === "." && /^\s?\./u.test(doc.text.slice(end + 1, end + 3))) continue;
      if (mark === "." && /\.\s?$/u.test(doc.text.slice(Math.max(0, at - 2), at))) continue;
      if (mark === ":" && /^\s\p{N}/u.test(doc.text.slice(end + 1, end + 3)) && /\p{N}$/u.test(doc.text.slice(0, at))) continue;
      found.push({
        start: at,
        end,
        replacement: "",
        confidence: 0.95,
        severity: "minor",
        safe: true,
        message: FRENCH_SPACE.test(space)
          ? `French typography: no space before “${mark}” in English.`
          : `No space before “${mark}”.`,
      });
    }
    return found;
  },
});
