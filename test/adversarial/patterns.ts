/**
 * Adversarial inputs: shapes that made the engine or its readers slow down
 * super-linearly (backtracking expressions, rescans from each position, deep
 * recursion), and the shapes an attacker tries next (long runs, deep nesting,
 * odd code points). Each pattern makes an input of any length; the linear-time
 * suite (linear-time.test.ts) and `npm run bench` run them at several sizes.
 */
import type { Format } from "../../src/engine/index.js";

export interface AdversarialPattern {
  name: string;
  format: Format;
  make(length: number): string;
}

/** `unit` repeated to exactly `length` UTF-16 code units (a surrogate pair may be cut at the end: that is part of the test). */
export function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

const repeated = (format: Format, unit: string, label = JSON.stringify(unit)): AdversarialPattern => ({ name: `${format} ${label}`, format, make: (n) => repeatTo(unit, n) });

const TEXT_UNITS = [
  // Spaces before marks (the French spacing rule backtracked: cubic), runs of every kind of space.
  "\u00a0", "\u00a0?", "a\u00a0?", "\u2009", "\u202f", " ", "a .", "a ,", " ?", "a \u00a0 ;",
  // Full stops and dotted words (the tokenizer's URL / e-mail / file-name patterns rescanned the run).
  "a.", "a.b", "a.a.a ", "..a", "a.pdf ", "a.b@", "a@", "@a ", "#a", "a-", "http://", "http://a.b/ ", "www.", "a.com/",
  // Brackets and quotes (closer search from every bracket), entities, tags.
  "( ", "[ ", "“ ", " )", " ]", " ”", "(", ")", "(a ", "a) ", "«", "« ", "»", "“", "”", "\"", "'", "\"a\" ", "“a ", "’",
  "&amp;", "&nbsp;", "&#39;", "x27;", "&lt;p&gt;", "<p>", "<!--", "<a href=x ", "`", "`a ,bb ", "a ,bb ",
  // Words: camelCase runs, glued words, French, abbreviations, numbers, times, honorifics.
  "aB", "theNorth ", "thethe", "in Swiss ", "le ", "de la ", "Mr. ", "A. ", "e.g. ", "M. ", "1er ", "1,5 ", "1 000 ", "12h30 ", "Québec ",
  // Lines: page chrome, navigation, many short lines, line-break kinds.
  "Photo: AFP\n", "Share\n", "Previous article", "\n", "a\n", "\r\n", "\r", "  \n",
  // Punctuation runs.
  "...", "?!", ". ", ".,", ",.", "—", "…", " …", "%", "/", "\t",
  // Odd code points: NUL, BOM, lone surrogates, emoji with ZWJ and flags, combining marks, RTL, invisible characters.
  "\0", "\ufeff", "\ud800", "\udc00", "😀", "👨‍👩‍👧", "🇨🇭", "e\u0301", "\u0301", "שלום ", "\u202e", "\u00ad", "\u200b", "𝐀",
];

const HTML_UNITS = [
  "&nbsp;", "&amp;", "a &nbsp;?", "<div>", "<b>", "</div>", "<p>", "<p>a", "<b><p>", "<svg>", "<b>x</p>", "<table><td>", "<!--", "<", "<a ",
  '<img alt="a .">', "<br>", "<li>", "<code>", "<blockquote>", "<nav>", "<script>", "<p>Photo: AFP</p>\n", "<p>theNorth in Swiss.,</p>",
];

const MARKDOWN_UNITS = [
  ">", "> ", "* ", "1. ", "[", "]", "[a](", "[a]", "](a)", "*", "_", "`", "``a", "\\", "#", "|", "| a |\n", "  \n", ">\n", "a\n\n",
  "&amp;", "![a](", "<div>\n", "~~a ", "a* ", "a**b", "- a\n", "Photo: AFP\n\n", "- Photo: AFP\n", "a@b.c ", "www.a.b ",
];

export const ADVERSARIAL_PATTERNS: readonly AdversarialPattern[] = [
  ...TEXT_UNITS.map((unit) => repeated("text", unit)),
  { name: "text one 10k-letter word, then prose", format: "text", make: (n) => repeatTo("a".repeat(10_000) + " and more words. ", n) },
  { name: "text a word as long as the input", format: "text", make: (n) => repeatTo("abcdefghijklmnopqrstuvwxyz", n) },
  { name: "text no-break spaces then a mark", format: "text", make: (n) => "a" + repeatTo("\u00a0", n - 2) + "?" },
  { name: "text spaces then a mark", format: "text", make: (n) => "a" + repeatTo(" ", n - 2) + "?" },
  ...HTML_UNITS.map((unit) => repeated("html", unit)),
  { name: "html nested <div> with text", format: "html", make: (n) => repeatTo("<div>x ", n) },
  ...MARKDOWN_UNITS.map((unit) => repeated("markdown", unit)),
  { name: "markdown `- ` stacked on one line", format: "markdown", make: (n) => repeatTo("- ", n - 1) + "a" },
  { name: "markdown `> ` stacked on one line", format: "markdown", make: (n) => repeatTo("> ", n - 1) + "a" },
  { name: "markdown emphasis nested", format: "markdown", make: (n) => repeatTo("*", n / 2) + "a" + repeatTo("*", n / 2 - 1) },
  { name: "markdown links nested", format: "markdown", make: (n) => repeatTo("[", n / 5) + "a" + repeatTo("](b)", n - n / 5 - 1) },
  { name: "markdown a stray [ before a long paragraph", format: "markdown", make: (n) => "[" + repeatTo(" word", n - 1) },
  { name: "markdown list nested by indentation", format: "markdown", make: (n) => repeatTo(Array.from({ length: 40 }, (_, i) => "  ".repeat(i) + "- a\n").join(""), n) },
];
