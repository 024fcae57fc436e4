/**
 * A no-break or thin space before `; : ! ?` (French typography: `prêt ?`,
 * `il a dit : non`), or before `,` `.` where a French layout left one. English
 * sets the mark right after the word. Runs of regular spaces alone are
 * `space-before-punctuation`'s; a run with any no-break or thin space in it is
 * this rule's, so each case is reported once.
 */
import { defineRule } from "../engine/rule.js";
import { runsAroundBeforeMark, spacesBeforeMarks } from "./support/space-before-mark.js";

// A run of spaces with a no-break, narrow no-break, thin or other fixed-width space in it, then one mark.
const FIXED_SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f";
const isRunSpace = (c: number) => c === 32 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f;
const FRENCH_SPACE = /[\u00a0\u2000-\u200a\u202f]/u;
const NAMES: Record<string, string> = {
  "\u00a0": "no-break space",
  "\u202f": "narrow no-break space",
  "\u2009": "thin space",
};

export default defineRule({
  id: "french-punctuation-spacing",
  category: "typography",
  description: "Removes the French no-break or thin space before `; : ! ?` (and `, .`).",
  examples: {
    bad: [
      { text: "Are you ready⟦\u00a0?⟧", fixed: "Are you ready?", safe: true },
      { text: "The minister said⟦\u202f:⟧ “We will stay.”", fixed: "The minister said: “We will stay.”", safe: true },
      { text: "Québec wins⟦\u2009!⟧ 🎉", fixed: "Québec wins! 🎉", safe: true },
      { text: "Three issues remain⟦ \u00a0;⟧ the first is money.", fixed: "Three issues remain; the first is money.", safe: true },
      { text: "Is this the end (for now⟦\u00a0?⟧)", fixed: "Is this the end (for now?)", safe: true },
    ],
    good: [
      "Are you ready?",
      "Are you ready ? (a regular space is reported by space-before-punctuation)",
      "The score was 3\u00a0:\u00a01 at half-time.",
      "And then\u00a0. . . nothing.",
      "He winked\u00a0;-) and left.",
      "Mr.\u00a0Legault and Ms.\u00a0Anglade met on Monday.",
    ],
  },
  trigger: { chars: FIXED_SPACES },
  detect(doc, hits) {
    return spacesBeforeMarks(doc, runsAroundBeforeMark(doc.text, hits.offsets, isRunSpace)).map(({ start, end, space, mark }) => {
      const kind = NAMES[[...space].find((c) => FRENCH_SPACE.test(c)) ?? ""] ?? "fixed-width space";
      // The span takes the mark along (` ?` → `?`), as for regular spaces.
      return {
        start,
        end: end + 1,
        replacement: mark,
        confidence: 0.95,
        severity: "minor",
        safe: true,
        message: `French typography: English puts no ${kind} before “${mark}”.`,
      };
    });
  },
});
