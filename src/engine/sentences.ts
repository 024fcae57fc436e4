/**
 * Sentence boundaries inside lines. A sentence ends at `.`, `!`, `?` or `…`
 * (with any closing quotes or brackets) followed by a space and a capital,
 * digit or opening quote, unless the word before the stop is an abbreviation
 * or an initial; every line break also ends a sentence.
 */
import { FormMemo, type FormTable } from "./forms.js";
import { Kind, type TokenArrays } from "./tokenize.js";
import type { Line } from "./document.js";
import { ABBREVIATIONS } from "../lexicon/abbreviations.js";

export interface SentenceArrays {
  count: number;
  start: Int32Array;
  end: Int32Array;
  firstToken: Int32Array;
  endToken: Int32Array;
}

const TERMINAL = new Set([".", "!", "?", "…"]);
const CLOSING = new Set(["”", "’", "\"", "'", "»", ")", "]"]);
const OPENING = /^[\p{Lu}\p{N}“"«‘(\[]/u;

// Per-form answers, remembered with the forms.
const opensSentence = new FormMemo((word) => OPENING.test(word));
const isAbbreviation = new FormMemo((word) => word.length === 1 || ABBREVIATIONS.has(word));

export function splitSentences(text: string, tokens: TokenArrays, lines: readonly Line[], forms: FormTable): SentenceArrays {
  const { count, start, end, kind, form } = tokens;
  // A sentence per line at least, and about one per 40 tokens in prose; grown when needed.
  const capacity = lines.length + (count >> 4) + 16;
  let out: SentenceArrays = { count: 0, start: new Int32Array(capacity), end: new Int32Array(capacity), firstToken: new Int32Array(capacity), endToken: new Int32Array(capacity) };
  const push = (firstIndex: number, endIndex: number) => {
    let first = firstIndex;
    let stop = endIndex;
    while (first < stop && kind[first] === Kind.space) first++;
    while (stop > first && kind[stop - 1] === Kind.space) stop--;
    if (first >= stop) return;
    if (out.count === out.start.length) out = grow(out);
    const k = out.count++;
    out.start[k] = start[first]!;
    out.end[k] = end[stop - 1]!;
    out.firstToken[k] = first;
    out.endToken[k] = stop;
  };
  const isText = (i: number, set: ReadonlySet<string>) => form[i]! >= 0 && set.has(forms.texts[form[i]!]!);

  let t = 0;
  for (const line of lines) {
    while (t < count && end[t]! <= line.start) t++;
    let first = t;
    while (t < count && start[t]! < line.end) {
      if (kind[t] === Kind.punct && isText(t, TERMINAL) && !isAbbreviationStop(t)) {
        let last = t;
        while (last + 1 < count && start[last + 1]! < line.end && isText(last + 1, CLOSING)) last++;
        const space = last + 1;
        const next = last + 2;
        if (space < count && kind[space] === Kind.space && next < count && start[next]! < line.end && opens(next)) {
          push(first, last + 1);
          first = last + 2;
          t = first;
          continue;
        }
      }
      t++;
    }
    push(first, t);
  }
  const n = out.count;
  return { count: n, start: out.start.subarray(0, n), end: out.end.subarray(0, n), firstToken: out.firstToken.subarray(0, n), endToken: out.endToken.subarray(0, n) };

  function opens(i: number): boolean {
    const f = form[i]!;
    // Protected tokens (not interned) open a sentence when their text does.
    if (f < 0) return OPENING.test(text.slice(start[i]!, end[i]!));
    return opensSentence.get(forms, f);
  }

  /** A full stop after an abbreviation (`Mr.`, `e.g.`) or an initial (`J.`, `U.S.`) ends no sentence. */
  function isAbbreviationStop(i: number): boolean {
    if (forms.texts[form[i]!] !== ".") return false;
    if (i === 0 || kind[i - 1] !== Kind.word) return false;
    return isAbbreviation.get(forms, form[i - 1]!);
  }
}

function grow(s: SentenceArrays): SentenceArrays {
  const size = s.start.length * 2;
  const copy = (a: Int32Array) => {
    const b = new Int32Array(size);
    b.set(a);
    return b;
  };
  return { count: s.count, start: copy(s.start), end: copy(s.end), firstToken: copy(s.firstToken), endToken: copy(s.endToken) };
}
