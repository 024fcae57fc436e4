/**
 * An image caption or alt text left in the body of the article: the one or
 * two short lines right above a photo credit (`Diplomats in front of the
 * flags …`, `… meet in Geneva on September 30, 2021.` above `Photo: Reuters`),
 * or a one-sentence paragraph in agency caption style (present tense, ending
 * with the date the picture was taken). Never automatic: a suggestion to
 * remove the line.
 */
import { defineRule } from "../engine/rule.js";
import { SPACE, unitClass } from "../engine/char-class.js";
import { PROTECTED_KINDS } from "../engine/tokenize.js";
import { consecutiveRuns } from "../engine/line-removal.js";
import type { Document, Line } from "../engine/document.js";
import type { Detection } from "../engine/types.js";
import { boilerplateRunSpan, chromeLine, isCreditLine } from "./support/boilerplate-lines.js";
import { CAPTION_VERBS, FINITE_AUXILIARIES, NON_CAPTION_WORDS, PROSE_OPENERS } from "../lexicon/captions.js";
import { MONTHS, WEEKDAYS } from "../lexicon/page-chrome.js";

const WORD = /\p{L}[\p{L}'’-]*/gu;
const MONTH = `(?:${MONTHS.join("|")})\\.?`;
// Ends with where and when: `… in Geneva on September 30, 2021.`, `…, 12 January 2022.`
const DATE_END = new RegExp(
  String.raw`(?:\bon|,|\bin)\s+(?:(?:${WEEKDAYS.join("|")}),?\s+)?(?:${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th|er)?\s+${MONTH},?\s+\d{4})\.?$`,
  "iu",
);
// Without a credit line, only the full agency form: a named subject, then `in <Place>` before the date.
const AGENCY_STYLE = /^(?:\p{Lu}[\p{L}'’.-]*\s+){2}.*\bin\s+\p{Lu}/u;
const NOT_AGENCY = new Set(["again", "next", "then", "also", "still"]);
// A caption that carries its own credit: `… in Montréal (Photo: Radio-Canada / …)`.
const TRAILING_CREDIT = /^(?<caption>.+?)[\s.]*?[.\s][(\[]?(?<credit>(?:Photos?|PHOTOS?|Photo credit|Credit|CREDIT|Video|VIDEO)\s?:\s?[^()[\]:]{2,60})[)\]]?$/u;
const SECOND_SENTENCE = /[\p{Ll}\p{N})]{2}[.!?]\s+[\p{Lu}\p{N}]/u;

const CREDIT_HINT = /(?:photo|credit|video)/iu;
const isDigit = (c: number) => c >= 48 && c <= 57;

/** `/\d{4}\.?$/u` on the trimmed line, read from its end. */
function yearAtEnd(line: string): boolean {
  let end = line.length;
  while (end > 0 && (unitClass(line.charCodeAt(end - 1)) & SPACE) !== 0) end--;
  if (line.charCodeAt(end - 1) === 46) end--;
  if (end < 4) return false;
  for (let i = end - 4; i < end; i++) if (!isDigit(line.charCodeAt(i))) return false;
  return true;
}

interface Words {
  /** Words written in lower case (names and sentence-initial words left out). */
  lower: string[];
  all: string[];
}

function words(text: string): Words {
  const all = text.match(WORD) ?? [];
  return { all, lower: all.filter((word, i) => i > 0 && word === word.toLowerCase()) };
}

/** Short, one sentence, third person, no quotation and no reported speech. */
function captionLike(text: string, w: Words): boolean {
  if (text.length > 300 || w.all.length < 3 || w.all.length > 45) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(text) || /[“”"«»;]/u.test(text) || /[:,?!]$/u.test(text)) return false;
  if (SECOND_SENTENCE.test(text)) return false;
  // The first word in title case (`We`, `According`), not an acronym (`US`).
  const first = /^(?:\p{Lu}\p{Ll}*)$/u.test(w.all[0]!) ? w.all[0]!.toLowerCase() : "";
  return !NON_CAPTION_WORDS.has(first) && !PROSE_OPENERS.has(first) && !w.lower.some((word) => NON_CAPTION_WORDS.has(word));
}

/** No finite verb: a noun phrase, as alt text is (`Diplomats in front of the flags …`). */
function verbless(w: Words): boolean {
  return w.all.length <= 15 && !w.lower.some((word) => FINITE_AUXILIARIES.has(word) || CAPTION_VERBS.has(word) || /^[a-z]{3,}ed$/u.test(word));
}

/** A caption sentence: a present-tense caption verb, no auxiliary, no semicolon-joined clauses. */
function captionSentence(w: Words): boolean {
  return w.lower.some((word) => CAPTION_VERBS.has(word)) && !w.lower.some((word) => FINITE_AUXILIARIES.has(word));
}

/** Agency caption style: a present-tense caption verb and the date the picture was taken. */
function presentWithDate(text: string, w: Words): boolean {
  return DATE_END.test(text) && w.lower.some((word) => CAPTION_VERBS.has(word));
}

/** The line is a paragraph of its own, or shares its block only with `allowed` lines. */
function standsAlone(doc: Document, line: Line, allowed: ReadonlySet<number>): boolean {
  const block = doc.blocks[line.block]!;
  if (block.kind !== "paragraph" || block.index === 0) return false; // the first block is the title
  for (let i = block.firstLine; i < block.endLine; i++) if (i !== line.index && !allowed.has(i)) return false;
  return true;
}

export default defineRule({
  id: "image-caption",
  category: "boilerplate",
  description: "Suggests removing an image caption or alt text left in the body (above a photo credit, or in agency caption style).",
  examples: {
    bad: [
      {
        text: "The strike is over.⟦\n\nNurses in front of the Maisonneuve-Rosemont hospital in Montréal (Photo: Radio-Canada / Ivanoh Demers)⟧",
        fixed: "The strike is over.",
        safe: false,
      },
      {
        text: "Talks resumed.\n\n⟦Wendy Sherman and Sergei Ryabkov meet in Geneva on September 30, 2021. PHOTO: REUTERS\n\n⟧The talks lasted seven hours.",
        fixed: "Talks resumed.\n\nThe talks lasted seven hours.",
        safe: false,
      },
      {
        text: "The summit opened in Brussels.\n\n⟦French President Emmanuel Macron arrives at the European Council in Brussels on March 24, 2022.\n\n⟧Leaders discussed energy prices 🔥.",
        fixed: "The summit opened in Brussels.\n\nLeaders discussed energy prices 🔥.",
        safe: false,
      },
    ],
    good: [
      "Washington ready to talk\n\nPhoto: AFP\n\nThe talks begin.",
      "The minister said the reform would pass.\n\nPhoto: AFP",
      "“We will not give in,” she said.\n\nPhoto: Reuters",
      "Intro.\n\nThe United States took the lead in creating the bank.\n\nPhoto: AFP",
      "Intro.\n\nIt deserves the support of all.\n\nPhoto: AFP",
      "Intro.\n\nThe human problems grow more acute; yet new gains extend the promise of a better life.\n\nPhoto: AFP",
      "Ottawa met Quebec’s demands on March 3, 2021.\n\nThe deal holds.",
      "The President spoke in Dakar on March 24, 2022, and then left for Abidjan.",
      "The summit is next week.\n\nThe leaders meet in Brussels on March 24, 2023.\n\nThey will discuss energy.",
      "The summit is next week.\n\nEmmanuel Macron and Olaf Scholz meet again in Berlin on March 24, 2023.",
      "Voters in Québec go to the polls on October 3, 2022, said the chief electoral officer.",
    ],
  },
  // Credit lines are checked line by line (cheaply: they are short); a dated or credited caption line holds a
  // year at its end or one of `photo`, `credit`, `video` in a word or a link.
  trigger: { lines: true, forms: (word) => CREDIT_HINT.test(word), kinds: PROTECTED_KINDS },
  detect(doc, trigger) {
    const hinted = new Set<number>();
    for (const i of trigger.tokens) if (CREDIT_HINT.test(doc.tokenText(i))) hinted.add(doc.lineAt(doc.tokenStart[i]!));
    const hits = new Map<number, number>();
    for (const credit of doc.lines) {
      if (!isCreditLine(credit.text)) continue;
      const allowed = new Set([credit.index]);
      // The line right above the credit, then at most one more above it if it reads as alt text or caption;
      // page chrome between them (`Open in full screen mode`) is stepped over.
      let taken = 0;
      for (let i = credit.index - 1; i >= 0 && taken < 2; i--) {
        const line = doc.lines[i]!;
        const text = line.text.trim();
        if (hits.has(i) || isCreditLine(text)) break;
        if (chromeLine(text)?.safe) {
          allowed.add(i);
          continue;
        }
        const w = words(text);
        if (!standsAlone(doc, line, allowed) || !captionLike(text, w)) break;
        // Right above the credit: a noun phrase, or a present-tense caption sentence; one more above: alt text
        // or a dated caption only.
        if (!verbless(w) && !presentWithDate(text, w) && (taken === 1 || !captionSentence(w))) break;
        hits.set(i, taken === 0 ? 0.75 : 0.65);
        allowed.add(i);
        taken++;
      }
    }
    for (const line of doc.lines) {
      if (hits.has(line.index)) continue;
      // Cheap gates first: a caption ends with a year, or carries a credit.
      const endsWithYear = yearAtEnd(line.text);
      if (!endsWithYear && !hinted.has(line.index)) continue;
      const text = line.text.trim();
      const credited = TRAILING_CREDIT.exec(text);
      if (credited && isCreditLine(credited.groups!.credit!) && standsAlone(doc, line, new Set())) {
        const caption = credited.groups!.caption!.replace(/[\s.]+$/u, "");
        if (captionLike(caption, words(caption))) {
          hits.set(line.index, 0.7);
          continue;
        }
      }
      if (!endsWithYear) continue;
      const w = words(text);
      if (presentWithDate(text, w) && AGENCY_STYLE.test(text) && !w.lower.some((word) => NOT_AGENCY.has(word))) {
        if (captionLike(text, w) && standsAlone(doc, line, new Set())) hits.set(line.index, 0.55);
      }
    }
    const found: Detection[] = [];
    for (const [first, end] of consecutiveRuns(doc, [...hits.keys()])) {
      found.push({
        ...boilerplateRunSpan(doc, first, end),
        replacement: "",
        confidence: hits.get(first)!,
        severity: "minor",
        safe: false,
        message: "Looks like an image caption or alt text left in the body of the article: remove it?",
      });
    }
    return found;
  },
});
