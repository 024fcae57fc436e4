/**
 * Two words glued at a lowercase→uppercase boundary: `theNorth`,
 * `ofParliament`. Safe when the first part is an English function word;
 * names with inner capitals are never split.
 */
import { defineRule } from "../engine/rule.js";
import type { Detection } from "../engine/types.js";
import { ENGLISH_FUNCTION_WORDS } from "../lexicon/function-words.js";
import { CAMEL_CASE_NAMES } from "../lexicon/camel-case-names.js";

// One lowercase run, then one capitalised word: `theNorth`, not `toUpperCase`.
const GLUED = /^(?<left>\p{Ll}{2,})(?<right>\p{Lu}\p{Ll}+(?:['’]s)?)$/u;

export default defineRule({
  id: "glued-camel-case",
  category: "word-boundary",
  description: "Splits a function word glued to the next capitalised word (`theNorth` → `the North`).",
  examples: {
    bad: [
      { text: "the United States and ⟦theNorth⟧ Atlantic Treaty Organization", fixed: "the United States and the North Atlantic Treaty Organization", safe: true },
      { text: "a vote ⟦ofParliament⟧ on Monday", fixed: "a vote of Parliament on Monday", safe: true },
      { text: "between Paris ⟦andWashington⟧.", fixed: "between Paris and Washington.", safe: true },
      { text: "Élysée sources 🇫🇷 said ⟦inMarseille⟧ that", fixed: "Élysée sources 🇫🇷 said in Marseille that", safe: true },
    ],
    good: [
      "She bought an iPad, paid with PayPal and posted on LinkedIn.",
      "McCain, MacArthur, DiCaprio, FedEx, WhatsApp and PowerPoint are names.",
      "Call obj.toString() or use theScore app; see github.com/theNorth.",
      "The iOS and macOS updates shipped with eBay and iPhone support.",
      "Follow @theNorth and #inParis for updates.",
    ],
  },
  detect(doc) {
    const found: Detection[] = [];
    for (const token of doc.tokens) {
      if (token.kind !== "word") continue;
      const match = GLUED.exec(token.text);
      if (!match || CAMEL_CASE_NAMES.has(token.text)) continue;
      const left = match.groups!.left!;
      const right = match.groups!.right!;
      if (!ENGLISH_FUNCTION_WORDS.has(left)) continue;
      // Code: `obj.toString()`, `forEach(`.
      const before = doc.tokens[token.index - 1];
      const after = doc.tokens[token.index + 1];
      if (before?.text === "." || before?.text === "`" || after?.text === "(" || after?.text === "`") continue;
      found.push({
        start: token.start,
        end: token.end,
        replacement: `${left} ${right}`,
        confidence: 0.95,
        severity: "major",
        safe: true,
        message: `“${left}” and “${right}” are glued together: add a space.`,
      });
    }
    return found;
  },
});
