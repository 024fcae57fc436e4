/**
 * A photo or video credit line left in the body: `Photo: Reuters / HANDOUT`.
 */
import { defineRule } from "../engine/rule.js";
import { removeLines } from "../engine/line-removal.js";

const CREDIT =
  /^(?:Photos?|Photograph|Photo credit|Image|Images|Credit|Credits|Picture|Illustration|Video|Photo and video|Crédit photo|Crédits photo)\s?:\s?(?<credit>\S.*)$/iu;

export default defineRule({
  id: "photo-credit",
  category: "boilerplate",
  description: "Removes photo and video credit lines (`Photo: AFP / …`) scraped with the text.",
  examples: {
    bad: [
      { text: "They met in Geneva.\n\n⟦Photo: Reuters / HANDOUT\n\n⟧We approach these talks.", fixed: "They met in Geneva.\n\nWe approach these talks.", safe: true },
      { text: "Text.⟦\n\nCrédit photo : AFP⟧", fixed: "Text.", safe: true },
      { text: "⟦Photo: Getty Images\n⟧Rain fell on Paris.", fixed: "Rain fell on Paris.", safe: true },
    ],
    good: [
      "Photo: the minister, smiling, shakes hands with the mayor of a small town near Lyon after the ceremony.",
      "Photo opportunities were few.",
      "Credit: the bank extended more of it this year than last, according to its report.",
    ],
  },
  detect(doc) {
    const hits: number[] = [];
    for (const line of doc.lines) {
      const match = CREDIT.exec(line.text.trim());
      if (!match) continue;
      const credit = match.groups!.credit!;
      // A credit names agencies or people, briefly; a longer line is a caption.
      const words = credit.split(/\s+/u).length;
      if (words <= 8 && credit.length <= 80 && !/[,;]\s\p{Ll}/u.test(credit)) hits.push(line.index);
    }
    return removeLines(doc, hits, () => ({
      confidence: 0.95,
      severity: "major",
      safe: true,
      message: "Photo or video credit from the source page: remove it.",
    }));
  },
});
