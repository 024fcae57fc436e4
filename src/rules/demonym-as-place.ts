/**
 * A demonym where French had the country: *en Suisse* → `in Swiss`.
 * Only after a preposition and before a stop or a word that cannot follow an
 * adjective, so `a Swiss bank`, `in Swiss francs` and `translated into German`
 * stay as they are. A demonym that is also a language (`in Swedish`) only
 * when a country stands in the same coordination: `from Swedish and from Norway`.
 */
import { defineRule } from "../engine/rule.js";
import type { Detection } from "../engine/types.js";
import { DEMONYM_PLACES, LANGUAGE_DEMONYM_PLACES } from "../lexicon/demonyms.js";
import type { Document } from "../engine/document.js";

/** Countries a coordination can name (`… and from Norway`): every place of both tables. */
const COUNTRIES = new Set([...Object.values(DEMONYM_PLACES), ...Object.values(LANGUAGE_DEMONYM_PLACES)]);

/**
 * The word `and`/`or` next to token `i` (direction `step`), then maybe a
 * preposition, then a country: `Swedish| and from Norway`, `Norway and in |Swedish`.
 */
function coordinatedWithCountry(doc: Document, i: number, step: 1 | -1): boolean {
  const at = (k: number) => doc.token(i + step * k);
  if (at(1)?.kind !== "space" || !/^(?:and|or)$/u.test(at(2)?.text ?? "") || at(3)?.kind !== "space") return false;
  let k = 4;
  if (step === 1 && PREPOSITIONS.has((at(4)?.text ?? "").toLowerCase()) && at(5)?.kind === "space") k = 6;
  if (step === -1) {
    // Reading backwards: `from Norway and |in| Swedish` has the preposition right before our word.
    const country = at(4);
    if (country?.kind === "word" && COUNTRIES.has(country.text)) return true;
    return PREPOSITIONS.has((at(4)?.text ?? "").toLowerCase()) && at(5)?.kind === "space" && COUNTRIES.has(at(6)?.text ?? "");
  }
  const country = at(k);
  return country?.kind === "word" && COUNTRIES.has(country.text);
}

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
      { text: "The firms came from ⟦Swedish⟧ and from Norway.", fixed: "The firms came from Sweden and from Norway.", safe: true },
      { text: "Prices fell in Denmark and in ⟦Finnish⟧ last year ❄️.", fixed: "Prices fell in Denmark and in Finland last year ❄️.", safe: true },
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
      "The novel was translated from Swedish and from Norwegian.",
      "The object was built in constructor, then passed to toString.",
      "She speaks in Swedish and in English at home.",
      "Translated from Swedish, and published in Norway.",
    ],
  },
  // Demonyms, and demonyms that are also languages (those only in a coordination with a country).
  trigger: { words: [...Object.keys(DEMONYM_PLACES), ...Object.keys(LANGUAGE_DEMONYM_PLACES)] },
  detect(doc, hits) {
    const found: Detection[] = [];
    for (const i of hits.tokens) {
      if (i < 2) continue;
      const word = doc.token(i)!;
      // Own properties only: `constructor` and `toString` are no demonyms.
      const languageToo = Object.hasOwn(LANGUAGE_DEMONYM_PLACES, word.text) ? LANGUAGE_DEMONYM_PLACES[word.text] : undefined;
      const place = (Object.hasOwn(DEMONYM_PLACES, word.text) ? DEMONYM_PLACES[word.text] : undefined) ?? languageToo;
      if (place === undefined) continue;
      const preposition = doc.token(i - 2)!;
      if (doc.token(i - 1)!.kind !== "space" || !PREPOSITIONS.has(preposition.text.toLowerCase())) continue;
      // `in Swedish` is the language, unless a country stands in the same coordination: `from Swedish and from Norway`.
      if (languageToo !== undefined) {
        const beforeCoordination = i >= 4 && doc.token(i - 3)?.kind === "space" ? i - 2 : i;
        if (!coordinatedWithCountry(doc, i, 1) && !coordinatedWithCountry(doc, beforeCoordination, -1)) continue;
      }
      const next = doc.token(i + 1);
      const afterSpace = next?.kind === "space" ? doc.token(i + 2) : undefined;
      const endsHere = next === undefined || next.kind === "newline" || STOPS.has(next.text);
      const clauseFollows = afterSpace !== undefined && CLAUSE_WORDS.has(afterSpace.text);
      if (!endsHere && !clauseFollows && (languageToo === undefined || !coordinatedWithCountry(doc, i, 1))) continue;
      if (clauseFollows && afterSpace!.text === "to" && doc.token(i + 3)?.kind === "space") {
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
