/**
 * Two coordinated nouns that need a complement with `of`, followed straight
 * by that complement: *sur la taille et l'ampleur des opérations militaires*
 * → `on size and extent military operations`. Suggests `the size and extent
 * of` (the article only after a preposition); never automatic.
 */
import { defineRule } from "../engine/rule.js";
import { matchCase } from "../engine/casing.js";
import type { Detection } from "../engine/types.js";
import { AFTER_RELATIONAL_NOUNS_OK, NOUN_PHRASE_OPENERS, POSSESSIVES, RELATIONAL_NOUNS } from "../lexicon/omissions.js";

// After these, the noun phrase also lost its article: `on size and extent …` → `on the size and extent of …`.
const PREPOSITIONS = new Set(["on", "about", "regarding", "concerning", "over", "of", "for", "in", "into", "to", "with", "from", "by"]);
const OPENERS = new Set(NOUN_PHRASE_OPENERS);
// Looked up without lower-casing every word of the text: `size` and `Size`.
const RELATIONAL = new Set([...RELATIONAL_NOUNS].flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]));

export default defineRule({
  id: "missing-of-complement",
  category: "omission",
  description: "Suggests the `of` (and article) dropped after coordinated nouns: `on size and extent military operations`.",
  examples: {
    bad: [
      {
        text: "reciprocal restrictions on ⟦size and extent⟧ military operations led by Russia",
        fixed: "reciprocal restrictions on the size and extent of military operations led by Russia",
        safe: false,
      },
      {
        text: "The inquiry will assess the ⟦nature and scale⟧ police interventions in Québec 🚓.",
        fixed: "The inquiry will assess the nature and scale of police interventions in Québec 🚓.",
        safe: false,
      },
      {
        text: "⟦Causes and consequences⟧ climate change in the Sahel were discussed.",
        fixed: "Causes and consequences of climate change in the Sahel were discussed.",
        safe: false,
      },
    ],
    good: [
      "restrictions on the size and extent of military operations",
      "The cells vary in size and extent.",
      "Their size and extent vary from one region to another.",
      "Its size and scope surprised the investigators.",
      "The size and extent are still unknown.",
      "Size and scale matter less than speed.",
      "The number and size of the protests grew.",
      "Size and extent, however, remain unclear.",
    ],
  },
  trigger: { words: RELATIONAL },
  detect(doc, hits) {
    const found: Detection[] = [];
    for (const i of hits.tokens) {
      if (i + 6 >= doc.tokenCount) continue;
      const first = doc.token(i)!;
      const and = doc.token(i + 2)!;
      const second = doc.token(i + 4)!;
      const next = doc.token(i + 6)!;
      if (doc.token(i + 1)!.kind !== "space" || and.text !== "and" || doc.token(i + 3)!.kind !== "space") continue;
      if (second.kind !== "word" || !RELATIONAL_NOUNS.has(second.text.toLowerCase()) || second.text.toLowerCase() === first.text.toLowerCase()) continue;
      if (doc.token(i + 5)!.kind !== "space" || next.kind !== "word") continue;
      const following = next.text.toLowerCase();
      // `size and extent vary`, `size and extent of`, `size and extent the …`: nothing is missing, or too unsure.
      if (AFTER_RELATIONAL_NOUNS_OK.has(following) || OPENERS.has(following) || /\p{Ll}ed$/u.test(following) || /\p{Ll}ly$/u.test(following)) continue;
      const before = i >= 2 && doc.token(i - 1)!.kind === "space" && doc.token(i - 2)!.kind === "word" ? doc.token(i - 2)!.text.toLowerCase() : undefined;
      if (before !== undefined && POSSESSIVES.has(before)) continue;
      const original = doc.text.slice(first.start, second.end);
      const withArticle = before !== undefined && PREPOSITIONS.has(before);
      const replacement = withArticle ? `the ${original} of` : `${original} of`;
      found.push({
        start: first.start,
        end: second.end,
        replacement: withArticle ? replacement : matchCase(original, replacement),
        confidence: 0.6,
        severity: "minor",
        message: `“${original}” needs its complement with “of”: “${replacement}”.`,
      });
    }
    return found;
  },
});
