/**
 * A paragraph that is a quotation by the page's own account: the line after
 * it attributes it (`A quote from Anonymous U.S. diplomatic source`, or an
 * attribution dash `— Jean Castex, Prime Minister`), but the translation lost
 * its « ». Suggests “…” around the whole paragraph. The `A quote from` line
 * itself is removed by `quote-attribution`; this rule reads the original
 * document, so it still sees it. Never automatic.
 */
import { defineRule } from "../engine/rule.js";
import type { Document, Line } from "../engine/document.js";
import type { Detection } from "../engine/types.js";
import { PULL_QUOTE_OPENINGS } from "../lexicon/reported-speech.js";
import { hasReportingClause } from "./support/reporting-clause.js";

const OPENING = new RegExp(`^(?:${PULL_QUOTE_OPENINGS.join("|")})\\s+\\p{Lu}`, "u");
const DASH = /^[—–]\s*\p{Lu}/u;
// An attribution is a name, not a sentence: short, without a closing stop (an initial's is fine).
const SENTENCE_END = /(?<!\b\p{Lu})[.!?]$/u;
const QUOTE_MARKS = /[“”"«»„]/u;
// First or second person: a dash line under words in the first person attributes them.
const SPEECH = /\b(?:[Ww]e|[Oo]urs?|us|I|[Mm][ey]|[Yy]ours?)\b/u;
// Agency and source lines that also come after a dash: `— With AFP`, `— Source: Reuters`.
const NOT_A_SPEAKER = /^[—–]\s*(?:With|Source|Sources|Files|From|Photo|Text|Translated|Translation|Edited|Updated)\b/u;
const SKIPPED_BLOCKS: ReadonlySet<string> = new Set(["quote", "heading", "caption", "chrome", "attribute", "table-cell"]);

type Attribution = "quote-from" | "dash";

function attribution(line: string): Attribution | undefined {
  // The anchored tests first: most lines are neither.
  const opening = OPENING.test(line);
  if (!opening && !DASH.test(line)) return undefined;
  if (SENTENCE_END.test(line)) return undefined;
  const words = line.split(/\s+/u).length;
  // `A quote from Churchill opened the speech, and …` is a sentence; `— Jean Castex, Prime Minister` is a name and a title.
  if (opening && words <= 12 && !/,\s\p{Ll}/u.test(line)) return "quote-from";
  if (DASH.test(line) && words <= 9 && !NOT_A_SPEAKER.test(line)) return "dash";
  return undefined;
}

/** The lines the attribution line at `index` refers to: the rest of its block, or the block before. */
function quotedLines(doc: Document, index: number): Line[] {
  const line = doc.lines[index]!;
  const block = doc.blocks[line.block]!;
  if (index > block.firstLine) return doc.lines.slice(block.firstLine, index);
  const previous = doc.blocks[line.block - 1];
  if (previous === undefined || SKIPPED_BLOCKS.has(previous.kind)) return [];
  return doc.lines.slice(previous.firstLine, previous.endLine);
}

export default defineRule({
  id: "pull-quote-paragraph",
  category: "quotation",
  description: "Suggests “…” around a paragraph that the next line attributes to someone (`A quote from …`, `— Name`).",
  examples: {
    bad: [
      {
        text: "⟦Russia feels threatened by missiles in Ukraine […] This is an area where we could find an agreement.⟧\n\n— Anonymous U.S. diplomatic source\n\nMoscow also spoke.",
        fixed: "“Russia feels threatened by missiles in Ukraine […] This is an area where we could find an agreement.”\n\n— Anonymous U.S. diplomatic source\n\nMoscow also spoke.",
        safe: false,
      },
      {
        text: "Québec asks for help.\n\n⟦Our hospitals are full and we are asking Ottawa for help now 🏥.⟧\n– François Legault, Premier of Québec",
        fixed: "Québec asks for help.\n\n“Our hospitals are full and we are asking Ottawa for help now 🏥.”\n– François Legault, Premier of Québec",
        safe: false,
      },
    ],
    good: [
      "“This is an area where we could find an agreement.”\n\nA quote from Anonymous U.S. diplomatic source",
      "He read a quote from the report aloud.\n\nA quote from Churchill opened the speech.",
      "The talks ended without an agreement and the delegations left Geneva.\n\n— With AFP",
      "The talks ended without an agreement, and the delegations left Geneva.\n\n— Reuters",
      "> This is an area where we could find an agreement.\n\n— Anonymous U.S. diplomatic source",
      "Geneva talks\n\nA quote from Anonymous U.S. diplomatic source",
      "We will win this final, the coach said.\n\n— Didier Deschamps, coach of France",
    ],
  },
  // Attribution lines start with `A quote from` or a dash: checked line by line, cheaply.
  trigger: { lines: true },
  detect(doc) {
    const found: Detection[] = [];
    for (const line of doc.lines) {
      if (SKIPPED_BLOCKS.has(doc.blocks[line.block]!.kind)) continue;
      const kind = attribution(line.text.trim());
      if (kind === undefined) continue;
      const lines = quotedLines(doc, line.index);
      if (lines.length === 0) continue;
      const start = lines[0]!.start + (lines[0]!.text.length - lines[0]!.text.trimStart().length);
      const last = lines[lines.length - 1]!;
      const end = last.end - (last.text.length - last.text.trimEnd().length);
      const text = doc.text.slice(start, end);
      // A paragraph of running text: it ends a sentence, has no quotation marks of its own, is no `>` quotation.
      if (!/[.!?…]$/u.test(text) || QUOTE_MARKS.test(text) || /^\s*>/mu.test(text) || text.split(/\s+/u).length < 5) continue;
      if (lines.some((l) => attribution(l.text.trim()) !== undefined)) continue;
      // `We will win, the coach said.` attributes itself: `lost-quotation-marks` marks the words, not the paragraph.
      if (hasReportingClause(text)) continue;
      if (kind === "dash" && !SPEECH.test(text)) continue;
      found.push({
        start,
        end,
        replacement: `“${text}”`,
        confidence: kind === "quote-from" ? 0.8 : 0.6,
        severity: kind === "quote-from" ? "major" : "minor",
        message: "The line after this paragraph attributes it to a speaker: put it between “ and ”.",
      });
    }
    return found;
  },
});
