/**
 * A single French word left in the English text (`the sénatrice`, `chômage
 * rose`), and French names of places English names differently (`the
 * Royaume-uni` → `the United Kingdom`). Loanwords, names and anything English
 * in another spelling are left alone: a word is flagged only when it is French
 * and no English word, not even without its accents (`naïve`, `résumé`), in
 * British spelling (`centre`, `catalogue`, `programme`) or as a plural or
 * prefixed form of one. Without a glossary entry, the word must be French
 * by its accents or endings, or be a lowercase word only the French list has
 * (`incendie`, `entorse`) and not one English text uses (`boson`, `taliban`:
 * `lexicon/attested-french.ts`). A suggestion when the glossary knows the
 * word, otherwise a minor flag; never automatic.
 */
import { defineRule } from "../engine/rule.js";
import type { Document } from "../engine/document.js";
import type { Detection } from "../engine/types.js";
import { matchCase } from "../engine/casing.js";
import { fold, glossaryLookup, isEnglishWord, isFrenchOnlyWord, isFrenchWord, languageOf, canBeFrench, type FrenchRun, type LanguageAnalysis } from "../engine/language.js";
import { FRENCH_DIACRITIC } from "../lexicon/french-signals.js";
import { isFrenchPhrase } from "./french-phrase.js";
import { isFrenchFormUsedInEnglish } from "../lexicon/attested-french.js";

/** Word shapes that are French morphology, not English. */
const FRENCH_SHAPE = /(?:ement|ements|aient|ait|eux|euse|euses|ière|ières|oire|oires|ionnel|ionnelle|ionnels|ionnelles|ienne|iennes)$/;

/** British spellings and inflections that lead back to an English word (`centre`, `programmes`, `intercommunal`). */
const VARIANTS: readonly [RegExp, string][] = [
  [/([^aeiou])re(s?)$/, "$1er$2"], // centre, litre, spectre
  [/ogue(s?)$/, "og$1"], // catalogue
  [/our(s?)$/, "or$1"], // labour, honour
  [/is(e|es|ed|ing|ation|ations)$/, "iz$1"], // organise, organisation
  [/ys(e|es|ed|ing)$/, "yz$1"], // analyse
  [/mme(s?)$/, "m$1"], // programme, kilogramme
  [/ence$/, "ense"], // defence, licence
  [/oe/, "e"], // manoeuvre
  [/ae/, "e"], // anaemia
  [/ll(ed|ing|er|ers)$/, "l$1"], // travelled
  [/que$/, "k"], // cheque
  [/esse(s?)$/, "ess$1"], // largesse
  [/oub/, "ub"], // rouble
  [/ies$/, "y"],
  [/es$/, ""],
  [/s$/, ""],
];
const PREFIX = /^(?:anti|auto|bio|co|counter|cyber|eco|euro|geo|hyper|inter|intra|macro|micro|mid|mini|multi|neo|non|over|post|pre|pro|pseudo|re|semi|sub|super|trans|ultra|un|under)-?/;

export function isEnglishVariant(word: string): boolean {
  const lower = word.toLowerCase();
  const plain = fold(lower);
  if (isEnglishWord(plain)) return true;
  for (const [pattern, replacement] of VARIANTS) {
    if (!pattern.test(plain)) continue;
    const variant = plain.replace(pattern, replacement);
    if (variant !== plain && isEnglishWord(variant)) return true;
    // Two changes at most: `manoeuvres` → `manoeuvre` → `maneuver`.
    for (const [pattern2, replacement2] of VARIANTS) {
      const variant2 = variant.replace(pattern2, replacement2);
      if (variant2 !== variant && isEnglishWord(variant2)) return true;
    }
  }
  // Prefixed English words are spelled without accents (`intercommunal`, `biodiesel`).
  const prefix = plain === lower ? PREFIX.exec(plain) : null;
  return prefix !== null && plain.length - prefix[0].length >= 4 && isEnglishWord(plain.slice(prefix[0].length));
}

/** The one French content word of a run that is no French phrase, if it stands alone. */
function loneWord(run: FrenchRun, analysis: LanguageAnalysis): number | undefined {
  if (run.mention || run.inGloss || run.strong !== 1 || isFrenchPhrase(run)) return undefined;
  const strong = run.words.filter((t) => analysis.word(t)?.strong === true);
  return strong.length === 1 ? strong[0] : undefined;
}

/** The word before token `t` (one space away) is capitalised and does not start its sentence. */
function afterCapitalisedWord(doc: Document, t: number): boolean {
  const previous = doc.token(t - 2);
  if (doc.token(t - 1)?.kind !== "space" || previous?.kind !== "word" || !/^\p{Lu}/u.test(previous.text)) return false;
  const before = doc.token(t - 4);
  return doc.token(t - 3)?.kind === "space" && before?.kind === "word";
}

/** A French-only form English text uses, or its plural (`stalags`). */
function usedInEnglish(lower: string): boolean {
  return isFrenchFormUsedInEnglish(lower) || (lower.endsWith("s") && isFrenchFormUsedInEnglish(lower.slice(0, -1)));
}

export default defineRule({
  id: "french-word",
  category: "untranslated",
  description: "Flags a single French word or French place name left untranslated, with a suggestion when the glossary knows it.",
  examples: {
    bad: [
      {
        text: "The ⟦sénatrice⟧ from Ontario voted against the budget.",
        fixed: "The senator from Ontario voted against the budget.",
        safe: false,
      },
      {
        text: "Youth ⟦chômage⟧ rose to 17% in Wallonia 📈 last year.",
        fixed: "Youth unemployment rose to 17% in Wallonia 📈 last year.",
        safe: false,
      },
      {
        text: "Talks between the EU and the ⟦Royaume-uni⟧ resumed in Brussels.",
        fixed: "Talks between the EU and the United Kingdom resumed in Brussels.",
        safe: false,
      },
      {
        text: "Exports to ⟦Allemagne⟧ fell sharply in March.",
        fixed: "Exports to Germany fell sharply in March.",
        safe: false,
      },
      {
        text: "He met the ministers, ⟦selon⟧ the spokesperson.",
        fixed: "He met the ministers, according to the spokesperson.",
        safe: false,
      },
      { text: "The ⟦préfète⟧ of the Rhône spoke after the mayor.", safe: false },
      { text: "Firefighters fought the ⟦incendie⟧ for six hours in Rouen 🔥.", safe: false },
      { text: "The striker suffered a serious ⟦entorse⟧ to the ankle.", safe: false },
    ],
    good: [
      "The café served pâté, a croissant and a crème brûlée.",
      "She was naïve about the résumé her protégé had sent.",
      "The city centre has a new theatre, and the programme is on the catalogue.",
      "The detente with Moscow and the rapprochement with Beijing continued.",
      "There is a place for justice; pour the water, take action as a nation.",
      "The bank Crédit Suisse and the newspaper Le Monde were mentioned.",
      "Montréal and Québec City are in the province of Québec.",
      "The Royaume nightclub opened in Montreal.",
      "The French word chômage means unemployment.",
      "He stayed at a gîte in Provence and ate a soufflé.",
      "The labour minister met the defence committee at the harbour.",
      "Ad valorem duties and habeas corpus protections apply.",
      "Physicists found the Higgs boson; the taliban fled; she ordered falafel and a bento.",
      "Incendie is the title of the film, and Entorse a brand.",
    ],
  },
  // Only sentences with a word that can be French are analysed.
  trigger: { forms: canBeFrench },
  detect(doc, hits) {
    const analysis = languageOf(doc, hits.tokens);
    const found: Detection[] = [];
    for (const run of analysis.runs) {
      const t = loneWord(run, analysis);
      if (t === undefined) continue;
      const info = analysis.word(t)!;
      const token = doc.token(t)!;
      const text = token.text;
      // A quoted single word is almost always a mention (`the word “chômage”`).
      if (run.quoted) continue;
      // A word no French list has, right after a capitalised word, is a surname that lost its capital
      // (`Dr Francine décary`), not French.
      if (!isFrenchWord(text) && afterCapitalisedWord(doc, t)) continue;
      // In brackets on its own it glosses the words before it: flag, do not translate.
      const english = run.bracketed ? undefined : glossaryLookup(fold(text));
      if (english === undefined) {
        if (info.func || info.initial) continue;
        if (fold(text).length < 4 || isEnglishVariant(text)) continue;
        // A word of the French list no English list has, written in lowercase, or French by its accents or endings.
        // (not one English text uses: `boson`, `taliban`).
        const frenchOnly = text === text.toLowerCase() && info.cls === "french" && isFrenchOnlyWord(text) && !usedInEnglish(text);
        if (!frenchOnly && !FRENCH_DIACRITIC.test(text) && !FRENCH_SHAPE.test(text.toLowerCase())) continue;
      }
      found.push({
        start: token.start,
        end: token.end,
        replacement: english === undefined ? null : matchCase(text, english),
        confidence: english === undefined ? 0.5 : 0.75,
        severity: english === undefined ? "minor" : "major",
        safe: false,
        message:
          english === undefined
            ? `French word left untranslated: “${text}”.`
            : `French word left untranslated: “${text}” means “${english}”.`,
      });
    }
    for (const exonym of analysis.exonyms) {
      const { entry } = exonym;
      const article = entry.the && !exonym.englishArticle ? "the " : "";
      let english = article + entry.english;
      if (exonym.initial) english = english[0]!.toUpperCase() + english.slice(1);
      const original = doc.text.slice(exonym.start, exonym.end);
      found.push({
        start: exonym.start,
        end: exonym.end,
        replacement: english,
        confidence: 0.8,
        severity: "major",
        safe: false,
        message: `French name left untranslated: “${original}” is “${entry.english}” in English.`,
      });
    }
    return found;
  },
});
