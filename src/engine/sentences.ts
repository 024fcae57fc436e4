/**
 * Sentence boundaries inside lines. A sentence ends at `.`, `!`, `?` or `…`
 * (with any closing quotes or brackets) followed by a space and a capital,
 * digit or opening quote, unless the word before the stop is an abbreviation
 * or an initial; every line break also ends a sentence.
 */
import type { Token } from "./tokenize.js";
import type { Line, Sentence } from "./document.js";
import { ABBREVIATIONS } from "../lexicon/abbreviations.js";

const TERMINAL = new Set([".", "!", "?", "…"]);
const CLOSING = new Set(["”", "’", "\"", "'", "»", ")", "]"]);
const OPENING = /^[\p{Lu}\p{N}“"«‘(\[]/u;

export function splitSentences(text: string, tokens: readonly Token[], lines: readonly Line[]): Sentence[] {
  const sentences: Sentence[] = [];
  let t = 0;
  for (const line of lines) {
    while (t < tokens.length && tokens[t]!.end <= line.start) t++;
    let first = t;
    while (t < tokens.length && tokens[t]!.start < line.end) {
      const token = tokens[t]!;
      if (token.kind === "punct" && TERMINAL.has(token.text) && !isAbbreviationStop(tokens, t)) {
        let last = t;
        while (last + 1 < tokens.length && tokens[last + 1]!.start < line.end && CLOSING.has(tokens[last + 1]!.text)) last++;
        const space = tokens[last + 1];
        const next = tokens[last + 2];
        if (space?.kind === "space" && next !== undefined && next.start < line.end && OPENING.test(next.text)) {
          pushSentence(sentences, text, tokens, first, last + 1);
          first = last + 2;
          t = first;
          continue;
        }
      }
      t++;
    }
    pushSentence(sentences, text, tokens, first, t);
  }
  return sentences;
}

function pushSentence(sentences: Sentence[], text: string, tokens: readonly Token[], first: number, end: number): void {
  while (first < end && tokens[first]!.kind === "space") first++;
  while (end > first && tokens[end - 1]!.kind === "space") end--;
  if (first >= end) return;
  const start = tokens[first]!.start;
  const stop = tokens[end - 1]!.end;
  sentences.push({ start, end: stop, text: text.slice(start, stop), firstToken: first, endToken: end });
}

/** A full stop after an abbreviation (`Mr.`, `e.g.`) or an initial (`J.`, `U.S.`) ends no sentence. */
function isAbbreviationStop(tokens: readonly Token[], index: number): boolean {
  if (tokens[index]!.text !== ".") return false;
  const before = tokens[index - 1];
  if (before?.kind !== "word") return false;
  if (before.text.length === 1) return true;
  return ABBREVIATIONS.has(before.text);
}
