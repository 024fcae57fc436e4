/**
 * A closing quotation mark on the wrong side of its space, so that it looks
 * like an opening one: `“It is over, “she added` → `“It is over,” she added`.
 *
 * Safe when a `“` (or `«`) is still open at that point of the paragraph and
 * the mark is followed by a lower-case word and no `”` closes it later: the
 * mark can only be the lost closer. Without an open quote before it (the
 * opener was lost too), or with straight `"` marks, it is a suggestion, and
 * only before a reporting clause (`she added`, `said the minister`).
 */
import { defineRule } from "../engine/rule.js";
import { blocksWith } from "./support/hit-regions.js";
import type { Detection } from "../engine/types.js";
import { REPORTING_PRONOUNS, REPORTING_VERBS } from "../lexicon/reported-speech.js";

const QUOTES = /[“”«»"]/gu;
// A clause-ending mark, one space, the mark, then a lower-case word glued to it.
const WRONG_SIDE = /^[,.!?…] $/u;
const NEXT_WORD = /^(\p{Ll}[\p{L}'’-]*)/u;
// A reporting clause: `said …`, `she added`, `he later told`.
const REPORTING = /^(\p{Ll}+)(?: (\p{Ll}+))?(?: (\p{Ll}+))?/u;

export default defineRule({
  id: "misplaced-closing-quote",
  category: "punctuation",
  description: "Moves a closing quotation mark stranded after its space: `it is over, “she added` → `it is over,” she added`.",
  examples: {
    bad: [
      { text: "“It is over,⟦ “⟧she added.", fixed: "“It is over,” she added.", safe: true },
      { text: "“Nous ne reculerons pas!⟦ “⟧said the minister in Québec.", fixed: "“Nous ne reculerons pas!” said the minister in Québec.", safe: true },
      { text: "We will not give in,⟦ “⟧he warned 🙂.", fixed: "We will not give in,” he warned 🙂.", safe: false },
      { text: "\"We will not give in,⟦ \"⟧he warned.", fixed: "\"We will not give in,\" he warned.", safe: false },
    ],
    good: [
      "“It is over,” she added.",
      "He said, “we will win.”",
      "He said, “we will win” and left.",
      "“The so-called, “fake” news,” he said.",
      "He called it, “Operation Barkhane.",
      "She said, \"we will win.\"",
      "The motto, “liberty first,” remains.",
    ],
  },
  // The stranded closer is written as an opener (`“`) or a straight quote.
  trigger: { chars: "“\"" },
  detect(doc, hits) {
    const found: Detection[] = [];
    const text = doc.text;
    for (const block of blocksWith(doc, hits.offsets)) {
      const marks = [...block.text.matchAll(QUOTES)].map((m) => ({ at: block.start + m.index, mark: m[0] }));
      // For each mark, the next curly or guillemet mark after it (one backward pass).
      const nextCurly: (string | undefined)[] = [];
      for (let i = marks.length - 1, next: string | undefined; i >= 0; i--) {
        nextCurly[i] = next;
        if (marks[i]!.mark !== '"') next = marks[i]!.mark;
      }
      let open = 0;
      for (let i = 0; i < marks.length; i++) {
        const { at, mark } = marks[i]!;
        if (mark === "”" || mark === "»") {
          if (open > 0) open--;
          continue;
        }
        if (mark !== "“") {
          if (mark === "«") open++;
          continue;
        }
        const word = candidateWord(text, at);
        const nextMark = nextCurly[i];
        if (word === undefined || nextMark === "”" || nextMark === "»") {
          open++;
          continue;
        }
        if (open > 0) {
          open--;
          push(at, "”", 0.9, true);
        } else if (isReportingClause(text, at)) {
          push(at, "”", 0.6, false);
        } else open++;
      }
      // Straight marks: the second of a pair, after a clause-ending mark and its space, before a reporting clause.
      const straight = marks.filter((m) => m.mark === '"');
      if (straight.length % 2 !== 0) continue;
      for (let i = 1; i < straight.length; i += 2) {
        const at = straight[i]!.at;
        const word = candidateWord(text, at);
        if (word !== undefined && isReportingClause(text, at)) push(at, '"', 0.6, false);
      }
    }
    return found;

    function push(at: number, mark: string, confidence: number, safe: boolean) {
      found.push({
        start: at - 1,
        end: at + 1,
        replacement: `${mark} `,
        confidence,
        severity: "minor",
        safe,
        message: "The closing quotation mark is on the wrong side of the space.",
      });
    }
  },
});

/** The lower-case word glued after a mark that follows `, ` (or `. ` `! ` `? `), if any. */
function candidateWord(text: string, at: number): string | undefined {
  if (!WRONG_SIDE.test(text.slice(at - 2, at))) return undefined;
  return NEXT_WORD.exec(text.slice(at + 1, at + 40))?.[1];
}

/** `said the minister`, `she added`, `he further warned` right after the mark at `at`. */
function isReportingClause(text: string, at: number): boolean {
  const words = REPORTING.exec(text.slice(at + 1, at + 60));
  if (!words) return false;
  const [, first, second, third] = words;
  if (REPORTING_VERBS.has(first!)) return true;
  if (!REPORTING_PRONOUNS.includes(first!)) return false;
  return (second !== undefined && REPORTING_VERBS.has(second)) || (third !== undefined && REPORTING_VERBS.has(third));
}
