/**
 * HTML character references left in plain text, and their remains:
 * `AT&amp;T` → `AT&T`, `l&#39;Élysée` → `l'Élysée`, `Montr&eacute;al` →
 * `Montréal`, `&nbsp;` → a space, `donx27;t` → `don't` (the `&#` stripped),
 * `&lt;p&gt;` (an escaped tag) removed. Never on a line of code or one that
 * talks about markup, never inside a URL or another protected token.
 */
import { defineRule } from "../engine/rule.js";
import { linesWith } from "./support/hit-regions.js";
import type { Detection } from "../engine/types.js";
import { ENTITY_REMAINS, HTML_ENTITIES, NAMED_REMAINS, WINDOWS_1252 } from "../lexicon/html.js";
import { insideBackticks } from "./support/code-context.js";
import { ESCAPED_TAG, codeOrMarkupTalk, findTags, touchesProtected } from "./support/markup-context.js";

// `&amp;` may repeat when text was escaped twice: `&amp;amp;`, `&amp;eacute;`.
const ENTITY = /&(?:amp;)*(?:#(?<dec>\d{1,7})|#[xX](?<hex>[0-9a-fA-F]{1,6})|(?<name>[A-Za-z][A-Za-z0-9]{1,31}));/gu;
const REMAIN = /(?<![&#\p{N}])(?<key>#?x[0-9a-fA-F]{2,4}|#\d{2,4});/gu;
const NAMED_REMAIN = new RegExp(`(?<!&)(?:${[...NAMED_REMAINS].join("|")});`, "gu");
const LETTER = /[\p{L}]/u;
const SPACE = /[ \t]/u;

function decodeNumber(code: number): string | undefined {
  if (WINDOWS_1252.has(code)) return WINDOWS_1252.get(code);
  if (code === 160) return "\u00a0";
  if (code === 173 || code === 8203) return "";
  if (code < 32 || (code >= 127 && code < 160) || (code >= 0xd800 && code < 0xe000) || code > 0x10ffff) return undefined;
  return String.fromCodePoint(code);
}

function decode(groups: Record<string, string | undefined>): string | undefined {
  if (groups.dec !== undefined) return decodeNumber(Number.parseInt(groups.dec, 10));
  if (groups.hex !== undefined) return decodeNumber(Number.parseInt(groups.hex, 16));
  return HTML_ENTITIES.get(groups.name!);
}

/** A space entity next to a real space adds nothing: drop it rather than double the space. */
function spaced(text: string, start: number, end: number, value: string): string {
  if (!/^[\u00a0\u2002\u2003\u2009\u202f]$/u.test(value)) return value;
  const before = text[start - 1];
  const after = text[end];
  if (before === undefined || after === undefined || /\s/u.test(before) || /\s/u.test(after)) return "";
  // French spacing inside quotes and before high punctuation and `%` has no place in English: `5.2&nbsp;%` → `5.2%`.
  if (/[;:!?%»]/u.test(after) || before === "«") return "";
  return " ";
}

const isAlphanumeric = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const LONGEST_NAMED_REMAIN = Math.max(...[...NAMED_REMAINS].map((name) => name.length));

/**
 * Whether the semicolon at `at` can end an entity, an escaped tag or their
 * remains (`&name;`, `&#39;`, `&amp;amp;`, `&gt;`, `#039;`, `x27;`, `quot;`):
 * lines with no such semicolon (prose with semicolons) are not read.
 */
function mayEndEntity(text: string, at: number): boolean {
  let q = at;
  // An entity's name is at most 32 characters.
  while (q > 0 && at - q <= 33 && isAlphanumeric(text.charCodeAt(q - 1))) q--;
  if (q === at) return false;
  const before = text.charCodeAt(q - 1);
  if (before === 38 || before === 35) return true; // `&` or `#` before the name or number
  const tail = text.slice(Math.max(q, at - Math.max(LONGEST_NAMED_REMAIN, 5)), at);
  if (/x[0-9a-fA-F]{2,4}$/u.test(tail)) return true;
  for (let k = 2; k <= tail.length; k++) if (NAMED_REMAINS.has(tail.slice(-k))) return true;
  return false;
}

function show(value: string): string {
  return value === "" ? "nothing" : value === " " ? "a space" : `“${value}”`;
}

export default defineRule({
  id: "html-entity",
  category: "markup-residue",
  description: "Decodes HTML entities (`&amp;`, `&#39;`, `&eacute;`, `&nbsp;`) and their remains (`x27;`) left in plain text.",
  examples: {
    bad: [
      { text: "The merger of AT⟦&amp;⟧T and Time Warner was blocked.", fixed: "The merger of AT&T and Time Warner was blocked.", safe: true },
      { text: "He arrived at l⟦&#39;⟧Élysée on Monday.", fixed: "He arrived at l'Élysée on Monday.", safe: true },
      { text: "The mayor of Montr⟦&eacute;⟧al resigned 😮.", fixed: "The mayor of Montréal resigned 😮.", safe: true },
      { text: "The budget reached 3.2⟦&nbsp;⟧billion euros.", fixed: "The budget reached 3.2 billion euros.", safe: true },
      { text: "Inflation reached 5.2⟦&nbsp;⟧% in May.", fixed: "Inflation reached 5.2% in May.", safe: true },
      { text: "Talks didn⟦x27;⟧t resume in Brussels.", fixed: "Talks didn't resume in Brussels.", safe: true },
      { text: "Côte d⟦#039;⟧Ivoire won the cup.", fixed: "Côte d'Ivoire won the cup.", safe: true },
      { text: "Procter ⟦&amp;amp;⟧ Gamble cut prices.", fixed: "Procter & Gamble cut prices.", safe: true },
      { text: "The minister⟦&lt;/p&gt;⟧ resigned.", fixed: "The minister resigned.", safe: true },
      { text: "He called it ⟦quot;⟧a disgrace.", fixed: "He called it \"a disgrace.", safe: false },
    ],
    good: [
      "Research & development rose, and so did R&D spending at AT&T.",
      "To write an ampersand in HTML, type &amp; in the source.",
      "if (a &lt; b) { return x; }",
      "See https://example.com/?a=1&amp;b=2 for the ruling.",
      "The code 0x27; appears in the log.",
      "Item #39; the next item is the budget.",
      "He scored 39; she scored 41.",
      "The guitar amp; the drums; the lights.",
      "The `&nbsp;` entity is a no-break space.",
      "Fees & charges: 5 & 6 % less than in 2021.",
    ],
  },
  // Every entity and its remains end with a semicolon.
  trigger: { chars: ";" },
  detect(doc, hits) {
    const found: Detection[] = [];
    const ends = hits.offsets.filter((at) => mayEndEntity(doc.text, at));
    for (const line of linesWith(doc, ends)) {
      const text = line.text;
      if (!text.includes(";")) continue;
      if (codeOrMarkupTalk(text)) continue;
      // Characters of the line already taken by a tag or a finding (one flag each: checking a list of spans
      // for every match was quadratic on a line full of entities).
      const taken = new Uint8Array(text.length);
      const take = (start: number, end: number) => taken.fill(1, start, end);
      const free = (start: number, end: number) => taken.subarray(start, end).indexOf(1) < 0;
      for (const tag of findTags(text)) take(tag.index, tag.index + tag.text.length);
      const ok = (start: number, end: number) =>
        free(start, end) && !touchesProtected(doc, line.start + start, line.start + end) && !insideBackticks(doc, line.start + start);
      const push = (start: number, end: number, replacement: string, safe: boolean, message: string) => {
        take(start, end);
        found.push({ start: line.start + start, end: line.start + end, replacement, confidence: safe ? 0.96 : 0.7, severity: "minor", safe, message });
      };

      for (const match of text.matchAll(ESCAPED_TAG)) {
        let start = match.index;
        let end = start + match[0].length;
        if (!ok(start, end)) continue;
        const before = text[start - 1];
        const after = text[end];
        if (before !== undefined && SPACE.test(before) && (after === undefined || SPACE.test(after))) start--;
        else if (before === undefined && after !== undefined && SPACE.test(after)) end++;
        push(start, end, "", true, `Escaped HTML tag “${match[0]}” left in the text: remove it.`);
      }
      for (const match of text.matchAll(ENTITY)) {
        const start = match.index;
        const end = start + match[0].length;
        const value = decode(match.groups!);
        if (value === undefined || !ok(start, end)) continue;
        // `"&amp;"`: the entity itself is being quoted, not used.
        if (/["“'‘]/u.test(text[start - 1] ?? "") && /["”'’]/u.test(text[end] ?? "")) continue;
        const replacement = spaced(text, start, end, value);
        push(start, end, replacement, true, `HTML entity “${match[0]}” left in the text: write ${show(replacement)}.`);
      }
      for (const match of text.matchAll(REMAIN)) {
        const start = match.index;
        const end = start + match[0].length;
        const value = ENTITY_REMAINS.get(match.groups!.key!.toLowerCase());
        if (value === undefined || !ok(start, end)) continue;
        const before = text[start - 1];
        const after = text[end];
        const glued = before !== undefined && LETTER.test(before);
        // `d#039;Ivoire`, `donx27;t`: glued to the word before, it was an entity; `#39;` alone is a number.
        if (!glued && !(after !== undefined && LETTER.test(after) && match.groups!.key!.startsWith("x"))) continue;
        const replacement = spaced(text, start, end, value);
        push(start, end, replacement, glued, `Remains of an HTML entity (“&${match[0].startsWith("#") ? "" : "#"}${match[0]}”): write ${show(replacement)}.`);
      }
      for (const match of text.matchAll(NAMED_REMAIN)) {
        const start = match.index;
        const end = start + match[0].length;
        const value = HTML_ENTITIES.get(match[0].slice(0, -1));
        if (value === undefined || !ok(start, end)) continue;
        if (match[0] === "quot;" && LETTER.test(text[start - 1] ?? "")) continue; // `aliquot;`
        const replacement = spaced(text, start, end, value);
        push(start, end, replacement, false, `Looks like the remains of the HTML entity “&${match[0]}”: write ${show(replacement)}?`);
      }
    }
    return found;
  },
});
