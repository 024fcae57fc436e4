/**
 * Words around a number that tell how to read it, for the French number and
 * time rules: units and magnitudes after a decimal comma (`3,2 million`),
 * month names and phone cues that make a space-separated digit run a date or
 * a phone number rather than grouped thousands, and the prepositions that
 * make `18 h` a clock time.
 * Source: our own lists (public domain).
 */

/**
 * Words and symbols that may follow a measured quantity. After one of them a
 * comma followed by 1–2 digits is a French decimal comma, never an English
 * list or thousands separator: `3,2 million`, `4,9 percent`, `1,5 km`.
 * Lowercase; `%`, `€` and the like are matched as they are.
 */
export const QUANTITY_UNITS: ReadonlySet<string> = new Set([
  // magnitudes
  "million", "millions", "milliard", "milliards", "billion", "billions", "trillion", "trillions",
  "thousand", "hundred", "bn", "m", "mn", "md", "mds", "k",
  // shares
  "%", "percent", "per", "pc", "points", "point", "pts", "pt", "‰",
  // money
  "€", "$", "£", "¥", "euro", "euros", "dollar", "dollars", "franc", "francs", "pound", "pounds", "cents", "eur",
  "usd", "chf", "cad", "gbp", "xof", "cfa", "yuan", "yen", "dirhams", "dinars", "m€", "md€", "k€",
  // lengths, areas, masses, volumes, energy, speed, temperature
  "km", "kilometres", "kilometers", "kilometre", "kilometer", "metres", "meters", "metre", "meter", "cm", "mm",
  "miles", "mile", "km²", "m²", "ha", "hectares", "hectare", "acres", "kg", "kilos", "kilograms", "kilogrammes",
  "g", "grams", "grammes", "tonnes", "tons", "tonne", "t", "mt", "l", "litres", "liters", "litre", "liter",
  "hl", "ml", "barrels", "mw", "gw", "kw", "kwh", "mwh", "gwh", "twh", "km/h", "mph", "°", "°c", "°f", "degrees",
  "degree", "volts", "hz", "ghz", "mb", "gb", "tb",
  // durations and rates
  "seconds", "second", "minutes", "minute", "hours", "hour", "days", "day", "weeks", "week", "months", "month",
  "years", "year", "times", "children", "goals", "inhabitants", "people",
]);

/** Currency signs that may come before a number: `€3,5`. */
export const CURRENCY_SIGNS: ReadonlySet<string> = new Set(["€", "$", "£", "¥", "₣", "CHF", "US$", "C$"]);

/** English month names: `May 5 200 protesters` is a date and a count, not `5,200`. */
export const MONTH_NAMES: ReadonlySet<string> = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
  "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
  "décembre",
]);

/** Words that announce a phone, fax or account number: its digit groups are not thousands. */
export const PHONE_CUES: ReadonlySet<string> = new Set([
  "phone", "telephone", "tel", "tél", "téléphone", "fax", "call", "dial", "number", "numéro", "no", "n°",
  "hotline", "helpline", "sms", "text", "whatsapp", "mobile", "cell", "portable", "contact", "iban", "account",
  "siret", "siren", "ref", "reference", "référence", "code", "pin", "isbn", "issn",
]);

/** Words after which `18 h` reads as a clock time rather than a duration. */
export const CLOCK_CUES: ReadonlySet<string> = new Set([
  "at", "from", "until", "till", "til", "before", "by", "around", "about", "since", "between", "and", "to",
  "à", "vers", "dès", "avant", "après", "jusqu'à", "midnight", "noon",
]);
