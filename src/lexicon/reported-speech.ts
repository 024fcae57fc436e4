/**
 * Words that mark reported speech: the verbs of a reporting clause
 * (`…, he warned`, `…, said the senior official`), the words that show a
 * clause is someone's own words (first and second person, present tense) and
 * the words that show it is the writer's narration. Used by the quotation
 * rules. Source: our own lists, written from French→English news output
 * (*a-t-il averti*, *a rappelé cette source*, *a précisé le responsable*).
 */

/** Reporting verbs, past and third-person present, one word. */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  // past
  "said", "warned", "added", "stated", "explained", "told", "noted", "insisted", "stressed", "recalled", "argued",
  "declared", "indicated", "assured", "continued", "concluded", "admitted", "acknowledged", "affirmed",
  "maintained", "claimed", "asserted", "underlined", "emphasized", "emphasised", "wrote", "tweeted", "confided",
  "deplored", "lamented", "regretted", "observed", "specified", "replied", "retorted", "answered", "conceded",
  "cautioned", "announced", "hammered", "launched", "judged", "estimated", "asked", "promised", "repeated",
  "reiterated", "commented", "suggested", "protested", "denounced", "exclaimed", "reminded", "assessed",
  "summarized", "summarised", "testified", "confirmed", "revealed", "clarified", "predicted",
  // present, leaving out the forms that are also plural nouns (`claims`, `notes`, `estimates`, `promises`)
  "says", "warns", "adds", "explains", "tells", "insists", "recalls", "argues", "declares", "indicates",
  "assures", "continues", "concludes", "admits", "acknowledges", "affirms", "maintains", "asserts",
  "emphasizes", "emphasises", "writes", "confides", "deplores", "observes", "specifies", "concedes", "announces",
  "asks", "repeats", "reiterates", "suggests", "denounces", "exclaims", "reminds", "summarizes", "summarises",
  "confirms", "clarifies", "predicts", "believes", "thinks",
]);

/** Reporting verbs of several words; the rule tries them before the one-word verbs. */
export const PHRASAL_REPORTING_VERBS: readonly string[] = [
  "pointed out", "points out", "went on", "goes on", "summed up", "sums up", "spelled out", "hammered home",
  "let slip", "let it be known",
];

/** Verbs whose reporting clause takes an object: `he told reporters`, `she assured the deputies`. */
export const OBJECT_REPORTING_VERBS: ReadonlySet<string> = new Set([
  "told", "tells", "assured", "assures", "reminded", "reminds", "warned", "warns", "asked", "asks", "promised",
  "promises",
]);

/** Adverbs between the subject and the verb: `the source further pointed out`. Words in -ly are also allowed. */
export const REPORTING_ADVERBS: readonly string[] = [
  "also", "further", "later", "then", "again", "still", "moreover", "however", "furthermore", "once again",
  "in turn", "even", "simply", "nonetheless", "nevertheless",
];

/** Pronoun subjects of a reporting clause (never first person: `…, I said` is the writer speaking). */
export const REPORTING_PRONOUNS: readonly string[] = ["he", "she", "they", "it"];

/** Determiners that open a noun-phrase subject: `the source`, `this source`, `a senior official`. */
export const SUBJECT_DETERMINERS: readonly string[] = [
  "the", "this", "that", "a", "an", "one", "another", "his", "her", "their", "its",
];

/** Lower-case particles inside a name: `Secretary of State Antony Blinken`, `Jean-Yves Le Drian`, `Ursula von der Leyen`. */
export const NAME_PARTICLES: readonly string[] = ["of", "de", "du", "des", "van", "von", "der", "la", "le", "al", "bin", "ben"];

/**
 * Words that may open what follows the verb in a reporting clause:
 * `he said on Monday`, `he told reporters on his conference call`.
 */
export const TAIL_OPENERS: ReadonlySet<string> = new Set([
  "to", "on", "in", "at", "during", "before", "after", "from", "via", "with", "for", "upon", "through", "over",
  "outside", "inside", "by", "while", "when", "last", "this", "earlier", "later", "yesterday", "today", "tonight",
  "again", "afterwards", "recently", "shortly", "monday", "tuesday", "wednesday", "thursday", "friday",
  "saturday", "sunday", "reporters", "journalists",
]);

/** Lower-case words after `to` in a reporting clause that name a recipient: `he said to reporters`. */
export const TO_RECIPIENTS: ReadonlySet<string> = new Set([
  "the", "a", "an", "his", "her", "their", "reporters", "journalists", "deputies", "members", "supporters",
  "activists", "delegates", "students", "workers", "residents", "senators", "ministers", "officials",
]);

/**
 * Words that cannot occur in what follows the verb of a mere reporting clause:
 * they start a new clause (`…, they said we could not do it`) or show a
 * first-person narrator (`…, she told me`), as in a speech.
 */
export const TAIL_FORBIDDEN: ReadonlySet<string> = new Set([
  "i", "me", "my", "we", "us", "our", "you", "your", "he", "she", "they", "it", "that", "which", "who", "will",
  "would", "is", "are", "was", "were", "can", "could", "must", "should", "has", "have", "had", "be", "been", "not",
  "if", "because", "so",
]);

/**
 * First- and second-person words: inside a clause before `, he said` they
 * show the clause is the speaker's own words. Lower case; `I` and `us` are
 * checked apart (`World War I`, `the US`).
 */
export const SPEECH_PRONOUNS: ReadonlySet<string> = new Set([
  "we", "our", "ours", "ourselves", "my", "me", "mine", "myself", "you", "your", "yours", "yourself", "yourselves",
]);

/** Present and future tense: the speaker's tense, not the narrator's. */
export const PRESENT_MARKERS: ReadonlySet<string> = new Set([
  "is", "are", "am", "will", "can", "must", "shall", "may", "won't", "won’t", "can't", "can’t", "cannot", "don't",
  "don’t", "doesn't", "doesn’t", "isn't", "isn’t", "aren't", "aren’t", "there's", "there’s", "it's", "it’s",
  "let's", "let’s",
]);

/** Past tense forms without -ed that show narration: `Moscow also expressed` has -ed, `Russia said` has not. */
export const NARRATION_PAST: ReadonlySet<string> = new Set([
  "was", "were", "had", "did", "said", "told", "made", "took", "gave", "went", "came", "saw", "met", "left", "held",
  "began", "spoke", "wrote", "sent", "found", "felt", "knew", "thought", "became", "brought", "led", "won", "lost",
  "fell", "rose", "struck", "sought",
]);

/**
 * The newspaper's own voice: `as we reported`, `our correspondent`. A
 * first-person word inside these does not show a quotation.
 */
export const EDITORIAL_FIRST_PERSON =
  /\b(?:as|what) we (?:reported|revealed|wrote|noted|indicated|learned|announced|explained|said)\b|\bour (?:correspondents?|reporters?|journalists?|newspaper|newsroom|colleagues|sources?|readers|team|website|site|editorial staff|special envoy|envoy|partners?)\b/giu;

/** Openings of the pull-quote attribution line of news sites' layouts: `A quote from Anonymous U.S. diplomatic source`. */
export const PULL_QUOTE_OPENINGS: readonly string[] = ["A quote from", "Quote from", "Quoted from", "Une citation de"];
