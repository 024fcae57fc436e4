/**
 * A space just inside brackets or curly quotes: `( text )`, `[ text ]`,
 * `“ text ”`. French layouts pad quotes and MT keeps the padding once `« »`
 * became `“ ”`. Guillemets themselves are `french-quotes`'s; straight `"`
 * quotes are left alone (which side opens is a guess).
 */
import { defineRule } from "../engine/rule.js";
import type { Detection } from "../engine/types.js";
import { isProtectedToken } from "../engine/tokenize.js";

// An opener and horizontal spaces; the start of its content must follow.
const AFTER_OPENER = /(?<open>[(\[“])(?<space>[ \u00a0\u2000-\u200a\u202f]+)/y;
const CONTENT_START = /[\p{L}\p{N}\p{Sc}'"‘“«(\[…]/u;
// Horizontal spaces and a closer; the end of some content must precede, and a space, a mark or the end follow.
const isHorizontalSpace = (c: number) => c === 32 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f;
const CONTENT_END = /[\p{L}\p{N}.,;:!?…%’”»'")\]]/u;
const AFTER_CLOSER = /^(?:[\s\p{P}\p{S}]|$)/u;
// Which marks open and close the same pair; a curly quote may pair with a guillemet (`“ Bonjour »`).
const FAMILY: Record<string, { open: string; close: string; name: string }> = {
  "(": { open: "(", close: ")", name: "()" },
  ")": { open: "(", close: ")", name: "()" },
  "[": { open: "[", close: "]", name: "[]" },
  "]": { open: "[", close: "]", name: "[]" },
  "“": { open: "“«", close: "”»", name: "“”" },
  "”": { open: "“«", close: "”»", name: "“”" },
};

export default defineRule({
  id: "space-inside-brackets",
  category: "punctuation",
  description: "Removes the space just inside brackets and curly quotes: `( text )` → `(text)`, `“ text ”` → `“text”`.",
  examples: {
    bad: [
      { text: "The party (⟦ ⟧LR) voted against.", fixed: "The party (LR) voted against.", safe: true },
      { text: "The party (LR⟦ ⟧) voted against.", fixed: "The party (LR) voted against.", safe: true },
      { text: "“⟦\u00a0⟧Nous resterons”, said the mayor of Montréal.", fixed: "“Nous resterons”, said the mayor of Montréal.", safe: true },
      { text: "He called it “a success⟦ ⟧” 🎉 on Monday.", fixed: "He called it “a success” 🎉 on Monday.", safe: true },
      { text: "The agreement [⟦ ⟧signed in Abidjan] holds.", fixed: "The agreement [signed in Abidjan] holds.", safe: true },
      { text: "He called it “⟦ ⟧a success”.", fixed: "He called it “a success”.", safe: true },
    ],
    good: [
      "The party (LR) voted against.",
      "Options: (a) stay, (b) leave.",
      "He smiled :) and then :( left.",
      "Quotes are cut like this: “There are some areas […] in which we believe”.",
      "( ) is an empty pair in the template.",
      "Call f( x ) in the code sample? No: see `f( x )` in example.js.",
      "a list - [laughter] - with spaces outside",
      "the 1960s “space race” (and the Apollo programme)",
      "He drew a smiley ( : and left",
    ],
  },
  // A match starts at an opener, or its spaces end at a closer.
  trigger: { chars: "([“)]”" },
  detect(doc, hits) {
    const found: Detection[] = [];
    const text = doc.text;
    const push = (start: number, end: number, mark: string) => {
      const token = doc.token(doc.tokenAt(start - 1));
      const next = doc.token(doc.tokenAt(end));
      if ((token && isProtectedToken(token)) || (next && isProtectedToken(next))) return;
      found.push({
        start,
        end,
        replacement: "",
        confidence: 0.9,
        severity: "minor",
        safe: true,
        message: `No space inside “${mark}”.`,
      });
    };
    const lines = new LineBrackets(text);
    for (const at of hits.offsets) {
      AFTER_OPENER.lastIndex = at;
      const match = AFTER_OPENER.exec(text);
      if (match === null) continue;
      const { open, space } = match.groups as { open: string; space: string };
      if (!CONTENT_START.test(text[at + 1 + space.length] ?? "")) continue;
      // Code (`f( x )`), emoticons (`:(`) and opening quotes used as closers (`„…“`) are not padding.
      if (/[\p{L}\p{N}_:;=`„]$/u.test(text.slice(Math.max(0, at - 1), at))) continue;
      // A matching closer later on the same line, and no code on the rest of it.
      const line = lines.at(at);
      if (line.lastBacktick > at || !line.family(FAMILY[open]!).closed.has(at)) continue;
      push(at + 1, at + 1 + space.length, FAMILY[open]!.name);
    }
    for (const closer of hits.offsets) {
      const close = text[closer]!;
      if (!")]”".includes(close)) continue;
      let at = closer;
      while (at > 0 && isHorizontalSpace(text.charCodeAt(at - 1))) at--;
      if (at === closer) continue;
      const space = text.slice(at, closer);
      if (!CONTENT_END.test(text[at - 1] ?? "") || !AFTER_CLOSER.test(text.slice(at + space.length + 1, at + space.length + 2))) continue;
      // The closer must close something opened earlier on the same line, and not be an emoticon.
      const line = lines.at(at);
      const opener = line.family(FAMILY[close]!).openAt(at);
      if (opener < 0 || /[\p{L}\p{N}_„]/u.test(text[opener - 1] ?? "")) continue;
      if (/^[:;=]/u.test(text.slice(at - 1, at))) continue;
      if (line.firstBacktick >= 0 && line.firstBacktick < at) continue;
      push(at, at + space.length, FAMILY[close]!.name);
    }
    return found;
  },
});

interface Pair {
  open: string;
  close: string;
}

/** One line's brackets of one family, matched left to right: the openers closed later on the line, and the innermost opener still open at each point. */
interface LineFamily {
  closed: ReadonlySet<number>;
  openAt(offset: number): number;
}

/**
 * The line (between `\n`s) around an offset, with its backticks and bracket
 * matching computed once per line and family; the rule asks about offsets in
 * increasing order, so only the current line is kept. One pass per line
 * replaces a walk to the line's end (or back to its start) from every
 * bracket, which was quadratic on a long line of brackets (`( ( ( …`).
 */
class LineBrackets {
  private start = -1;
  private end = -1;
  firstBacktick = -1;
  lastBacktick = -1;
  private families = new Map<Pair, LineFamily>();

  constructor(private readonly text: string) {}

  at(offset: number): this {
    if (offset < this.start || offset > this.end) {
      this.start = this.text.lastIndexOf("\n", offset - 1) + 1;
      const end = this.text.indexOf("\n", offset);
      this.end = end < 0 ? this.text.length : end;
      this.firstBacktick = this.text.indexOf("`", this.start);
      if (this.firstBacktick >= this.end) this.firstBacktick = -1;
      this.lastBacktick = this.firstBacktick < 0 ? -1 : this.text.lastIndexOf("`", this.end - 1);
      this.families.clear();
    }
    return this;
  }

  family(pair: Pair): LineFamily {
    let family = this.families.get(pair);
    if (family) return family;
    const { start, end, text } = this;
    const closed = new Set<number>();
    // Innermost open bracket before each offset of the line (-1: none); closers with nothing open are ignored.
    const openBefore = new Int32Array(end - start + 1);
    const stack: number[] = [];
    for (let i = start; i < end; i++) {
      openBefore[i - start] = stack.length > 0 ? stack[stack.length - 1]! : -1;
      const c = text[i]!;
      if (pair.open.includes(c)) stack.push(i);
      else if (pair.close.includes(c) && stack.length > 0) closed.add(stack.pop()!);
    }
    openBefore[end - start] = stack.length > 0 ? stack[stack.length - 1]! : -1;
    family = { closed, openAt: (offset) => openBefore[offset - start]! };
    this.families.set(pair, family);
    return family;
  }
}
