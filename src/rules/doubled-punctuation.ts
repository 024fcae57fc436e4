/**
 * Doubled or contradictory punctuation, typically left where a closing quote
 * was lost: `in good faith., he warned`, `the end,.`, `the end..` (never
 * `...`). After `?` or `!` a comma or full stop is suggested away
 * (`Why?, he asked`), never removed automatically: brand names such as
 * `Yahoo!` end with a mark of their own. A comma after a quotation that
 * ends with `?` is removed (`“Ready?”, he asked` → `“Ready?” he asked`: the
 * French `« Prêts ? », a-t-il demandé` keeps it); after `!` it is suggested.
 */
import { defineRule } from "../engine/rule.js";
import type { Detection } from "../engine/types.js";
import { isProtectedToken } from "../engine/tokenize.js";
import { ABBREVIATIONS } from "../lexicon/abbreviations.js";
import { REPORTING_PRONOUNS, REPORTING_VERBS, SUBJECT_DETERMINERS } from "../lexicon/reported-speech.js";

// Two marks of [.,;:?] whose second is one of [.,;:], not part of a longer run (`!,` is left: `Yahoo!, Inc.`).
const PAIR = /(?<![.,;:?!])(?<first>[.,;:?])(?<second>[.,;:])(?![.,;:?!])/y;
// A question or exclamation closing a quotation, then a comma: `“Ready?”, he asked` (French `« Prêts ? », a-t-il demandé`).
const MARK_QUOTE_COMMA = /(?<=[\p{L}\p{N}][?!][”"’»])(?<comma>,)(?=\s\p{Ll})/uy;
const CLAUSE_WORDS = /^\s((?:\p{Ll}+ ){0,3}\p{Ll}+)/u;

export default defineRule({
  id: "doubled-punctuation",
  category: "punctuation",
  description: "Collapses doubled or contradictory punctuation (`.,` `,.` `..` `,,`) into the mark that belongs.",
  examples: {
    bad: [
      { text: "prepared to discuss seriously and in good faith⟦.,⟧ he warned", fixed: "prepared to discuss seriously and in good faith, he warned", safe: true },
      { text: "It is over⟦,.⟧ Done.", fixed: "It is over. Done.", safe: true },
      { text: "The talks ended⟦..⟧", fixed: "The talks ended.", safe: true },
      { text: "Ils ont dit “oui”⟦,,⟧ and left 😀", fixed: "Ils ont dit “oui”, and left 😀", safe: true },
      { text: "The budget⟦;,⟧ the reform and the pensions.", fixed: "The budget, the reform and the pensions.", safe: true },
      { text: "Why now⟦?,⟧ asked the mayor of Montréal.", fixed: "Why now? asked the mayor of Montréal.", safe: false },
      { text: "“Are you ready?”⟦,⟧ asked the minister.", fixed: "“Are you ready?” asked the minister.", safe: true },
      { text: "“We won!”⟦,⟧ exclaimed the fans in Montréal 🎉.", fixed: "“We won!” exclaimed the fans in Montréal 🎉.", safe: false },
    ],
    good: [
      "Wait... what?",
      "the U.S., Canada and Mexico",
      "apples, pears, etc., were sold",
      "at 10 a.m., the session opened",
      "Acme Inc., a supplier",
      "See ../README.md and ./src",
      "Version 1.2.3 is out.",
      "Washington, D.C., is home to the Federal Government.",
      "Martin Luther King, Jr., spoke.",
      "Download it from https://example.org/a.,b today.",
      "“Why?” he asked.",
      "Yahoo!, the web portal, was sold; Jeopardy!. That is all.",
      "He watched “Who Wants to Be a Millionaire?”, “Jeopardy!”, and the news.",
    ],
  },
  // Both patterns start at one of these marks (they never overlap: each starts where the other cannot).
  trigger: { chars: ".,;:?" },
  detect(doc, hits) {
    const found: Detection[] = [];
    for (const at of hits.offsets) {
      PAIR.lastIndex = at;
      const match = PAIR.exec(doc.text);
      if (match === null) continue;
      const { first, second } = match.groups as { first: string; second: string };
      const before = doc.text.slice(Math.max(0, at - 40), at);
      if (!/[\p{L}\p{N}”’»)\]]$/u.test(before)) continue; // `../path`, `, ,` and the like
      const after = doc.text[at + 2];
      if (after !== undefined && !/[\s"”’»)\]]/u.test(after)) continue; // `1.2.3`, `a.,b`
      const token = doc.token(doc.tokenAt(at));
      if (token && isProtectedToken(token)) continue;
      // After an abbreviation or an initial, the full stop belongs to the word: `U.S.,` `etc.,`.
      const wordBefore = /[\p{L}\p{N}]+$/u.exec(before)?.[0];
      if (first === "." && second !== "." && wordBefore !== undefined && (wordBefore.length === 1 || ABBREVIATIONS.has(wordBefore))) continue;
      const question = first === "?";
      if (question && second !== "," && second !== ".") continue; // `?:` and `?;` are rare enough to leave alone
      const kept = question ? first : first === "." && second === "." ? "." : second;
      found.push({
        start: at,
        end: at + 2,
        replacement: kept,
        confidence: question ? 0.6 : 0.95,
        severity: "minor",
        safe: !question,
        message: question
          ? `“${first}” already ends the clause: drop the “${second}”.`
          : `“${first}${second}” is doubled punctuation: keep “${kept}”.`,
      });
    }
    for (const at of hits.offsets) {
      if (doc.text.charCodeAt(at) !== 44) continue;
      MARK_QUOTE_COMMA.lastIndex = at;
      if (!MARK_QUOTE_COMMA.test(doc.text)) continue;
      // Only before a reporting clause (`asked the minister`, `he asked`, `the minister asked`), not in a list of titles.
      if (!reportingClause(CLAUSE_WORDS.exec(doc.text.slice(at + 1, at + 60))?.[1] ?? "")) continue;
      const question = doc.text[at - 2] === "?";
      found.push({
        start: at,
        end: at + 1,
        replacement: "",
        confidence: question ? 0.9 : 0.6,
        severity: "minor",
        safe: question,
        message: `The “${doc.text[at - 2]}” ends the quotation: English drops the comma after it.`,
      });
    }
    return found;
  },
});

/** `asked the minister`, `he asked`, `the minister asked`: a reporting verb first, after a pronoun, or after a short subject. */
function reportingClause(words: string): boolean {
  const list = words.split(" ");
  if (REPORTING_VERBS.has(list[0]!)) return true;
  if (REPORTING_PRONOUNS.includes(list[0]!)) return list[1] !== undefined && REPORTING_VERBS.has(list[1]);
  return SUBJECT_DETERMINERS.includes(list[0]!) && list.slice(2).some((w) => REPORTING_VERBS.has(w));
}
