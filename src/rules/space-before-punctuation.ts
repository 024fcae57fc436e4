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
import { runsBeforeMarks, spacesBeforeMarks } from "./support/space-before-mark.js";

// The space on the wrong side of a comma or semicolon: `agreement ,he said`.
const SWAPPED = /(?<=[\p{L}\p{N}”’»)\]]) (?<mark>[,;])(?=\p{L}{2})/uy;
const isRegularSpace = (c: number) => c === 32;

export default defineRule({
  id: "space-before-punctuation",
  category: "punctuation",
  description: "Removes a regular space before `, . ; : ! ?` after a word, number, `%`, bracket or quote (and moves it after a comma that has none: `agreement ,he` → `agreement, he`).",
  examples: {
    bad: [
      { text: "Are you ready⟦ ?⟧", fixed: "Are you ready?", safe: true },
      { text: "The minister⟦ ,⟧ who spoke first, left.", fixed: "The minister, who spoke first, left.", safe: true },
      { text: "He said⟦ :⟧ no.", fixed: "He said: no.", safe: true },
      { text: "🎉 Voilà⟦ !⟧", fixed: "🎉 Voilà!", safe: true },
      { text: "Who pays (the State⟦ ?⟧) and when?", fixed: "Who pays (the State?) and when?", safe: true },
      { text: "Is it over⟦ ?⟧! Not yet.", fixed: "Is it over?! Not yet.", safe: true },
      { text: "The deal was signed on Monday⟦ ,⟧officials said.", fixed: "The deal was signed on Monday, officials said.", safe: true },
      { text: "Québec, Montréal⟦ ;⟧Gatineau 🍁", fixed: "Québec, Montréal; Gatineau 🍁", safe: true },
      { text: "Unemployment fell to 7.1%⟦ ,⟧ the lowest since 2008.", fixed: "Unemployment fell to 7.1%, the lowest since 2008.", safe: true },
      { text: "The two parties (PS and LR)⟦ ,⟧ then the unions.", fixed: "The two parties (PS and LR), then the unions.", safe: true },
      { text: "He called it “a betrayal”⟦ .⟧", fixed: "He called it “a betrayal”.", safe: true },
      { text: "Turnout was 1,204⟦ ;⟧ in 2019 it was 980.", fixed: "Turnout was 1,204; in 2019 it was 980.", safe: true },
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
      "Prices rose 3 ,5 and 7 percent in the tables, typeset by hand.",
      "The variable is set in `a ,b` form; see the code.",
    ],
  },
  // Regular spaces, then one mark; or a space, then a comma or semicolon glued to the next word.
  trigger: { chars: ",.;:!?" },
  detect(doc, hits): Detection[] {
    const text = doc.text;
    const spaced = hits.offsets.filter((at) => text.charCodeAt(at - 1) === 32);
    const swapped: Detection[] = [];
    const inBackticks = backtickParity(text);
    for (const at of spaced) {
      SWAPPED.lastIndex = at - 1;
      const match = SWAPPED.exec(text);
      if (match === null || inBackticks(at - 1)) continue;
      swapped.push({
        start: at - 1,
        end: at + 1,
        replacement: `${match.groups!.mark!} `,
        confidence: 0.93,
        severity: "minor",
        safe: true,
        message: `The space belongs after “${match.groups!.mark!}”, not before it.`,
      });
    }
    // The span takes the mark along (` ,` → `,`): a person sees the mark, not a lone space.
    return [...swapped, ...spacesBeforeMarks(doc, runsBeforeMarks(text, spaced, isRegularSpace)).map(({ start, end, mark }): Detection => ({
      start,
      end: end + 1,
      replacement: mark,
      confidence: 0.95,
      severity: "minor",
      safe: true,
      message: `No space before “${mark}”.`,
    }))];
  },
});

/**
 * Whether an offset is inside a `code span` on its line (an odd number of
 * backticks before it on the line). Asked for offsets in increasing order, it
 * counts as it goes instead of rescanning the line for each (quadratic on a
 * long line of ` ,` pairs).
 */
function backtickParity(text: string): (at: number) => boolean {
  let scanned = 0;
  let count = 0;
  return (at) => {
    for (; scanned < at; scanned++) {
      if (text[scanned] === "\n") count = 0;
      else if (text[scanned] === "`") count++;
    }
    return count % 2 === 1;
  };
}
