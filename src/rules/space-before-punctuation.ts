/**
 * A regular space before `,` `.` `;` `:` `!` `?`: French spacing that lost its
 * no-break space (`prêt ?`) or a slip (`the minister , who`). English puts the
 * mark right after the word. No-break and thin spaces there are French
 * typography proper and belong to `french-punctuation-spacing`: a run of
 * spaces with any of them in it is left to that rule, so each case is
 * reported once.
 */
import { defineRule } from "../engine/rule.js";
import type { Detection } from "../engine/types.js";
import { isProtectedToken } from "../engine/tokenize.js";

// Regular spaces and one mark; the checks below want a word or closing mark before, and after the mark
// (maybe followed by `?!…`) a space, a closing mark or the end. A plain regex finds candidates fast.
const SPACED = /(?<space> +)(?<mark>[,.;:!?])/g;
const BEFORE = /[\p{L}\p{N}”’»)\]]/u;
const AFTER = /^[!?…]*(?:[\s”’»")\]]|$)/u;

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
    const found: Detection[] = [];
    const text = doc.text;
    for (const match of text.matchAll(SPACED)) {
      const { space, mark } = match.groups as { space: string; mark: string };
      const at = match.index;
      const end = at + space.length;
      if (!BEFORE.test(text[at - 1] ?? "") || !AFTER.test(text.slice(end + 1, end + 4))) continue;
      // Spaced ellipsis `. . .` and ratios `3 : 1` are deliberate.
      if (mark === "." && /^\s?\./u.test(text.slice(end + 1, end + 3))) continue;
      if (mark === "." && /\.\s?$/u.test(text.slice(Math.max(0, at - 2), at))) continue;
      // Emoticons: `:)` `;-)` `:(`.
      if ((mark === ":" || mark === ";") && /^[)(\]]/u.test(text.slice(end + 1, end + 2))) continue;
      if (mark === ":" && /^\s\p{N}/u.test(text.slice(end + 1, end + 3)) && /\p{N}/u.test(text[at - 1] ?? "")) continue;
      // The space that keeps a full stop out of a URL or file name is deliberate: `see https://x.org/a .`
      const before = doc.tokens[doc.tokenAt(at - 1)];
      if (before && isProtectedToken(before)) continue;
      found.push({
        start: at,
        end,
        replacement: "",
        confidence: 0.95,
        severity: "minor",
        safe: true,
        message: `No space before “${mark}”.`,
      });
    }
    return found;
  },
});
