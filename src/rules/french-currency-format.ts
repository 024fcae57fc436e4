/**
 * French currency format: the sign after the amount, with a space, and the
 * French magnitude abbreviations (`250 M$` → `$250 million`, `1,2 G$` →
 * `$1.2 billion`, `12,50 $` → `$12.50`, `40 000 €` → `€40,000`). English puts
 * the sign before the number and spells out millions and billions. The
 * amount may be in French or English number format; it is rewritten in
 * English. Safe: a number, a space and a currency sign can only be an amount.
 * A hand-written scan: find each sign, then read the amount backwards.
 */
import { defineRule } from "../engine/rule.js";
import type { Detection } from "../engine/types.js";

const SIGNS = "$€£";

/** French magnitude abbreviations before the sign: M$ (millions), G$ / Md$ / Mds$ / Mrd$ (milliards). */
const MAGNITUDES: Readonly<Record<string, string>> = { M: "million", G: "billion", Md: "billion", Mds: "billion", Mrd: "billion", Mrds: "billion" };
const SPACES = new Set([" ", "\u00a0", "\u202f", "\u2009"]);
/** The amount: digits, maybe grouped by spaces or commas, maybe a decimal part. Read on the slice before the sign. */
const AMOUNT = /(?<![\p{L}\p{N}_.,$€£])(?<int>[1-9][0-9]{0,2}(?:[ \u00a0\u202f\u2009,][0-9]{3})+|[0-9]+)(?:[,.](?<dec>[0-9]{1,2}))?$/u;

function englishAmount(int: string, dec: string | undefined): string {
  const digits = int.replace(/[^0-9]/gu, "");
  const grouped = digits.length > 4 || /[ \u00a0\u202f\u2009,]/u.test(int) ? digits.replace(/\B(?=(?:[0-9]{3})+$)/gu, ",") : digits;
  return dec === undefined ? grouped : `${grouped}.${dec}`;
}

export default defineRule({
  id: "french-currency-format",
  category: "typography",
  description: "Writes French-style amounts the English way: sign first, millions spelled out (`250 M$` → `$250 million`, `12,50 €` → `€12.50`).",
  examples: {
    bad: [
      { text: "The project, estimated at ⟦250 M$⟧, will be financed by Ottawa.", fixed: "The project, estimated at $250 million, will be financed by Ottawa.", safe: true },
      { text: "A contract worth ⟦1,2 G$⟧ was signed in Québec.", fixed: "A contract worth $1.2 billion was signed in Québec.", safe: true },
      { text: "The ticket costs ⟦12,50\u00a0$⟧ 🎟️.", fixed: "The ticket costs $12.50 🎟️.", safe: true },
      { text: "The fine reached ⟦40 000 €⟧ in Lyon.", fixed: "The fine reached €40,000 in Lyon.", safe: true },
      { text: "A budget of ⟦3,5 Md€⟧ was announced.", fixed: "A budget of €3.5 billion was announced.", safe: true },
      { text: "It sold for ⟦5 £⟧ only.", fixed: "It sold for £5 only.", safe: true },
    ],
    good: [
      "The project costs $250 million and €40,000 more.",
      "It is priced at US$12, or about 10 euros.",
      "In PHP, $var and 5$ are different things: echo $5;",
      "The variable x = 3 $ 4 is a typo in the code sample.",
      "He paid 20 dollars, then $ 5 more.",
    ],
  },
  // The currency signs.
  trigger: { chars: SIGNS },
  detect(doc, hits) {
    const found: Detection[] = [];
    const text = doc.text;
    for (const i of hits.offsets) {
      // The sign ends a word (a space, punctuation or the end after it).
      const after = text[i + 1];
      if (after !== undefined && /[\p{L}\p{N}_]/u.test(after)) continue;
      let at = i;
      let magnitude: string | undefined;
      for (const abbreviation of ["Mrds", "Mrd", "Mds", "Md", "M", "G"]) {
        if (text.slice(i - abbreviation.length, i) === abbreviation && !/[\p{L}]/u.test(text[i - abbreviation.length - 1] ?? "")) {
          magnitude = MAGNITUDES[abbreviation];
          at = i - abbreviation.length;
          break;
        }
      }
      // One space between the amount and the sign (or the magnitude): French layout.
      if (!SPACES.has(text[at - 1] ?? "")) continue;
      const before = text.slice(Math.max(0, at - 1 - 24), at - 1);
      const match = AMOUNT.exec(before);
      if (!match) continue;
      const start = at - 1 - match[0].length;
      // Part of an expression in code (`3 $ 4`): an operand after the sign.
      if (/^\s*[0-9]/u.test(text.slice(i + 1, i + 4)) && magnitude === undefined) continue;
      if (doc.isProtected(doc.tokenAt(start))) continue;
      const { int, dec } = match.groups as { int: string; dec?: string };
      const sign = text[i]!;
      const replacement = `${sign}${englishAmount(int, dec)}${magnitude ? ` ${magnitude}` : ""}`;
      found.push({
        start,
        end: i + 1,
        replacement,
        confidence: 0.93,
        severity: "minor",
        safe: true,
        message: `French currency format: English writes “${replacement}”.`,
      });
    }
    return found;
  },
});
