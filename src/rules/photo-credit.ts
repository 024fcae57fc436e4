/**
 * A photo or video credit line left in the body: `Photo: Reuters / HANDOUT`,
 * its translations (*Crédit photo :* → `Photo credit:`, `PHOTO: AFP`,
 * `Video: AFP`), `(Photo: AFP)`, `© AFP`, and La Presse's ALL-CAPS
 * `PHOTO OLIVIER JEAN, LA PRESSE`. Labels and agencies are data
 * (`lexicon/page-chrome.ts`); the test is `isCreditLine` in
 * `support/boilerplate-lines.ts`, shared with `image-caption`.
 */
import { defineRule } from "../engine/rule.js";
import { consecutiveRuns } from "../engine/line-removal.js";
import { boilerplateRunSpan, isCreditLine } from "./support/boilerplate-lines.js";

export default defineRule({
  id: "photo-credit",
  category: "boilerplate",
  description: "Removes photo and video credit lines (`Photo: AFP / …`) scraped with the text.",
  examples: {
    bad: [
      { text: "They met in Geneva.\n\n⟦Photo: Reuters / HANDOUT\n\n⟧We approach these talks.", fixed: "They met in Geneva.\n\nWe approach these talks.", safe: true },
      { text: "Text.⟦\n\nCrédit photo : AFP⟧", fixed: "Text.", safe: true },
      { text: "⟦Photo: Getty Images\n⟧Rain fell on Paris.", fixed: "Rain fell on Paris.", safe: true },
      { text: "The Prime Minister spoke in Dakar.\n\n⟦PHOTO: AFP\n\n⟧Senegal votes in July.", fixed: "The Prime Minister spoke in Dakar.\n\nSenegal votes in July.", safe: true },
      { text: "Montréal is under snow ❄️.⟦\n\nPHOTO OLIVIER JEAN, LA PRESSE⟧", fixed: "Montréal is under snow ❄️.", safe: true },
      { text: "⟦Video credit: France 24\n⟧The rally drew thousands.", fixed: "The rally drew thousands.", safe: true },
      { text: "The dam broke at dawn.⟦\n\n(Photo: Reuters)⟧", fixed: "The dam broke at dawn.", safe: true },
      { text: "⟦File photo: The Canadian Press\n\n⟧The strike continues.", fixed: "The strike continues.", safe: true },
    ],
    good: [
      "Photo: the minister, smiling, shakes hands with the mayor of a small town near Lyon after the ceremony.",
      "Photo opportunities were few.",
      "Credit: the bank extended more of it this year than last, according to its report.",
      "PHOTO ID REQUIRED AT THE POLLS",
      "Video: what we know about the attack in Arras, explained by our correspondent in the north of France",
      "The photo: a child on a beach.",
      "Images of the flood were shared on social networks.",
      "Video: Macron arrives in Kyiv\n\nThe President met Volodymyr Zelensky.",
      "Credit: Moody's downgrades France",
    ],
  },
  // Credit lines are short: checked line by line, cheaply.
  trigger: { lines: true },
  detect(doc) {
    const hits = doc.lines
      .filter((line) => doc.blocks[line.block]!.kind !== "attribute" && isCreditLine(line.text))
      .map((line) => line.index);
    return consecutiveRuns(doc, hits).map(([first, end]) => ({
      ...boilerplateRunSpan(doc, first, end),
      replacement: "",
      confidence: 0.95,
      severity: "major" as const,
      safe: true,
      message: "Photo or video credit from the source page: remove it.",
    }));
  },
});
