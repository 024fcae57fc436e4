/**
 * HTML vocabulary for the markup-residue rules: the named character
 * references that scraped news text carries (Latin-1 letters of French, the
 * typographic marks, the spaces), the tag names of article bodies, and the
 * remains of entities whose `&#` was stripped (`x27;`).
 * Source: the WHATWG HTML named character references (a subset), and our own
 * choice of tags. Licence: the names are a public standard; this list is ours.
 */

/** Named character references → the text they stand for. */
export const HTML_ENTITIES: ReadonlyMap<string, string> = new Map([
  ["amp", "&"], ["lt", "<"], ["gt", ">"], ["quot", "\""], ["apos", "'"],
  ["nbsp", "\u00a0"], ["ensp", "\u2002"], ["emsp", "\u2003"], ["thinsp", "\u2009"], ["nnbsp", "\u202f"],
  ["shy", ""], ["zwnj", ""], ["zwj", ""], ["lrm", ""], ["rlm", ""],
  ["ndash", "–"], ["mdash", "—"], ["hellip", "…"], ["bull", "•"], ["middot", "·"],
  ["lsquo", "‘"], ["rsquo", "’"], ["sbquo", "‚"], ["ldquo", "“"], ["rdquo", "”"], ["bdquo", "„"],
  ["laquo", "«"], ["raquo", "»"], ["lsaquo", "‹"], ["rsaquo", "›"], ["prime", "′"], ["Prime", "″"],
  ["euro", "€"], ["pound", "£"], ["yen", "¥"], ["cent", "¢"], ["copy", "©"], ["reg", "®"], ["trade", "™"],
  ["deg", "°"], ["plusmn", "±"], ["times", "×"], ["divide", "÷"], ["frac12", "½"], ["frac14", "¼"], ["frac34", "¾"],
  ["sup1", "¹"], ["sup2", "²"], ["sup3", "³"], ["ordm", "º"], ["ordf", "ª"], ["sect", "§"], ["para", "¶"],
  ["iexcl", "¡"], ["iquest", "¿"], ["dagger", "†"], ["Dagger", "‡"], ["permil", "‰"], ["micro", "µ"],
  ["agrave", "à"], ["aacute", "á"], ["acirc", "â"], ["atilde", "ã"], ["auml", "ä"], ["aring", "å"], ["aelig", "æ"],
  ["ccedil", "ç"], ["egrave", "è"], ["eacute", "é"], ["ecirc", "ê"], ["euml", "ë"],
  ["igrave", "ì"], ["iacute", "í"], ["icirc", "î"], ["iuml", "ï"], ["ntilde", "ñ"],
  ["ograve", "ò"], ["oacute", "ó"], ["ocirc", "ô"], ["otilde", "õ"], ["ouml", "ö"], ["oslash", "ø"], ["oelig", "œ"],
  ["ugrave", "ù"], ["uacute", "ú"], ["ucirc", "û"], ["uuml", "ü"], ["yacute", "ý"], ["yuml", "ÿ"], ["szlig", "ß"],
  ["Agrave", "À"], ["Aacute", "Á"], ["Acirc", "Â"], ["Atilde", "Ã"], ["Auml", "Ä"], ["Aring", "Å"], ["AElig", "Æ"],
  ["Ccedil", "Ç"], ["Egrave", "È"], ["Eacute", "É"], ["Ecirc", "Ê"], ["Euml", "Ë"],
  ["Igrave", "Ì"], ["Iacute", "Í"], ["Icirc", "Î"], ["Iuml", "Ï"], ["Ntilde", "Ñ"],
  ["Ograve", "Ò"], ["Oacute", "Ó"], ["Ocirc", "Ô"], ["Otilde", "Õ"], ["Ouml", "Ö"], ["Oslash", "Ø"], ["OElig", "Œ"],
  ["Ugrave", "Ù"], ["Uacute", "Ú"], ["Ucirc", "Û"], ["Uuml", "Ü"], ["Yacute", "Ý"], ["Yuml", "Ÿ"],
]);

/**
 * Numeric references 128–159 as Windows-1252 writes them (`&#146;` for ’),
 * which browsers decode that way and CMS exports still contain.
 */
export const WINDOWS_1252: ReadonlyMap<number, string> = new Map([
  [128, "€"], [130, "‚"], [132, "„"], [133, "…"], [134, "†"], [135, "‡"], [137, "‰"], [139, "‹"], [140, "Œ"],
  [145, "‘"], [146, "’"], [147, "“"], [148, "”"], [149, "•"], [150, "–"], [151, "—"], [153, "™"], [155, "›"], [156, "œ"],
]);

/** Tags whose removal leaves a break between the words around them (a space in plain text). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  "p", "br", "div", "section", "article", "header", "footer", "aside", "nav", "main", "figure", "figcaption",
  "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "hr", "table", "thead",
  "tbody", "tr", "td", "th", "img", "iframe", "picture", "source", "center",
]);

/** Tags inside a line of text: removing them joins nothing that was apart. */
export const INLINE_TAGS: ReadonlySet<string> = new Set([
  "a", "b", "i", "u", "s", "em", "strong", "span", "font", "small", "big", "sub", "sup", "mark", "cite", "q",
  "abbr", "time", "ins", "del", "strike", "wbr",
]);

/**
 * Remains of numeric references whose `&#` (or `&`) was stripped: `x27;`
 * (`&#x27;`), `#039;` (`&#039;`). Keys are lower case, with their `#` if any.
 */
export const ENTITY_REMAINS: ReadonlyMap<string, string> = new Map([
  ["x27", "'"], ["x22", "\""], ["x2019", "’"], ["x2018", "‘"], ["x201c", "“"], ["x201d", "”"], ["xe9", "é"], ["xe8", "è"],
  ["#39", "'"], ["#039", "'"], ["#0039", "'"], ["#34", "\""], ["#034", "\""], ["#x27", "'"], ["#x22", "\""],
  ["#8217", "’"], ["#8216", "‘"], ["#8220", "“"], ["#8221", "”"], ["#8211", "–"], ["#8212", "—"], ["#160", "\u00a0"],
  ["#233", "é"], ["#232", "è"], ["#224", "à"], ["#231", "ç"], ["#234", "ê"], ["#201", "É"],
]);

/**
 * Remains of named references whose `&` was stripped (`quot;`, `eacute;`):
 * suggestions only, they are less certain.
 */
export const NAMED_REMAINS: ReadonlySet<string> = new Set([
  "quot", "nbsp", "rsquo", "lsquo", "ldquo", "rdquo", "laquo", "raquo", "hellip", "mdash", "ndash",
  "eacute", "egrave", "ecirc", "agrave", "acirc", "ccedil", "icirc", "ocirc", "ugrave", "ucirc", "Eacute",
]);

/** Words that show a line talks about markup rather than carrying its residue (lower case). */
export const MARKUP_TALK: ReadonlySet<string> = new Set([
  "html", "xhtml", "xml", "markup", "entity", "entities", "escape", "escaped", "escapes", "escaping", "encoded",
  "encoding", "tag", "tags", "css", "javascript", "json", "regex", "syntax", "unicode", "ascii",
]);
