/**
 * A breadcrumb trail scraped with the article: `Home LATEST NEWS <title>`
 * right above the title itself, or `Home › World › Europe`.
 */
import { defineRule } from "../engine/rule.js";
import { removeLines } from "../engine/line-removal.js";

const SEPARATOR = /^[›>»/|•·–—-]$/u;
const TRAIL_ITEM = /^(?:\p{Lu}[\p{L}\p{N}'’.-]*|&|[›>»/|•·–—-])$/u;
const HOME = /^(?:Home|Homepage|Accueil|News|Latest)$/iu;
const FIRST_WORD = /^\S*/u;

function isTrail(words: string[]): boolean {
  return words.length > 0 && words.length <= 8 && words.every((word) => TRAIL_ITEM.test(word));
}

export default defineRule({
  id: "breadcrumb",
  category: "boilerplate",
  description: "Removes a breadcrumb trail (site sections, then the title) scraped above the article.",
  examples: {
    bad: [
      {
        text: "⟦Home LATEST NEWS Washington ready to talk\n\n⟧Washington ready to talk\n\nThe talks begin.",
        fixed: "Washington ready to talk\n\nThe talks begin.",
        safe: true,
      },
      {
        text: "⟦Home › World › Europe\n⟧Floods in Belgium\n\nRain fell.",
        fixed: "Floods in Belgium\n\nRain fell.",
        safe: true,
      },
    ],
    good: [
      "Washington ready to talk\n\nWashington ready to talk\n\nRepeated title, no trail.",
      "The President said Washington ready to talk\n\nWashington ready to talk",
      "Home is where the heart is\n\nThe heart is here.",
      "Cats > dogs, said the poll.",
    ],
  },
  // A trail ends with the title on the next line, or starts at `Home`: checked line by line, cheaply.
  trigger: { lines: true },
  detect(doc) {
    const hits: number[] = [];
    for (const line of doc.lines) {
      const text = line.text.trim();
      const next = doc.lines[line.index + 1]?.text.trim();
      if (next && next.length > 0 && text.length > next.length && text.endsWith(next)) {
        const trail = text.slice(0, text.length - next.length).trim().split(/\s+/u);
        if (isTrail(trail) && text[text.length - next.length - 1] === " ") hits.push(line.index);
        continue;
      }
      if (!HOME.test(FIRST_WORD.exec(text)![0])) continue;
      const words = text.split(/\s+/u);
      if (words.some((word) => SEPARATOR.test(word)) && isTrail(words)) {
        const items = words.filter((word) => !SEPARATOR.test(word));
        const separators = words.length - items.length;
        if (separators >= 1 && separators >= items.length - 1 - 1) hits.push(line.index);
      }
    }
    return removeLines(doc, hits, () => ({
      confidence: 0.95,
      severity: "major",
      safe: true,
      message: "Breadcrumb trail from the source page: remove it.",
    }));
  },
});
