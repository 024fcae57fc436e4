/**
 * Function words that French→English machine translation drops: the `of` of
 * *sur la taille et l'ampleur des opérations* (`on size and extent military
 * operations`), the `of` of *devant le bâtiment* rendered word by word
 * (`in front the building`), the `of` of *à cause de la guerre*
 * (`because the war`). Source: our own lists.
 */

/**
 * Phrases that cannot be followed by a noun phrase without their preposition,
 * with the preposition: `in front the` is never English.
 */
export const PHRASE_PREPOSITIONS: ReadonlyMap<string, string> = new Map([
  ["in front", "of"],
  ["in spite", "of"],
  ["on behalf", "of"],
  ["as part", "of"],
  ["with regard", "to"],
  ["in regard", "to"],
  ["in accordance", "with"],
  ["by means", "of"],
  ["prior", "to"],
]);

/** Words after which such a phrase is still fine: `stayed in front the whole race`. */
export const PHRASE_EXCEPTIONS: ReadonlySet<string> = new Set(["whole", "entire", "time", "rest", "way"]);

/** Determiners and possessives that open the noun phrase the preposition should govern. */
export const NOUN_PHRASE_OPENERS: readonly string[] = [
  "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "some",
  "several", "many", "each", "every",
];

/** Words before `thanks the …` that show it is *grâce à*, not the verb: `largely thanks the support`. */
export const THANKS_LEADS: ReadonlySet<string> = new Set([
  "largely", "partly", "mainly", "notably", "especially", "partially", "possible", "part", "mostly", "particularly",
]);

/**
 * Nouns that, right after `because the` and before a stop, show a dropped
 * `of`: `because the war.`, `Because the pandemic, …`. Only nouns that are not
 * also common verbs (`strikes`, `attacks`, `fires` are left out: `because the union strikes.`).
 */
export const BECAUSE_NOUNS: ReadonlySet<string> = new Set([
  "war", "wars", "pandemic", "crisis", "conflict", "epidemic", "lockdown", "inflation", "sanctions", "violence",
  "drought", "shortage", "shortages", "weather", "situation", "heatwave", "floods", "flooding", "fighting",
  "bombing", "bombings", "coronavirus", "virus", "recession", "rain", "snow", "heat",
  "explosion", "accident", "incident", "scandal", "affair", "election", "elections", "referendum", "deficit",
  "debt", "absence", "closure", "closures", "restrictions", "measures", "shutdown", "blockade", "embargo",
  "tensions", "unrest", "disease", "outbreak", "famine", "poverty", "unemployment", "injury", "injuries",
  "suspension", "holidays", "holiday", "storm", "hurricane", "earthquake", "invasion", "occupation", "siege",
  "coup", "curfew", "heatwaves", "wildfires",
]);

/** Words after a comma that open a parenthesis, not the main clause: `because the war, which …`. */
export const PARENTHESIS_OPENERS: ReadonlySet<string> = new Set([
  "which", "who", "whom", "whose", "where", "that", "as", "according", "and", "or", "but", "however", "though",
]);

/**
 * Nouns that need a complement with `of` (`the size of …`); two of them
 * coordinated and followed straight by a noun phrase have lost it:
 * `on size and extent military operations`.
 */
export const RELATIONAL_NOUNS: ReadonlySet<string> = new Set([
  "size", "extent", "scope", "scale", "nature", "number", "duration", "frequency", "intensity", "level", "pace",
  "timing", "quality", "quantity", "amount", "cost", "volume", "magnitude", "severity", "seriousness", "gravity",
  "location", "origin", "causes", "consequences", "impact", "effects", "length", "conditions", "modalities",
]);

/**
 * Words that may follow `size and extent` in correct English: verbs
 * (`size and extent vary`), function words, adverbs.
 */
export const AFTER_RELATIONAL_NOUNS_OK: ReadonlySet<string> = new Set([
  "are", "is", "was", "were", "have", "has", "had", "will", "would", "can", "could", "may", "might", "must",
  "should", "do", "does", "did", "vary", "varies", "remain", "remains", "depend", "depends", "differ", "differs",
  "matter", "matters", "make", "makes", "suggest", "suggests", "show", "shows", "increase", "increases", "grow",
  "grows", "change", "changes", "determine", "determines", "affect", "affects", "seem", "seems", "appear",
  "appears", "need", "needs", "require", "requires", "raise", "raises", "exceed", "exceeds", "reflect",
  "reflects", "mean", "means", "become", "becomes", "continue", "continues", "surprise", "surprises", "worry",
  "worries", "also", "still", "alone", "together", "both", "too", "as", "than", "then", "so", "yet", "not",
  "were", "that", "which", "who", "whose", "where", "when", "while", "because", "if", "and", "or", "but", "nor",
  "of", "in", "on", "at", "to", "for", "from", "with", "by", "about", "into", "over", "under", "between", "among",
  "against", "during", "without", "within", "across", "through", "after", "before", "since", "until", "per",
  "like", "unless", "whether", "again", "only", "even", "thereof", "involved", "required", "needed", "matter",
]);

/** Possessives: `its size and extent …` needs no `of`. */
export const POSSESSIVES: ReadonlySet<string> = new Set(["its", "his", "her", "their", "our", "my", "your", "whose"]);
