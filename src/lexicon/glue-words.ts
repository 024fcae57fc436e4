/**
 * Small closed lists for the word-boundary rules (glued words): which words
 * make a glued pair safe to split, which words form real closed compounds (so
 * a split is not even suggested), units written against numbers, and web
 * suffixes that look like a word after a full stop.
 *
 * Source: our own lists, written for postedit from English grammar (closed
 * word classes) and news style guides' unit and abbreviation tables, checked
 * against the State of the Union corpus in shared/corpora. Public domain.
 */

/**
 * Two-letter words a segmentation may use as a part. The dictionary also
 * holds abbreviations and letter names (`al`, `re`, `ed`, `km`), which must
 * never come out of a split.
 */
export const TWO_LETTER_WORDS: ReadonlySet<string> = new Set([
  "am", "an", "as", "at", "be", "by", "do", "go", "he", "if", "in", "is", "it", "me", "my", "no", "of", "on",
  "or", "so", "to", "up", "us", "we",
]);

/**
 * Words that, as the FIRST part of a glued lowercase pair, make the split
 * safe before a common content word (`toknow`, `ofcourse`, `theminister`):
 * function words that do not begin closed compounds. Not `a`, `be`, `in`,
 * `on`, `up`, `out`, `over`, `for`, `with`, `by`: they are prefixes of real
 * words (`apolitical`, `onboarding`, `inpatient`, `forgo`, `withstand`).
 */
export const SAFE_GLUE_LEFT: ReadonlySet<string> = new Set([
  "the", "of", "and", "to", "that", "this", "these", "those", "their", "its", "our", "your", "which", "who",
  "than", "into", "from", "said", "says", "very", "between", "against", "during", "about",
]);

/**
 * Pairs of function words that are safe to split when glued (`onthe`,
 * `isnot`, `tobe`, `hasbeen`): frequent, grammatical bigrams. Other pairs of
 * function words glued together are often names or tools (`Hashim`, `Hasan`,
 * `whois`, `toon`, `ISIN`) and are at most suggested.
 */
export const GLUED_FUNCTION_PAIRS: ReadonlySet<string> = new Set([
  ...[
    "of", "in", "on", "at", "to", "by", "for", "from", "with", "into", "and", "or", "but", "that", "is", "was",
    "are", "were", "has", "have", "had", "about", "as", "than", "between", "against", "during", "which", "said",
    "all", "over", "under", "after", "before", "through", "without", "within",
  ].flatMap((left) =>
    ["the", "their", "this", "these", "those", "his", "her", "its", "our", "your", "my"].map((right) => `${left} ${right}`),
  ),
  "to be", "will be", "would be", "could be", "should be", "has been", "have been", "had been", "is not",
  "was not", "are not", "were not", "has not", "have not", "had not", "will not", "would not", "could not",
  "should not", "it is", "it was", "there is", "there are", "of all", "in all", "at all",
]);

/**
 * Words that, as the SECOND part of a glued lowercase pair, make the split
 * safe (`onthe`, `inthe`, `forthe`, `andthe`): words that never end a
 * compound.
 */
export const SAFE_GLUE_RIGHT: ReadonlySet<string> = new Set([
  "the", "of", "and", "that", "this", "these", "those", "their", "which",
]);

/**
 * Tokens that look like glued words but are code keywords (`typeof`,
 * `indexof`, `sizeof`) or otherwise never glue: never split.
 */
export const NEVER_SPLIT: ReadonlySet<string> = new Set([
  "typeof", "indexof", "instanceof", "sizeof", "oneof", "nameof", "keyof", "offsetof", "alignof", "lastindexof",
  "tostring", "valueof", "foreach", "isnan", "elseif", "endif", "ifdef", "ifndef", "nullptr",
]);

/**
 * Prepositions and particles that follow a verb in the past tense: `agreedto`,
 * `happenedin`, `votedfor` split safely when the first part is a frequent
 * `-ed` form (no closed compound is a past tense plus a preposition).
 */
export const AFTER_VERB_WORDS: ReadonlySet<string> = new Set([
  "to", "in", "on", "at", "by", "for", "from", "with", "into", "of", "the", "that", "this", "his", "her", "their", "its",
  "a", "an", "and", "but", "after", "before", "about", "against", "over", "under",
]);

/**
 * Frequent past-tense verbs of news copy that a subject glues onto (`oilrose`,
 * `pricesfell`, `Obamasaid`): simple past forms only, not participles that
 * end closed compounds (`made`, `grown`, `born`, `built`, `known`).
 */
export const GLUED_PAST_VERBS: ReadonlySet<string> = new Set([
  "rose", "fell", "grew", "won", "lost", "said", "told", "took", "gave", "came", "went", "saw", "left", "held", "met",
  "sold", "paid", "began", "ran", "sank", "slid", "jumped", "dropped", "climbed", "plunged", "surged", "soared",
  "declined", "increased", "decreased", "announced", "reported", "warned", "added", "agreed", "stated", "insisted",
  "explained", "denied", "confirmed", "rejected", "called", "asked", "voted", "signed", "died", "arrested", "opened",
  "closed", "ended", "started", "launched", "accused", "refused", "promised", "decided", "remained", "reached",
]);

/**
 * First parts that form compound adjectives with a past form (`welltrained`,
 * `highpowered`, `selfmade`): never the subject of a glued verb.
 */
export const COMPOUND_ADVERBS: ReadonlySet<string> = new Set([
  "well", "ill", "self", "ever", "never", "still", "just", "so", "too", "very", "much", "far", "near", "high", "low",
  "long", "short", "hard", "fast", "new", "old", "full", "half", "all", "pre", "post", "un", "non", "over", "under",
  "out", "up", "down", "back", "home", "hand", "man", "sun", "moon", "red", "blue", "green", "black", "white",
]);

/** Articles: an article glued to another function word is no glued pair (`Thein`, `Theon` are names). */
export const ARTICLES: ReadonlySet<string> = new Set(["the", "a", "an"]);

/**
 * Function words in general, to tell a function word from a content word in a
 * segmentation (the safe lists above are subsets).
 */
export const GLUE_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "from", "with", "by", "as",
  "into", "onto", "than", "that", "this", "these", "those", "his", "her", "its", "their", "our", "your", "my",
  "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could", "should", "can",
  "which", "who", "whom", "whose", "not", "it", "he", "she", "we", "they", "them", "him", "us", "me", "if", "so",
  "up", "out", "off", "over", "under", "about", "after", "before", "between", "against", "during", "without",
  "within", "through", "said", "says", "very", "all", "also",
]);

/**
 * First parts that form real closed compounds (`antidrug`, `counterterrorism`,
 * `cybersecurity`, `onboarding`, `homebuyers`, `downpayment`): a split
 * starting with one of them is not even suggested.
 */
export const COMPOUND_PREFIXES: ReadonlySet<string> = new Set([
  "anti", "pro", "non", "counter", "cyber", "bio", "eco", "geo", "super", "hyper", "multi", "inter", "intra", "post",
  "pre", "re", "un", "over", "under", "out", "up", "down", "in", "on", "off", "by", "for", "fore", "with", "back",
  "after", "self", "semi", "sub", "mid", "mini", "micro", "mega", "neo", "photo", "tele", "trans", "ultra",
  "home", "house", "work", "war", "air", "sea", "land", "water", "fire", "power", "road", "rail", "head",
  "hand", "foot", "life", "world", "state", "child", "farm", "drug", "crime", "path", "narco", "para", "co",
  "be", "a", "any", "every", "some", "no", "where", "there", "here", "what", "how", "whoever", "time", "meta",
  "euro", "news",
]);

/**
 * Last parts that form real closed compounds or derivations (`shoreless`,
 * `judgeships`, `governmentwide`, `faithbased`, `lifelong`): a split ending
 * with one of them is not even suggested.
 */
export const COMPOUND_SUFFIXES: ReadonlySet<string> = new Set([
  "less", "ness", "ship", "ships", "able", "ably", "wide", "like", "man", "men", "woman", "women", "based",
  "free", "hood", "ward", "wards", "wise", "fold", "some", "work", "works", "ways", "way", "ism", "isms",
  "ist", "ists", "ing", "ings", "ed", "er", "ers", "est", "ly", "long", "land", "lands", "side", "line",
  "lines", "power", "house", "houses", "care", "time", "times", "field", "fields", "town", "ton", "wood",
  "well", "water", "ware", "where", "ever", "one", "body", "thing", "self", "selves", "out", "up", "down",
  "over", "off", "in", "on", "back", "front", "made", "making", "maker", "makers", "taking", "takers",
  "holder", "holders", "owner", "owners", "ownership", "building", "builders", "room", "rooms", "craft",
  "proof", "fighting", "fighters", "ready", "day", "days", "age", "ages", "point", "points", "book", "books",
  "bank", "banks", "lift", "lab", "storm", "plant", "plants", "grass", "shed", "sheds", "map", "call",
  "bound", "stream", "start", "starting", "strike", "pay", "pays", "kids", "grants",
  // place-name elements (`grantham`, `fordham`, `southsea`, `shoreham`)
  "ham", "ford", "shire", "borough", "burgh", "bury", "worth", "mouth", "port", "sea", "stone", "dale",
  "hurst", "wick", "head", "gate", "bridge", "mere", "combe", "leaf", "mead", "moor", "marsh",
]);

/**
 * Two-letter words a SUGGESTED split may use (`stay|at`, `right|to`); others
 * (`an`, `is`, `as`, `me`, `us`) mostly come from names and Latin
 * (`cowan`, `naturalis`, `amazonas`).
 */
export const SUGGEST_TWO_LETTER_WORDS: ReadonlySet<string> = new Set(["of", "to", "at", "by", "in", "on"]);

/**
 * Capitalised words that may follow a capitalised word they are glued to
 * (`WashingtonSaid`, `ParisAnd`) without that looking like a brand
 * (`LinkedIn`, `PayPal` end with other words). Lowercase keys.
 */
export const CAPITAL_GLUE_RIGHT: ReadonlySet<string> = new Set([
  "said", "says", "told", "added", "and", "was", "were", "has", "had", "will", "would", "who", "which",
  "announced", "declared", "stressed", "warned", "also",
]);

/**
 * Lowercase function words that make a number glued to a word safe to split,
 * either side (`2022the`, `the2022`).
 */
export const NUMBER_GLUE_WORDS: ReadonlySet<string> = new Set([
  "the", "and", "for", "with", "was", "were", "has", "had", "which", "who", "that", "this", "from", "since",
  "until", "than", "about", "around", "between", "before", "after", "during", "into",
]);

/** Magnitudes glued after a number (`5million`, `50percent`): safe to split. */
export const NUMBER_MAGNITUDES: ReadonlySet<string> = new Set([
  "million", "millions", "billion", "billions", "trillion", "trillions", "thousand", "thousands", "hundred",
  "hundreds", "percent",
]);

/** Two-letter prepositions that may be glued before a year (`in2022`, `of1998`). */
export const YEAR_GLUE_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "of", "to", "by", "on", "at"]);

/**
 * Units, suffixes and words written against a number in correct English
 * (`10pm`, `5km`, `64bit`, `76ers`), lowercase. Two-letter ones (`am`, `km`,
 * `st`) never qualify anyway: the rule needs three letters.
 */
export const NUMBER_SUFFIXES: ReadonlySet<string> = new Set([
  "mph", "kph", "kmh", "kwh", "mwh", "gwh", "twh", "khz", "mhz", "ghz", "thz", "kbps", "mbps", "gbps", "lbs",
  "ozs", "min", "mins", "sec", "secs", "hrs", "yrs", "ers", "bit", "bits", "byte", "bytes", "ish", "ths",
  "day", "days", "way", "ways", "fold", "mil", "yard", "yards", "gram", "grams", "litre", "litres", "liter",
  "liters", "meter", "meters", "metre", "metres", "inch", "inches", "foot", "feet", "pound", "pounds", "ton",
  "tons", "tonne", "tonnes", "plus", "something", "somethings", "teen", "teens", "pack", "ply", "gen",
  "core", "cores", "star", "stars", "some", "gag", "chan", "com", "time", "times", "ball", "mobile", "club",
  "sport", "sports", "info", "news", "minutes", "heures", "jours", "ans",
]);

/**
 * Generic web suffixes that follow a full stop in a domain name not caught as
 * such (`ville.paris`, `studio.design`), lowercase: `x.paris` is no glued
 * sentence.
 */
export const WEB_SUFFIX_WORDS: ReadonlySet<string> = new Set([
  "com", "org", "net", "edu", "gov", "int", "info", "news", "app", "dev", "tech", "online", "site", "website",
  "press", "media", "blog", "shop", "store", "studio", "bank", "africa", "quebec", "paris", "global", "world",
  "live", "life", "today", "network", "social", "email", "cloud", "digital", "agency", "company", "group",
  "center", "centre", "international", "law", "museum", "travel", "jobs", "mobi", "name", "pro", "biz", "art",
  "design", "club", "fun", "xyz", "space", "page", "link", "click", "io", "ai", "ly", "me", "tv", "fm", "gg",
  "js", "py", "rb", "go", "rs", "ts", "css", "log", "map", "get", "set", "len", "run", "exe", "bat", "bin",
  "txt", "html", "htm", "php", "asp", "json", "xml", "yaml", "yml", "md", "pdf", "doc", "docx", "zip",
  "jpg", "jpeg", "png", "gif", "mp", "ca", "uk", "fr", "be", "ch", "de", "eu", "us", "qc", "es", "it", "nl",
  "ru", "cn", "jp", "in", "au", "nz", "za", "ma", "sn", "ci", "cd", "dz", "tn", "lu", "at", "pt", "pl",
]);

/**
 * Words that start a sentence glued to a capitalised word before it
 * (`America.But`, `Israel.Finally`), lowercase: after a capitalised word the
 * split is safe only before one of these.
 */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  "the", "a", "an", "we", "i", "you", "he", "she", "it", "they", "our", "my", "his", "her", "their", "its",
  "this", "that", "these", "those", "there", "here", "but", "and", "so", "yet", "to", "in", "on", "at", "for",
  "as", "if", "when", "while", "after", "before", "since", "what", "why", "how", "thank", "finally", "then",
  "now", "today", "tonight", "however", "meanwhile", "first", "second", "third", "secondly", "thirdly",
  "also", "still", "yesterday", "tomorrow",
]);

/**
 * Inflectional and derivational endings: a token that is a known word plus
 * one of them (`travelled`, `benefitted`, `hearted`, `radiological`) is a
 * word form the list lacks, not glued words.
 */
export const WORD_ENDINGS: readonly string[] = [
  "ing", "ed", "d", "es", "s", "er", "ers", "est", "ly", "ally", "ical", "al", "ment", "ments", "ness", "ity",
  "ities", "ism", "isms", "ist", "ists", "able", "ably", "ise", "ised", "ising", "ize", "ized", "izing",
  "ation", "ations", "ship", "ships", "ful", "less", "ous", "ive",
];

/**
 * British (and Canadian) spellings → American, as rewrites tried one at a
 * time on a token the (American) word list lacks: `metres` → `meters`,
 * `colour` → `color`, `organisation` → `organization`, `travelled` →
 * `traveled`, `defence` → `defense`, `catalogue` → `catalog`, `paediatric` →
 * `pediatric`, `programme` → `program`. A token that becomes a known word is
 * a spelling variant, never glued words.
 */
export const BRITISH_SPELLINGS: readonly (readonly [RegExp, string])[] = [
  [/our(?=[a-z])|our$/g, "or"],
  [/([^aeiou])re(s|d)?$/g, "$1er$2"],
  [/([^aeiou])res([a-z]*)$/g, "$1ers$2"],
  [/is(e|es|ed|ing|ation|ations|er|ers|able)$/g, "iz$1"],
  [/ys(e|es|ed|ing|er|ers)$/g, "yz$1"],
  [/ence(s)?$/g, "ense$1"],
  [/ll(ed|ing|er|ers|ment|ments)$/g, "l$1"],
  [/l(ment|ments)$/g, "ll$1"],
  [/ogue(s)?$/g, "og$1"],
  [/ae/g, "e"],
  [/oe/g, "e"],
  [/mme(s)?$/g, "m$1"],
  [/eable$/g, "able"],
  [/gement(s)?$/g, "gment$1"],
  [/eing$/g, "ing"],
];
