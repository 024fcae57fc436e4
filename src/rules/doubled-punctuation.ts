/**
 * Doubled or contradictory punctuation, typically left where a closing quote
 * was lost: `in good faith., he warned`, `the end,.`, `the end..` (never
 * `...`), also with spaces (`fair ., he said`, `fair . , he said`). After `?`
 * or `!` a comma or full stop is suggested away (`Why?, he asked`), never
 * removed automatically: brand names such as `Yahoo!` end with a mark of
 * their own. A comma after a quotation that ends with `?` is removed
 * (`“Ready?”, he asked` → `“Ready?” he asked`: the French `« Prêts ? »,
 * a-t-il demandé` keeps it); after `!` it is suggested. The full stop of an
 * abbreviation (`Tex.,`, `Inc.,`, `U.S.,`: the shared abbreviation lexicon)
 * is the word's; after a short word no dictionary knows (`Kft.,`) it may be
 * one, so the fix is only suggested.
 */
import { defineRule } from "../engine/rule.js";
import type { Detection } from "../engine/types.js";
import { isProtectedToken } from "../engine/tokenize.js";
import { isEnglishWord } from "../engine/language.js";
import { isAbbreviationStop } from "../lexicon/abbreviations.js";
import { REPORTING_PRONOUNS, REPORTING_VERBS, SUBJECT_DETERMINERS } from "../lexicon/reported-speech.js";

const MARKS = ".,;:?!";
const SECOND = ".,;:";
// A question or exclamation closing a quotation, then a comma: `“Ready?”, he asked` (French `« Prêts ? », a-t-il demandé`).
const MARK_QUOTE_COMMA = /(?<=[\p{L}\p{N}][?!][”"’»])(?<comma>,)(?=\s\p{Ll})/uy;
const CLAUSE_WORDS = /^\s((?:\p{Ll}+ ){0,3}\p{Ll}+)/u;
const ENDS_WORD = /[\p{L}\p{N}”’»)\]%]$/u;
const ENTITY_BEFORE = /&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6})$/u;
const SHORT_WORD = /(?:^|[^\p{L}\p{N}])(\p{L}{2,4})$/u;

interface Pair {
  /** Start of the span: the first mark, or the spaces before it. */
  start: number;
  first: string;
  second: string;
  /** Index of the first mark and of the second. */
  at: number;
  secondAt: number;
}

/**
 * Two marks of [.,;:?] whose second is one of [.,;:], maybe with one space
 * between them and up to two before (`fair . ,`), not part of a longer run
 * (`!,` is left: `Yahoo!, Inc.`). A single forward scan over the marks'
 * positions (`marks`, ascending: the rule's trigger).
 */
function findPairs(text: string, marks: readonly number[]): Pair[] {
  const pairs: Pair[] = [];
  let next = 0;
  for (const i of marks) {
    if (i < next) continue;
    const code = text.charCodeAt(i);
    // . , ; : ? (the only marks a pair starts with)
    if (code !== 46 && code !== 44 && code !== 59 && code !== 58 && code !== 63 && code !== 33) continue;
    const first = text[i]!;
    if (first === "!" && text[i + 1] !== ",") continue; // `!,` only: `Yahoo!.` and the like are left
    if (i > 0 && MARKS.includes(text[i - 1]!)) continue;
    let j = i + 1;
    const spaced = text[j] === " ";
    if (spaced) j++;
    const second = text[j];
    if (second === undefined || !SECOND.includes(second)) continue;
    if (j + 1 < text.length && MARKS.includes(text[j + 1]!)) continue;
    // Spaced full stops are an ellipsis (`. . .`), and so is a stop before one.
    if (spaced && (first === "." || second === ".") && /^ ?\./u.test(text.slice(j + 1, j + 3))) continue;
    let start = i;
    while (start > i - 2 && text[start - 1] === " ") start--;
    // Spaces on both sides of a lone pair (`a , . b`) or before a bare `, ,` placeholder are no slip of ours.
    if (spaced && start === i && first === second) continue;
    pairs.push({ start, first, second, at: i, secondAt: j });
    next = j + 1;
  }
  return pairs;
}

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
      { text: "Why now⟦?,⟧ asked the mayor of Montréal.", fixed: "Why now? asked the mayor of Montréal.", safe: true },
      { text: "I gave everything, I have no regrets⟦!,⟧ she confided to Radio-Canada.", fixed: "I gave everything, I have no regrets! she confided to Radio-Canada.", safe: true },
      { text: "Who pays⟦?,⟧ the budget or the towns 🏙️", fixed: "Who pays? the budget or the towns 🏙️", safe: false },
      { text: "“Are you ready?”⟦,⟧ asked the minister.", fixed: "“Are you ready?” asked the minister.", safe: true },
      { text: "“We won!”⟦,⟧ exclaimed the fans in Montréal 🎉.", fixed: "“We won!” exclaimed the fans in Montréal 🎉.", safe: false },
      { text: "The offer was fair⟦ .,⟧ the union said.", fixed: "The offer was fair, the union said.", safe: true },
      { text: "Prices rose by 4%⟦ . ,⟧ the agency said.", fixed: "Prices rose by 4%, the agency said.", safe: true },
      { text: "The talks are over⟦ ,.⟧ Both sides left.", fixed: "The talks are over. Both sides left.", safe: true },
      { text: "It was bought by Delta Bt⟦.,⟧ a firm from Szeged.", fixed: "It was bought by Delta Bt, a firm from Szeged.", safe: false },
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
      "Gov. Ann Smith, D-Wash., said the bill would pass.",
      "The meeting in Austin, Tex., and the one in Tampa, Fla., were cancelled.",
      "Northwind LLC., Contoso Inc., Fabrikam Corp., Litware Co., and Adatum Ltd. signed.",
      "The session opened at 10 a.m., closed at 4 p.m., and resumed on Monday.",
      "Some nouns, e.g., chômage, and verbs, i.e., those in -er, vs. the rest.",
      "Patent No. 5,123 was filed by John Doe Sr., the founder, in St. Paul, Minn., in 1999.",
      "The U.S., the U.K., and the E.U. agreed.",
      "And then . . . nothing, he said . . . , and left.",
      "Download it from https://example.org/a.,b today.",
      "“Why?” he asked.",
      "Yahoo!, the web portal, was sold; Jeopardy!. That is all.",
      "Yahoo!, the company said, will be sold.",
      "The opposition denounced a budget &quot;disconnected from reality&quot;. Then &#8220;no&#8221;, said the mayor.",
      "He watched “Who Wants to Be a Millionaire?”, “Jeopardy!”, and the news.",
    ],
  },
  // A pair starts at one of these marks, and so does the comma after a quotation's `?` or `!`.
  trigger: { chars: MARKS },
  detect(doc, hits) {
    const found: Detection[] = [];
    for (const { start, first, second, at, secondAt } of findPairs(doc.text, hits.offsets)) {
      const before = doc.text.slice(Math.max(0, start - 40), start);
      if (!ENDS_WORD.test(before)) continue; // `../path`, `, ,` and the like
      // The `;` that closes an HTML entity (`&quot;.`) is no punctuation: html-entity's business.
      if (first === ";" && start === at && ENTITY_BEFORE.test(before)) continue;
      const after = doc.text[secondAt + 1];
      if (after !== undefined && !/[\s"”’»)\]]/u.test(after)) continue; // `1.2.3`, `a.,b`
      const token = doc.token(doc.tokenAt(at));
      if (token && isProtectedToken(token)) continue;
      let maybeAbbreviation = false;
      if (first === "." && second !== "." && start === at) {
        // After an abbreviation or an initial, the full stop belongs to the word: `U.S.,` `Tex.,` `etc.,`.
        if (isAbbreviationStop(doc.text, at)) continue;
        // A short word no dictionary knows may be an abbreviation too (`Kft.,`): suggest only.
        const short = SHORT_WORD.exec(before)?.[1];
        maybeAbbreviation = short !== undefined && !isEnglishWord(short) && !isEnglishWord(short.toLowerCase());
      }
      const question = first === "?" || first === "!";
      if (question && second !== "," && second !== ".") continue; // `?:` and `?;` are rare enough to leave alone
      // `regrets!, she confided`, `transparent?, asked the leader`: the mark ends a quotation whose marks were
      // lost, and English drops the comma before the reporting clause. After a capitalised word (`Yahoo!,`) or
      // before anything else, `!,` is left alone and `?,` only suggested.
      const reported =
        question && second === "," && start === at && /(?:^|[^\p{L}])\p{Ll}+$/u.test(before) && reportingClause(CLAUSE_WORDS.exec(doc.text.slice(secondAt + 1, secondAt + 60))?.[1] ?? "");
      if (first === "!" && !reported) continue;
      const kept = question ? first : first === "." && second === "." ? "." : second;
      const safe = (!question || reported) && !maybeAbbreviation;
      const written = doc.text.slice(start, secondAt + 1);
      found.push({
        start,
        end: secondAt + 1,
        replacement: kept,
        confidence: safe ? (reported ? 0.9 : 0.95) : 0.6,
        severity: "minor",
        safe,
        message: question
          ? `“${first}” already ends the clause: drop the “${second}”.`
          : maybeAbbreviation
            ? `“${written}” is doubled punctuation unless the full stop ends an abbreviation: keep “${kept}”?`
            : `“${written}” is doubled punctuation: keep “${kept}”.`,
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
