/**
 * Previous/next article links scraped with the text, often glued to the
 * headline they link to (`Previous articleAt least 6 dead …`).
 */
import { defineRule } from "../engine/rule.js";
import { linesWithTokens } from "./support/hit-regions.js";
import { consecutiveRuns, removeLines } from "../engine/line-removal.js";
import { boilerplateRunSpan, navigationLine } from "./support/boilerplate-lines.js";

export default defineRule({
  id: "article-navigation",
  category: "boilerplate",
  description: "Removes previous/next article links scraped with the text.",
  examples: {
    bad: [
      {
        text: "It ended there.⟦\n\nPrevious articleAt least 6 dead and 20 missing under rockfall in Brazil\nNext articleAt least 140 people killed by gunmen in Nigeria⟧",
        fixed: "It ended there.",
        safe: true,
      },
      { text: "⟦Next story: Floods in the south\n⟧The vote was close.", fixed: "The vote was close.", safe: true },
      { text: "First paragraph.⟦\n\nPrevious article⟧", fixed: "First paragraph.", safe: true },
      {
        text: "Talks went on.⟦\n\nNext article In Nigeria, the army moved north.⟧",
        fixed: "Talks went on.",
        safe: false,
      },
    ],
    good: [
      "Previous articles on the subject argued the opposite.",
      "The next article of the treaty covers fisheries.",
      "Next story, please, said the anchor.",
    ],
  },
  // The line starts with one of these words.
  trigger: { words: ["Previous", "Next", "Prev", "Older", "Newer"] },
  detect(doc, trigger) {
    const hits: number[] = [];
    const unsure: number[] = [];
    for (const line of linesWithTokens(doc, trigger.tokens)) {
      const verdict = navigationLine(line.text);
      if (verdict === "safe") hits.push(line.index);
      else if (verdict === "unsure") unsure.push(line.index);
    }
    return [
      ...consecutiveRuns(doc, hits).map(([first, end]) => ({
        ...boilerplateRunSpan(doc, first, end),
        replacement: "",
        confidence: 0.97,
        severity: "major" as const,
        safe: true,
        message: "Previous/next article link from the source page: remove it.",
      })),
      ...removeLines(doc, unsure, () => ({
        confidence: 0.6,
        severity: "minor",
        message: "Looks like a previous/next article link from the source page: remove it?",
      })),
    ];
  },
});
