/**
 * Words glued together without a space or a capital to show the seam:
 * `onthe`, `tothe`, `Theminister`, `primeminister`, `Senatevoted`. Only
 * tokens that are no English word in any casing are looked at, and not those
 * that are French, known names, attested words the dictionary lacks
 * (`rainforest`), inflected or British forms of known words (`travelled`,
 * `metres`, `offences`) or code; they are split by the Viterbi segmenter over
 * the English word list (`lexicon/segment.ts`).
 *
 * Safe: two parts with a clear cost margin over any other split, either a
 * frequent grammatical pair of function words (`on|the`, `is|not`, `to|be`),
 * or a function word that begins no compound before a frequent word of four
 * letters or more (`to|know`, `of|course`, `The|minister`), or a frequent word
 * before a word that ends no compound (`army|and`), or a frequent past tense
 * and the word after it (`agreed|to`, `happened|in`), or a frequent word and
 * a frequent past-tense verb (`oil|rose`), not a compound adjective
 * (`well|trained`). Everything else that
 * splits into common words is a suggestion (`prime|minister`, `Senate|voted`),
 * except splits into compound elements (`counter|terrorism`, `home|buyers`)
 * and capitalised tokens that may be names (`Norwood`, `Theroux`, `Thein`).
 * Inside a hyphenated compound (`right-toknow`) the split is suggested with a
 * hyphen.
 */
import { defineRule } from "../engine/rule.js";
import type { Detection } from "../engine/types.js";
import { Kind, type Token } from "../engine/tokenize.js";
import { FormMemo } from "../engine/forms.js";
import type { Document } from "../engine/document.js";
import { englishFrequencyBucket, isFrenchName, isFrenchWord } from "../lexicon/words.js";
import { isLikelyWordForm, MAX_SEGMENT_LENGTH, segment, type Segmentation } from "../lexicon/segment.js";
import {
  AFTER_VERB_WORDS,
  ARTICLES,
  COMPOUND_ADVERBS,
  GLUED_PAST_VERBS,
  CAPITAL_GLUE_RIGHT,
  COMPOUND_PREFIXES,
  COMPOUND_SUFFIXES,
  GLUE_FUNCTION_WORDS,
  SAFE_GLUE_LEFT,
  SAFE_GLUE_RIGHT,
  NEVER_SPLIT,
  GLUED_FUNCTION_PAIRS,
  SUGGEST_TWO_LETTER_WORDS,
} from "../lexicon/glue-words.js";
import { isCamelCaseNameInAnyCase } from "../lexicon/camel-case-names.js";
import { isAttestedWord } from "../lexicon/attested-words.js";
import { looksLikeCode, touchingAfter, touchingBefore } from "./support/code-context.js";
import { isEnglishInAnyCase as isKnownInAnyCase } from "../engine/language.js";

/** ASCII letters only, lowercase or Capitalised: accented or mixed-case tokens are not English glue. */
const CANDIDATE = /^[A-Za-z][a-z]{3,}$/;
/** Cost gap to the next-best split required for a safe fix. */
const SAFE_MARGIN = 4;
/** Most frequent buckets (0 … 9) a part may have in a safe fix or a suggestion. */
const SAFE_MAX_BUCKET = 4;
const SUGGEST_MAX_BUCKET = 5;

type Verdict = "safe" | "suggest" | null;

export default defineRule({
  id: "glued-words",
  category: "word-boundary",
  description: "Splits words glued without a space (`onthe` → `on the`, `Theminister` → `The minister`).",
  examples: {
    bad: [
      { text: "The bill was sent back ⟦tothe⟧ committee.", fixed: "The bill was sent back to the committee.", safe: true },
      { text: "Protesters gathered ⟦onthe⟧ Place de la République 🇫🇷.", fixed: "Protesters gathered on the Place de la République 🇫🇷.", safe: true },
      { text: "⟦Theminister⟧ refused to comment.", fixed: "The minister refused to comment.", safe: true },
      { text: "The deal was ⟦agreedto⟧ by both sides in Geneva.", fixed: "The deal was agreed to by both sides in Geneva.", safe: true },
      { text: "It ⟦happenedin⟧ March, near Montréal.", fixed: "It happened in March, near Montréal.", safe: true },
      { text: "Brent crude ⟦oilrose⟧ 3% on Monday 🛢️.", fixed: "Brent crude oil rose 3% on Monday 🛢️.", safe: true },
      { text: "He did not want ⟦toknow⟧ more about Québec.", fixed: "He did not want to know more about Québec.", safe: true },
      { text: "The ⟦primeminister⟧ met the unions.", fixed: "The prime minister met the unions.", safe: false },
      { text: "⟦Senatevoted⟧ against the text.", fixed: "Senate voted against the text.", safe: false },
    ],
    good: [
      "Counterterrorism and cybersecurity budgets rose, as did homeownership.",
      "The onboarding of new staff took a week.",
      "Paul Theroux and Thein Sein met in Andover and Norwood.",
      "Le gouvernement a présenté son projet lundi.",
      "Run `onthe --help` or open config/tothe.yml, then call tothe(x).",
      "Write to info@onthe.ca or follow @tothe and #Theminister.",
      "Therapists say it is notable but insignificant; nevertheless it matters.",
      "Tothe Lake is a place in the Pacific.",
    ],
  },
  // Word forms that split into words (judged once per form).
  trigger: { forms: (word) => splitGlued(word) !== null },
  detect(doc, hits) {
    const found: Detection[] = [];
    for (const i of hits.tokens) {
      const detection = judge(doc, doc.token(i)!);
      if (detection) found.push(detection);
    }
    return found;
  },
});

interface Split {
  seg: Segmentation;
  verdict: "safe" | "suggest";
}

/**
 * How a word form splits, judged from the form alone (remembered per form):
 * never a word in any casing (a bucket means a known entry), in English or
 * French, nor a known name, nor a word English uses that the dictionary lacks
 * (`rainforest`) or a form of a known word (`metres`, `travelled`).
 */
function splitGlued(text: string): Split | null {
  if (text.length < 4 || text.length > MAX_SEGMENT_LENGTH || isKnownInAnyCase(text) || !CANDIDATE.test(text)) return null;
  const lower = text.toLowerCase();
  if (isFrenchWord(lower) || isFrenchName(lower) || isCamelCaseNameInAnyCase(text) || NEVER_SPLIT.has(lower)) return null;
  if (isAttestedWord(lower) || isLikelyWordForm(lower)) return null;
  const seg = segment(text);
  if (!seg) return null;
  const verdict = text !== lower ? judgeCapitalised(seg) : judgeLowercase(seg);
  return verdict ? { seg, verdict } : null;
}

const SPLITS = new FormMemo(splitGlued);

function judge(doc: Document, token: Token): Detection | null {
  const { seg, verdict } = SPLITS.get(doc.forms, doc.tokenForm[token.index]!)!;
  const text = token.text;
  const capitalised = text !== text.toLowerCase();
  if (looksLikeCode(doc, token.index, token.index)) return null;
  // Part of a run of capitalised words (`Paul Theroux`, `Tothe Lake`): a name.
  if (capitalised && (neighbourIsCapitalised(doc, token, -1) || neighbourIsCapitalised(doc, token, 1))) return null;
  // Inside a hyphenated compound (`right-toknow`, `stayat-home`) the seam wants a hyphen: suggest it.
  const hyphenated = touchingBefore(doc, token)?.text === "-" || touchingAfter(doc, token)?.text === "-";
  const replacement = seg.parts.join(hyphenated ? "-" : " ");
  const safe = verdict === "safe" && !hyphenated;
  return {
    start: token.start,
    end: token.end,
    replacement,
    confidence: safe ? 0.93 : 0.6,
    severity: safe ? "major" : "minor",
    safe,
    message: safe
      ? `“${text}” is ${seg.parts.length} words glued together: “${replacement}”.`
      : `“${text}” may be words glued together: “${replacement}”?`,
  };
}

function neighbourIsCapitalised(doc: Document, token: Token, side: -1 | 1): boolean {
  const word = token.index + 2 * side;
  return doc.tokenKind[token.index + side] === Kind.space && doc.tokenKind[word] === Kind.word && /^\p{Lu}/u.test(doc.tokenText(word));
}

/**
 * Two frequent words glued at a verb: a past tense and the preposition or
 * determiner after it (`agreed|to`, `happened|in`), or a subject and a
 * frequent past-tense verb (`oil|rose`, `prices|fell`), not a compound
 * adjective (`well|trained`, `smoking|related`).
 */
function isVerbGlue(left: string, right: string, leftBucket: number, rightBucket: number): boolean {
  if (left.length >= 5 && left.endsWith("ed") && leftBucket <= SAFE_MAX_BUCKET && AFTER_VERB_WORDS.has(right)) return true;
  if (!GLUED_PAST_VERBS.has(right) || rightBucket > SAFE_MAX_BUCKET) return false;
  if (left.length < 3 || leftBucket > SAFE_MAX_BUCKET || COMPOUND_ADVERBS.has(left) || /(?:ing|ly|ed)$/u.test(left)) return false;
  return !ARTICLES.has(left) && !COMPOUND_PREFIXES.has(left);
}

function isSafePair(left: string, right: string, leftBucket: number, rightBucket: number): boolean {
  // Two function words: only frequent grammatical pairs (`on|the`, `is|not`), not `Thein`, `Hashim`, `toon`.
  if (GLUE_FUNCTION_WORDS.has(left) && GLUE_FUNCTION_WORDS.has(right)) return GLUED_FUNCTION_PAIRS.has(`${left} ${right}`);
  // `toknow`, `ofcourse`: a short or rare right part is more often a name (`tokin`, `toten`, `offord`).
  if (SAFE_GLUE_LEFT.has(left)) return right.length >= 4 && rightBucket <= SAFE_MAX_BUCKET;
  // `armyand`, `opinionwhich`: the right part never ends a compound; the left part is frequent.
  return SAFE_GLUE_RIGHT.has(right) && left.length >= 4 && leftBucket <= SAFE_MAX_BUCKET;
}

function judgeLowercase(seg: Segmentation): Verdict {
  const { parts, buckets } = seg;
  const clear = seg.runnerUp - seg.cost >= SAFE_MARGIN;
  if (parts.length === 2 && clear && isSafePair(parts[0]!, parts[1]!, buckets[0]!, buckets[1]!)) return "safe";
  if (parts.length === 2 && clear && isVerbGlue(parts[0]!, parts[1]!, buckets[0]!, buckets[1]!)) return "safe";
  if (parts.length > 3) return null;
  if (ARTICLES.has(parts[0]!) && GLUE_FUNCTION_WORDS.has(parts[1]!)) return null;
  // A glued phrase, not a closed compound: no compound element at either end, common parts.
  if (COMPOUND_PREFIXES.has(parts[0]!) || COMPOUND_SUFFIXES.has(parts[parts.length - 1]!)) return null;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (part.length === 2 && !SUGGEST_TWO_LETTER_WORDS.has(part)) return null;
    if (!GLUE_FUNCTION_WORDS.has(part) && (part.length < 3 || buckets[i]! > SUGGEST_MAX_BUCKET)) return null;
  }
  return "suggest";
}

/**
 * A capitalised token may be a name made of words (`Norwood`, `Newtown`,
 * `Theroux`). Safe only for `The` + a frequent noun or a grammatical pair ending
 * in `the` or another determiner (`Inthe`, `Ofthe`);
 * a suggestion when the seam is a frequent verb or function word
 * (`Senatevoted`, `Parissaid`), never otherwise.
 */
function judgeCapitalised(seg: Segmentation): Verdict {
  const { parts, buckets } = seg;
  if (parts.length !== 2) return null;
  const left = parts[0]!.toLowerCase();
  const right = parts[1]!;
  const clear = seg.runnerUp - seg.cost >= SAFE_MARGIN;
  if (ARTICLES.has(left) && GLUE_FUNCTION_WORDS.has(right)) return null;
  if (clear && left === "the" && right.length >= 4 && buckets[1]! <= 3 && !COMPOUND_SUFFIXES.has(right)) return "safe";
  if (clear && SAFE_GLUE_RIGHT.has(right) && GLUED_FUNCTION_PAIRS.has(`${left} ${right}`)) return "safe"; // `Inthe`
  if (buckets[1]! > SUGGEST_MAX_BUCKET || COMPOUND_SUFFIXES.has(right)) return null;
  if (CAPITAL_GLUE_RIGHT.has(right) || (right.length >= 5 && right.endsWith("ed") && buckets[0]! <= SUGGEST_MAX_BUCKET)) return "suggest";
  return null;
}
