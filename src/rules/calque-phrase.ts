/**
 * French phrases translated word for word (`in the framework of`, `since
 * three years`, `305 votes against 199`, `sanitary measures`), each in the
 * context that makes it a calque. The phrases, their contexts, the evidence
 * for keeping them and an example each are data: `lexicon/calques.ts`.
 * Suggestions (or flags where the English needs the source); never automatic.
 */
import { defineRule } from "../engine/rule.js";
import { matchCase } from "../engine/casing.js";
import type { Detection } from "../engine/types.js";
import { CALQUES, type Calque } from "../lexicon/calques.js";
import { literalGate, matchesAround } from "./support/literal-gate.js";

interface Compiled {
  entry: Calque;
  pattern: RegExp;
}

/** Case-insensitive on the first letter of the pattern only: `In the framework of`, not `IN THE FRAMEWORK`. */
function compile(entry: Calque): Compiled {
  const source = entry.pattern.replace(/^((?:\\b|\(\?<=[^)]*\))*)([a-z])/u, (_, lead: string, letter: string) => `${lead}[${letter.toUpperCase()}${letter}]`);
  return { entry, pattern: new RegExp(source, "gu") };
}

const COMPILED: readonly Compiled[] = CALQUES.map(compile);
const GATE = literalGate(CALQUES.flatMap((entry) => entry.trigger));

export default defineRule({
  id: "calque-phrase",
  category: "calque",
  description: "Suggests English for French phrases translated word for word (`in the framework of` → `as part of`, `since three years` → `for three years`).",
  examples: {
    bad: CALQUES.map((entry) => ({ text: entry.example.text, ...(entry.example.fixed ? { fixed: entry.example.fixed } : {}), safe: false })),
    good: [
      "Since 2019 the mayor has lived in Dakar, and since then prices rose; he was allowed to stay.",
      "The talks took place within the framework of the treaty, at an altitude of 2,000 metres.",
      "The origin of the fire is unknown; it is clear that the one who lit it fled.",
      "The bill passed 305 to 199; 40 votes against it were cast by the left.",
      "Sanitary conditions in the camp were poor, and the sanitary napkins ran out.",
      "At the exit of the tunnel, the road to Gatineau narrows.",
      "He was interested in the offer and explained to us that the calendar on the wall was old.",
      "This is where the story ends, a long time since; in what concerned him, nothing changed.",
      "The gang was organized in cells; twenty-seven people were arrested.",
    ],
  },
  // The words and characters of the literals (see support/literal-gate.ts).
  trigger: GATE.trigger,
  detect(doc, hits) {
    const found: Detection[] = [];
    const present = GATE.find(doc, hits);
    if (present.size === 0) return found;
    for (const { entry, pattern } of COMPILED) {
      const offsets = entry.trigger.flatMap((literal) => present.get(literal) ?? []);
      if (offsets.length === 0) continue;
      for (const match of matchesAround(doc.text, pattern, offsets)) {
        const start = match.index;
        const end = start + match[0].length;
        if (doc.isProtected(doc.tokenAt(start))) continue;
        const replacement =
          entry.replacement === null ? null : matchCase(match[0], entry.replacement.replace(/\$<(\w+)>/gu, (_, name: string) => match.groups?.[name] ?? ""));
        found.push({
          start,
          end,
          replacement,
          confidence: entry.confidence,
          severity: "minor",
          safe: false,
          message:
            replacement === null
              ? `Calque of the French “${entry.french}”: ${entry.context}.`
              : `Calque of the French “${entry.french}”: “${replacement}”.`,
        });
      }
    }
    return found;
  },
});
