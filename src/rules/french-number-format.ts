/**
 * French number formats: a decimal comma (`3,2 million` → `3.2 million`,
 * `4,9 %` → `4.9%`), thousands grouped with spaces (`2 300` → `2,300`,
 * `2 300 000` → `2,300,000`, with regular, no-break or thin spaces) and a
 * space before `%` (`12 %` → `12%`). One finding per number.
 *
 * English numbers never match: `2,500`, `3,200 million`, `1,000.5` and `3-1`
 * stay. A comma followed by exactly three digits is English thousands, except
 * before a French-spaced `%` (`4,125 %`), which is flagged as ambiguous. A
 * decimal comma is fixed automatically only when a unit or magnitude follows
 * (`million`, `%`, `km`, `euros`), a currency sign precedes, or the number
 * starts with `0,`; otherwise (`rounds 1,2 and 3`) it is a suggestion.
 * Space-grouped thousands need a first group of 1–3 digits (not starting with
 * 0) and groups of exactly 3 digits after it; a run that is not all like that
 * (phone numbers `01 23 45 67 89`, fractions `2 1/2`, years `1990 2000`) is
 * left alone, as is a run after a month name (`May 5 200 protesters`) or a
 * phone cue, or before a hyphen (`3 100-metre races`); after a name inside a
 * sentence (`the Boeing 737 800`) it is only a suggestion.
 */
import { defineRule } from "../engine/rule.js";
import type { Detection, Severity } from "../engine/types.js";
import { isProtectedToken } from "../engine/tokenize.js";
import { CURRENCY_SIGNS, MONTH_NAMES, PHONE_CUES, QUANTITY_UNITS } from "../lexicon/number-context.js";

const SPACE = "[ \\u00a0\\u2009\\u202f]";
const NUMBER = new RegExp(
  String.raw`(?=[0-9])(?<![\p{L}\p{N}_.,:\/\\+#-])(?<!\p{N}${SPACE})(?<int>[0-9]+(?:${SPACE}[0-9]+)*)(?:,(?<dec>[0-9]+))?(?<pct>${SPACE}+%)?(?![\p{L}\p{N}_]|[.,:][0-9]|\/|-[\p{L}\p{N}]|${SPACE}*%?${SPACE}*[0-9])`,
  "uy",
);
const GROUP_SEPARATOR = new RegExp(SPACE, "u");
const CURRENCY_AFTER = /^[ \u00a0\u202f\u2009](?:M|G|Md|Mds|Mrd|Mrds)?[$€£](?![\p{L}\p{N}_])/u;
const NEXT_WORD = /^[ \u00a0\u2009\u202f]*([\p{L}€$£¥%°‰][\p{L}²°/€]*)/u;
const WORDS = /[\p{L}°]+/gu;
// A capitalised word right before the number, itself after a lower-case word or a comma: a name, not the start of a sentence.
const MODEL_NAME = /[\p{Ll},] \p{Lu}[\p{L}\p{N}-]* $/u;

const isDigit = (c: number) => c >= 48 && c <= 57;

export default defineRule({
  id: "french-number-format",
  category: "typography",
  description: "Converts French number formats: decimal comma, space-grouped thousands, space before `%` (`4,9 %` → `4.9%`).",
  examples: {
    bad: [
      { text: "The deficit reached ⟦3,2⟧ million euros.", fixed: "The deficit reached 3.2 million euros.", safe: true },
      { text: "Unemployment fell to ⟦4,9 %⟧ in Québec.", fixed: "Unemployment fell to 4.9% in Québec.", safe: true },
      { text: "Some ⟦2 300⟧ people marched in Lyon.", fixed: "Some 2,300 people marched in Lyon.", safe: true },
      { text: "The budget is ⟦2\u202f300\u202f000⟧ euros 💶.", fixed: "The budget is 2,300,000 euros 💶.", safe: true },
      { text: "Turnout was ⟦12 %⟧ lower.", fixed: "Turnout was 12% lower.", safe: true },
      { text: "It costs ⟦1\u00a0234,50⟧ francs.", fixed: "It costs 1,234.50 francs.", safe: true },
      { text: "Prices rose by ⟦0,8⟧ over the month.", fixed: "Prices rose by 0.8 over the month.", safe: true },
      { text: "The index stood at ⟦102,4⟧ in May.", fixed: "The index stood at 102.4 in May.", safe: false },
      { text: "Growth was ⟦4,125 %⟧ last year.", safe: false },
      { text: "The rate is ⟦0,125⟧ percent.", fixed: "The rate is 0.125 percent.", safe: true },
    ],
    good: [
      "Some 2,500 people marched; 3,200 million euros were pledged.",
      "The score was 3-1 after extra time.",
      "It weighed 1,000.5 kilograms.",
      "Call 01 23 45 67 89 or write to 75008 Paris.",
      "Over 2 1/2 million jobs were created in 3 1/2 years.",
      "Between 1990 2000 and 2010 the figures changed.",
      "On May 5 200 protesters gathered.",
      "Version 2.3.1 shipped on 12/05/2024 at 10:30.",
      "The 3 100-metre races were held in Montréal.",
      "Unemployment fell to 4.9% and 12% of voters abstained.",
      "Fewer than 3 in 10 4-year-olds are enrolled.",
      "Dial +33 1 234 567 for the hotline.",
      "The phone number is 612 345 678.",
      "See https://example.org/report-2 300 for details.",
      "x = 12 % 5 in the code sample",
      "In 2021, 300 people left; in 2022 150 more.",
      "The points (3,2) and (5,7) are on the grid.",
    ],
  },
  // A number starts at a digit that follows none.
  trigger: { chars: "0123456789" },
  detect(doc, hits) {
    const found: Detection[] = [];
    const text = doc.text;
    let done = 0;
    for (const at of hits.offsets) {
      if (at < done || isDigit(text.charCodeAt(at - 1))) continue;
      NUMBER.lastIndex = at;
      const match = NUMBER.exec(text);
      if (match === null) continue;
      done = at + match[0].length;
      const { int, dec, pct } = match.groups as { int: string; dec?: string; pct?: string };
      if (dec === undefined && pct === undefined && int.length === match[0].length && !GROUP_SEPARATOR.test(int)) continue;
      const start = match.index;
      const end = start + match[0].length;
      const token = doc.token(doc.tokenAt(start));
      if (token && isProtectedToken(token)) continue;
      // An amount before its currency sign (`12,50 $`, `250 M$`) is french-currency-format's.
      if (pct === undefined && CURRENCY_AFTER.test(text.slice(end, end + 6))) continue;
      const groups = int.split(GROUP_SEPARATOR);
      const grouped = groups.length > 1;
      if (grouped && !(/^[1-9][0-9]{0,2}$/u.test(groups[0]!) && groups.slice(1).every((g) => g.length === 3))) continue;
      const regularSpaces = grouped && int.includes(" ");
      if (grouped) {
        // A date before (`May 5 200`) or a phone cue among the three words before: not thousands.
        const context = text.slice(Math.max(0, start - 40), start);
        const words = (context.match(WORDS) ?? []).slice(-3).map((w) => w.toLowerCase());
        if (/[\p{L}]\.?\s*$/u.test(context) && MONTH_NAMES.has(words[words.length - 1] ?? "")) continue;
        if (words.some((w) => PHONE_CUES.has(w))) continue;
      }
      if (grouped && /[+(]\s*$/u.test(text.slice(Math.max(0, start - 2), start))) continue;
      // A pair of coordinates or a tuple: `(3,2)`.
      if (dec !== undefined && /[(\[]$/u.test(text.slice(start - 1, start)) && /^[)\]]/u.test(text.slice(end, end + 1))) continue;
      const next = NEXT_WORD.exec(text.slice(end, end + 30))?.[1]?.toLowerCase();
      const unit = pct !== undefined || (next !== undefined && QUANTITY_UNITS.has(next));

      // Three digits after the comma are English thousands (`3,200`), except after a lone 0 (`0,125`).
      if (dec !== undefined && dec.length === 3 && int !== "0") {
        if (grouped) continue;
        // `4,125 %`: French spacing says French decimal, English digits say 4,125.
        if (pct !== undefined) {
          found.push({ start, end, replacement: null, confidence: 0.5, severity: "major", message: `“${match[0]}” is ambiguous: French ${int}.${dec}% or English ${int},${dec}%? Check the source.` });
        }
        continue;
      }
      let replacement = grouped ? groups.join(",") : int;
      if (dec !== undefined) replacement += `.${dec}`;
      if (pct !== undefined) replacement += "%";
      if (replacement === match[0]) continue;

      const before = text.slice(Math.max(0, start - 3), start).trim();
      const currency = [...CURRENCY_SIGNS].some((sign) => before.endsWith(sign));
      let safe = true;
      let confidence = 0.95;
      if (dec !== undefined && !(unit || currency || int === "0" || (grouped && !regularSpaces))) {
        safe = false;
        confidence = 0.7;
      } else if (regularSpaces && MODEL_NAME.test(text.slice(Math.max(0, start - 30), start))) {
        // `the Boeing 737 800`: after a name inside the sentence, the digits may be a model or a series.
        safe = false;
        confidence = 0.7;
      } else if (regularSpaces) confidence = 0.9;
      const parts: string[] = [];
      if (dec !== undefined) parts.push("a decimal comma");
      if (grouped) parts.push("thousands grouped with spaces");
      if (pct !== undefined) parts.push("a space before “%”");
      const severity: Severity = dec !== undefined ? "major" : "minor";
      found.push({
        start,
        end,
        replacement,
        confidence,
        severity,
        safe,
        message: `French number format (${parts.join(", ")}): English writes “${replacement}”.`,
      });
    }
    return found;
  },
});
