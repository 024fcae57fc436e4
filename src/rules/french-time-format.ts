/**
 * French clock times: `9 h 15`, `9h15`, `18 h 30` → `9:15`, `18:30` (safe:
 * read as a time or as a duration, `H:MM` is right in English). The hour is
 * kept as written, 24-hour: turning `18:30` into `6:30 p.m.` is a house-style
 * choice, not a translation fix. A bare hour (`18 h`, `à 18h`) is ambiguous
 * with a duration (`within 48 h`), so it is only suggested (`18:00`), and only
 * after a word that introduces a time (`at`, `from`, `until`, `by`…).
 * Durations written out with minutes (`2 h 15 min`) are left alone.
 */
import { defineRule } from "../engine/rule.js";
import type { Detection } from "../engine/types.js";
import { isProtectedToken } from "../engine/tokenize.js";
import { CLOCK_CUES } from "../lexicon/number-context.js";

const SPACE = "[ \\u00a0\\u2009\\u202f]";
// An hour 0–23, `h` with optional spaces, then maybe two-digit minutes; not inside a longer number or word.
const TIME = new RegExp(
  String.raw`(?=[0-9])(?<![\p{L}\p{N}_.,:\/-])(?<hour>[01]?[0-9]|2[0-3])${SPACE}?h(?:${SPACE}?(?<minutes>[0-5][0-9]))?(?![\p{L}\p{N}_/-]|[.,:'’][\p{L}\p{N}])`,
  "uy",
);
// What makes `2 h 15` a duration with units rather than a time: `2 h 15 min`, `2 h 15 s`.
const MINUTE_UNIT = /^[ \u00a0\u2009\u202f]?(?:min|mn|minutes?|m|s|sec|secs|seconds?)(?![\p{L}])/u;
// The word right before the hour, and the one before it: `until 6 h`, `up to 8 h`.
const PREVIOUS = /(?:([\p{L}'’]+)[ \u00a0]+)?([\p{L}'’]+)[ \u00a0]+$/u;

const isDigit = (c: number) => c >= 48 && c <= 57;

export default defineRule({
  id: "french-time-format",
  category: "typography",
  description: "Converts French clock times to English: `9 h 15` → `9:15`; suggests `18:00` for a bare `18 h`.",
  examples: {
    bad: [
      { text: "The session opens at ⟦9 h 15⟧ in Québec.", fixed: "The session opens at 9:15 in Québec.", safe: true },
      { text: "Polls close at ⟦18h30⟧ 🗳️.", fixed: "Polls close at 18:30 🗳️.", safe: true },
      { text: "The meeting began at ⟦20\u00a0h\u00a005⟧.", fixed: "The meeting began at 20:05.", safe: true },
      { text: "The curfew runs until ⟦6 h⟧ on Monday.", fixed: "The curfew runs until 6:00 on Monday.", safe: false },
    ],
    good: [
      "The session opens at 9:15 in Québec.",
      "She ran it in 2 h 15 min and won.",
      "Stay within 48 h of the event; the 24h news cycle goes on.",
      "A 12 h shift, then 8 h of sleep.",
      "The H1 and h2 tags, room 9h, and 4 h-index points.",
      "Workers sleep up to 8 h a night.",
      "He drove at 130 km/h for 2 hours.",
      "See the file schedule-9h15.pdf.",
    ],
  },
  // The hour starts at a digit that follows none.
  trigger: { chars: "0123456789" },
  detect(doc, hits) {
    const found: Detection[] = [];
    const text = doc.text;
    let done = 0;
    for (const at of hits.offsets) {
      if (at < done || isDigit(text.charCodeAt(at - 1))) continue;
      TIME.lastIndex = at;
      const match = TIME.exec(text);
      if (match === null) continue;
      done = at + match[0].length;
      const { hour, minutes } = match.groups as { hour: string; minutes?: string };
      const start = match.index;
      const end = start + match[0].length;
      const token = doc.token(doc.tokenAt(start));
      const last = doc.token(doc.tokenAt(end - 1));
      if ((token && isProtectedToken(token)) || (last && isProtectedToken(last))) continue;
      if (minutes !== undefined) {
        if (MINUTE_UNIT.test(text.slice(end, end + 10))) continue;
        const replacement = `${hour}:${minutes}`;
        found.push({
          start,
          end,
          replacement,
          confidence: 0.95,
          severity: "minor",
          safe: true,
          message: `French time format: English writes “${replacement}”.`,
        });
        continue;
      }
      // A bare hour: only after a word that introduces a clock time.
      const words = PREVIOUS.exec(text.slice(Math.max(0, start - 30), start));
      const previous = words?.[2]?.toLowerCase();
      if (previous === undefined || !CLOCK_CUES.has(previous)) continue;
      if (previous === "to" && words?.[1]?.toLowerCase() === "up") continue; // `up to 8 h`: a duration
      const replacement = `${hour}:00`;
      found.push({
        start,
        end,
        replacement,
        confidence: 0.7,
        severity: "minor",
        safe: false,
        message: `French time format: “${match[0]}” is probably ${replacement} (or a duration).`,
      });
    }
    return found;
  },
});
