/**
 * The one abbreviation lexicon: words written with a full stop that is part of
 * the word (`Gov.`, `Tex.`, `Inc.`, `e.g.`), for every rule that reads
 * punctuation (doubled marks, glued sentences, sentence ends, quotations).
 * Sources: AP style's state abbreviations and titles, common company forms,
 * Latin and reference abbreviations of English style guides.
 */

/**
 * A full stop after these never ends a sentence: titles before a name
 * (English and French), months before a day, Latin and reference
 * abbreviations inside a sentence.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  "Mr", "Mrs", "Ms", "Dr", "Prof", "Sr", "Jr", "St", "Mt", "Ft", "Gen", "Gov", "Sen", "Rep", "Lt", "Col",
  "Capt", "Cpt", "Sgt", "Cmdr", "Adm", "Maj", "Rev", "Hon", "Pres", "Supt", "Messrs",
  "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Pr", "Dr",
  "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
  "Inc", "Ltd", "Co", "Corp", "Bros", "Dept", "Univ", "Assn", "Ave", "Blvd", "Rd",
  "No", "Nos", "Vol", "vol", "pp", "p", "ch", "fig", "Fig", "approx", "est",
  "etc", "vs", "cf", "al", "ca", "viz",
]);

/** US state abbreviations in AP style (`Austin, Tex.`, `D-Wash.`): capitalised, as written after a city or party. */
export const STATE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md",
  "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nebr", "Nev", "Okla", "Ore", "Oreg", "Pa", "Penn", "Tenn",
  "Tex", "Vt", "Va", "Wash", "Wis", "Wisc", "Wyo", "Alta", "Ont", "Que", "Sask",
]);

/** Company forms written with a full stop (`Contoso Inc.,`), English and foreign. */
export const COMPANY_ABBREVIATIONS: ReadonlySet<string> = new Set([
  "Inc", "Ltd", "LLC", "LLP", "LP", "PLC", "Plc", "Corp", "Co", "Cos", "Bros", "Cie", "Ltée", "Ltee", "Kft", "Zrt", "Nyrt",
  "Bhd", "Pty", "Ltda", "Cia", "Sdn", "Mfg", "Intl",
]);

/**
 * Other words written with a full stop (titles, reference and office
 * abbreviations), in the casing given; a lowercase entry also covers the
 * capitalised form at the start of a sentence.
 */
export const OTHER_ABBREVIATIONS: ReadonlySet<string> = new Set([
  "Ph", "Pte", "Ste", "Art", "Arts", "Sect", "Sec", "Ch", "Chap", "Ed", "Eds", "Op", "Cit", "Ibid", "Ref", "Tel", "Fax",
  "Ext", "Min", "Max", "Av", "Bd", "Ct", "Pl", "Sq", "Hwy", "Mgr", "Mgmt", "Msgr", "Fr", "Br", "Esq", "Nr", "Brig", "Cdr",
  "Insp", "Det", "Const", "Dist", "Govt", "Natl", "Assoc", "Asst", "Dir", "Exec", "Treas", "Secy", "Amb", "Atty", "Gov",
  "Vs", "Ca", "Viz", "Cf", "Esp", "Incl", "Approx", "Misc", "Abbr", "Pvt", "Cpl", "Spc", "Rt", "Reps", "Sens", "Govs",
  "Lt", "Gens", "Supt", "Dept", "Depts", "Est", "Mths", "Yr", "Yrs", "Wk", "Wks", "Hr", "Hrs", "Tue", "Tues", "Thu",
  "Thur", "Thurs", "Fri",
  "art", "arts", "sect", "sec", "ch", "chap", "ed", "eds", "op", "cit", "ibid", "ref", "tel", "ext", "min",
  "max", "av", "approx", "incl", "esp", "misc", "abbr", "nr", "dept", "govt", "intl", "natl", "assoc", "no", "nos",
  "jr", "sr", "inc", "ltd", "corp", "co", "bros", "yr", "yrs", "hr", "hrs", "wk", "wks", "mos", "sq", "ft", "lb",
  "lbs", "oz", "pt", "pts", "qt", "gal", "mi", "tbsp", "tsp", "doz", "vols", "pp", "fig", "figs", "ff",
]);

/** Written with inner stops: the letters without them, lowercase (`u.s.` → `us`, `a.m.` → `am`). */
const DOTTED = new Set(["us", "uk", "un", "eu", "dc", "am", "pm", "eg", "ie", "phd", "ba", "ma", "bsc", "msc", "nb", "ps", "ad", "bc", "ce", "bce"]);

function capitalised(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1).toLowerCase();
}

/** `word` (without its stop) is an abbreviation in some list, in the casing written. */
export function isAbbreviation(word: string): boolean {
  if (word === "") return false;
  if (ABBREVIATIONS.has(word) || STATE_ABBREVIATIONS.has(word) || COMPANY_ABBREVIATIONS.has(word) || OTHER_ABBREVIATIONS.has(word)) return true;
  // A lowercase entry also stands capitalised at the start of a sentence (`Approx.`, `Etc.`).
  const lower = word.toLowerCase();
  if (word === capitalised(word) && (ABBREVIATIONS.has(lower) || OTHER_ABBREVIATIONS.has(lower))) return true;
  return false;
}

const LETTER = /[\p{L}]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * The full stop at `dot` belongs to the word before it: an abbreviation of
 * the lexicon (`Tex.`, `D-Wash.`, `Inc.`), an initial (`J.`), or a word with
 * inner stops (`U.S.`, `a.m.`, `e.g.`, `Ph.D.`). A hand-written backward scan
 * over at most 24 characters.
 */
export function isAbbreviationStop(text: string, dot: number): boolean {
  if (text[dot] !== ".") return false;
  let start = dot;
  const limit = Math.max(0, dot - 24);
  while (start > limit && WORD_CHAR.test(text[start - 1]!)) start--;
  const word = text.slice(start, dot);
  if (word === "" || !LETTER.test(word)) return false;
  // A word with inner stops: `U.S.`, `a.m.`, `e.g.`, `Ph.D.`, `N.Y.`
  if (start > 0 && text[start - 1] === ".") {
    let first = start - 1;
    while (first > limit && (WORD_CHAR.test(text[first - 1]!) || text[first - 1] === ".")) first--;
    const letters = text.slice(first, dot).replace(/\./g, "").toLowerCase();
    if (DOTTED.has(letters) || text.slice(first, dot).split(".").every((part) => part.length <= 2 && part.length > 0)) return true;
  }
  if (word.length === 1) return true; // an initial: `J.`, `a.` in a list
  return isAbbreviation(word);
}
