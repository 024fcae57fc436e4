/**
 * French ordinal abbreviations (`2e`, `1er`, `XXe`) and the words after which
 * machine translation leaves them (`the 2e round`, `the XXe century`).
 * Source: our own list. Licence: same as the project.
 */

/** Suffixes of French abbreviated ordinals, after a number or a Roman numeral. */
export const FRENCH_ORDINAL_SUFFIXES: ReadonlySet<string> = new Set([
  "e", "è", "ème", "eme", "ième", "ieme", "er", "re", "ère", "nde", "ᵉ", "ᵉʳ", "ʳᵉ", "ᵉʳᵉ",
]);

/** Suffixes that only the first ordinal takes (`1er`, `1re`). */
export const FIRST_ONLY_SUFFIXES: ReadonlySet<string> = new Set(["er", "re", "ère", "ᵉʳ", "ʳᵉ", "ᵉʳᵉ"]);

/**
 * Nouns after which an Arabic-numeral ordinal is certainly an ordinal, mapped
 * to null when they are English (kept) or to their translation when they are
 * French (replaced along with the number: `20e siècle` → `20th century`).
 */
export const ORDINAL_NOUNS: Readonly<Record<string, string | null>> = {
  round: null, rounds: null, century: null, centuries: null, place: null, term: null, mandate: null, time: null,
  anniversary: null, stage: null, leg: null, lap: null, set: null, half: null, quarter: null, arrondissement: null,
  district: null, division: null, circuit: null, constituency: null, floor: null, row: null, seed: null,
  position: null, season: null, day: null, week: null, attempt: null, victory: null, win: null, defeat: null,
  goal: null, title: null, consecutive: null, straight: null, largest: null, biggest: null, congress: null,
  legislature: null, battalion: null, regiment: null, reading: null, ballot: null, match: null, game: null,
  minute: null, grade: null,
  siècle: "century", siecle: "century", tour: "round", millénaire: "millennium", circonscription: "constituency",
};

/** Nouns after which a Roman numeral with a French ordinal suffix is an ordinal (`XXe siècle`, `Ve République`). */
export const ROMAN_ORDINAL_NOUNS: Readonly<Record<string, string | null>> = {
  century: null, centuries: null, millennium: null, arrondissement: null, Republic: null, Reich: null,
  siècle: "century", siecle: "century", siècles: "centuries", millénaire: "millennium", République: "Republic",
};

/** Nouns whose ordinal English spells out: `the Fifth Republic`, `the Third Reich`. */
export const SPELLED_ORDINAL_NOUNS: ReadonlySet<string> = new Set(["Republic", "Reich"]);

export const ORDINAL_WORDS: readonly string[] = [
  "", "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth",
];

export const MONTHS: ReadonlySet<string> = new Set([
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
  "December",
]);
