/**
 * A French gloss in brackets right after the English name or noun it translates:
 * `the INF Treaty [traité sur les armes nucléaires de portée intermédiaire]`,
 * `the Court of Audit [Cour des comptes]`, `the National Assembly (Assemblée
 * nationale)`. The bracket must hold only French (function words, diacritics,
 * French-only words from the word lists) and follow an English word or an
 * acronym it does not spell out: `the CGT (Confédération générale du travail)`
 * expands the acronym, `Jean Dupont (Les Républicains)` gives a party, and
 * mottos and titles are quoted on purpose. After an English common noun
 * (`the unemployment rate (taux de chômage)`, `the criminal court (tribunal correctionnel)`)
 * one or two French-only or accented words make a gloss too, not a loanword
 * (`the wine (rosé)`). Removal is safe only in square
 * brackets (a translator's gloss, never the author's aside) with a French
 * function word or two French-only words; in round brackets it is a suggestion.
 */
import { defineRule } from "../engine/rule.js";
import type { Detection } from "../engine/types.js";
import { borrowedKind, isEnglishWord, isFrenchName, isFrenchOnlyWord, isFrenchWord, splitElision } from "../engine/language.js";
import { ENGLISH_FUNCTION_WORDS } from "../lexicon/function-words.js";
import { FRENCH_DIACRITIC, frenchSignals } from "../lexicon/french-signals.js";
import { isEnglishVariant as isEnglishVariantWord } from "./french-word.js";

// A capitalised name or acronym, a space, then a bracketed stretch on one line.
const NAME_BEFORE = /(?<![\p{L}\p{N}])(?<name>\p{Lu}[\p{L}\p{N}'’.-]*)[ \u00a0]$/u;
// Or an English common noun: `the unemployment rate (taux de chômage)`, `the criminal court (tribunal correctionnel)`.
const NOUN_BEFORE = /(?<![\p{L}\p{N}])(?<noun>\p{Ll}[\p{Ll}'’-]{2,})[ \u00a0]$/u;
const BRACKET = /^(?<open>[[(])(?<inner>[^\][()\n]{3,200})(?<close>[\])])/u;
const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;
const ACRONYM = /^(?:\p{Lu}\.?){2,}$/u;

/** The letters of `acronym` appear, in order, as initials of `words` (the bracket spells it out). */
function spellsOut(acronym: string, words: readonly string[]): boolean {
  const letters = acronym.replace(/\./g, "").toLowerCase();
  let k = 0;
  for (const word of words) {
    const head = (splitElision(word)?.[1] ?? word).normalize("NFD")[0]?.toLowerCase();
    if (head === letters[k]) k++;
    if (k === letters.length) return true;
  }
  return false;
}

/** Capitalised words that start a sentence but name nothing: `“The [Assemblée nationale] will vote”` is an editor's insertion. */
const NOT_A_NAME = new Set(["it", "he", "she", "they", "we", "you", "i", "there", "here", "then", "now", "so", "yes", "no"]);

/** The word before the bracket is something a French gloss can translate: an English word, or an acronym. */
function glossableName(name: string, words: readonly string[]): boolean {
  if (ACRONYM.test(name)) return !spellsOut(name, words);
  const lower = name.toLowerCase();
  if (ENGLISH_FUNCTION_WORDS.has(lower) || NOT_A_NAME.has(lower)) return false;
  return isEnglishWord(name) && !isFrenchOnlyWord(name);
}

/** A lowercase English content word a gloss can translate (not `it`, `of`, `and`). */
function isCommonNoun(word: string): boolean {
  return !ENGLISH_FUNCTION_WORDS.has(word) && !NOT_A_NAME.has(word) && isEnglishWord(word) && !isFrenchOnlyWord(word);
}

/** The bracket is English in another spelling (`centre`, `programme`): no gloss; accents make it French (`chômage`). */
function isEnglishVariant(inner: string): boolean {
  return (inner.match(WORD) ?? []).every((word) => !FRENCH_DIACRITIC.test(word) && isEnglishVariantWord(word));
}

function frenchOnly(word: string): boolean {
  const rest = splitElision(word)?.[1] ?? word;
  return isFrenchOnlyWord(rest.toLowerCase());
}

export default defineRule({
  id: "french-gloss",
  category: "untranslated",
  description: "Removes a bracketed French gloss left after the English name it translates.",
  examples: {
    bad: [
      {
        text: "according to the principles of the INF Treaty⟦ [traité sur les armes nucléaires de portée intermédiaire]⟧ and we are open",
        fixed: "according to the principles of the INF Treaty and we are open",
        safe: true,
      },
      {
        text: "the National Assembly⟦ (l'Assemblée nationale)⟧ voted 🗳️ on Tuesday",
        fixed: "the National Assembly voted 🗳️ on Tuesday",
        safe: false,
      },
      {
        text: "the Court of Audit⟦ [la Cour des comptes]⟧ said",
        fixed: "the Court of Audit said",
        safe: true,
      },
      {
        text: "The report of the Court of Audit⟦ [Cour des comptes]⟧ was published on Wednesday.",
        fixed: "The report of the Court of Audit was published on Wednesday.",
        safe: true,
      },
      {
        text: "Deputies of the National Assembly⟦ (Assemblée nationale)⟧ rejected the text.",
        fixed: "Deputies of the National Assembly rejected the text.",
        safe: false,
      },
      {
        text: "The unemployment rate⟦ (taux de chômage)⟧ rose to 7% in May 📈.",
        fixed: "The unemployment rate rose to 7% in May 📈.",
        safe: false,
      },
      {
        text: "The criminal court⟦ (tribunal correctionnel)⟧ sentenced him on Friday.",
        fixed: "The criminal court sentenced him on Friday.",
        safe: false,
      },
      {
        text: "The housing allowance⟦ [allocation logement]⟧ will be cut.",
        fixed: "The housing allowance will be cut.",
        safe: false,
      },
      {
        text: "The Constitutional Council⟦ [Conseil constitutionnel]⟧ will rule in May.",
        fixed: "The Constitutional Council will rule in May.",
        safe: true,
      },
    ],
    good: [
      "There are some areas […] in which we believe progress is possible.",
      "Thank you. [Laughter] [Applause]",
      "the Treaty [of Versailles] was signed",
      "the motto [liberté, égalité, fraternité] is on every town hall",
      "the party (La République en marche) and its allies in the Senate (the upper house)",
      "Louis XIV (1638–1715) built Versailles.",
      "The union CGT (Confédération générale du travail) called a strike.",
      "The researchers of the CNRS [Centre national de la recherche scientifique] agreed.",
      "MP Jean Dupont (Les Républicains) voted against it.",
      "Marine Le Pen (Rassemblement national) came second.",
      "The French Motto (Liberté, égalité, fraternité) is carved on the façade.",
      "The film Amélie (Le Fabuleux Destin d'Amélie Poulain) was a hit.",
      "The Senate (Sénat) voted.",
      "Paris (France) and Montréal (Québec) are twinned.",
      "“The [Assemblée nationale] will have the last word,” she said.",
      "“It [la réforme] is unfair,” the union leader said.",
      "She ordered the wine (rosé) and a pastry (croissant) at the café.",
      "The results (see table) were published in the annex (page 4).",
      "The festival (programme) and the theatre (centre) were new.",
    ],
  },
  // Found from the bracket backwards: brackets are rare, capitals are not.
  trigger: { chars: "[(" },
  detect(doc, hits) {
    const found: Detection[] = [];
    for (const at of hits.offsets) {
      const context = doc.text.slice(Math.max(0, at - 80), at);
      const before = NAME_BEFORE.exec(context);
      const noun = before === null ? NOUN_BEFORE.exec(context)?.groups!.noun : undefined;
      if (before === null && (noun === undefined || !isCommonNoun(noun))) continue;
      const match = BRACKET.exec(doc.text.slice(at, at + 203));
      if (match === null) continue;
      const name = before?.groups!.name;
      const { open, inner, close } = match.groups!;
      if ((open === "[") !== (close === "]")) continue;
      const words = inner!.match(WORD) ?? [];
      if (words.length < 1 || (words.length < 2 && noun === undefined)) continue;
      if (words.some((word) => ENGLISH_FUNCTION_WORDS.has(word.toLowerCase()))) continue;
      // Only French in the bracket: every word is French (or a French name), none English only.
      const french = words.filter((word) => {
        const rest = splitElision(word)?.[1] ?? word;
        return isFrenchWord(rest) || isFrenchName(rest) || FRENCH_DIACRITIC.test(rest) || !isEnglishWord(rest);
      });
      if (french.length < words.length) continue;
      const { functionWords, diacritics } = frenchSignals(words);
      const frenchOnlyWords = words.filter(frenchOnly).length;
      const evidence = words.filter((word) => {
        const signals = frenchSignals([word]);
        return signals.functionWords + signals.diacritics > 0 || frenchOnly(word);
      }).length;
      // One or two words after a common noun are enough when only French has one (`tribunal correctionnel`).
      const single = noun !== undefined && words.length <= 2 && (frenchOnlyWords >= 1 || diacritics >= 1) && !isEnglishVariant(inner!);
      if (functionWords + diacritics < 2 && frenchOnlyWords < 2 && !single) continue;
      if (evidence * 2 < words.length) continue;
      if (name !== undefined && !glossableName(name, words)) continue;
      const kind = borrowedKind(inner!);
      if (kind === "party" || kind === "motto" || kind === "title" || kind === "loanword" || kind === "latin") continue;
      const start = at - 1;
      const end = at + match[0].length;
      // Safe only in square brackets (a translator's gloss, never the author's aside)
      // and with a French function word or two French-only words, not just accented names.
      const safe = open === "[" && (functionWords >= 1 || frenchOnlyWords >= 2);
      found.push({
        start,
        end,
        replacement: "",
        confidence: safe ? 0.93 : 0.7,
        severity: "major",
        safe,
        message: `French gloss of the name before it, left untranslated: remove “${open}${inner}${close}”.`,
      });
    }
    return found;
  },
});
