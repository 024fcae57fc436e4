/**
 * A word glued to the opening quotation mark after it: `he said“we will stay”`
 * → `he said “we will stay”`. The other side (`“a success”said`, a closing
 * mark glued to the next word) is `quote-glued-to-word`'s.
 *
 * A curly `“` is an opener when no quote is open before it in the paragraph
 * and the next curly mark closes it (`”`). A straight `"` is an opener when
 * the paragraph's straight quotes pair up, it is the first of its pair, its
 * closer ends cleanly, and no straight quote in the paragraph is an inch
 * mark (`12"`). Never: a one-letter word before the mark (`l“` is French
 * elision gone wrong), paragraphs with backticks (code) or German `„…“`.
 */
import { defineRule } from "../engine/rule.js";
import { blocksWith } from "./support/hit-regions.js";
import type { Detection } from "../engine/types.js";
import { isProtectedToken } from "../engine/tokenize.js";

const QUOTES = /[“”«»"„]/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const LETTER_BEFORE = /\p{L}{2}$/u;

export default defineRule({
  id: "glued-opening-quote",
  category: "word-boundary",
  description: "Adds the missing space between a word and the opening quotation mark glued to it (`said“we` → `said “we`).",
  examples: {
    bad: [
      { text: "The minister said⟦“⟧we will not give in” on Monday.", fixed: "The minister said “we will not give in” on Monday.", safe: true },
      { text: "Québec called the vote⟦\"⟧a historic step\" for the region 🎉.", fixed: "Québec called the vote \"a historic step\" for the region 🎉.", safe: true },
    ],
    good: [
      "The minister said “we will not give in” on Monday.",
      "He called it “final” and left.",
      "She said ”yes” and then“no — unbalanced quotes are left alone.",
      "A 12\" screen and a\"15\" one.",
      "In German: er sagte„nein“ und ging.",
      "Use `say\"hi\"` in code, and l“armée stays for the French rules.",
    ],
  },
  // Only an opening curly quote or a straight quote can be glued to the word before.
  trigger: { chars: "“\"" },
  detect(doc, hits) {
    const found: Detection[] = [];
    const text = doc.text;
    for (const block of blocksWith(doc, hits.offsets)) {
      if (block.text.includes("`") || block.text.includes("„")) continue;
      const marks = [...block.text.matchAll(QUOTES)].map((m) => ({ at: block.start + m.index, mark: m[0] }));
      const curly = marks.filter((m) => m.mark === "“" || m.mark === "”");
      let open = 0;
      for (let i = 0; i < curly.length; i++) {
        const { at, mark } = curly[i]!;
        if (mark === "”") {
          open = Math.max(0, open - 1);
          continue;
        }
        const opens = open === 0 && curly[i + 1]?.mark === "”";
        open++;
        if (opens && glued(at)) push(at, "“");
      }
      const straight = marks.filter((m) => m.mark === '"');
      if (straight.length % 2 !== 0 || straight.some((m) => /\p{N}/u.test(text[m.at - 1] ?? ""))) continue;
      for (let i = 0; i + 1 < straight.length; i += 2) {
        const opener = straight[i]!.at;
        const closer = straight[i + 1]!.at;
        const closesCleanly = !/\s/u.test(text[closer - 1] ?? " ") && /^(?:[\s.,;:!?)\]—–-]|$)/u.test(text.slice(closer + 1, closer + 2));
        if (closesCleanly && glued(opener)) push(opener, '"');
      }
    }
    return found;

    /** A word of two letters or more right before the mark, and the quoted text right after it. */
    function glued(at: number): boolean {
      if (!LETTER_BEFORE.test(text.slice(Math.max(0, at - 2), at))) return false;
      if (!WORD_CHAR.test(text[at + 1] ?? "")) return false;
      const before = doc.token(doc.tokenAt(at - 1));
      return before?.kind === "word" && !isProtectedToken(before);
    }

    function push(at: number, mark: string) {
      found.push({
        start: at,
        end: at + 1,
        replacement: ` ${mark}`,
        confidence: mark === "“" ? 0.95 : 0.9,
        severity: "minor",
        safe: true,
        message: "An opening quotation mark is glued to the word before it: add a space.",
      });
    }
  },
});
