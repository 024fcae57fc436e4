/**
 * A number glued to a word: `2022the`, `the2022`, `in2022`, `5million`.
 *
 * Safe when the word is a function word (`the`, `and`, `since` …), a
 * magnitude (`million`, `percent`), or a two-letter preposition before a
 * year (`in2022`). Another common lowercase word after a number is a
 * suggestion (`2022election`). Never: units and suffixes written against a
 * number (`9am`, `10pm`, `5km`, `1990s`, `21st`, `64bit`, `76ers`), codes and
 * model names (`3D`, `G7`, `MP3`, `4x4`, `F-16`, `COVID-19`, `A380`), times,
 * versions and identifiers.
 */
import { defineRule } from "../engine/rule.js";
import type { Detection } from "../engine/types.js";
import type { Document } from "../engine/document.js";
import { Kind, type Token } from "../engine/tokenize.js";
import { englishFrequencyBucket, isEnglishWord } from "../lexicon/words.js";
import { NUMBER_GLUE_WORDS, NUMBER_MAGNITUDES, NUMBER_SUFFIXES, YEAR_GLUE_PREPOSITIONS } from "../lexicon/glue-words.js";
import { insideBackticks, looksLikeCode, touchingAfter, touchingBefore } from "./support/code-context.js";

/** Digits, optionally grouped or with decimals: `2022`, `3.5`, `1,200` (not `9:15`). */
const PLAIN_NUMBER = /^\d+(?:[.,]\d+)*$/;
const LOWER_WORD = /^[a-z]+$/;
/** A word then digits in one token: `the2022`, `In2022` (not `MP3`, `x86`, `A380` — see the word lists). */
const WORD_THEN_NUMBER = /^(?<word>[A-Za-z][a-z]+)(?<digits>[1-9]\d{1,3})$/;
const YEAR = /^(?:1[89]|20)\d\d$/;
/** What may stand right before a glued number: a currency sign or an opening bracket or quote. */
const NUMBER_OPENERS = new Set(["$", "€", "£", "¥", "(", "[", "“", "\"", "«", "‘"]);
/** What may stand right after the glued word: sentence punctuation. */
const WORD_CLOSERS = new Set([".", ",", ";", ":", "!", "?", ")", "]", "”", "\"", "»", "’", "…"]);
/** Most frequent bucket (0 … 9) a word may have to be suggested. */
const SUGGEST_MAX_BUCKET = 4;

export default defineRule({
  id: "glued-number",
  category: "word-boundary",
  description: "Adds the missing space between a number and a word glued to it (`2022the` → `2022 the`).",
  examples: {
    bad: [
      { text: "In ⟦2022the⟧ government fell.", fixed: "In 2022 the government fell.", safe: true },
      { text: "It was signed in ⟦the2022⟧ budget.", fixed: "It was signed in the 2022 budget.", safe: true },
      { text: "Québec lost ⟦5million⟧ dollars 💸.", fixed: "Québec lost 5 million dollars 💸.", safe: true },
      { text: "The law passed ⟦in2022⟧.", fixed: "The law passed in 2022.", safe: true },
      { text: "Ahead of the ⟦2022election⟧, polls moved.", fixed: "Ahead of the 2022 election, polls moved.", safe: false },
      { text: "They paid $⟦3.5billion⟧ for it.", fixed: "They paid $3.5 billion for it.", safe: true },
    ],
    good: [
      "A 3D printer, the G7 summit, COVID-19 and an MP3 file.",
      "A 4x4 drove past an F-16 in the 1990s.",
      "The 21st century, the 2nd round, at 9am and 10pm.",
      "A 5km race, a 64bit system, the 76ers and a 100mph wind.",
      "The A380 and the B52 flew; x86 and h264 are codes.",
      "Version v1.2beta, file 2022the.pdf and code `2022the`.",
      "Call f(x,2022the) or see item_2022the.",
      "He laid out a 10point plan and a 10,000page manual.",
    ],
  },
  // A number glued to a word after it, or a word ending in digits.
  trigger: { kinds: ["number"], forms: endsWithDigit },
  detect(doc, hits) {
    const found: Detection[] = [];
    for (const i of hits.tokens) {
      // A number glued to a word needs that word right after it.
      const number = doc.tokenKind[i] === Kind.number;
      if (number && doc.tokenKind[i + 1] !== Kind.word) continue;
      const token = doc.token(i)!;
      const detection = number ? judgeNumberThenWord(doc, token) : judgeWordThenNumber(doc, token);
      if (detection) found.push(detection);
    }
    return found;
  },
});

/** `2022the`: a number token touching a lowercase word token. */
function judgeNumberThenWord(doc: Document, number: Token): Detection | null {
  if (!PLAIN_NUMBER.test(number.text)) return null;
  const word = touchingAfter(doc, number);
  if (word?.kind !== "word" || word.text.length < 3 || !LOWER_WORD.test(word.text)) return null;
  const before = touchingBefore(doc, number);
  if (before !== undefined && !NUMBER_OPENERS.has(before.text)) return null; // `F-16`, `v1.2beta`, `item_2`
  const after = touchingAfter(doc, word);
  if (after !== undefined && !WORD_CLOSERS.has(after.text)) return null;
  if (after?.text === "." && touchingAfter(doc, after) !== undefined) return null; // `2022the.pdf`-like
  if (insideBackticks(doc, number.start)) return null;
  const w = word.text;
  if (NUMBER_SUFFIXES.has(w) || !isEnglishWord(w)) return null;
  let safe: boolean;
  if (NUMBER_GLUE_WORDS.has(w) || NUMBER_MAGNITUDES.has(w)) safe = true;
  // Another word: a suggestion, unless a word follows (`10point plan` wants a hyphen, not a space).
  else if (w.length >= 4 && (englishFrequencyBucket(w) ?? 9) <= SUGGEST_MAX_BUCKET && !wordFollows(doc, word)) safe = false;
  else return null;
  return finding(number.start, word.end, `${number.text} ${w}`, safe, number.text, w);
}

/** `the2022`: one word token made of a function word and digits. */
function endsWithDigit(word: string): boolean {
  const last = word.charCodeAt(word.length - 1);
  return last >= 48 && last <= 57;
}

function judgeWordThenNumber(doc: Document, token: Token): Detection | null {
  const match = WORD_THEN_NUMBER.exec(token.text);
  if (!match) return null;
  const word = match.groups!.word!;
  const digits = match.groups!.digits!;
  const lower = word.toLowerCase();
  const ok = NUMBER_GLUE_WORDS.has(lower) || (YEAR_GLUE_PREPOSITIONS.has(lower) && YEAR.test(digits));
  if (!ok || looksLikeCode(doc, token.index, token.index)) return null;
  return finding(token.start, token.end, `${word} ${digits}`, true, word, digits);
}

function wordFollows(doc: Document, word: Token): boolean {
  return doc.tokenKind[word.index + 1] === Kind.space && doc.tokenKind[word.index + 2] === Kind.word;
}

function finding(start: number, end: number, replacement: string, safe: boolean, left: string, right: string): Detection {
  return {
    start,
    end,
    replacement,
    confidence: safe ? 0.93 : 0.6,
    severity: safe ? "major" : "minor",
    safe,
    message: safe
      ? `“${left}” and “${right}” are glued together: add a space.`
      : `“${left}” and “${right}” may be glued together: “${replacement}”?`,
  };
}
