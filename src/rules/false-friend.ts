/**
 * French false friends in a context that shows the French sense:
 * `assisted to the meeting` → `attended the meeting` (safe: `assist to` + an
 * event is not English), and suggestions for `assisted at the ceremony`,
 * `sensible data`, `very deceived`, `sold in libraries`, `manifestations
 * against`, `in the frame of the inquiry`, `…, recalled this source`. The
 * list and its contexts are data: `lexicon/false-friends.ts`.
 */
import { defineRule } from "../engine/rule.js";
import { isProtectedToken } from "../engine/tokenize.js";
import { matchCase } from "../engine/casing.js";
import type { Detection } from "../engine/types.js";
import { FALSE_FRIENDS, type FalseFriend } from "../lexicon/false-friends.js";

interface Compiled {
  entry: FalseFriend;
  /** Cheap test that one of the forms occurs at all. */
  trigger: RegExp;
  pattern: RegExp;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

/** `assisted` → `[Aa]ssisted`; spaces inside a form match any run of spaces. */
function formPattern(form: string): string {
  const first = form[0]!;
  const rest = escape(form.slice(1)).replace(/ /gu, String.raw`\s+`);
  return `[${first.toUpperCase()}${first}]${rest}`;
}

const COMPILED: readonly Compiled[] = FALSE_FRIENDS.map((entry) => {
  const forms = Object.keys(entry.forms).sort((a, b) => b.length - a.length).map(formPattern).join("|");
  const before = entry.before ? `(?<=${entry.before})` : "";
  const drop = entry.drop ?? "";
  const source = `${before}(?<![\\p{L}\\p{N}_-])(?<form>${forms})${drop}(?=${entry.after})`;
  const trigger = new RegExp(Object.keys(entry.forms).map((f) => escape(f).replace(/ /gu, String.raw`\s+`)).join("|"), "iu");
  return { entry, trigger, pattern: new RegExp(source, "gu") };
});
const ANY_FORM = new RegExp(COMPILED.map((c) => c.trigger.source).join("|"), "iu");

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
  trigger: { lines: true },
  detect(doc) {
    const found: Detection[] = [];
    if (!ANY_FORM.test(doc.text)) return found;
    for (const { entry, trigger, pattern } of COMPILED) {
      if (!trigger.test(doc.text)) continue;
      pattern.lastIndex = 0;
      for (const match of doc.text.matchAll(pattern)) {
        const start = match.index;
        const end = start + match[0].length;
        const token = doc.tokens[doc.tokenAt(start)];
        if (token === undefined || isProtectedToken(token)) continue;
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
