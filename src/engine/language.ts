/**
 * Per-document language analysis, shared by the rules that look for French
 * left in the English text: which words are French, which belong to a name or
 * to French that English uses (loanwords, names, mottos, titles), and the runs
 * of French words that remain. Computed lazily, at most once per Document
 * (memoised in a WeakMap), and only in the sentences that contain a word that
 * can be French at all (a French function word, a French diacritic, French
 * morphology or a glossary word), so plain English costs a few Set lookups per
 * word. The language guesser (franc-min, English vs French) runs only on the
 * spans a rule asks about, and each span once.
 */
import { francAll } from "franc-min";
import type { Document } from "./document.js";
import { Kind } from "./tokenize.js";
import { FormMemo } from "./forms.js";
import * as lexicon from "../lexicon/words.js";
import { ENGLISH_FUNCTION_WORDS, FRENCH_FUNCTION_WORDS } from "../lexicon/function-words.js";
import { FRENCH_DIACRITIC } from "../lexicon/french-signals.js";
import { BRITISH_SPELLINGS } from "../lexicon/glue-words.js";
import {
  FRENCH_LOANWORDS,
  FRENCH_MOTTOS,
  FRENCH_NAMES_IN_ENGLISH,
  FRENCH_PARTIES,
  FRENCH_TITLES,
  LATIN_IN_ENGLISH,
  MENTION_CUES,
} from "../lexicon/french-in-english.js";
import { FRENCH_EXONYMS, FRENCH_GLOSSARY, type FrenchExonym } from "../lexicon/french-glossary.js";
import { frenchSpellingScore } from "../lexicon/char-model.js";
import { labelLanguages, type WordEvidence } from "./language-model.js";

// --- memoised word-list lookups ---------------------------------------------------

/**
 * The word lists answer in about a microsecond per lookup; French passages
 * repeat their words, so answers are kept (per process or isolate, at most
 * MEMO_LIMIT words per list, then forgotten all at once).
 */
const MEMO_LIMIT = 20_000;

function memo<T>(lookup: (word: string) => T): (word: string) => T {
  const known = new Map<string, T>();
  return (word) => {
    let answer = known.get(word);
    if (answer === undefined && !known.has(word)) {
      if (known.size >= MEMO_LIMIT) known.clear();
      answer = lookup(word);
      known.set(word, answer);
    }
    return answer as T;
  };
}

/** Memoised versions of the `lexicon/words.ts` lookups, same answers. */
export const isEnglishWord = memo(lexicon.isEnglishWord);
export const isFrenchOnlyWord = memo(lexicon.isFrenchOnlyWord);
export const isFrenchWord = memo(lexicon.isFrenchWord);
export const isFrenchName = memo(lexicon.isFrenchName);
export const englishFrequencyBucket = memo(lexicon.englishFrequencyBucket);
/**
 * An English word in some casing (`north`, `Paris`, `Walkman`), memoised per
 * token text: the glued-words rule and the French signal ask it of every
 * word, and the second asking of the same string is nearly free.
 */
export const isEnglishInAnyCase = memo((word: string) => lexicon.englishFrequencyBucket(word) !== undefined);

// --- folding and word shapes ------------------------------------------------------

const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /\p{M}/gu;
const WORD = /[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}]+)*/gu;

/** Lowercase, typographic apostrophes made ASCII, ligatures spelled out, diacritics removed. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower.replace(/[’‘]/g, "'").replace(/œ/g, "oe").replace(/æ/g, "ae").normalize("NFD").replace(MARKS, "");
}

/** The words of a phrase as the tokenizer splits them, folded. */
export function foldedWords(phrase: string): string[] {
  return (phrase.match(WORD) ?? []).map(fold);
}

/** A French elided article, pronoun or conjunction and the word it is glued to: `l'armée`, `qu'il`. */
const ELISION = /^(l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|presqu)['’](.+)$/i;
/** Endings of French verb and noun forms English words do not have (used on unknown words only). */
const FRENCH_MORPHOLOGY = /(?:erons|eront|erez|erions|eriez|eraient|assions|assiez|aient|èrent|ements?|euses?)$/;
/** The part of FRENCH_MORPHOLOGY no English word has: enough to analyse a sentence. */
const FRENCH_ONLY_MORPHOLOGY = /(?:erons|eront|erez|erions|eriez|eraient|assions|assiez|aient)$/;
const UPPER_START = /^\p{Lu}/u;
const ALL_CAPS = /^\p{Lu}[\p{Lu}\p{N}'’]+$/u;

/** Splits `l'armée` into `l'` and `armée`; undefined when the word is not elided. */
export function splitElision(word: string): [string, string] | undefined {
  const match = ELISION.exec(word);
  return match ? [match[1]! + "'", match[2]!] : undefined;
}

// --- lexicon indexes, built once -----------------------------------------------------

export type BorrowedKind = "loanword" | "latin" | "name" | "party" | "motto" | "title";

interface PhraseIndex {
  /** Folded first word → folded word sequences starting with it, longest first. */
  byFirst: Map<string, { words: string[]; kind: BorrowedKind }[]>;
}

let borrowedIndex: PhraseIndex | undefined;

function loadBorrowed(): PhraseIndex {
  if (borrowedIndex) return borrowedIndex;
  const byFirst = new Map<string, { words: string[]; kind: BorrowedKind }[]>();
  const add = (list: readonly string[], kind: BorrowedKind) => {
    for (const phrase of list) {
      const words = foldedWords(phrase);
      if (words.length === 0) continue;
      const entries = byFirst.get(words[0]!) ?? [];
      entries.push({ words, kind });
      byFirst.set(words[0]!, entries);
    }
  };
  add(FRENCH_LOANWORDS, "loanword");
  add(LATIN_IN_ENGLISH, "latin");
  add(FRENCH_NAMES_IN_ENGLISH, "name");
  add(FRENCH_PARTIES, "party");
  add(FRENCH_MOTTOS, "motto");
  add(FRENCH_TITLES, "title");
  for (const entries of byFirst.values()) entries.sort((a, b) => b.words.length - a.words.length);
  borrowedIndex = { byFirst };
  return borrowedIndex;
}

/** The kind of French-in-English expression `phrase` is as a whole (case and accents ignored), if any. */
export function borrowedKind(phrase: string): BorrowedKind | undefined {
  const words = foldedWords(phrase);
  const entries = loadBorrowed().byFirst.get(words[0] ?? "") ?? [];
  const key = words.join(" ");
  return entries.find((entry) => entry.words.join(" ") === key)?.kind;
}

interface GlossaryIndex {
  /** Folded phrase (words joined by one space) → English. */
  phrases: Map<string, string>;
  longest: number;
  /** Every folded word of every glossary key and exonym: a sentence with one is analysed. */
  seeds: Set<string>;
  /** Folded exonym (words joined by one space) → entry. */
  exonyms: Map<string, FrenchExonym>;
}

let glossaryIndex: GlossaryIndex | undefined;

function loadGlossary(): GlossaryIndex {
  if (glossaryIndex) return glossaryIndex;
  const phrases = new Map<string, string>();
  const seeds = new Set<string>();
  let longest = 1;
  for (const [french, english] of FRENCH_GLOSSARY) {
    const words = foldedWords(french);
    // `l'` alone has no word: keep it as written.
    const key = words.length > 0 ? words.join(" ") : fold(french);
    phrases.set(key, english);
    longest = Math.max(longest, words.length);
    for (const word of words) if (!isEnglishWord(word)) seeds.add(word);
  }
  const exonyms = new Map<string, FrenchExonym>();
  for (const [french, entry] of FRENCH_EXONYMS) {
    const words = foldedWords(french);
    exonyms.set(words.join(" "), entry);
    for (const word of words) if (!isEnglishWord(word)) seeds.add(word);
  }
  glossaryIndex = { phrases, longest, seeds, exonyms };
  return glossaryIndex;
}

/** English for a folded French phrase (words joined by one space), if the glossary knows it. */
export function glossaryLookup(foldedPhrase: string): string | undefined {
  return loadGlossary().phrases.get(foldedPhrase);
}

/**
 * English for a sequence of French words when it splits entirely into
 * glossary entries (longest entry first; an elided word may split into its
 * article and the rest), otherwise undefined.
 */
export function translateWithGlossary(words: readonly string[]): string | undefined {
  const { phrases, longest } = loadGlossary();
  const items = words.map(fold);
  const out: string[] = [];
  let i = 0;
  while (i < items.length) {
    // A name inside the run (`la ville de Lyon`) stays as it is.
    if (i > 0 && UPPER_START.test(words[i]!)) {
      out.push(words[i]!);
      i++;
      continue;
    }
    let matched = 0;
    for (let n = Math.min(longest, items.length - i); n >= 1 && matched === 0; n--) {
      const english = phrases.get(items.slice(i, i + n).join(" "));
      if (english !== undefined) {
        out.push(english);
        matched = n;
      }
    }
    if (matched > 0) {
      i += matched;
      continue;
    }
    const split = splitElision(items[i]!);
    const article = split ? phrases.get(split[0]) : undefined;
    if (split === undefined || article === undefined) return undefined;
    out.push(article);
    items[i] = split[1];
  }
  return out.join(" ");
}

let mentionCues: Set<string> | undefined;

function loadMentionCues(): Set<string> {
  mentionCues ??= new Set(MENTION_CUES.map((cue) => foldedWords(cue).join(" ")));
  return mentionCues;
}

// --- word classes --------------------------------------------------------------------

/**
 * - `french`: a French content word English does not have (`chômage`, `projet`);
 * - `function`: a French function word or elision (`les`, `de`, `qu'il`);
 * - `shared`: a word of both languages (`place`, `pour`, `action`, `on`);
 * - `english`, `unknown`: break a run of French;
 * - `name`: part of a proper name (capitalised, an acronym, a particle before a name);
 * - `borrowed`: part of French that English uses (loanword, motto, title, listed name).
 */
export type WordClass = "french" | "function" | "shared" | "english" | "unknown" | "name" | "borrowed";

export interface WordInfo {
  token: number;
  cls: WordClass;
  /** Labelled French by the sentence model (`engine/language-model.ts`). */
  french: boolean;
  /** A French content word (counts as strong evidence). */
  strong: boolean;
  /** A French function word or an elision (counts as weak evidence). */
  func: boolean;
  /** First word of its sentence, or first after an opening quote, bracket, colon or dash. */
  initial: boolean;
}

/** Particles that glue to the name after them: `de Gaulle`, `al-Assad`, `van Gogh`. */
const NAME_PARTICLES = new Set([
  "de", "du", "des", "d'", "la", "le", "les", "l'", "van", "von", "der", "den", "al", "el", "da", "di", "do", "dos", "das",
  "y", "bin", "ibn", "ben", "ter", "ten", "saint", "sainte",
]);
/** After a French-looking name, these words start a clause, not the rest of the name. */
const NAME_TAIL_STOPS = new Set([
  "a", "as", "ai", "ont", "est", "sont", "etait", "etaient", "avait", "avaient", "sera", "seront", "va", "vont", "ne", "n'",
  "pas", "que", "qu'", "qui", "il", "elle", "ils", "elles", "on", "nous", "vous", "je", "j'", "tu", "se", "s'", "et", "mais",
  "ou", "donc", "car", "pour", "par", "selon", "avec", "dans", "sur", "sous", "chez", "contre", "vers", "depuis", "pendant",
  "lors", "apres", "avant", "entre", "sans", "plus", "tres", "aussi", "deja", "encore", "toujours", "jamais", "a",
]);
const OPENERS = new Set(["“", "«", "\"", "‘", "(", "[", ":", "—", "–", "‹", "„"]);

// --- runs ----------------------------------------------------------------------------

/** A maximal stretch of French words (and words of both languages) within one sentence. */
export interface FrenchRun {
  sentence: number;
  /** Token indexes of the run's words, in order. */
  words: number[];
  start: number;
  end: number;
  /** French content words. */
  strong: number;
  /** French function words and elisions. */
  func: number;
  /** The run starts its sentence (or a quotation inside it). */
  initial: boolean;
  /** The run is mentioned, not used: after `so-called`, `French for`…, or followed by a bracketed English gloss. */
  mention: boolean;
  /** The run sits in brackets right after a capitalised name: a gloss, `french-gloss`'s business. */
  inGloss: boolean;
  /** Inside quotation marks. */
  quoted: boolean;
  /** The run fills a pair of brackets on its own, probably a gloss of the words before it. */
  bracketed: boolean;
}

/** A French name of a place or body that English names differently (`Royaume-Uni`). */
export interface ExonymMatch {
  start: number;
  end: number;
  /** The span starts with a French article (`la Maison-Blanche`, `l'Allemagne`). */
  frenchArticle: boolean;
  /** `the` precedes the span. */
  englishArticle: boolean;
  initial: boolean;
  entry: FrenchExonym;
}

export interface LanguageAnalysis {
  /** French runs outside names and borrowed expressions, in text order. */
  runs: FrenchRun[];
  exonyms: ExonymMatch[];
  /** Class of a word token that was analysed (undefined: its sentence had no French-looking word). */
  word(tokenIndex: number): WordInfo | undefined;
  /** franc-min's guess between English and French for `text.slice(start, end)`, memoised. */
  guess(start: number, end: number): LanguageGuess;
}

export interface LanguageGuess {
  language: "eng" | "fra" | "und";
  /** Score of the other language relative to the winner's (1 = tie, lower = clearer). */
  runnerUp: number;
}

const cache = new WeakMap<Document, LanguageAnalysis>();

/**
 * Word forms that can be French at all (a French function word, a French
 * diacritic or elision, French morphology, a glossary word): the trigger of
 * the rules that read the language analysis, tested once per form.
 */
export function canBeFrench(word: string): boolean {
  return isSeed(word, loadGlossary().seeds);
}

/**
 * The language analysis of `doc`, for the sentences holding one of `seeds`
 * (word tokens that `canBeFrench`: the hits of those rules' trigger), computed
 * on first use and memoised for the request.
 */
export function languageOf(doc: Document, seeds: readonly number[]): LanguageAnalysis {
  let analysis = cache.get(doc);
  if (analysis === undefined) {
    analysis = analyse(doc, seeds);
    cache.set(doc, analysis);
  }
  return analysis;
}

interface SentenceSpan {
  firstToken: number;
  endToken: number;
  end: number;
}

function sentenceOf(doc: Document, k: number): SentenceSpan {
  return { firstToken: doc.sentenceFirstToken[k]!, endToken: doc.sentenceEndToken[k]!, end: doc.sentenceEnd[k]! };
}

function analyse(doc: Document, seeds: readonly number[]): LanguageAnalysis {
  const infos = new Map<number, WordInfo>();
  const runs: FrenchRun[] = [];
  const exonyms: ExonymMatch[] = [];
  const guesses = new Map<string, LanguageGuess>();
  const glossary = loadGlossary();

  let previous = -1;
  for (const seed of seeds) {
    const sentenceIndex = doc.sentenceOfToken(seed);
    if (sentenceIndex <= previous) continue;
    previous = sentenceIndex;
    const sentence = sentenceOf(doc, sentenceIndex);
    const words: number[] = [];
    for (let t = sentence.firstToken; t < sentence.endToken; t++) if (doc.tokenKind[t] === Kind.word) words.push(t);
    const sentenceInfos = classifySentence(doc, sentence.firstToken, words);
    for (const info of sentenceInfos) infos.set(info.token, info);
    // Exonyms first: their words then count as a name, not as a run of French.
    exonyms.push(...findExonyms(doc, sentenceInfos, glossary.exonyms));
    labelSentence(doc, sentenceInfos);
    runs.push(...findRuns(doc, sentenceIndex, sentenceInfos));
  }

  return {
    runs,
    exonyms,
    word: (tokenIndex) => infos.get(tokenIndex),
    guess(start, end) {
      const key = `${start}:${end}`;
      let result = guesses.get(key);
      if (result === undefined) {
        const scores = francAll(doc.text.slice(start, end), { only: ["eng", "fra"], minLength: 10 });
        const [first, second] = scores;
        const language = first?.[0] === "eng" || first?.[0] === "fra" ? first[0] : "und";
        result = { language, runnerUp: language === "und" ? 1 : (second?.[1] ?? 0) };
        guesses.set(key, result);
      }
      return result;
    },
  };
}

/** Cheap test run on every word of the text: can this word be French at all? */
function isSeed(word: string, seeds: ReadonlySet<string>): boolean {
  const lower = word.toLowerCase();
  if (FRENCH_FUNCTION_WORDS.has(lower)) return true;
  let ascii = true;
  for (let i = 0; i < lower.length; i++) {
    if (lower.charCodeAt(i) > 127) {
      ascii = false;
      break;
    }
  }
  if (!ascii && (FRENCH_DIACRITIC.test(lower) || ELISION.test(lower))) return true;
  if (ascii && lower.includes("'") && ELISION.test(lower)) return true;
  const last = lower.charCodeAt(lower.length - 1);
  // erons, eront, erez, eraient, aient…: they all end in s, t or z.
  if ((last === 115 || last === 116 || last === 122) && FRENCH_ONLY_MORPHOLOGY.test(lower)) return true;
  if ((last === 101 || last === 108 || last === 115) && lower.length > 6 && FRENCH_SUFFIXES.some((suffix) => lower.endsWith(suffix))) {
    return true;
  }
  if (seeds.has(ascii ? lower : fold(lower))) return true;
  // A lowercase word only French has (`incendie`, `entorse`).
  return ascii && lower.length >= 4 && lower === word && !isEnglishInAnyCase(word) && isFrenchOnlyWord(word);
}

/** Endings of French adjectives English words do not have: exceptionnelle, parisienne. */
const FRENCH_SUFFIXES = ["ionnel", "ionnelle", "ionnels", "ionnelles", "ienne", "iennes"];

/** The text between two tokens contains only spaces, or one hyphen. */
function joined(doc: Document, left: number, right: number): boolean {
  const gap = doc.text.slice(doc.tokenEnd[left], doc.tokenStart[right]);
  return /^[ \u00a0\u202f]{1,3}$/.test(gap) || /^[-‐‑]$/.test(gap);
}

/** Gaps allowed inside a borrowed expression: spaces, hyphens, commas (`liberté, égalité, fraternité`). */
function joinedLoosely(doc: Document, left: number, right: number): boolean {
  const gap = doc.text.slice(doc.tokenEnd[left], doc.tokenStart[right]);
  return gap.length <= 3 && /^[ \u00a0\u202f,‐‑-]+$/.test(gap);
}

function isInitial(doc: Document, tokenIndex: number, sentenceFirst: number): boolean {
  for (let t = tokenIndex - 1; t >= sentenceFirst; t--) {
    if (doc.tokenKind[t] === Kind.space) continue;
    return OPENERS.has(doc.tokenText(t));
  }
  return true;
}

// Per-form answers, remembered in the form table: folded forms, and word classes at the start of a sentence and inside it.
const FOLDED = new FormMemo(fold);
const CLASS_INITIAL = new FormMemo((text) => wordClass(text, true));
const CLASS_INSIDE = new FormMemo((text) => wordClass(text, false));

function wordClass(text: string, initial: boolean): WordInfo {
  const alone: WordInfo = { token: -1, cls: "unknown", french: false, strong: false, func: false, initial };
  classifyWord(text, alone);
  return alone;
}

function classifySentence(doc: Document, sentenceFirst: number, words: readonly number[]): WordInfo[] {
  const infos: WordInfo[] = words.map((t) => ({
    token: t,
    cls: "unknown",
    french: false,
    strong: false,
    func: false,
    initial: isInitial(doc, t, sentenceFirst),
  }));

  // 1. French that English uses, longest match first.
  const { byFirst } = loadBorrowed();
  const folded = words.map((t) => FOLDED.get(doc.forms, doc.tokenForm[t]!));
  for (let i = 0; i < words.length; i++) {
    const candidates = [folded[i]!];
    const split = splitElision(folded[i]!);
    if (split) candidates.push(split[1]);
    let length = 0;
    for (const first of candidates) {
      for (const entry of byFirst.get(first) ?? []) {
        if (entry.words.length <= length || i + entry.words.length > words.length) continue;
        let ok = true;
        for (let k = 1; k < entry.words.length && ok; k++) {
          const word = folded[i + k]!;
          const want = entry.words[k]!;
          // The last word may take a plural: `hors d'oeuvres`, `crêpes suzette` aside.
          const same = word === want || (k === entry.words.length - 1 && (word === want + "s" || word === want + "x"));
          ok = same && joinedLoosely(doc, words[i + k - 1]!, words[i + k]!);
        }
        if (ok) length = entry.words.length;
      }
    }
    // One-word entries also cover their plural (`cafés`, `châteaux`).
    if (length === 0 && /[sx]$/.test(folded[i]!) && (byFirst.get(folded[i]!.slice(0, -1)) ?? []).some((e) => e.words.length === 1)) {
      length = 1;
    }
    for (let k = 0; k < length; k++) infos[i + k]!.cls = "borrowed";
    if (length > 0) i += length - 1;
  }

  // 2. Each remaining word on its own (the class of a form depends on nothing else: remembered per form).
  for (let i = 0; i < words.length; i++) {
    const info = infos[i]!;
    if (info.cls === "borrowed") continue;
    const known = (info.initial ? CLASS_INITIAL : CLASS_INSIDE).get(doc.forms, doc.tokenForm[words[i]!]!);
    info.cls = known.cls;
    info.strong = known.strong;
    info.func = known.func;
  }

  // 3. Particles before a name are part of it (`de Gaulle`, `Place de la Concorde`), right to left.
  for (let i = words.length - 2; i >= 0; i--) {
    const info = infos[i]!;
    const next = infos[i + 1]!;
    if (next.cls !== "name" || info.cls === "name" || info.cls === "borrowed") continue;
    const text = doc.tokenText(words[i]!);
    if (!NAME_PARTICLES.has(fold(text))) continue;
    if (!joined(doc, words[i]!, words[i + 1]!)) continue;
    // After a French word the particle is French: `la ville de Lyon`, not a name `de Lyon`.
    const previous = i > 0 ? infos[i - 1]! : undefined;
    if (previous !== undefined && previous.cls === "french" && joined(doc, words[i - 1]!, words[i]!)) continue;
    info.cls = "name";
    info.strong = false;
    info.func = false;
  }

  // 4. French institutions capitalise only their first word (`Cour des comptes`,
  //    `Conseil constitutionnel`): after a French-looking name, lowercase French
  //    words belong to it until a word that starts a clause.
  for (let i = 0; i < words.length - 1; i++) {
    const info = infos[i]!;
    if (info.cls !== "name") continue;
    const text = doc.tokenText(words[i]!);
    if (!UPPER_START.test(splitElision(text)?.[1] ?? text) || !looksFrenchName(text)) continue;
    let k = i + 1;
    while (k < words.length && k <= i + 3) {
      const tail = infos[k]!;
      const tailText = doc.tokenText(words[k]!);
      if (tail.cls !== "french" && tail.cls !== "function" && tail.cls !== "shared") break;
      if (tailText[0] !== tailText[0]!.toLowerCase()) break;
      const f = fold(tailText);
      const elided = splitElision(f);
      if (NAME_TAIL_STOPS.has(f) || (elided !== undefined && NAME_TAIL_STOPS.has(elided[0]))) break;
      if (!joined(doc, words[k - 1]!, words[k]!)) break;
      k++;
    }
    // A tail that ends on a particle is no name (`Sénat de` …): give the particle back.
    while (k > i + 1 && infos[k - 1]!.cls === "function") k--;
    for (let m = i + 1; m < k; m++) {
      infos[m]!.cls = "name";
      infos[m]!.strong = false;
      infos[m]!.func = false;
    }
    i = k - 1;
  }
  return infos;
}

/** A capitalised word that is French (a French word or a French place name), so that a French tail may follow it. */
function looksFrenchName(text: string): boolean {
  if (FRENCH_DIACRITIC.test(text)) return true;
  const elided = splitElision(text);
  const word = elided ? elided[1] : text;
  return isFrenchOnlyWord(word.toLowerCase()) || (isFrenchName(word) && !isEnglishWord(word));
}

/** A letter French does not write (`ř`, `ñ`, `ł`, `ő`): the word is from another language, not French. */
const NON_FRENCH_LETTER = /[^a-zàâäçéèêëîïôöùûüÿœæA-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ0-9'’-]/u;

function classifyWord(text: string, info: WordInfo): void {
  if (NON_ASCII.test(text) && NON_FRENCH_LETTER.test(text.normalize("NFC"))) {
    info.cls = UPPER_START.test(text) && !info.initial ? "name" : "english"; // hořické, señor, Łódź
    return;
  }
  const elided = splitElision(text);
  if (elided) {
    const rest = elided[1];
    if (UPPER_START.test(rest)) {
      info.cls = "name"; // d'Orsay, l'Élysée
      return;
    }
    if (fold(elided[0]) === "c'" && !isFrenchWord(rest)) {
      info.cls = "unknown"; // c'mon
      return;
    }
    info.func = true;
    const restLower = rest.toLowerCase();
    if (FRENCH_FUNCTION_WORDS.has(restLower)) {
      info.cls = "function";
    } else if (isFrenchOnlyWord(restLower) || (!isEnglishWord(restLower) && isFrenchWord(restLower))) {
      info.cls = "french";
      info.strong = true;
    } else if (isFrenchWord(restLower) || FRENCH_DIACRITIC.test(rest)) {
      info.cls = "french";
    } else {
      info.cls = "function";
    }
    return;
  }

  const lower = text.toLowerCase();
  if (UPPER_START.test(text)) {
    if (text.length > 1 && ALL_CAPS.test(text)) {
      info.cls = "name";
      return;
    }
    if (!info.initial) {
      info.cls = "name";
      return;
    }
    // Sentence-initial: a name, or an ordinary word that happens to be capitalised.
    if (!FRENCH_FUNCTION_WORDS.has(lower) && (isFrenchName(text) || (isEnglishWord(text) && !isEnglishWord(lower)))) {
      info.cls = "name";
      return;
    }
  }

  if (FRENCH_FUNCTION_WORDS.has(lower)) {
    info.cls = "function";
    info.func = true;
    // Long French-only function words are strong evidence too: selon, avec, depuis, cette.
    info.strong = lower.length >= 4 && isFrenchOnlyWord(lower);
    return;
  }
  if (isFrenchOnlyWord(lower)) {
    // A British spelling of an English word (`stabilisation`, `programmes`, `centre`): both languages.
    if (!FRENCH_DIACRITIC.test(lower) && isBritishSpelling(lower)) {
      info.cls = "shared";
      return;
    }
    if (fold(lower).length < 3) {
      info.cls = "function"; // va, al, ô: too short to count as content
      info.func = true;
    } else {
      info.cls = "french";
      info.strong = true;
    }
    return;
  }
  if (isEnglishWord(lower)) {
    info.cls = isFrenchWord(lower) ? "shared" : "english";
    return;
  }
  if (UPPER_START.test(text) && isEnglishWord(text)) {
    info.cls = "english";
    return;
  }
  if (FRENCH_DIACRITIC.test(text)) {
    info.cls = "french";
    info.strong = true;
    return;
  }
  if (FRENCH_ONLY_MORPHOLOGY.test(lower)) {
    info.cls = "french"; // reculerons: a French verb form the word list lacks
    info.strong = true;
    return;
  }
  info.cls = FRENCH_MORPHOLOGY.test(lower) ? "shared" : "unknown";
}

const OF_PARTICLES = new Set(["de", "du", "des"]);

/**
 * `stabilisation` → `stabilization`, `programmes` → `programs`: an English word in British spelling. Not the
 * `-re` → `-er` change, which turns French words into their English cognates (`ministre` → `minister`,
 * `membre` → `member`): only the British `-re` words themselves (`centre`, `kilometres`).
 */
const BRITISH_RE = /^(?:centre|theatre|fibre|calibre|spectre|sabre|lustre|meagre|sombre|manoeuvre|mitre|ochre|sceptre|sepulchre|goitre|saltpetre|(?:kilo|centi|milli)?(?:metre|litre))(?:s|d)?$/u;
const isBritishSpelling = memo((lower: string): boolean => {
  if (BRITISH_RE.test(lower)) return true;
  for (const [pattern, replacement] of BRITISH_SPELLINGS) {
    if (replacement === "$1er$2" || replacement === "$1ers$2") continue;
    const variant = lower.replace(pattern, replacement);
    if (variant !== lower && isEnglishWord(variant)) return true;
  }
  return false;
});

/**
 * The evidence a word brings to the sentence model: log-odds French vs
 * English. French-only content words and long French function words are
 * strong; words of both languages lean English the more frequent they are in
 * English; English-only words are strong English; words neither list knows
 * are read by their spelling (the character model), and count little.
 */
function evidenceOf(doc: Document, info: WordInfo): number {
  const text = doc.tokenText(info.token);
  switch (info.cls) {
    case "french":
      return info.strong ? 3.5 : 1.5;
    case "function":
      return info.strong ? 3 : 2;
    case "shared": {
      const lower = text.toLowerCase();
      // `on`, `a`, `pour`: function words of both languages, decided by their neighbours.
      if (ENGLISH_FUNCTION_WORDS.has(lower) || EXTRA_ENGLISH_EDGES.has(lower)) return -1;
      // Frequent English words lean English (`place` −0.9), rare ones French (`bout` +0.6).
      return -1.15 + 0.25 * (englishFrequencyBucket(lower) ?? 9);
    }
    case "english":
      return -4 + 0.2 * (englishFrequencyBucket(text) ?? 9);
    case "unknown":
      return Math.max(-1.5, Math.min(1.5, 0.3 * frenchSpellingScore(text)));
    default:
      return 0;
  }
}

/** Runs the sentence model and stores each word's label in `info.french`. */
function labelSentence(doc: Document, infos: WordInfo[]): void {
  const evidence: WordEvidence[] = infos.map((info, i) => ({
    score: evidenceOf(doc, info),
    locked: info.cls === "name" || info.cls === "borrowed",
    breakBefore: i > 0 && !joined(doc, infos[i - 1]!.token, info.token),
  }));
  const labels = labelLanguages(evidence);
  for (let i = 0; i < infos.length; i++) infos[i]!.french = labels[i]!;
}

function findRuns(doc: Document, sentenceIndex: number, infos: readonly WordInfo[]): FrenchRun[] {
  const runs: FrenchRun[] = [];
  let i = 0;
  while (i < infos.length) {
    if (!infos[i]!.french) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < infos.length && infos[j]!.french && joined(doc, infos[j - 1]!.token, infos[j]!.token)) j++;
    let first = i;
    let end = j;
    i = j;
    // Words of both languages at the edges are English unless French words hold them in.
    while (first < end && isEnglishEdge(doc, infos[first]!, first + 1 < end ? infos[first + 1] : undefined, true)) first++;
    while (end > first && isEnglishEdge(doc, infos[end - 1]!, end - 2 >= first ? infos[end - 2] : undefined, false)) end--;
    if (first >= end) continue;
    // Words of both languages after the last French word (or before the first) are English
    // when one of them is an English function word: `projet de loi | on immigration`.
    let lastFrench = end - 1;
    while (lastFrench > first && !infos[lastFrench]!.strong && !infos[lastFrench]!.func) lastFrench--;
    for (let k = lastFrench + 1; k < end; k++) if (isEnglishFunctionWord(doc, infos[k]!)) end = k;
    let firstFrench = first;
    while (firstFrench < end - 1 && !infos[firstFrench]!.strong && !infos[firstFrench]!.func) firstFrench++;
    for (let k = firstFrench - 1; k >= first; k--) {
      if (isEnglishFunctionWord(doc, infos[k]!) && !infos[k]!.initial) {
        first = k + 1;
        break;
      }
    }
    // A run that ends on `de` takes the name after it: `la ville de Lyon`.
    if (end === j && OF_PARTICLES.has(fold(doc.tokenText(infos[end - 1]!.token)))) {
      while (end < infos.length && infos[end]!.cls === "name" && joined(doc, infos[end - 1]!.token, infos[end]!.token)) end++;
    }
    const members = infos.slice(first, end);
    if (!members.some((m) => m.strong || m.func)) continue;
    const start = doc.tokenStart[members[0]!.token]!;
    const stop = doc.tokenEnd[members[members.length - 1]!.token]!;
    runs.push({
      sentence: sentenceIndex,
      words: members.map((m) => m.token),
      start,
      end: stop,
      strong: members.filter((m) => m.strong).length,
      func: members.filter((m) => m.func).length,
      initial: members[0]!.initial,
      mention: isMention(doc, sentenceIndex, members[0]!.token, members[members.length - 1]!.token),
      inGloss: isInGloss(doc, sentenceIndex, members[0]!.token),
      quoted: isQuoted(doc, sentenceIndex, members[0]!.token, members[members.length - 1]!.token),
      bracketed: /[([]\s*$/.test(doc.text.slice(Math.max(0, start - 2), start)) && /^\s*[)\]]/.test(doc.text.slice(stop, stop + 2)),
    });
  }
  return runs;
}

/**
 * A shared word at the edge of a run reads as English when it is an English
 * function word (`a`, `on`, `as`), except at the start of a sentence before a
 * French word (`On ne va pas reculer`). A frequent English content word reads
 * as English at the start of a run (`prison avec sursis`) and at its end after
 * a French content word (`la grève continues`) unless the glossary knows
 * the pair (`conseil municipal`); other shared words stay (`les experts`).
 */
function isEnglishEdge(doc: Document, info: WordInfo, neighbour: WordInfo | undefined, leading: boolean): boolean {
  if (info.cls !== "shared") return false;
  const lower = doc.tokenText(info.token).toLowerCase();
  const frenchNeighbour = neighbour !== undefined && (neighbour.cls === "function" || neighbour.cls === "french");
  if (ENGLISH_FUNCTION_WORDS.has(lower) || EXTRA_ENGLISH_EDGES.has(lower)) return !(leading && info.initial && frenchNeighbour);
  if ((englishFrequencyBucket(lower) ?? 9) > FREQUENT_ENGLISH) return false;
  if (leading) return !info.initial;
  if (neighbour === undefined || neighbour.cls !== "french" || neighbour.func) return false;
  // …unless the glossary knows the pair: `conseil municipal`.
  const pair = `${fold(doc.tokenText(neighbour.token))} ${fold(lower)}`;
  return !loadGlossary().phrases.has(pair);
}

function isEnglishFunctionWord(doc: Document, info: WordInfo): boolean {
  const lower = doc.tokenText(info.token).toLowerCase();
  return info.cls === "shared" && (ENGLISH_FUNCTION_WORDS.has(lower) || EXTRA_ENGLISH_EDGES.has(lower));
}

/** Buckets 0–4 of englishFrequencyBucket: the 3,500 most frequent English words. */
const FREQUENT_ENGLISH = 4;

/** Short English words the function-word list leaves out that are also French forms. */
const EXTRA_ENGLISH_EDGES = new Set(["i", "me", "us", "so", "if", "do", "no", "up", "out", "off", "all", "more", "plus", "pour", "son", "car", "sans", "fin", "are"]);

function previousWords(doc: Document, sentenceIndex: number, tokenIndex: number, count: number): string[] {
  const sentence = sentenceOf(doc, sentenceIndex);
  const out: string[] = [];
  for (let t = tokenIndex - 1; t >= sentence.firstToken && out.length < count; t--) {
    const kind = doc.tokenKind[t];
    if (kind === Kind.word) out.unshift(fold(doc.tokenText(t)));
    else if (kind === Kind.space || /^["“”«»‘’'():,\-]$/.test(doc.tokenText(t))) continue;
    else break;
  }
  return out;
}

function isMention(doc: Document, sentenceIndex: number, firstToken: number, lastToken: number): boolean {
  const cues = loadMentionCues();
  const before = previousWords(doc, sentenceIndex, firstToken, 3);
  for (let n = 1; n <= before.length; n++) {
    if (cues.has(before.slice(before.length - n).join(" "))) return true;
  }
  // Followed by an English gloss: `« On ne lâche rien » (“We won't give up”)`, `…, meaning`.
  const sentence = sentenceOf(doc, sentenceIndex);
  const after = doc.text.slice(doc.tokenEnd[lastToken]!, Math.min(sentence.end, doc.tokenEnd[lastToken]! + 80));
  const gloss = /^[\s"”»’']*(?:\(|\[|,\s*(?:meaning|literally|which means|i\.e\.)\b|\s[–—]\s*(?:literally|meaning)\b)/u.exec(after);
  if (gloss === null) return false;
  if (!gloss[0].endsWith("(") && !gloss[0].endsWith("[")) return true;
  const inner = after.slice(gloss[0].length).split(/[)\]]/)[0] ?? "";
  return (inner.match(WORD) ?? []).some((w) => isEnglishWord(w) && !isFrenchWord(w));
}

function isInGloss(doc: Document, sentenceIndex: number, firstToken: number): boolean {
  const sentence = sentenceOf(doc, sentenceIndex);
  for (let t = firstToken - 1; t >= sentence.firstToken; t--) {
    const text = doc.tokenText(t);
    if (text === ")" || text === "]") return false;
    if (text !== "(" && text !== "[") continue;
    let b = t - 1;
    while (b >= sentence.firstToken && doc.tokenKind[b] === Kind.space) b--;
    const before = doc.token(b);
    // `the INF Treaty [traité …]` or `the unemployment rate (taux de chômage)`, not an editor's insertion after a
    // pronoun: `“It [la réforme] is unfair”`.
    return (
      before !== undefined &&
      b >= sentence.firstToken &&
      before.kind === "word" &&
      (UPPER_START.test(before.text) || (before.text.length >= 3 && isEnglishWord(before.text) && !isFrenchOnlyWord(before.text))) &&
      !ENGLISH_FUNCTION_WORDS.has(before.text.toLowerCase()) &&
      !PRONOUNS.has(before.text.toLowerCase())
    );
  }
  return false;
}

const PRONOUNS = new Set(["it", "he", "she", "they", "we", "you", "i", "there", "here"]);

const OPEN_QUOTES = new Set(["“", "«", "‘", "„", "‹"]);
const CLOSE_QUOTES = new Set(["”", "»", "’", "›"]);

function isQuoted(doc: Document, sentenceIndex: number, firstToken: number, lastToken: number): boolean {
  const sentence = sentenceOf(doc, sentenceIndex);
  let straight = 0;
  let open = false;
  for (let t = sentence.firstToken; t < firstToken; t++) {
    const text = doc.tokenText(t);
    if (OPEN_QUOTES.has(text)) open = true;
    else if (CLOSE_QUOTES.has(text)) open = false;
    else if (text === "\"") straight++;
  }
  if (open || straight % 2 === 1) return true;
  for (let t = lastToken + 1; t < sentence.endToken; t++) {
    const text = doc.tokenText(t);
    if (doc.tokenKind[t] === Kind.space || text === "," || text === "." || text === "!" || text === "?") continue;
    return CLOSE_QUOTES.has(text) && text !== "’";
  }
  return false;
}

/** Finds French exonyms and marks their words (and a French article before them) as a name. */
function findExonyms(doc: Document, infos: readonly WordInfo[], table: ReadonlyMap<string, FrenchExonym>): ExonymMatch[] {
  const found: ExonymMatch[] = [];
  for (let i = 0; i < infos.length; i++) {
    const info = infos[i]!;
    if (info.cls === "borrowed") continue;
    const token = doc.token(info.token)!;
    const elided = splitElision(token.text);
    const head = elided ? elided[1] : token.text;
    if (!UPPER_START.test(head)) continue;
    let matched = 0;
    let entry: FrenchExonym | undefined;
    for (let n = Math.min(3, infos.length - i); n >= 1 && matched === 0; n--) {
      let ok = true;
      for (let k = 1; k < n && ok; k++) {
        ok = infos[i + k]!.cls !== "borrowed" && joined(doc, infos[i + k - 1]!.token, infos[i + k]!.token);
      }
      if (!ok) continue;
      const key = [fold(head), ...infos.slice(i + 1, i + n).map((w) => fold(doc.tokenText(w.token)))].join(" ");
      entry = table.get(key);
      if (entry !== undefined) matched = n;
    }
    if (entry === undefined) continue;
    const lastToken = infos[i + matched - 1]!.token;
    // Part of a longer name (`Crédit Suisse`, `Chine Nouvelle`): leave it.
    const next = infos[i + matched];
    if (next !== undefined && UPPER_START.test(doc.tokenText(next.token)) && joined(doc, lastToken, next.token)) continue;
    const previous = i > 0 ? infos[i - 1] : undefined;
    const previousText = previous ? doc.tokenText(previous.token) : "";
    const previousJoined = previous !== undefined && joined(doc, previous.token, info.token);
    if (previousJoined && !elided && UPPER_START.test(previousText) && !/^(?:the|le|la|les)$/i.test(previousText)) continue;
    const frenchArticle = elided !== undefined || (previousJoined && /^(?:le|la|les)$/i.test(previousText));
    const start = elided || !frenchArticle ? token.start : doc.tokenStart[previous!.token]!;
    for (let k = frenchArticle && !elided ? i - 1 : i; k < i + matched; k++) {
      infos[k]!.cls = "name";
      infos[k]!.strong = false;
      infos[k]!.func = false;
    }
    found.push({
      start,
      end: doc.tokenEnd[lastToken]!,
      frenchArticle,
      englishArticle: previousJoined && /^the$/i.test(previousText),
      initial: frenchArticle && !elided ? previous!.initial : info.initial,
      entry,
    });
    i += matched - 1;
  }
  return found;
}
