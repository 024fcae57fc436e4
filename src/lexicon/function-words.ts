/**
 * Closed-class words: articles, prepositions, conjunctions, pronouns,
 * auxiliaries. Small, hand-curated lists; the open-class vocabularies come
 * from the generated word lists in `data/`.
 */

/** English function words that often end up glued to the next word in MT output. */
export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "from", "with", "by", "as",
  "into", "onto", "than", "that", "this", "these", "those", "his", "her", "its", "their", "our", "your", "my",
  "between", "against", "about", "after", "before", "during", "under", "over", "without", "within", "through",
  "across", "towards", "toward", "among", "since", "until", "while", "when", "where", "which", "who", "whom",
  "whose", "said", "says", "told", "was", "were", "is", "are", "be", "been", "has", "have", "had", "will",
  "would", "could", "should", "also", "both", "near", "via", "per", "like", "not",
]);

/**
 * French function words that are not everyday English words (so not `on`,
 * `son`, `car`, `plus`, `pour`, `sans`): two or more of them in a short stretch
 * of text mean the stretch is French.
 */
export const FRENCH_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  "le", "la", "les", "des", "du", "de", "un", "une", "et", "ou", "sur", "sous", "dans", "avec",
  "chez", "entre", "vers", "selon", "contre", "depuis", "pendant", "au", "aux", "ce", "cet", "cette", "ces",
  "qui", "que", "quoi", "dont", "où", "mais", "donc", "ni", "leur", "leurs", "notre", "nos", "votre",
  "vos", "mon", "mes", "ta", "tes", "sa", "ses", "il", "elle", "ils", "elles", "nous",
  "vous", "je", "tu", "est", "sont", "été", "être", "avoir", "ont", "était", "pas", "ne", "très",
  "aussi", "à",
]);

/** A French elided article or pronoun glued to its word: `l'armée`, `d'État`, `qu'il`. */
export const FRENCH_ELISION = /^(?:[dlnsjcmt]|qu|jusqu|lorsqu|puisqu)['’]\p{L}/iu;
