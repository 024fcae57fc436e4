/**
 * French false friends in a context that shows the French sense:
 * `assisted to the meeting` → `attended the meeting` (safe: `assist to` + an
 * event is not English), and suggestions for `assisted at the ceremony`,
 * `sensible data`, `very deceived`, `sold in libraries`, `manifestations
 * against`, `in the frame of the inquiry`, `…, recalled this source`. The
 * list and its contexts are data: `lexicon/false-friends.ts`.
 */
import { defineRule } from "../engine/rule.js";
import { Kind, tokenize } from "../engine/tokenize.js";
import type { Document } from "../engine/document.js";
import { FormTable } from "../engine/forms.js";
import { matchCase } from "../engine/casing.js";
import type { Detection } from "../engine/types.js";
import { FALSE_FRIENDS, type FalseFriend } from "../lexicon/false-friends.js";

interface Compiled {
  entry: FalseFriend;
  /**
   * Lowercase first token of each form (where a match can start) → the token
   * that must come next, after white space, for a form of several words
   * (`in` → `the` of `in the frame of`); null when a one-word form starts so.
   */
  firstWords: ReadonlyMap<string, ReadonlySet<string> | null>;
  /** Sticky: tried at those tokens. */
  pattern: RegExp;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

function formPattern(form: string): string {
  const first = form[0]!;
  const rest = escape(form.slice(1)).replace(/ /gu, String.raw`\s+`);
  return `[${first.toUpperCase()}${first}]${rest}`;
}

/** Each form's first token (lowercase) and, for a form of several words, the token after the first space. */
function firstWords(forms: readonly string[]): Map<string, Set<string> | null> {
  const starts = new Map<string, Set<string> | null>();
  for (const form of forms) {
    const tokens = tokenize(form, new FormTable());
    const first = form.slice(0, tokens.end[0]).toLowerCase();
    const second = tokens.count > 2 ? form.slice(tokens.start[2], tokens.end[2]) : undefined;
    const seconds = starts.get(first);
    if (second === undefined || seconds === null) starts.set(first, null);
    else starts.set(first, new Set([...(seconds ?? []), second]));
  }
  return starts;
}

/** The token after `i` and the white space (spaces, line breaks) after it. */
function nextWord(doc: Document, i: number): string | undefined {
  let k = i + 1;
  while (k < doc.tokenCount && (doc.tokenKind[k] === Kind.space || doc.tokenKind[k] === Kind.newline)) k++;
  return k > i + 1 && k < doc.tokenCount ? doc.tokenText(k) : undefined;
}

const COMPILED: readonly Compiled[] = FALSE_FRIENDS.map((entry) => {
  const forms = Object.keys(entry.forms).sort((a, b) => b.length - a.length).map(formPattern).join("|");
  const before = entry.before ? `(?<=${entry.before})` : "";
  const drop = entry.drop ?? "";
  const source = `${before}(?<![\\p{L}\\p{N}_-])(?<form>${forms})${drop}(?=${entry.after})`;
  return { entry, firstWords: firstWords(Object.keys(entry.forms)), pattern: new RegExp(source, "uy") };
});

export default defineRule({
  id: "false-friend",
  category: "calque",
  description: "Replaces French false friends where the context shows the French sense (`assisted to the meeting` → `attended the meeting`).",
  examples: {
    bad: [
      { text: "The minister ⟦assisted to⟧ the meeting in Brussels.", fixed: "The minister attended the meeting in Brussels.", safe: true },
      { text: "⟦Assisting to⟧ the funeral were two former presidents 🕊️.", fixed: "Attending the funeral were two former presidents 🕊️.", safe: true },
      { text: "Thousands ⟦assisted at⟧ the ceremony in Québec.", fixed: "Thousands attended the ceremony in Québec.", safe: false },
      { text: "The leak exposed ⟦sensible⟧ data on patients.", fixed: "The leak exposed sensitive data on patients.", safe: false },
      { text: "The fans were very ⟦deceived⟧ by the defeat.", fixed: "The fans were very disappointed by the defeat.", safe: false },
      { text: "The memoir is sold in ⟦libraries⟧ from Thursday.", fixed: "The memoir is sold in bookstores from Thursday.", safe: false },
      { text: "New ⟦manifestations⟧ against the pension reform are planned.", fixed: "New demonstrations against the pension reform are planned.", safe: false },
      { text: "Searches took place ⟦in the frame of⟧ the investigation.", fixed: "Searches took place as part of the investigation.", safe: false },
      { text: "provided that any promise is reciprocal, ⟦recalled⟧ this source, giving details", fixed: "provided that any promise is reciprocal, noted this source, giving details", safe: false },
    ],
    good: [
      "That was a sensible decision.",
      "It is sensible to wait.",
      "The midwife assisted at the birth.",
      "She assisted the minister at the meeting.",
      "He was assigned to assist to the best of his ability.",
      "Mbappé assisted to the game-winning goal in stoppage time.",
      "The con man deceived investors for years.",
      "Appearances can be deceiving.",
      "The book is available in libraries across the state.",
      "The rash was a manifestation of the disease.",
      "He recalled the day his father left.",
      "Toyota recalled the cars in March.",
      "The photo shows her in the frame of the doorway.",
    ],
  },
  // A form starts at a word token (the form's first word, in any case).
  trigger: { lowerWords: COMPILED.flatMap((c) => [...c.firstWords.keys()]) },
  detect(doc, hits) {
    const found: Detection[] = [];
    for (const { entry, firstWords, pattern } of COMPILED) {
      let done = 0;
      for (const i of hits.tokens) {
        const start = doc.tokenStart[i]!;
        if (start < done) continue;
        const seconds = firstWords.get(doc.tokenLower(i));
        if (seconds === undefined) continue;
        // A form of several words goes on with its second word (`in` of `in the frame of` is everywhere).
        if (seconds !== null && !seconds.has(nextWord(doc, i) ?? "")) continue;
        pattern.lastIndex = start;
        const match = pattern.exec(doc.text);
        if (match === null) continue;
        const end = start + match[0].length;
        done = end;
        const form = match.groups!.form!;
        const right = entry.forms[form.toLowerCase().replace(/\s+/gu, " ")];
        if (right === undefined) continue;
        const replacement = matchCase(form, right);
        found.push({
          start,
          end,
          replacement,
          confidence: entry.confidence,
          severity: "minor",
          safe: entry.safe,
          message: `${entry.meaning}: “${replacement}”.`,
        });
      }
    }
    return found;
  },
});
