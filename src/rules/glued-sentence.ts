/**
 * Two sentences glued at their full stop: `said.The`, `majority.denounced`,
 * `agreed.“We`.
 *
 * Safe when a lowercase English word ends the first sentence and a
 * capitalised English word starts the next (`said.The` → `said. The`). A
 * suggestion when the next word is a name the word list does not know, when
 * the first word is capitalised (it may be an abbreviation: `Mass.Ave`), after
 * `!` or `?`, or when the next word is lowercase (`majority.denounced` →
 * `majority. Denounced`). Never: initials and abbreviations (`U.S.`, `e.g.`,
 * `a.m.`, `Ph.D.`, `St.Louis`), decimals, domain and file names (`Node.js`,
 * `ville.paris`), code (`console.log(x)`, `a.b.c`), all-caps names
 * (`ASP.NET`).
 */
import { defineRule } from "../engine/rule.js";
import type { Detection } from "../engine/types.js";
import type { Document } from "../engine/document.js";
import { Kind, type Token } from "../engine/tokenize.js";
import { isEnglishWord } from "../lexicon/words.js";
import { isAbbreviation as inAbbreviationLexicon } from "../lexicon/abbreviations.js";
import { SENTENCE_STARTERS, WEB_SUFFIX_WORDS } from "../lexicon/glue-words.js";
import { looksLikeCode, touchingAfter } from "./support/code-context.js";

const LETTERS = /^\p{L}{2,}$/u;
const LOWERCASE = /^\p{Ll}+$/u;
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
const STOPS = new Set([".", "!", "?"]);
const OPENING_QUOTES = new Set(["“", "\""]);

export default defineRule({
  id: "glued-sentence",
  category: "word-boundary",
  description: "Adds the missing space after a full stop glued to the next sentence (`said.The` → `said. The`).",
  examples: {
    bad: [
      { text: "The minister ⟦said.The⟧ talks will resume.", fixed: "The minister said. The talks will resume.", safe: true },
      { text: "Nothing was ⟦agreed.“We⟧ will return,” he said.", fixed: "Nothing was agreed. “We will return,” he said.", safe: true },
      { text: "It passed at the Assemblée with a large ⟦majority.denounced⟧ by the left, it still stands.", fixed: "It passed at the Assemblée with a large majority. Denounced by the left, it still stands.", safe: false },
      { text: "The talks ⟦ended.Bayrou⟧ left Brussels 🇪🇺.", fixed: "The talks ended. Bayrou left Brussels 🇪🇺.", safe: false },
      { text: "The delegation flew back to ⟦Ottawa.But⟧ nothing changed.", fixed: "The delegation flew back to Ottawa. But nothing changed.", safe: true },
      { text: "Is it over in ⟦Gaza?The⟧ answer is no.", fixed: "Is it over in Gaza? The answer is no.", safe: false },
    ],
    good: [
      "The U.S. and the U.K. agreed, e.g. on tariffs, at 9 a.m. on Monday.",
      "She has a Ph.D. from St.Louis University and lives on Mass.Ave in Cambridge.",
      "Built with Node.js and ASP.NET; see lemonde.fr, report.pdf and ville.paris.",
      "Growth was 3.5 percent, and version 2.0 shipped.",
      "Type console.log(x) or use a.b.c in `cfg.Name` files.",
      "Apples, pears etc.Then we left; Gen.Smith and Sen.Jones agreed.",
    ],
  },
  trigger: { words: STOPS },
  detect(doc, hits) {
    const found: Detection[] = [];
    const { tokenStart, tokenEnd, tokenKind } = doc;
    for (const i of hits.tokens) {
      // A word right before the stop and something other than a space right after it (most stops end a sentence before a space).
      if (i === 0 || tokenKind[i - 1] !== Kind.word || tokenEnd[i - 1] !== tokenStart[i]) continue;
      const after = tokenKind[i + 1];
      if (after === undefined || after === Kind.space || after === Kind.newline) continue;
      const stop = doc.token(i)!;
      const left = doc.token(i - 1);
      if (left?.kind !== "word" || left.end !== stop.start) continue;
      let next = touchingAfter(doc, stop);
      const quote = next !== undefined && OPENING_QUOTES.has(next.text) ? next : undefined;
      if (quote) next = touchingAfter(doc, quote);
      if (next?.kind !== "word") continue;
      const detection = judge(doc, left, stop, quote, next);
      if (detection) found.push(detection);
    }
    return found;
  },
});

function judge(doc: Document, left: Token, stop: Token, quote: Token | undefined, right: Token): Detection | null {
  const l = left.text;
  const r = right.text;
  if (!LETTERS.test(l) || !LETTERS.test(r)) return null; // initials, `e.g.`, `U.S.`, `Ph.D`, codes with digits
  if (isAbbreviation(l)) return null;
  // `ville.paris`, `example.Com` (a capitalised long word is a sentence start: `country.Paris`).
  if (WEB_SUFFIX_WORDS.has(r.toLowerCase()) && (LOWERCASE.test(r) || r.length <= 4)) return null;
  if (r === r.toUpperCase()) return null; // `ASP.NET`, `Socket.IO`
  if (looksLikeCode(doc, left.index, right.index)) return null;

  const knownLeft = LOWERCASE.test(l) && isEnglishWord(l);
  let safe: boolean;
  let next = r;
  // After a capitalised word (`America.But`) only a typical sentence opener makes it safe: `Mass.Ave` is an abbreviation.
  const knownCapitalisedLeft = CAPITALISED.test(l) && l.length >= 4 && isEnglishWord(l) && SENTENCE_STARTERS.has(r.toLowerCase());
  if (CAPITALISED.test(r)) {
    safe = stop.text === "." && (knownLeft || knownCapitalisedLeft) && isEnglishWord(r);
  } else if (LOWERCASE.test(r) && quote === undefined && stop.text === "." && knownLeft && l.length >= 4 && r.length >= 4 && isEnglishWord(r)) {
    // Both lowercase (`majority.denounced`): code and identifiers look the same (`foo.bar`), so longer words only.
    safe = false;
    next = r[0]!.toUpperCase() + r.slice(1);
  } else {
    return null;
  }
  const replacement = `${l}${stop.text} ${quote?.text ?? ""}${next}`;
  return {
    start: left.start,
    end: right.end,
    replacement,
    confidence: safe ? 0.92 : 0.6,
    severity: safe ? "major" : "minor",
    safe,
    message: safe
      ? `Two sentences are glued at “${stop.text}”: add a space.`
      : `Two sentences may be glued at “${stop.text}”: “${replacement}”?`,
  };
}

function isAbbreviation(word: string): boolean {
  // Also in another casing: `mass.Ave` is still `Mass. Ave`.
  return inAbbreviationLexicon(word) || inAbbreviationLexicon(word[0]!.toUpperCase() + word.slice(1).toLowerCase());
}
