/**
 * A demonym where French had the country: *en Suisse* → `in Swiss`.
 * Only after a preposition and before a stop or a word that cannot follow an
 * adjective, so `a Swiss bank`, `in Swiss francs` and `translated into German`
 * stay as they are.
 */
import { defineRule } from "../engine/rule.js";
import type { Detection } from "../engine/types.js";
import { Kind } from "../engine/tokenize.js";
import { DEMONYM_PLACES } from "../lexicon/demonyms.js";

const PREPOSITIONS = new Set(["in", "to", "from", "across", "throughout"]);
// After "in Swiss", these words show that no noun was meant to follow.
const CLAUSE_WORDS = new Set([
  "on", "in", "at", "for", "from", "to", "with", "by", "last", "next", "this", "since", "until", "before", "after",
  "during", "where", "when", "while", "but", "yesterday", "today", "tomorrow", "earlier", "later", "again",
]);
const STOPS = new Set([".", ",", ";", ":", "!", "?", ")", "”", "»"]);
// `from Canadian to American` contrasts two adjectives (rules, food, accents): no place was meant.
const ADJECTIVE_ENDING = /(?:an|ese|ish|i|ch)$/u;

export default defineRule({
  id: "demonym-as-place",
  category: "calque",
  description: "Replaces a demonym used as a place after a preposition (`in Swiss` → `in Switzerland`).",
  examples: {
    bad: [
      { text: "their main meeting Monday in ⟦Swiss⟧.", fixed: "their main meeting Monday in Switzerland.", safe: true },
      { text: "He flew from ⟦Belgian⟧ to Paris on Monday.", fixed: "He flew from Belgium to Paris on Monday.", safe: true },
      { text: "Réunion in ⟦Swiss⟧ on Monday 🇨🇭", fixed: "Réunion in Switzerland on Monday 🇨🇭", safe: true },
      { text: "The vote in ⟦Burkinabe⟧, where the junta rules, was postponed 🗳️.", fixed: "The vote in Burkina Faso, where the junta rules, was postponed 🗳️.", safe: true },
    ],
    good: [
      "He opened an account with a Swiss bank.",
      "Swiss cheese is full of holes.",
      "The book was translated into German and published in French.",
      "Prices in Swiss francs rose.",
      "She is fluent in Swiss German.",
      "The plant makes parts in Swiss and French factories.",
      "The menu switched from Mexican to Italian last year.",
      "The notice was printed in Haitian, in Somali and in Luxembourgish.",
      "In British, “pants” means underwear.",
    ],
  },
  trigger: { words: Object.keys(DEMONYM_PLACES) },
  detect(doc, hits) {
    const found: Detection[] = [];
    for (const i of hits.tokens) {
      if (i < 2) continue;
      const word = doc.token(i)!;
      const place = DEMONYM_PLACES[word.text]!;
      if (doc.tokenKind[i - 1] !== Kind.space) continue;
      const preposition = doc.token(i - 2)!;
      if (!PREPOSITIONS.has(preposition.text.toLowerCase())) continue;
      const next = doc.token(i + 1);
      const afterSpace = next?.kind === "space" ? doc.token(i + 2) : undefined;
      const endsHere = next === undefined || next.kind === "newline" || STOPS.has(next.text);
      const clauseFollows = afterSpace !== undefined && CLAUSE_WORDS.has(afterSpace.text);
      if (!endsHere && !clauseFollows) continue;
      if (clauseFollows && afterSpace!.text === "to" && doc.tokenKind[i + 3] === Kind.space) {
        const target = doc.token(i + 4);
        if (target?.kind === "word" && /^\p{Lu}/u.test(target.text) && ADJECTIVE_ENDING.test(target.text)) continue;
      }
      found.push({
        start: word.start,
        end: word.end,
        replacement: place,
        confidence: 0.93,
        severity: "major",
        safe: true,
        message: `“${preposition.text} ${word.text}” uses the adjective for the place: “${preposition.text} ${place}”.`,
      });
    }
    return found;
  },
});
