/**
 * Spaces right before `, . ; : ! ?` where English wants none, with the
 * deliberate cases left out (spaced ellipses, ratios and scores, emoticons,
 * a space that keeps a stop out of a URL). Shared by `space-before-punctuation`
 * (regular spaces) and `french-punctuation-spacing` (no-break and thin
 * spaces), which differ only in the spaces they own. Not a rule.
 */
import type { Document } from "../../engine/document.js";
import { isProtectedToken } from "../../engine/tokenize.js";

/** What a mark can follow: a word, a number, a closing quote or bracket, a percent, degree or currency sign. */
const BEFORE = /[\p{L}\p{N}”’»")\]%‰°$€£¥'*]/u;
const AFTER = /^[!?…]*(?:[\s”’»")\]]|$)/u;

export interface SpaceBeforeMark {
  start: number;
  end: number;
  space: string;
  mark: string;
}

/** A whole run of spaces and the mark right after it, as the calling rule found them. */
export interface SpacedMark {
  at: number;
  space: string;
  mark: string;
}

const MARKS = ",.;:!?";

/**
 * The runs of `isRunSpace` characters holding one of `offsets` (ascending) and
 * followed by a mark, each once: `[spaces]*<offset>[spaces]*<mark>`.
 */
export function runsAroundBeforeMark(text: string, offsets: readonly number[], isRunSpace: (c: number) => boolean): SpacedMark[] {
  const runs: SpacedMark[] = [];
  let done = -1;
  for (const offset of offsets) {
    if (offset < done) continue;
    let start = offset;
    while (start > 0 && isRunSpace(text.charCodeAt(start - 1))) start--;
    let end = offset + 1;
    while (end < text.length && isRunSpace(text.charCodeAt(end))) end++;
    done = end;
    const mark = text[end];
    if (mark !== undefined && MARKS.includes(mark)) runs.push({ at: start, space: text.slice(start, end), mark });
  }
  return runs;
}

/** The runs of `isRunSpace` characters right before one of the marks at `offsets` (ascending), each with its mark. */
export function runsBeforeMarks(text: string, offsets: readonly number[], isRunSpace: (c: number) => boolean): SpacedMark[] {
  const runs: SpacedMark[] = [];
  for (const end of offsets) {
    let start = end;
    while (start > 0 && isRunSpace(text.charCodeAt(start - 1))) start--;
    if (start < end) runs.push({ at: start, space: text.slice(start, end), mark: text[end]! });
  }
  return runs;
}

/** The spaces before marks English wants none before, from `runs` (see above). */
export function spacesBeforeMarks(doc: Document, runs: readonly SpacedMark[]): SpaceBeforeMark[] {
  const found: SpaceBeforeMark[] = [];
  const text = doc.text;
  for (const { at, space, mark } of runs) {
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
    const before = doc.token(doc.tokenAt(at - 1));
    if (before && isProtectedToken(before)) continue;
    found.push({ start: at, end, space, mark });
  }
  return found;
}
