/**
 * French honorifics left abbreviated: `M. Bayrou` → `Mr. Bayrou`,
 * `Mme Borne` → `Ms. Borne`, `MM.`, `Mlle`, `Pr`, and `Me` (Maître, a
 * lawyer's title). `M.` is also an initial (`J. M. Coetzee`, `Martin M.
 * Smith`, `M. Night Shyamalan`), so it is only read as `Monsieur` before a
 * lone capitalised surname, never after a capitalised word or an initial,
 * and it is fixed automatically only when the document shows that the
 * surname belongs to someone whose given name is not that initial (`François
 * Bayrou … M. Bayrou`) or the surname is a well-known public figure's;
 * otherwise it is a suggestion.
 */
import { defineRule } from "../engine/rule.js";
import type { Document } from "../engine/document.js";
import type { Token } from "../engine/tokenize.js";
import type { Detection } from "../engine/types.js";
import { ABBREVIATIONS } from "../lexicon/abbreviations.js";
import { FRENCH_HONORIFICS, HONORIFIC_KEPT_BEFORE } from "../lexicon/french-honorifics.js";
import { FRENCH_GIVEN_NAMES, FRENCH_PUBLIC_FIGURES } from "../lexicon/known-french-names.js";
import { ENGLISH_FUNCTION_WORDS } from "../lexicon/function-words.js";
import { englishFrequencyBucket, isEnglishWord, isFrenchOnlyWord } from "../lexicon/words.js";

const CAPITALISED = /^\p{Lu}[\p{Ll}\p{M}]/u;
const PARTICLES = new Set(["Le", "La", "De", "Du", "Des"]);
// Punctuation after which a title may start a phrase: `, M. Bayrou`, `(Mme Borne)`.
const OPENING_PUNCT = new Set([",", ";", ":", "(", "[", "“", "\"", "«", "‘", "—", "–", "!", "?", "…"]);
const SENTENCE_END = new Set([".", "!", "?", "…"]);
// Words before a surname that are titles, not given names: `President Macron`.
const TITLE_WORDS = new Set([
  "Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Lady", "Lord", "President", "Minister", "Prime", "Premier", "Senator",
  "Mayor", "General", "Gen", "Judge", "Justice", "Governor", "Secretary", "Chancellor", "King", "Queen", "Prince",
  "Princess", "Pope", "Saint", "St", "Professor", "Prof", "Father", "Sister", "Brother", "Captain", "Colonel",
  "Sergeant", "Officer", "Detective", "Inspector", "Deputy", "Representative", "Rep", "Sen", "Commissioner", "Chief",
  "Coach", "Ambassador", "Director", "Madame", "Monsieur", "Mme", "Mlle", "Me", "Pr", "Maître",
]);

// Another initial and surname nearby (`K. Smith`, `J.-P. Dupont`): a list of authors, not an honorific.
const OTHER_INITIAL = /(?<![\p{L}\p{N}])(?!M\.)\p{Lu}\.(?:-\p{Lu}\.)?\s\p{Lu}\p{Ll}/u;

const isSpace = (token: Token | undefined) => token?.kind === "space" && /^[ \u00a0]$/u.test(token.text);
const isCapitalisedWord = (token: Token | undefined): token is Token =>
  token?.kind === "word" && CAPITALISED.test(token.text);

/** True when the title at token `i` starts a name phrase rather than continuing one (`J. M.`, `Martin M.`). */
function startsPhrase(doc: Document, i: number): boolean {
  const previous = doc.token(i - 1);
  if (previous === undefined || previous.kind === "newline") return true;
  if (previous.kind === "punct") return OPENING_PUNCT.has(previous.text);
  if (!isSpace(previous)) return false;
  const before = doc.token(i - 2);
  if (before === undefined || before.kind === "newline") return true;
  if (before.kind === "word") return /^\p{Ll}/u.test(before.text);
  if (before.kind !== "punct") return false;
  if (OPENING_PUNCT.has(before.text) || before.text === "”" || before.text === "»") return true;
  if (!SENTENCE_END.has(before.text)) return false;
  if (before.text !== ".") return true;
  // `J. M. Coetzee`, `Dr. M. Smith`: a full stop after an initial or an abbreviation.
  const word = doc.token(i - 3);
  return !(word?.kind === "word" && (word.text.length === 1 || ABBREVIATIONS.has(word.text)));
}

/** True when one of the two words after token `last` is French only. */
function frenchFollows(doc: Document, last: number): boolean {
  let index = last;
  for (let n = 0; n < 2; n++) {
    if (!isSpace(doc.token(index + 1))) return false;
    const word = doc.token(index + 2);
    if (word?.kind !== "word") return false;
    if (isFrenchOnlyWord(word.text)) return true;
    index += 2;
  }
  return false;
}

/** True when the text names the surname after a given name elsewhere (`François Bayrou`). */
function hasGivenName(doc: Document, surname: string): boolean {
  const text = doc.text;
  for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
    const after = text[at + surname.length];
    if (after !== undefined && /[\p{L}\p{N}]/u.test(after)) continue;
    const index = doc.tokenAt(at);
    if (index < 2 || doc.token(index)!.start !== at || !isSpace(doc.token(index - 1))) continue;
    const given = doc.token(index - 2)!;
    if (!isCapitalisedWord(given) || TITLE_WORDS.has(given.text)) continue;
    if (given.text === given.text.toUpperCase() || given.text.length < 2) continue;
    if (ENGLISH_FUNCTION_WORDS.has(given.text.toLowerCase())) continue;
    if (doc.token(index - 3)?.text === "-" || FRENCH_GIVEN_NAMES.has(given.text) || !isEnglishWord(given.text.toLowerCase())) {
      return true;
    }
  }
  return false;
}

export default defineRule({
  id: "french-honorific",
  category: "calque",
  description: "Replaces French honorifics (`M. Bayrou`, `Mme Borne`, `Pr Raoult`) with English ones; flags `Me` (Maître).",
  examples: {
    bad: [
      {
        text: "Luc Ferrand spoke first. Later, ⟦M.⟧ Ferrand said the budget would pass.",
        fixed: "Luc Ferrand spoke first. Later, Mr. Ferrand said the budget would pass.",
        safe: true,
      },
      { text: "⟦M.⟧ Macron arrived in Brussels on Thursday.", fixed: "Mr. Macron arrived in Brussels on Thursday.", safe: true },
      { text: "The decree was signed by ⟦Mme⟧ Borne on Tuesday 🇫🇷.", fixed: "The decree was signed by Ms. Borne on Tuesday 🇫🇷.", safe: true },
      { text: "according to ⟦Mlle⟧ Ségur, the teacher", fixed: "according to Ms. Ségur, the teacher", safe: true },
      { text: "the study led by ⟦Pr⟧ Raoult was criticised", fixed: "the study led by Prof. Raoult was criticised", safe: true },
      { text: "The prosecutor met ⟦M.⟧ Dufresne at the courthouse.", fixed: "The prosecutor met Mr. Dufresne at the courthouse.", safe: false },
      { text: "⟦MM.⟧ Macron and Scholz met in Berlin.", fixed: "Messrs. Macron and Scholz met in Berlin.", safe: false },
      { text: "his lawyer, ⟦Me⟧ Dupond, appealed the verdict", safe: false },
      { text: "⟦Mmes⟧ Hidalgo and Pécresse both attended.", safe: false },
    ],
    good: [
      "The film was directed by M. Night Shyamalan.",
      "The novel by J. M. Coetzee won the Booker Prize.",
      "Peter Pan was written by J. M. Barrie.",
      "The report was written by Martin M. Smith.",
      "Mr. M. Bayrou is not a real person.",
      "Mme Curie won two Nobel prizes.",
      "Despicable Me 2 topped the box office.",
      "The Me Too movement began in 2017.",
      "Pr and Nd are rare earths.",
      "The budget was 5 M. The minister disagreed.",
      "Dr Smith examined the patient.",
      "Sources: M. Jones and K. Smith (2003), Journal of Economics.",
      "The singer, known only as M. Police said he was detained.",
    ],
  },
  trigger: { words: Object.keys(FRENCH_HONORIFICS) },
  detect(doc, hits) {
    const found: Detection[] = [];
    for (const i of hits.tokens) {
      const title = doc.token(i)!;
      const honorific = FRENCH_HONORIFICS[title.text]!;
      let j = i + 1;
      const dotted = doc.token(j)?.text === ".";
      if (dotted) j++;
      if ((title.text === "M" || title.text === "MM") && !dotted) continue;
      if (title.text === "Me" && dotted) continue;
      if (!isSpace(doc.token(j))) continue;
      const first = doc.token(j + 1);
      if (!isCapitalisedWord(first) || ENGLISH_FUNCTION_WORDS.has(first.text.toLowerCase())) continue;
      if (!startsPhrase(doc, i)) continue;

      // The name: a surname, a particle and a surname (`Le Pen`), or a given name and a surname.
      let last = j + 1;
      let givenFirst = false;
      const next = () => (isSpace(doc.token(last + 1)) && isCapitalisedWord(doc.token(last + 2)) ? last + 2 : -1);
      if (PARTICLES.has(first.text)) {
        if (next() < 0) continue;
        last = next();
      } else if (next() >= 0) {
        // `M. Night Shyamalan`: two capitalised words after `M.` are only a name when the first is a French given name.
        if (title.text === "M" || title.text === "MM") {
          if (!FRENCH_GIVEN_NAMES.has(first.text)) continue;
        }
        givenFirst = true;
        last = next();
      }
      // With a particle, the surname is both words: `Le Pen`.
      const surname = PARTICLES.has(first.text) ? doc.text.slice(first.start, doc.token(last)!.end) : doc.token(last)!.text;
      if (HONORIFIC_KEPT_BEFORE.has(doc.token(last)!.text) || HONORIFIC_KEPT_BEFORE.has(first.text)) continue;
      // The clause goes on in French (`Mme Borne a déclaré`): left to the untranslated rules.
      if (frenchFollows(doc, last)) continue;

      const start = title.start;
      const end = dotted ? doc.token(i + 1)!.end : title.end;
      const spelled = `${title.text}${dotted ? "." : ""}`;
      const name = doc.text.slice(first.start, doc.token(last)!.end);
      const base = { start, end, severity: "minor" as const };

      switch (title.text) {
        case "M": {
          const known = FRENCH_PUBLIC_FIGURES.has(surname) || hasGivenName(doc, surname);
          if (!known) {
            // `as M. Police said`, `M. Jones and K. Smith (2003)`: a common word, or a list of initials.
            const bucket = englishFrequencyBucket(surname);
            if (bucket !== undefined && bucket <= 4 && isEnglishWord(surname.toLowerCase())) break;
            if (OTHER_INITIAL.test(doc.text.slice(Math.max(0, start - 80), start) + " " + doc.text.slice(end, end + 80))) break;
          }
          found.push({
            ...base,
            replacement: "Mr.",
            confidence: known ? 0.93 : 0.75,
            safe: known,
            message: known
              ? `“M.” (Monsieur) is the French abbreviation: “Mr. ${name}”.`
              : `“M.” may be French “Monsieur” (→ “Mr. ${name}”) or an initial: check.`,
          });
          break;
        }
        case "Mme":
        case "Mlle":
          found.push({
            ...base,
            replacement: honorific.english,
            confidence: 0.95,
            safe: true,
            message: `“${spelled}” (${honorific.meaning}) is French: “${honorific.english} ${name}”.`,
          });
          break;
        case "Pr": {
          if (first.text.length < 3) break;
          const plain = !isEnglishWord(surname.toLowerCase()) && (!givenFirst || FRENCH_GIVEN_NAMES.has(first.text));
          found.push({
            ...base,
            replacement: honorific.english,
            confidence: plain ? 0.92 : 0.7,
            safe: plain,
            message: `“${spelled}” (${honorific.meaning}) is French: “Prof. ${name}”.`,
          });
          break;
        }
        case "Me": {
          // `Me Too`, `Me Before You`: only before a name that is not an English word.
          const nameWord = givenFirst ? first.text : surname;
          if (isEnglishWord(nameWord.toLowerCase()) && !FRENCH_GIVEN_NAMES.has(nameWord)) break;
          found.push({
            ...base,
            replacement: null,
            confidence: 0.6,
            message: `“Me” is French “Maître”, a lawyer's title: write “lawyer ${name}” or “Mr./Ms. ${name}”.`,
          });
          break;
        }
        default:
          // MM., Mmes, Mlles: plurals English rarely abbreviates.
          found.push({
            ...base,
            replacement: honorific.english,
            confidence: 0.7,
            message: honorific.english
              ? `“${spelled}” (${honorific.meaning}) is French: “${honorific.english}” or name each person with “Mr.”.`
              : `“${spelled}” (${honorific.meaning}) is French: write “Ms.” before each name.`,
          });
      }
    }
    return found;
  },
});
