/**
 * A closing quotation mark glued to the next word: `“a success”said`,
 * `"a success"said`. The punctuation side of quote glue (the quote closes
 * something, then a letter follows) is this rule's; word-boundary rules leave
 * it alone. A `»` glued to a word is handled with its conversion by
 * `french-quotes`.
 *
 * A curly `”` closes when a `“` or `«` opened earlier in the paragraph is
 * still open. A straight `"` closes when it is the second of a pair, in a
 * paragraph whose straight quotes pair up, and its opener looks like one.
 */
import { defineRule } from "../engine/rule.js";
import { blocksWith } from "./support/hit-regions.js";
import type { Detection } from "../engine/types.js";
import { isProtectedToken } from "../engine/tokenize.js";

const QUOTES = /[“”«»"]/gu;
// A letter, but not a lone `s` (`the “yes”s`: a plural or possessive of the quoted word).
const LETTER = /^(?!s(?!\p{L}))\p{L}/u;

export default defineRule({
  id: "quote-glued-to-word",
  category: "punctuation",
  description: "Adds the missing space after a closing quotation mark glued to the next word: `“a success”said`.",
  examples: {
    bad: [
      { text: "It was “a success⟦”⟧said the Élysée.", fixed: "It was “a success” said the Élysée.", safe: true },
      { text: "The plan is \"dead⟦\"⟧according to Ottawa.", fixed: "The plan is \"dead\" according to Ottawa.", safe: true },
      { text: "“Nous resterons”, he said, calling it “final⟦”⟧and binding 🙂.", fixed: "“Nous resterons”, he said, calling it “final” and binding 🙂.", safe: true },
    ],
    good: [
      "It was “a success” said the Élysée.",
      "The “Be Best” initiative.",
      "He said ”hej” in Swedish style”ok — unbalanced quotes are left alone.",
      "A 12\" screen and a 15\" screen.",
      "She wrote \"yes\", then \"no\".",
      "The “peace-loving”-nation label.",
      "Too many “maybe”s and “perhaps”s in the report.",
      "Call it \"x\"y in code? See `\"x\"y` and file \"a\"b.txt.",
    ],
  },
  // The closer glued to the next word is `”` or a straight quote.
  trigger: { chars: "”\"" },
  detect(doc, hits) {
    const found: Detection[] = [];
    const text = doc.text;
    for (const block of blocksWith(doc, hits.offsets)) {
      if (block.text.includes("`")) continue;
      const marks = [...block.text.matchAll(QUOTES)].map((m) => ({ at: block.start + m.index, mark: m[0] }));
      const straight = marks.filter((m) => m.mark === '"');
      let open = 0;
      for (const { at, mark } of marks) {
        if (mark === "“" || mark === "«") open++;
        else if (mark === "”" || mark === "»") {
          const closes = open > 0;
          if (closes) open--;
          if (closes && mark === "”" && LETTER.test(text.slice(at + 1, at + 3))) push(at, mark, 0.95);
        }
      }
      if (straight.length % 2 === 0) {
        for (let i = 1; i < straight.length; i += 2) {
          const opener = straight[i - 1]!.at;
          const at = straight[i]!.at;
          const before = text[opener - 1];
          const opens = (before === undefined || /[\s(\[—–-]/u.test(before)) && !/\s/u.test(text[opener + 1] ?? " ");
          if (!opens) continue;
          if (/\s/u.test(text[at - 1] ?? " ") || !LETTER.test(text.slice(at + 1, at + 3))) continue;
          push(at, '"', 0.9);
        }
      }
    }
    return found;

    function push(at: number, mark: string, confidence: number) {
      const token = doc.token(doc.tokenAt(at + 1));
      if (token && isProtectedToken(token)) return;
      found.push({
        start: at,
        end: at + 1,
        replacement: `${mark} `,
        confidence,
        severity: "minor",
        safe: true,
        message: "A closing quotation mark is glued to the next word: add a space.",
      });
    }
  },
});
