/**
 * French false friends in a context that shows the French sense:
 * `assisted to the meeting` → `attended the meeting` (safe: `assist to` + an
 * event is not English), and suggestions for `assisted at the ceremony`,
 * `sensible data`, `very deceived`, `sold in libraries`, `manifestations
 * against`, `in the frame of the inquiry`, `…, recalled this source`. The
 * list and its contexts are data: `lexicon/false-friends.ts`.
 */
import { defineRule } from "../engine/rule.js";
import { tokenize } from "../engine/tokenize.js";
import { FormTable } from "../engine/forms.js";
import { matchCase } from "../engine/casing.js";
import type { Detection } from "../engine/types.js";
import { FALSE_FRIENDS, type FalseFriend } from "../lexicon/false-friends.js";

interface Compiled {
  entry: FalseFriend;
  /** Lowercase first token of each form: where a match can start. */
  firstWords: ReadonlySet<string>;
  /** Sticky: tried at those tokens. */
  pattern: RegExp;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

function formPattern(form: string): string {
  const first = form[0]!;
  const rest = escape(form.slice(1)).replace(/ /gu, String.raw`\s+`);
  return `[${first.toUpperCase()}${first}]${rest}`;
}

/** The first token of a form, as the tokenizer splits text. */
function firstToken(form: string): string {
  const tokens = tokenize(form, new FormTable());
  return form.slice(0, tokens.end[0]).toLowerCase();
}

const COMPILED: readonly Compiled[] = FALSE_FRIENDS.map((entry) => {
  const forms = Object.keys(entry.forms).sort((a, b) => b.length - a.length).map(formPattern).join("|");
  const before = entry.before ? `(?<=${entry.before})` : "";
  const drop = entry.drop ?? "";
  const source = `${before}(?<![\\p{L}\\p{N}_-])(?<form>${forms})${drop}(?=${entry.after})`;
  return { entry, firstWords: new Set(Object.keys(entry.forms).map(firstToken)), pattern: new RegExp(source, "uy") };
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
  trigger: { lowerWords: COMPILED.flatMap((c) => [...c.firstWords]) },
  detect(doc, hits) {
    const found: Detection[] = [];
    for (const { entry, firstWords, pattern } of COMPILED) {
      let done = 0;
      for (const i of hits.tokens) {
        const start = doc.tokenStart[i]!;
        if (start < done || !firstWords.has(doc.tokenLower(i))) continue;
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
