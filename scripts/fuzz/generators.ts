/**
 * Generated documents for `npm run fuzz`: plain text, HTML and Markdown built
 * from pieces that trigger rules, pieces that must not, markup, adversarial
 * characters (lone surrogates, NUL, BOM, ZWJ, combining marks, RTL) and
 * random strings. Deterministic for a seed.
 */
import fc from "fast-check";
import type { Format } from "../../src/engine/index.js";

const TEXT_PIECES = [
  "theNorth", "in Swiss", "in Swiss.", ".,", ",.", "..", "...", " ?", " ,", " ;", "\u00a0?", "\u202f:", "INF Treaty [traité sur les armes]", "[…]",
  "Photo: AFP / HANDOUT", "Previous articleAt least", "A quote from Someone", "Home NEWS Title", "Title", "McCain", "iPad", "U.S.,",
  "https://ex.com/a.b", "www.x.fr/y", "a@b.fr", "report.pdf", "@theNorth", "#tag", "é", "😀", "🇨🇭", "👨‍👩‍👧", "e\u0301", "שלום", "\u202e",
  "\ud800", "\udc00", "\0", "\ufeff", "l’été", "« oui »", "“ yes ”", "( a )", "[ b ]", "said.The", "agreed.“We", "1er", "M. Legault", "12h30", "3,5",
  "1 000", "de la", "le gouvernement", "selon les experts", "&amp;", "&nbsp;", "&#39;", "x27;", "<p>", "</ p>", "<br />", "<!-- x -->", "`code`",
  " ", "  ", "\t", "\n", "\n\n", "\r\n", "word", "Word", ".", ",", "?", "!", ":", ";", "[", "]", "(", ")", "“", "”", "\"", "'", "-", "—",
];
const piece = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...TEXT_PIECES) }, { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 4 }) });
const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(""));

const HTML_INLINE = fc.oneof(
  { weight: 6, arbitrary: piece },
  fc.constantFrom("<em>North</em>", "<strong>in</strong>", '<a href="https://ex.com/theNorth?a=1&amp;b=2">theNorth</a>', "<code>theNorth in Swiss.,</code>", "<br>", "<!-- theNorth -->", '<img src="x.png" alt="in Swiss">', "<b>", "</i>", "<", "&", "&amp;amp;"),
);
const HTML_BLOCKS: ((s: string) => string)[] = [
  (s) => `<p>${s}</p>`, (s) => `<h2>${s}</h2>`, (s) => `<ul><li>${s}</li></ul>`, (s) => `<blockquote><p>${s}</p></blockquote>`,
  (s) => `<figure><img src="a.jpg"><figcaption>${s}</figcaption></figure>`, (s) => `<div>${s}</div>`, () => "<pre>theNorth in Swiss.,</pre>",
  () => '<script>var theNorth = "in Swiss";</script>', (s) => `<p>${s}</p>\n<p>Photo: Reuters / HANDOUT</p>`, (s) => `<nav>${s}</nav>`, (s) => s, (s) => `<table><tr><td>${s}</td></tr></table>`,
];
const html = fc
  .array(fc.tuple(fc.integer({ min: 0, max: HTML_BLOCKS.length - 1 }), fc.array(HTML_INLINE, { minLength: 1, maxLength: 8 })), { minLength: 1, maxLength: 6 })
  .chain((blocks) => fc.constantFrom("\n", "", "\n\n").map((joiner) => blocks.map(([w, parts]) => HTML_BLOCKS[w]!(parts.join(""))).join(joiner)));

const MD_INLINE = fc.oneof(
  { weight: 6, arbitrary: piece },
  fc.constantFrom("*North*", "**in**", "_x_", "[theNorth](https://ex.com/theNorth)", "`theNorth in Swiss.,`", "<span>theNorth</span>", "![in Swiss](x.png)", "<https://ex.com/in.Swiss>", "\\*", "[^1]", "~~del~~", "[", "*", "|"),
);
const MD_BLOCKS: ((s: string) => string)[] = [
  (s) => s, (s) => `## ${s}`, (s) => `- ${s}\n- ${s}`, (s) => `1. ${s}\n   - ${s}`, (s) => `> ${s}\n> > ${s}`, () => "```\ntheNorth in Swiss.,\n```",
  () => "    indented theNorth in Swiss.,", () => "<div>\ntheNorth in Swiss.,\n</div>", (s) => `| a | b |\n|---|---|\n| ${s.replace(/\|/g, "")} | x |`,
  (s) => `${s}\n\nPhoto: Reuters / HANDOUT`, () => "[^1]: a note in Swiss", () => "---",
];
const markdown = fc
  .tuple(fc.boolean(), fc.array(fc.tuple(fc.integer({ min: 0, max: MD_BLOCKS.length - 1 }), fc.array(MD_INLINE, { minLength: 1, maxLength: 8 })), { minLength: 1, maxLength: 6 }))
  .map(([frontMatter, blocks]) => (frontMatter ? "---\ntitle: theNorth in Swiss.,\n---\n\n" : "") + blocks.map(([b, parts]) => MD_BLOCKS[b]!(parts.join(""))).join("\n\n"));

export const GENERATORS: Record<Format, fc.Arbitrary<string>> = { text, html, markdown };
