/**
 * French quotation marks: `« Bonjour »` → `“Bonjour”` (the padding spaces
 * go), `‹ oui ›` → `‘oui’`, and the mixed pairs MT leaves (`“Bonjour »`,
 * `« Bonjour”`). Quotes nested in a guillemet quote become single quotes, as
 * English nests them: `« Il a dit “non” »` → `“Il a dit ‘non’”`.
 *
 * Marks are paired within a paragraph. A paired mark is converted safely,
 * one finding per mark, so that fixes inside the quotation still apply. An
 * unpaired mark is only a suggestion (a multi-paragraph quotation, or a lost
 * partner); a lone `»` or `›` between spaces is a separator or a "more" arrow
 * of page chrome and is left alone, as are paragraphs in the German style
 * (`»Hallo«`, `„Hallo“`).
 */
import { defineRule } from "../engine/rule.js";
import { blocksWith } from "./support/hit-regions.js";
import type { Detection } from "../engine/types.js";
import { isProtectedToken } from "../engine/tokenize.js";

const MARKS = /[«»‹›“”‘]/gu;
const HSPACE = /[ \t\u00a0\u2000-\u200a\u202f]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const DOUBLE_OPEN = new Set(["«", "“"]);
const GUILLEMETS = new Set(["«", "»", "‹", "›"]);

interface Mark {
  at: number;
  mark: string;
  /** Index of the partner in the block's mark list, or -1. */
  partner: number;
  /** Index of the enclosing opener, or -1. */
  parent: number;
}

export default defineRule({
  id: "french-quotes",
  category: "typography",
  description: "Turns French guillemets into English quotation marks: `« Bonjour »` → `“Bonjour”`, `‹ oui ›` → `‘oui’`.",
  examples: {
    bad: [
      { text: "He called it “a success⟦ »⟧ on Monday.", fixed: "He called it “a success” on Monday.", safe: true },
      { text: "⟦«\u00a0⟧Nous resterons”, said the mayor of Montréal.", fixed: "“Nous resterons”, said the mayor of Montréal.", safe: true },
      { text: "“Il a dit ‘non⟦\u202f›⟧ et il est parti”, she recalled.", fixed: "“Il a dit ‘non’ et il est parti”, she recalled.", safe: true },
      { text: "The word “victory⟦»⟧was never used 🙂.", fixed: "The word “victory” was never used 🙂.", safe: true },
      { text: "⟦« ⟧We will not give in, he warned.", fixed: "“We will not give in, he warned.", safe: false },
    ],
    good: [
      "He called it “a success” on Monday.",
      "Home › News › Politics › Québec",
      "Read more »",
      "Er sagte »Hallo« und ging.",
      "Sie sagte „Hallo“ und ging.",
      "Prices » Fuel » Diesel",
      "Next page ›",
      "Nothing to see: ‘single’ and “double” quotes, l’État and the students’ union.",
    ],
  },
  // Only guillemets make a block French-quoted; inside such a block, curly quotes may be nested quotations.
  trigger: { chars: "«»‹›" },
  detect(doc, hits) {
    const found: Detection[] = [];
    const text = doc.text;
    for (const block of blocksWith(doc, hits.offsets)) {
      if (!/[«»‹›]/u.test(block.text) || block.text.includes("„")) continue;
      const marks: Mark[] = [];
      for (const m of block.text.matchAll(MARKS)) {
        const at = block.start + m.index;
        const token = doc.token(doc.tokenAt(at));
        if (token && isProtectedToken(token)) continue;
        marks.push({ at, mark: m[0], partner: -1, parent: -1 });
      }
      if (germanStyle(text, marks)) continue;
      pair(marks, ["«", "“"], ["»", "”"]);
      pair(marks, ["‹", "‘"], ["›"]);
      for (let i = 0; i < marks.length; i++) {
        const m = marks[i]!;
        if (m.mark === "‘") continue;
        const opening = DOUBLE_OPEN.has(m.mark) || m.mark === "‹";
        const nested = isNested(marks, i);
        if (!GUILLEMETS.has(m.mark) && !nested) continue;
        const single = m.mark === "‹" || m.mark === "›" || nested;
        const replacement = opening ? (single ? "‘" : "“") : single ? "’" : "”";
        if (m.partner < 0) {
          // A lone opener at the start of a quotation, or a lone closer right after its words: suggest.
          if (opening ? !opensHere(text, m.at) : !closesHere(text, m.at)) continue;
          push(m, replacement, 0.7, false);
        } else push(m, replacement, nested && !GUILLEMETS.has(m.mark) ? 0.9 : 0.95, true);
      }
    }
    return found;

    function push(m: Mark, mark: string, confidence: number, safe: boolean) {
      const opening = DOUBLE_OPEN.has(m.mark) || m.mark === "‹";
      let start = m.at;
      let end = m.at + 1;
      let replacement = mark;
      if (opening && GUILLEMETS.has(m.mark)) {
        while (end < text.length && HSPACE.test(text[end]!)) end++;
        if (WORD_CHAR.test(text[start - 1] ?? "")) replacement = ` ${mark}`;
      } else if (!opening && GUILLEMETS.has(m.mark)) {
        while (start > 0 && HSPACE.test(text[start - 1]!)) start--;
        if (start > 0 && text[start - 1] === "\n") start = m.at;
        if (WORD_CHAR.test(text[end] ?? "")) replacement = `${mark} `;
      }
      const french = GUILLEMETS.has(m.mark);
      found.push({
        start,
        end,
        replacement,
        confidence,
        severity: "minor",
        safe,
        message: french
          ? `French quotation mark “${m.mark}”: English uses “${mark}”, without the inner space.`
          : `A quotation inside a quotation takes single marks in English: “${mark}”.`,
      });
    }
  },
});

/** Pairs openers with closers, innermost first; records each mark's partner and enclosing opener. */
function pair(marks: Mark[], openers: readonly string[], closers: readonly string[]): void {
  const stack: number[] = [];
  for (let i = 0; i < marks.length; i++) {
    const m = marks[i]!;
    if (openers.includes(m.mark)) {
      m.parent = stack[stack.length - 1] ?? -1;
      stack.push(i);
    } else if (closers.includes(m.mark) && stack.length > 0) {
      const open = stack.pop()!;
      m.partner = open;
      marks[open]!.partner = i;
      m.parent = stack[stack.length - 1] ?? -1;
    }
  }
}

/**
 * A paired double quote inside another double quotation, either of them in
 * guillemets: it becomes single once both are curly.
 */
function isNested(marks: readonly Mark[], i: number): boolean {
  const m = marks[i]!;
  if (m.partner < 0 || m.parent < 0) return false;
  const parent = marks[m.parent]!;
  if (parent.partner < 0) return false;
  const french = (mark: string) => mark === "«" || mark === "»";
  return french(parent.mark) || french(marks[parent.partner]!.mark) || french(m.mark) || french(marks[m.partner]!.mark);
}

/** `»Hallo«`: the first guillemet is a `»` opening a word, or a `«` closing one. */
function germanStyle(text: string, marks: readonly Mark[]): boolean {
  const first = marks.find((m) => m.mark === "«" || m.mark === "»");
  if (!first) return false;
  const before = text[first.at - 1] ?? " ";
  const after = text[first.at + 1] ?? " ";
  if (first.mark === "»") return !WORD_CHAR.test(before) && WORD_CHAR.test(after);
  return WORD_CHAR.test(before) && !WORD_CHAR.test(after);
}

/** An opener followed (after padding) by the start of some words. */
function opensHere(text: string, at: number): boolean {
  let i = at + 1;
  while (i < text.length && HSPACE.test(text[i]!)) i++;
  return /[\p{L}\p{N}“‘'"(…]/u.test(text[i] ?? "");
}

/** A closer right after some words or a mark, not a separator between spaces or at a line's end after a space. */
function closesHere(text: string, at: number): boolean {
  const before = text[at - 1] ?? "\n";
  const after = text[at + 1] ?? "\n";
  if (/\s/u.test(before) && (/\s/u.test(after) || after === "")) return false;
  return !/\s/u.test(before) || /[\p{L}\p{N}.!?…]/u.test(text[at - 2] ?? "");
}
