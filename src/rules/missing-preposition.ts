/**
 * A preposition the translation dropped after a phrase that cannot take a
 * noun phrase without it: `in front the building` (*devant le bâtiment*),
 * `in spite the rain`, `on behalf the government`, `thanks the support`
 * (*grâce au soutien*), `because the war.` (*à cause de la guerre*).
 * Suggests the phrase with its preposition; never automatic.
 */
import { defineRule } from "../engine/rule.js";
import { matchCase } from "../engine/casing.js";
import { Kind } from "../engine/tokenize.js";
import type { Document } from "../engine/document.js";
import type { Detection } from "../engine/types.js";
import {
  BECAUSE_NOUNS,
  NOUN_PHRASE_OPENERS,
  PARENTHESIS_OPENERS,
  PHRASE_EXCEPTIONS,
  PHRASE_PREPOSITIONS,
  THANKS_LEADS,
} from "../lexicon/omissions.js";

const SP = String.raw`[^\S\n]+`;
// A phrase starts a word: checked in code, a look-behind at every position of the text costs too much.
const WORD_CHAR = /[\p{L}\p{M}\p{N}’'-]/u;
const casedAlternatives = (list: Iterable<string>) =>
  [...list].map((p) => `[${p[0]!.toUpperCase()}${p[0]}]${p.slice(1).replace(/ /g, SP)}`).join("|");
const OPENER = `(?:${NOUN_PHRASE_OPENERS.join("|")})`;
const WORD = String.raw`[\p{L}\p{M}][\p{L}\p{M}’'-]*`;

// `in front the building`: phrase, space, determiner, next word.
const PHRASE = new RegExp(
  `(?<phrase>${casedAlternatives(PHRASE_PREPOSITIONS.keys())})${SP}${OPENER}${SP}(?<next>${WORD})`,
  "uy",
);
// `largely thanks the support of …`
const THANKS = new RegExp(`(?<phrase>[Tt]hanks)${SP}${OPENER}${SP}${WORD}`, "uy");
// `because the war.`, `Because the economic crisis in Haiti, …`
const BECAUSE = new RegExp(
  `(?<phrase>[Bb]ecause)${SP}(?:the|a|an|this|that|these|those|his|her|its|their|our)${SP}` +
    String.raw`(?:\p{Ll}[\p{L}-]*${SP})?(?<noun>\p{Ll}+)` +
    `(?:${SP}(?:in|of|against|on|with|between)${SP}(?:the${SP})?${WORD})?` +
    String.raw`(?<stop>[^\S\n]*[.;!?](?=\s|$)|,)`,
  "uy",
);
// The last and first words of the phrases (lowercase).
const PHRASE_ENDS: ReadonlySet<string> = new Set([...PHRASE_PREPOSITIONS.keys()].map((p) => p.split(" ").pop()!));
const PHRASE_FIRST_WORDS: ReadonlySet<string> = new Set([...PHRASE_PREPOSITIONS.keys()].filter((p) => !p.includes(" ")));

/** The matches of sticky `pattern` at `starts` (ascending), skipping starts inside the previous match, as a global scan would. */
function* matchesAt(pattern: RegExp, text: string, starts: readonly number[]): Generator<RegExpExecArray> {
  let done = 0;
  for (const start of starts) {
    if (start < done) continue;
    pattern.lastIndex = start;
    const match = pattern.exec(text);
    if (match === null) continue;
    done = start + match[0].length;
    yield match;
  }
}

function wordBefore(doc: Document, offset: number): string | undefined {
  const match = /([\p{L}\p{M}’'-]+)[^\S\n]+$/u.exec(doc.text.slice(Math.max(0, offset - 30), offset));
  return match?.[1];
}

function inWordToken(doc: Document, offset: number): boolean {
  const index = doc.tokenAt(offset);
  return index >= 0 && doc.tokenKind[index] === Kind.word;
}

/** After `because the war,` the main clause follows, not a parenthesis (`, which …`, `, he said, …`). */
function mainClauseFollows(text: string, afterComma: number): boolean {
  const rest = text.slice(afterComma);
  const sentence = /^[^.!?\n]*/u.exec(rest)![0];
  if (sentence.includes(",")) return false;
  const first = /^\s*([\p{L}’'-]+)/u.exec(sentence)?.[1]?.toLowerCase();
  return first !== undefined && !PARENTHESIS_OPENERS.has(first);
}

export default defineRule({
  id: "missing-preposition",
  category: "omission",
  description: "Suggests the preposition dropped after `in front`, `in spite`, `thanks`, `because` and the like.",
  examples: {
    bad: [
      { text: "Hundreds gathered ⟦in front⟧ the Parliament building.", fixed: "Hundreds gathered in front of the Parliament building.", safe: false },
      { text: "The match went ahead ⟦in spite⟧ the rain in Montréal 🌧️.", fixed: "The match went ahead in spite of the rain in Montréal 🌧️.", safe: false },
      { text: "She spoke ⟦on behalf⟧ the government of Québec.", fixed: "She spoke on behalf of the government of Québec.", safe: false },
      { text: "The reform passed, largely ⟦thanks⟧ the support of the Greens.", fixed: "The reform passed, largely thanks to the support of the Greens.", safe: false },
      { text: "⟦Because⟧ the war, thousands of families fled to Poland.", fixed: "Because of the war, thousands of families fled to Poland.", safe: false },
      { text: "The match was postponed ⟦because⟧ the snow.", fixed: "The match was postponed because of the snow.", safe: false },
      { text: "Prices rose ⟦because⟧ the economic crisis in Sénégal.", fixed: "Prices rose because of the economic crisis in Sénégal.", safe: false },
      { text: "The law was applied ⟦in accordance⟧ the ruling of the court.", fixed: "The law was applied in accordance with the ruling of the court.", safe: false },
    ],
    good: [
      "Hundreds gathered in front of the Parliament building.",
      "He stayed in front the whole race.",
      "The match went ahead in spite of the rain.",
      "Because of the war, thousands fled.",
      "The match was postponed because the snow kept falling.",
      "Because the war dragged on, prices rose.",
      "Because the war, which began in 2022, has lasted, prices rose.",
      "Because the government, he said, failed to act, the strike went on.",
      "The union struck because the workers strike.",
      "The coach thanks the fans for their support.",
      "Many thanks to the volunteers.",
      "Prior to the vote, the minister spoke.",
      "The model starts from a prior the authors chose carefully.",
      "Visit https://example.com/in front the page for details.",
    ],
  },
  // A phrase is found from its last word (`front` of `in front`, `prior`), `thanks` or `because`.
  trigger: { lowerWords: [...PHRASE_ENDS, "thanks", "because"] },
  detect(doc, hits) {
    const found: Detection[] = [];
    const text = doc.text;
    const push = (start: number, phrase: string, preposition: string, confidence: number) => {
      if ((start > 0 && WORD_CHAR.test(text[start - 1]!)) || !inWordToken(doc, start)) return;
      found.push({
        start,
        end: start + phrase.length,
        replacement: matchCase(phrase, `${phrase.toLowerCase()} ${preposition}`),
        confidence,
        severity: "minor",
        message: `A preposition seems to be missing: “${phrase} ${preposition}”.`,
      });
    };
    // Where each pattern can start: at the phrase's first word (the word before a two-word phrase's last), at `thanks`, at `because`.
    const phraseStarts: number[] = [];
    const thanks: number[] = [];
    const because: number[] = [];
    for (const i of hits.tokens) {
      const word = doc.tokenLower(i);
      if (word === "thanks") thanks.push(doc.tokenStart[i]!);
      else if (word === "because") because.push(doc.tokenStart[i]!);
      if (PHRASE_FIRST_WORDS.has(word)) phraseStarts.push(doc.tokenStart[i]!);
      if (PHRASE_ENDS.has(word) && i >= 2 && doc.tokenKind[i - 1] === Kind.space) phraseStarts.push(doc.tokenStart[i - 2]!);
    }
    phraseStarts.sort((a, b) => a - b);
    for (const match of matchesAt(PHRASE, text, phraseStarts)) {
      const phrase = match.groups!.phrase!;
      const key = phrase.toLowerCase().replace(/\s+/gu, " ");
      if (PHRASE_EXCEPTIONS.has(match.groups!.next!.toLowerCase())) continue;
      // `a prior the authors chose`: the single-word phrase is a noun after a determiner.
      const before = wordBefore(doc, match.index)?.toLowerCase();
      if (!key.includes(" ") && before !== undefined && NOUN_PHRASE_OPENERS.includes(before)) continue;
      push(match.index, phrase, PHRASE_PREPOSITIONS.get(key)!, 0.7);
    }
    for (const match of matchesAt(THANKS, text, thanks)) {
      // `He thanks the fans` is the verb; `, thanks the support` and `largely thanks the support` are not.
      const lead = text.slice(Math.max(0, match.index - 40), match.index).trimEnd();
      const before = wordBefore(doc, match.index)?.toLowerCase();
      const opensClause = lead === "" || /[,;:.!?(—–\n]$/u.test(lead);
      if (!opensClause && !(before !== undefined && THANKS_LEADS.has(before))) continue;
      push(match.index, match.groups!.phrase!, "to", 0.65);
    }
    for (const match of matchesAt(BECAUSE, text, because)) {
      if (!BECAUSE_NOUNS.has(match.groups!.noun!)) continue;
      if (match.groups!.stop === "," && !mainClauseFollows(text, match.index + match[0].length)) continue;
      push(match.index, match.groups!.phrase!, "of", 0.65);
    }
    return found;
  },
});
