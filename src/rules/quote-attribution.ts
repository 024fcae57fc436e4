/**
 * The pull-quote attribution line of the source site's layout:
 * `A quote from Anonymous U.S. diplomatic source`.
 */
import { defineRule } from "../engine/rule.js";
import { removeLines } from "../engine/line-removal.js";

const ATTRIBUTION = /^(?:A quote from|Quote from|Quoted from|Une citation de)\s+\p{Lu}/u;
// An attribution is a name, not a sentence: short, without a closing stop (an initial's is fine).
const SENTENCE_END = /(?<!\b\p{Lu})[.!?]$/u;

function isAttribution(line: string): boolean {
  return ATTRIBUTION.test(line) && !SENTENCE_END.test(line) && line.split(/\s+/u).length <= 12 && !/,\s\p{Ll}/u.test(line);
}

export default defineRule({
  id: "quote-attribution",
  category: "boilerplate",
  description: "Removes a pull-quote attribution line (`A quote from …`) left by the source page layout.",
  examples: {
    bad: [
      {
        text: "This is an area where we could agree.\n\n⟦A quote from Anonymous U.S. diplomatic source\n\n⟧Moscow also spoke.",
        fixed: "This is an area where we could agree.\n\nMoscow also spoke.",
        safe: true,
      },
      { text: "We will win.⟦\n\nA quote from Jean Castex, Prime Minister⟧", fixed: "We will win.", safe: true },
    ],
    good: [
      "A quote from Churchill opened the speech, and the room fell silent.",
      "He read a quote from the report aloud.",
      "A quote from Churchill opened the speech.",
    ],
  },
  // The line starts with `A quote from` and the like: checked line by line, cheaply.
  trigger: { lines: true },
  detect(doc) {
    const hits = doc.lines.filter((line) => isAttribution(line.text.trim())).map((line) => line.index);
    return removeLines(doc, hits, () => ({
      confidence: 0.93,
      severity: "major",
      safe: true,
      message: "Pull-quote attribution from the source page layout: remove it.",
    }));
  },
});
