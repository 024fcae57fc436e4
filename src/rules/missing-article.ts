/**
 * An article or an `of` the translation dropped where English cannot do
 * without it: `nearly third of the inhabitants` (*près d'un tiers*), `since
 * beginning of the year` (*depuis le début de l'année*), `28 the 31 drones`
 * (*28 des 31 drones*), `the invasion Ukraine` (*l'invasion de l'Ukraine*).
 * Suggestions, never automatic: the missing word is certain, its exact form
 * (`a`/`the`, `of`/`of the`) is for a person to confirm.
 */
import { defineRule } from "../engine/rule.js";
import { matchCase } from "../engine/casing.js";
import type { Detection } from "../engine/types.js";
import { DEMONYM_PLACES, LANGUAGE_DEMONYM_PLACES } from "../lexicon/demonyms.js";
import { literalGate, matchesAround } from "./support/literal-gate.js";

interface Pattern {
  /** Lowercase literals one of which every match contains (a cheap gate before the pattern runs). */
  trigger: readonly string[];
  pattern: RegExp;
  /** The replacement of the whole match. */
  fix(match: RegExpExecArray): string;
  message: string;
  confidence: number;
  /** Accepts the match (beyond what the pattern says). */
  accept?(match: RegExpExecArray): boolean;
}

const COUNTRIES = new Set([...Object.values(DEMONYM_PLACES), ...Object.values(LANGUAGE_DEMONYM_PLACES), "Ukraine", "Russia", "Iraq", "Kuwait", "Crimea", "Gaza", "Taiwan", "Tibet", "Afghanistan", "Poland", "Czechoslovakia", "Georgia", "Lebanon", "Syria", "Israel", "Iran", "Libya", "Mali", "Chad", "Niger", "Sudan", "Yemen", "Armenia", "Azerbaijan", "Kosovo", "Serbia", "Cyprus"]);

const PATTERNS: readonly Pattern[] = [
  {
    // `nearly third of`: a fraction after an approximation needs its article.
    trigger: ["third of", "quarter of", "fifth of", "sixth of", "tenth of", "dozen of"],
    pattern: /\b(?<lead>[Nn]early|[Aa]lmost|[Aa]bout|[Aa]round|[Rr]oughly|[Oo]ver|[Uu]nder|[Jj]ust over|[Jj]ust under|[Mm]ore than|[Ll]ess than|[Bb]arely|[Cc]lose to|[Oo]nly) (?<fraction>third|quarter|fifth|sixth|tenth|dozen) of\b/gu,
    fix: (m) => `${m.groups!.lead} a ${m.groups!.fraction} of`,
    message: "A fraction after an approximation takes an article",
    confidence: 0.75,
  },
  {
    // `since beginning of the year`: the point in time takes `the`.
    trigger: [" beginning of ", " end of ", " start of ", " middle of ", " eve of ", " turn of "],
    pattern: /\b(?<lead>[Ss]ince|[Ff]rom|[Uu]ntil|[Tt]ill|[Bb]efore|[Aa]fter|[Tt]owards?|[Uu]p to) (?<point>beginning|end|start|middle|eve|turn) of (?=the |this |last |next |\d{4}\b|[\p{Lu}])/gu,
    fix: (m) => `${m.groups!.lead} the ${m.groups!.point} of `,
    message: "The point in time takes `the`",
    confidence: 0.75,
  },
  {
    // `28 the 31 drones`: a part of a counted whole (*28 des 31*).
    trigger: ["0 the ", "1 the ", "2 the ", "3 the ", "4 the ", "5 the ", "6 the ", "7 the ", "8 the ", "9 the "],
    pattern: /(?<![\p{L}\p{N},.])(?<part>\d+) the (?<whole>\d+)(?= \p{Ll})/gu,
    fix: (m) => `${m.groups!.part} of the ${m.groups!.whole}`,
    message: "A part of a counted whole: `of the`",
    confidence: 0.7,
    accept: (m) => Number(m.groups!.part) < Number(m.groups!.whole),
  },
  {
    // `the invasion Ukraine`: an action noun and its object, a country.
    trigger: ["the invasion ", "the annexation ", "the occupation ", "the liberation ", "the bombing ", "the bombardment ", "the partition ", "the reconstruction ", "the blockade ", "the conquest ", "the evacuation ", "the siege ", "the coloni", "the withdrawal ", "the defeat "],
    // The country is followed by a stop or a preposition, not a verb: `the invasion Russia launched` is a relative clause.
    pattern: /\b(?<noun>[Tt]he (?:invasion|annexation|occupation|liberation|bombing|bombardment|partition|reconstruction|blockade|conquest|evacuation|siege|colonization|colonisation|withdrawal|defeat)) (?<place>\p{Lu}\p{Ll}+)(?=[.,;:)!?]|$| (?:in|on|at|by|and|or|but|since|until|during|after|before|from|to|with|which|that)\b)/gu,
    fix: (m) => `${m.groups!.noun} of ${m.groups!.place}`,
    message: "The noun's object lost its `of`",
    confidence: 0.7,
    accept: (m) => COUNTRIES.has(m.groups!.place!),
  },
];

const GATE = literalGate(PATTERNS.flatMap((p) => p.trigger));

export default defineRule({
  id: "missing-article",
  category: "omission",
  description: "Suggests the article or `of` the translation dropped: `nearly third of` → `nearly a third of`, `28 the 31 drones` → `28 of the 31 drones`.",
  examples: {
    bad: [
      { text: "⟦Nearly third of⟧ the inhabitants speak English at home.", fixed: "Nearly a third of the inhabitants speak English at home.", safe: false },
      { text: "Cases rose ⟦since beginning of ⟧the year in Kinshasa.", fixed: "Cases rose since the beginning of the year in Kinshasa.", safe: false },
      { text: "Air defences destroyed ⟦28 the 31⟧ drones launched overnight 🛩️.", fixed: "Air defences destroyed 28 of the 31 drones launched overnight 🛩️.", safe: false },
      { text: "Energy prices soared after ⟦the invasion Ukraine⟧ in 2022.", fixed: "Energy prices soared after the invasion of Ukraine in 2022.", safe: false },
    ],
    good: [
      "Nearly a third of the inhabitants and about half of the voters agreed.",
      "Since the beginning of the year, and at the end of March, sales rose.",
      "The 12 the committee chose were named; in 2021 the 31 members met.",
      "The invasion began at dawn; the occupation lasted until the liberation.",
      "Ukraine marked the anniversary of the invasion Russia launched in 2022.",
      "The third of the month is a holiday; the end of the road is near.",
    ],
  },
  // The words and characters of the literals (see support/literal-gate.ts).
  trigger: GATE.trigger,
  detect(doc, hits) {
    const found: Detection[] = [];
    const present = GATE.find(doc, hits);
    if (present.size === 0) return found;
    for (const { trigger, pattern, fix, message, confidence, accept } of PATTERNS) {
      const offsets = trigger.flatMap((literal) => present.get(literal) ?? []);
      if (offsets.length === 0) continue;
      for (const match of matchesAround(doc.text, pattern, offsets)) {
        if (accept && !accept(match)) continue;
        if (doc.isProtected(doc.tokenAt(match.index))) continue;
        const replacement = matchCase(match[0], fix(match));
        found.push({
          start: match.index,
          end: match.index + match[0].length,
          replacement,
          confidence,
          severity: "minor",
          safe: false,
          message: `${message}: “${replacement.trim()}”?`,
        });
      }
    }
    return found;
  },
});
