/**
 * Words that end with a full stop without ending the sentence.
 * Titles (English and French), months, Latin and business abbreviations.
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
