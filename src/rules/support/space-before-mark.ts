/**
 * Spaces right before `, . ; : ! ?` where English wants none, with the
 * deliberate cases left out (spaced ellipses, ratios and scores, emoticons,
 * a space that keeps a stop out of a URL). Shared by `space-before-punctuation`
 * (regular spaces) and `french-punctuation-spacing` (no-break and thin
 * spaces), which differ only in the spaces they own. Not a rule.
 *
 * The runs are found by one forward scan, not a regular expression: a pattern
 * such as `[ \u00a0]*\u00a0[ \u00a0]*[?]` backtracks over a long run of spaces
 * from every position in it (cubic time: 3,000 no-break spaces took 11 s).
 */
import type { Document } from "../../engine/document.js";
import { isProtectedToken } from "../../engine/tokenize.js";

/** What a mark can follow: a word, a number, a closing quote or bracket, a percent, degree or currency sign. */
const BEFORE = /[\p{L}\p{N}”’»")\]%‰°$€£¥'*]/u;
const AFTER = /^[!?…]*(?:[\s”’»")\]]|$)/u;
const MARKS = ",.;:!?";

export interface SpaceBeforeMark {
  start: number;
  end: number;
  space: string;
  mark: string;
}

/** Which spaces a rule owns: the characters a run may hold, and those it must hold at least one of (all of them when omitted). */
export interface SpaceRun {
  spaces: string;
  required?: string;
}

/**
 * Every maximal run of `spaces` (with at least one `required` character)
 * directly followed by a mark: what a global match of
 * `[spaces]*[required][spaces]*[mark]` finds, in linear time.
 */
export function spaceRunsBeforeMarks(text: string, { spaces, required = spaces }: SpaceRun): { index: number; space: string; mark: string }[] {
  const runs: { index: number; space: string; mark: string }[] = [];
  let i = 0;
  while (i < text.length) {
    if (!spaces.includes(text[i]!)) {
      i++;
      continue;
    }
    const start = i;
    let hasRequired = false;
    while (i < text.length && spaces.includes(text[i]!)) {
      if (!hasRequired && required.includes(text[i]!)) hasRequired = true;
      i++;
    }
    if (hasRequired && i < text.length && MARKS.includes(text[i]!)) {
      runs.push({ index: start, space: text.slice(start, i), mark: text[i]! });
      i++;
    }
  }
  return runs;
}

export function spacesBeforeMarks(doc: Document, owned: SpaceRun): SpaceBeforeMark[] {
  const found: SpaceBeforeMark[] = [];
  const text = doc.text;
  for (const { index: at, space, mark } of spaceRunsBeforeMarks(text, owned)) {
    const end = at + space.length;
    // A word or closing mark before; after the mark (maybe followed by `?!…`) a space, a closing mark or the end.
    if (!BEFORE.test(text[at - 1] ?? "") || !AFTER.test(text.slice(end + 1, end + 4))) continue;
    // A second mark follows (`fair . , he`): a doubled sequence, doubled-punctuation's.
    if (/^ ?[.,;:]/u.test(text.slice(end + 1, end + 3))) continue;
    // Spaced ellipsis `. . .` and ratios or scores `3 : 1` are deliberate.
    if (mark === "." && /^\s?\./u.test(text.slice(end + 1, end + 3))) continue;
    if (mark === "." && /\.\s?$/u.test(text.slice(Math.max(0, at - 2), at))) continue;
    // Emoticons: `:)` `;-)` `:(`.
    if ((mark === ":" || mark === ";") && /^[)(\]]/u.test(text.slice(end + 1, end + 2))) continue;
    if (mark === ":" && /^\s\p{N}/u.test(text.slice(end + 1, end + 3)) && /\p{N}/u.test(text[at - 1] ?? "")) continue;
    // The space that keeps a full stop out of a URL or file name is deliberate: `see https://x.org/a .`
    const before = doc.tokens[doc.tokenAt(at - 1)];
    if (before && isProtectedToken(before)) continue;
    found.push({ start: at, end, space, mark });
  }
  return found;
}
