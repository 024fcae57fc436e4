/**
 * French names translated word by word: `Jean-Yves the Drian` (Le Drian),
 * `Charles of Gaulle` (de Gaulle), `the newspaper The Parisian` (Le
 * Parisien). Only names of `lexicon/known-french-names.ts`. A person's name
 * is restored automatically after one of the given names the list knows for
 * it (or after a title, `Ms. the Pen`), and suggested after another French
 * given name; a newspaper's, next to a word like `newspaper` or `daily` when
 * no English title reads the same (`The World` and `The Press` exist, so
 * they are only suggested). `The Parisian lifestyle`, `the World Bank` and
 * `the Cam` (a river) stay as they are.
 */
import { defineRule } from "../engine/rule.js";
import { isProtectedToken, tokenize } from "../engine/tokenize.js";
import { FormTable } from "../engine/forms.js";
import type { Document } from "../engine/document.js";
import type { Detection } from "../engine/types.js";
import {
  FRENCH_GIVEN_NAMES,
  FRENCH_MEDIA,
  MEDIA_CUE_WORDS,
  PARTICLE_SURNAMES,
  type FrenchMedia,
  type ParticleSurname,
} from "../lexicon/known-french-names.js";
import { isEnglishWord } from "../lexicon/words.js";

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
const key = (rendering: string) => rendering.toLowerCase().replace(/[\s-]+/gu, " ");

/** `the Drian` → `[Tt]he[ -]Drian`: the article in either case, words joined by a space or a hyphen. */
function renderingPattern(rendering: string, separator: string): string {
  const [first, ...rest] = rendering.split(" ");
  const head = `[${first![0]!.toUpperCase()}${first![0]!.toLowerCase()}]${escape(first!.slice(1))}`;
  return [head, ...rest.map(escape)].join(separator);
}

const SURNAMES = new Map<string, ParticleSurname>();
for (const entry of PARTICLE_SURNAMES) for (const r of entry.renderings) SURNAMES.set(key(r), entry);
const PERSON = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...new Set(PARTICLE_SURNAMES.flatMap((e) => e.renderings))]
    .sort((a, b) => b.length - a.length)
    .map((r) => renderingPattern(r, "[ -]"))
    .join("|")})(?![\\p{L}\\p{N}-])`,
  "uy",
);

const MEDIA = new Map<string, FrenchMedia>();
for (const entry of FRENCH_MEDIA) for (const r of entry.renderings) MEDIA.set(r.toLowerCase(), entry);
const MEDIA_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${FRENCH_MEDIA.flatMap((e) => e.renderings)
    .sort((a, b) => b.length - a.length)
    .map((r) => (r.startsWith("The ") ? renderingPattern(r, " ") : escape(r)))
    .join("|")})(?![\\p{L}\\p{N}-])(?!\\s+(?:\\p{Lu}|of\\s|and\\s|&))`,
  "uy",
);

/** Lowercase last token of each rendering → the renderings' lengths: a match ending at that token starts that far back. */
function endings(renderings: readonly string[]): Map<string, number[]> {
  const ends = new Map<string, number[]>();
  for (const rendering of renderings) {
    const tokens = tokenize(rendering, new FormTable());
    const last = rendering.slice(tokens.start[tokens.count - 1]).toLowerCase();
    const lengths = ends.get(last) ?? [];
    if (!lengths.includes(rendering.length)) lengths.push(rendering.length);
    ends.set(last, lengths);
  }
  return ends;
}
const PERSON_ENDS = endings(PARTICLE_SURNAMES.flatMap((e) => e.renderings));
const MEDIA_ENDS = endings(FRENCH_MEDIA.flatMap((e) => e.renderings));

/**
 * The matches of sticky `pattern` (an alternation of renderings) that end at one
 * of the trigger tokens: tried at every start a rendering ending there implies,
 * in order, skipping starts inside the previous match as a global scan would.
 */
function* matchesEndingAt(pattern: RegExp, ends: ReadonlyMap<string, readonly number[]>, doc: Document, tokens: readonly number[]): Generator<RegExpExecArray> {
  const starts: number[] = [];
  for (const i of tokens) {
    for (const length of ends.get(doc.tokenLower(i)) ?? []) {
      const start = doc.tokenEnd[i]! - length;
      if (start >= 0) starts.push(start);
    }
  }
  starts.sort((a, b) => a - b);
  let done = 0;
  for (const start of starts) {
    if (start < done) continue;
    pattern.lastIndex = start;
    const match = pattern.exec(doc.text);
    if (match === null) continue;
    done = start + match[0].length;
    yield match;
  }
}

const TITLE_BEFORE = /(?:^|[^\p{L}])(?:Mr\.?|Mrs\.?|Ms\.?|M\.|Mme|Mlle|Dr\.?|Madame|Monsieur)[ ]$/u;
const NAME_BEFORE = /(?<![\p{L}\p{N}])(\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)*)[ -]$/u;
const DETERMINER_BEFORE = /(?<![\p{L}])(?:the|a|an|every|each|one|this|that|another|any|no)\s+$/iu;
const REPORTING_AFTER =
  /^(?:['’]s(?![\p{L}])|\s+(?:said|says|told|added|declared|announced|stated|insisted|warned|argued|explained|replied|wrote)(?![\p{L}]))/u;
const CUE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${[...MEDIA_CUE_WORDS].join("|")}),?[ ]$`, "u");
const CUE_AFTER = new RegExp(`^[ ](?:${[...MEDIA_CUE_WORDS].join("|")})(?![\\p{L}])`, "u");
const REPORTED_BEFORE =
  /(?<![\p{L}])(?:told|to|in|by|with|according to|quoted by|reported by|cited by|published by|interview with|interviewed by|wrote in|writes in)[ ]$/u;
// The title starts a sentence: its capital `The` proves nothing.
const SENTENCE_START = /(?:^|[.!?…:"“«]\s*|\n\s*)$/u;

export default defineRule({
  id: "translated-french-name",
  category: "calque",
  description: "Restores French names that machine translation translated word by word (`Jean-Yves the Drian` → `Jean-Yves Le Drian`).",
  examples: {
    bad: [
      { text: "Jean-Yves ⟦the Drian⟧ met his Malian counterpart.", fixed: "Jean-Yves Le Drian met his Malian counterpart.", safe: true },
      { text: "Marine ⟦the Pen⟧ came second 🗳️.", fixed: "Marine Le Pen came second 🗳️.", safe: true },
      { text: "Flights left from Charles-⟦of-Gaulle⟧ airport.", fixed: "Flights left from Charles-de-Gaulle airport.", safe: true },
      { text: "Valéry Giscard ⟦of Estaing⟧ died in 2020.", fixed: "Valéry Giscard d'Estaing died in 2020.", safe: true },
      { text: "The minister told the newspaper ⟦The Parisian⟧ that talks would resume.", fixed: "The minister told the newspaper Le Parisien that talks would resume.", safe: true },
      { text: "an editorial in the Montreal daily ⟦The Duty⟧ on Friday", fixed: "an editorial in the Montreal daily Le Devoir on Friday", safe: true },
      { text: "In an interview with the daily ⟦The World⟧, she denied it.", fixed: "In an interview with the daily Le Monde, she denied it.", safe: false },
      { text: "Finance minister Bruno ⟦the Mayor⟧ said the deficit would fall.", fixed: "Finance minister Bruno Le Maire said the deficit would fall.", safe: true },
      { text: "He told ⟦The Parisian⟧ that he would run.", fixed: "He told Le Parisien that he would run.", safe: false },
    ],
    good: [
      "The Parisian lifestyle attracts tourists.",
      "The World Bank approved the loan.",
      "He read it in the Parisian press.",
      "They went punting on the Cam in June.",
      "The Drian river floods every spring.",
      "Bruno the mayor of the village opened the fair.",
      "Joseph Pulitzer's New York newspaper The World Telegram closed.",
      "The Sun reported the story first.",
      "Jean-Yves Le Drian met his Malian counterpart.",
      "She spoke to The Press Association in London.",
      "He writes for the magazine The World of Interiors.",
      "He handed a Marine the Pen of Honor.",
    ],
  },
  // A name is found from its last word (`Drian` of `the Drian`, `World` of `The World`).
  trigger: { lowerWords: [...PERSON_ENDS.keys(), ...MEDIA_ENDS.keys()] },
  detect(doc, hits) {
    const found: Detection[] = [];
    const text = doc.text;
    const unprotected = (at: number) => {
      const token = doc.token(doc.tokenAt(at));
      return token !== undefined && !isProtectedToken(token);
    };

    for (const match of matchesEndingAt(PERSON, PERSON_ENDS, doc, hits.tokens)) {
      const start = match.index;
      const end = start + match[0].length;
      if (!unprotected(start)) continue;
      const entry = SURNAMES.get(key(match[0]))!;
      const before = text.slice(Math.max(0, start - 40), start);
      const lastWord = match[0].split(/[ -]/u).pop()!;
      const englishWord = isEnglishWord(lastWord.toLowerCase());
      // `Bruno the Mayor of Springfield`: an English title after all.
      if (englishWord && /^\s+of(?![\p{L}])/u.test(text.slice(end, end + 5))) continue;
      const givenMatch = NAME_BEFORE.exec(before);
      // `a Marine the Pen …`: a common noun with a determiner, not a given name.
      const given = givenMatch && !DETERMINER_BEFORE.test(before.slice(0, givenMatch.index)) ? givenMatch[1] : undefined;
      let confidence: number;
      if ((given !== undefined && entry.given.includes(given)) || TITLE_BEFORE.test(before)) confidence = 0.95;
      else if (given !== undefined && FRENCH_GIVEN_NAMES.has(given)) confidence = 0.7;
      else if (!englishWord && REPORTING_AFTER.test(text.slice(end, end + 20))) confidence = 0.6;
      else continue;
      const hyphenated = match[0].includes("-") && !entry.name.includes("-") && !/[ ]/u.test(match[0]);
      const replacement = hyphenated ? entry.name.replace(/ /gu, "-") : entry.name;
      found.push({
        start,
        end,
        replacement,
        confidence,
        severity: "major",
        safe: confidence >= 0.9,
        message: `“${match[0]}” is the French name “${entry.name}” translated word by word.`,
      });
    }

    for (const match of matchesEndingAt(MEDIA_PATTERN, MEDIA_ENDS, doc, hits.tokens)) {
      const start = match.index;
      const end = start + match[0].length;
      if (!unprotected(start)) continue;
      const entry = MEDIA.get(match[0].toLowerCase())!;
      const before = text.slice(Math.max(0, start - 40), start);
      const capitalThe = match[0].startsWith("The ");
      const midSentence = !SENTENCE_START.test(before);
      const cue =
        CUE_BEFORE.test(before) || (capitalThe && midSentence && CUE_AFTER.test(text.slice(end, end + 20)));
      let confidence: number;
      if (cue) confidence = entry.cue === "safe" ? 0.93 : 0.8;
      else if (entry.reported && capitalThe && midSentence && REPORTED_BEFORE.test(before)) confidence = 0.7;
      else continue;
      found.push({
        start,
        end,
        replacement: entry.name,
        confidence,
        severity: "major",
        safe: confidence >= 0.9,
        message: `“${match[0]}” looks like the title “${entry.name}” translated word by word.`,
      });
    }
    return found;
  },
});
