/**
 * The invariants `npm run fuzz` checks on every generated input. Returns the
 * broken ones (empty when all hold), and whether fixing was idempotent (a
 * figure, not an invariant: see README, "Robustness").
 */
import { applyFindings, check, fix, type AppliedFinding, type Format } from "../../src/engine/index.js";
import { RULES } from "../../src/rules/index.js";

const LONE_SURROGATE = /\p{Surrogate}/gu;
const TAG = /<\/?[A-Za-z][^\s>]*/g;
const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

export function checkInvariants(text: string, format: Format): { broken: string[]; idempotent: boolean } {
  const broken: string[] = [];
  const fixed = fix(text, RULES, "safe", format);
  const findings: AppliedFinding[] = fixed.findings;
  // 1–2. Spans in range, holding their original text.
  for (const f of findings) {
    if (!(f.offset >= 0 && f.length >= 0 && f.offset + f.length <= text.length)) broken.push(`span out of range: ${f.rule} ${f.offset}+${f.length}`);
    else if (text.slice(f.offset, f.offset + f.length) !== f.original) broken.push(`original is not the slice: ${f.rule} ${JSON.stringify(f.original)}`);
  }
  // 3. Applying nothing returns the input.
  // (`fix(…, "none")` is the same check with nothing applied: applying the empty list is what it does.)
  if (applyFindings(text, []).text !== text) broken.push("applying nothing changed the text");
  // 4. The fix is the safe findings applied.
  const safe = findings.filter((f) => f.safe);
  const applied = applyFindings(text, safe);
  if (applied.text !== fixed.text) broken.push("fix differs from applying the safe findings");
  // 5. Nothing outside the applied spans changes.
  const appliedIds = new Set(fixed.findings.filter((f) => f.applied).map((f) => f.id));
  let rebuilt = "";
  let cursor = 0;
  for (const f of findings.filter((x) => appliedIds.has(x.id)).sort((a, b) => a.offset - b.offset || a.length - b.length)) {
    if (f.offset < cursor) {
      broken.push(`applied findings overlap: ${f.rule}`);
      break;
    }
    rebuilt += text.slice(cursor, f.offset) + f.replacement;
    cursor = f.offset + f.length;
  }
  if (rebuilt + text.slice(cursor) !== fixed.text) broken.push("text changed outside the applied spans");
  // 6. No new lone surrogates; 7. no new HTML tags.
  if (count(fixed.text, LONE_SURROGATE) > count(text, LONE_SURROGATE)) broken.push("a lone surrogate appeared");
  if (count(fixed.text, TAG) > count(text, TAG)) broken.push("an HTML tag appeared");
  // 8. The same findings on a repeat.
  if (JSON.stringify(check(text, RULES, format).findings) !== JSON.stringify(findings.map(({ applied: _applied, ...f }) => f))) broken.push("a repeat gave other findings");
  const idempotent = fix(fixed.text, RULES, "safe", format).text === fixed.text;
  return { broken, idempotent };
}
