/**
 * Cheap signals that a word is French rather than English, used before the
 * word lists and the language guesser are consulted.
 */
import { FRENCH_ELISION, FRENCH_FUNCTION_WORDS } from "./function-words.js";

/** Letters with the diacritics French uses and English loanwords rarely keep. */
export const FRENCH_DIACRITIC = /[éèêëàâîïôûùüÿçœæ]/iu;

/** How strongly a list of words reads as French: function words, elisions, diacritics. */
export function frenchSignals(words: readonly string[]): { functionWords: number; diacritics: number } {
  let functionWords = 0;
  let diacritics = 0;
  for (const word of words) {
    const lower = word.toLowerCase();
    if (FRENCH_FUNCTION_WORDS.has(lower) || FRENCH_ELISION.test(word)) functionWords++;
    if (FRENCH_DIACRITIC.test(word)) diacritics++;
  }
  return { functionWords, diacritics };
}
