/**
 * The sentence language model: labels each word of a sentence English or
 * French as a sequence (a two-state hidden Markov model decoded with Viterbi).
 * Each word brings evidence — the log-odds that it is French rather than
 * English, from the word lists, function words, diacritics, elision, French
 * morphology and, for words neither list knows, the character model — and
 * switching language between two words costs SWITCH_COST (less across a
 * comma or a dash). So a word both languages have takes the language of its
 * neighbours, a lone weak signal stays English, and a French word among
 * English ones is French only when its own evidence pays for two switches.
 * Protected words (names, loanwords, titles) can only be English.
 *
 * Pure and linear in the number of words; it runs only on sentences with a
 * French signal (`engine/language.ts` decides which).
 */

/** Cost of a switch between two words joined by spaces or a hyphen (log-odds units). */
export const SWITCH_COST = 1.6;
/** Across other punctuation (a comma, a colon, a dash, brackets) a clause may change language more cheaply. */
export const SWITCH_COST_AT_BREAK = 0.6;

export interface WordEvidence {
  /** log P(word | French) − log P(word | English). */
  score: number;
  /** A name or French that English uses: English only. */
  locked: boolean;
  /** The gap before this word holds punctuation (not only spaces or a hyphen). */
  breakBefore: boolean;
}

/** Viterbi over two states; true = French. Ties go to English. */
export function labelLanguages(words: readonly WordEvidence[]): boolean[] {
  const n = words.length;
  if (n === 0) return [];
  // back[i]: bit 0 = best predecessor of English at i is French; bit 1 = same for French at i.
  const back = new Uint8Array(n);
  let english = 0;
  let french = words[0]!.locked ? -Infinity : words[0]!.score;
  for (let i = 1; i < n; i++) {
    const word = words[i]!;
    const cost = word.breakBefore ? SWITCH_COST_AT_BREAK : SWITCH_COST;
    const englishFromFrench = french - cost;
    const frenchFromEnglish = english - cost;
    let flags = 0;
    let nextEnglish = english;
    if (englishFromFrench > english) {
      nextEnglish = englishFromFrench;
      flags |= 1;
    }
    let nextFrench = french;
    if (frenchFromEnglish >= french) {
      nextFrench = frenchFromEnglish;
    } else {
      flags |= 2;
    }
    back[i] = flags;
    english = nextEnglish;
    french = word.locked ? -Infinity : nextFrench + word.score;
  }
  const labels = new Array<boolean>(n);
  let state = french > english;
  for (let i = n - 1; i >= 0; i--) {
    labels[i] = state;
    if (i > 0) state = state ? (back[i]! & 2) !== 0 : (back[i]! & 1) !== 0;
  }
  return labels;
}
