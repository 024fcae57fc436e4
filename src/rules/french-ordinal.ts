/**
 * French ordinal abbreviations left in English: `the 2e round` → `the 2nd
 * round`, `1er`/`1re` → `1st`, `the XXe century` / `XXe siècle` → `20th
 * century`, `the Ve République` → `the Fifth Republic`, `Napoléon Ier` →
 * `Napoléon I`. A Roman numeral is touched only with a French ordinal suffix
 * and before a noun that takes an ordinal, so `Louis XIV`, `World War II`,
 * `Super Bowl LVII` and `Jony Ive` stay; an Arabic one is fixed
 * automatically only before such a noun, and merely suggested before another
 * English word (`D&D 5e` stays).
 */
import { defineRule } from "../engine/rule.js";
import type { Token } from "../engine/tokenize.js";
import type { Document } from "../engine/document.js";
import type { Detection } from "../engine/types.js";
import {
  FIRST_ONLY_SUFFIXES,
  FRENCH_ORDINAL_SUFFIXES,
  MONTHS,
  ORDINAL_NOUNS,
  ORDINAL_WORDS,
  ROMAN_ORDINAL_NOUNS,
  SPELLED_ORDINAL_NOUNS,
} from "../lexicon/french-ordinals.js";
import { FRENCH_FUNCTION_WORDS } from "../lexicon/function-words.js";
import { isEnglishWord, isFrenchOnlyWord } from "../lexicon/words.js";

// Only I, V and X: centuries, arrondissements and republics stay below XXXI, and `Ce`, `Le`, `De`, `Me`
// (C, L, D, M + e) are French words (`Le siècle des Lumières`).
const ROMAN = /^(?<numeral>[IVX]+)(?<suffix>e|è|ème|eme|ième|ᵉ|er|ᵉʳ)$/u;
const VALID_ROMAN = /^X{0,3}(?:IX|IV|V?I{0,3})$/u;
const ROMAN_VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10 };
// Words before a number that make it a label (`Figure 2e`, `room 3e`), not an ordinal.
const LABEL_WORDS = new Set([
  "fig", "figure", "table", "panel", "box", "item", "step", "option", "section", "chapter", "page", "exhibit",
  "appendix", "room", "unit", "apartment", "route", "gate", "platform", "terminal", "part", "phase", "model",
  "version", "question", "grade", "level", "suite", "lot", "block", "building", "no", "number",
]);
// Words after which an ordinal is expected: `the 2e round`, `in 1er place`.
const ORDINAL_CONTEXT = new Set([
  "the", "his", "her", "its", "their", "our", "my", "your", "this", "that", "each", "every", "a", "in", "to", "for",
  "at", "from", "on",
]);
// Characters glued before a number that make it part of something else: `1.2e`, `x-2e`, `v2e`.
const GLUED_BEFORE = /[\p{L}\p{N}.,\-+/_&]/u;
const DND_BEFORE = /&\p{L}+\s$/u;

function englishOrdinal(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  return `${n}${["th", "st", "nd", "rd"][n % 10] ?? "th"}`;
}

function romanValue(numeral: string): number {
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const value = ROMAN_VALUES[numeral[i]!]!;
    const next = ROMAN_VALUES[numeral[i + 1] ?? ""] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

const isSpace = (token: Token | undefined) => token?.kind === "space" && /^[ \u00a0]$/u.test(token.text);

/** The word before token `i`, across one space, lowercased; undefined at the start of a line. */
function wordBefore(doc: Document, i: number): string | undefined {
  const previous = doc.token(i - 1);
  if (!isSpace(previous)) return undefined;
  const word = doc.token(i - 2);
  return word?.kind === "word" ? word.text.toLowerCase() : undefined;
}

export default defineRule({
  id: "french-ordinal",
  category: "calque",
  description: "Replaces French ordinal abbreviations (`2e`, `1er`, `XXe siècle`) with English ordinals.",
  examples: {
    bad: [
      { text: "She won the ⟦2e⟧ round of the election.", fixed: "She won the 2nd round of the election.", safe: true },
      { text: "He finished in ⟦1er⟧ place on Sunday.", fixed: "He finished in 1st place on Sunday.", safe: true },
      { text: "a treasure of the ⟦XXe⟧ century 🏛️", fixed: "a treasure of the 20th century 🏛️", safe: true },
      { text: "Art of the ⟦XIXe siècle⟧ is on show.", fixed: "Art of the 19th century is on show.", safe: true },
      { text: "since the start of the ⟦Ve⟧ Republic", fixed: "since the start of the Fifth Republic", safe: true },
      { text: "She lives in the ⟦16e⟧ arrondissement of Paris.", fixed: "She lives in the 16th arrondissement of Paris.", safe: true },
      { text: "The museum honours Napoléon ⟦Ier⟧ this year.", fixed: "The museum honours Napoléon I this year.", safe: true },
      { text: "It was the ⟦3e⟧ hearing in the case.", fixed: "It was the 3rd hearing in the case.", safe: false },
    ],
    good: [
      "Louis XIV built Versailles.",
      "Super Bowl LVII was played in Arizona.",
      "World War II ended in 1945.",
      "Queen Elizabeth II died in 2022.",
      "Jony Ive designed the iPhone.",
      "The D&D 5e rules are popular.",
      "The constant is 6.02e23 per mole.",
      "Campbell Biology, 2e, is the set textbook.",
      "Xe is the symbol of xenon.",
      "Elle a remporté le 2e tour.",
      "He finished 2nd in the 20th century race.",
      "In Figure 2e, time runs from left to right.",
      "Le siècle des Lumières a changé l'Europe.",
      "Ce siècle sera celui du climat.",
    ],
  },
  // Arabic ordinals start with a number; Roman ones are a word of their own.
  trigger: { kinds: ["number"], forms: (word) => ROMAN.test(word) },
  detect(doc, hits) {
    const found: Detection[] = [];
    for (const i of hits.tokens) {
      const token = doc.token(i)!;
      if (token.kind === "number") {
        const detection = arabic(i);
        if (detection) found.push(detection);
      } else if (token.kind === "word") {
        const detection = roman(i);
        if (detection) found.push(detection);
      }
    }
    return found;

    function arabic(i: number): Detection | undefined {
      const number = doc.token(i)!;
      const suffix = doc.token(i + 1);
      if (suffix?.kind !== "word" || suffix.start !== number.end || !FRENCH_ORDINAL_SUFFIXES.has(suffix.text)) return;
      if (!/^[0-9]{1,4}$/u.test(number.text)) return;
      const glued = doc.text[number.start - 1];
      if (glued !== undefined && GLUED_BEFORE.test(glued)) return;
      const n = Number(number.text);
      if (n === 0 || (FIRST_ONLY_SUFFIXES.has(suffix.text) && n !== 1) || (suffix.text === "nde" && n !== 2)) return;
      const before = wordBefore(doc, i);
      if (before !== undefined && (FRENCH_FUNCTION_WORDS.has(before) || LABEL_WORDS.has(before))) return;
      // `Figure 2e`, `Route 3e`: a capitalised word before the number makes it a label.
      if (before !== undefined && /^\p{Lu}/u.test(doc.token(i - 2)!.text) && !ORDINAL_CONTEXT.has(before)) return;
      // `D&D 5e`: an edition name.
      if (DND_BEFORE.test(doc.text.slice(Math.max(0, number.start - 8), number.start))) return;
      if (!isSpace(doc.token(i + 2))) return;
      const noun = doc.token(i + 3);
      if (noun?.kind !== "word") return;
      const ordinal = englishOrdinal(n);
      const spelled = `${number.text}${suffix.text}`;
      const key = noun.text.toLowerCase();
      const expected = before !== undefined && ORDINAL_CONTEXT.has(before);
      if (expected && (key in ORDINAL_NOUNS || (FIRST_ONLY_SUFFIXES.has(suffix.text) && MONTHS.has(noun.text)))) {
        const translated = ORDINAL_NOUNS[key];
        const end = translated ? noun.end : suffix.end;
        const replacement = translated ? `${ordinal} ${translated}` : ordinal;
        return {
          start: number.start,
          end,
          replacement,
          confidence: 0.95,
          severity: "minor",
          safe: true,
          message: `“${doc.text.slice(number.start, end)}” is a French ordinal: “${replacement}”.`,
        };
      }
      if (noun.text !== key || !isEnglishWord(key) || isFrenchOnlyWord(key)) return;
      return {
        start: number.start,
        end: suffix.end,
        replacement: ordinal,
        confidence: 0.7,
        severity: "minor",
        message: `“${spelled}” looks like a French ordinal: “${ordinal}”.`,
      };
    }

    function roman(i: number): Detection | undefined {
      const word = doc.token(i)!;
      const match = ROMAN.exec(word.text);
      if (!match) return;
      const { numeral, suffix } = match.groups as { numeral: string; suffix: string };
      if (!VALID_ROMAN.test(numeral)) return;
      const n = romanValue(numeral);
      if (n === 0) return;
      // `Napoléon Ier`, `François Ier`: a regnal number.
      if (suffix === "er" || suffix === "ᵉʳ") {
        if (n !== 1 || !isSpace(doc.token(i - 1)) || !/^\p{Lu}\p{Ll}/u.test(doc.token(i - 2)?.text ?? "")) return;
        return {
          start: word.start,
          end: word.end,
          replacement: "I",
          confidence: 0.92,
          severity: "minor",
          safe: true,
          message: `“${word.text}” is the French regnal ordinal: “I”.`,
        };
      }
      const before = wordBefore(doc, i);
      if (before !== undefined && FRENCH_FUNCTION_WORDS.has(before)) return;
      if (!isSpace(doc.token(i + 1))) return;
      const noun = doc.token(i + 2);
      if (noun?.kind !== "word" || !(noun.text in ROMAN_ORDINAL_NOUNS)) return;
      const translated = ROMAN_ORDINAL_NOUNS[noun.text] ?? null;
      const english = translated ?? noun.text;
      const end = translated ? noun.end : word.end;
      let ordinal: string;
      if (SPELLED_ORDINAL_NOUNS.has(english)) {
        if (n >= ORDINAL_WORDS.length) return;
        ordinal = ORDINAL_WORDS[n]!;
      } else {
        ordinal = englishOrdinal(n);
      }
      const replacement = translated ? `${ordinal} ${translated}` : ordinal;
      return {
        start: word.start,
        end,
        replacement,
        confidence: 0.95,
        severity: "minor",
        safe: true,
        message: `“${doc.text.slice(word.start, end)}” is a French ordinal: “${replacement}”.`,
      };
    }
  },
});
