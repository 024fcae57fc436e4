/**
 * Two words glued at a lowercase→uppercase boundary: `theNorth`,
 * `ofParliament`, `theUN`, `presidentMacron`, `WashingtonSaid`.
 *
 * Safe when the first part is an English function word (`theNorth`), or
 * `the`/`of`/`and` before an acronym (`theUN`). A suggestion when the first
 * part is another lowercase dictionary word (`presidentMacron`: brands such as
 * `easyJet` have the same shape, so never automatic), or when a capitalised
 * word is glued to a function word or a verb of saying (`WashingtonSaid`).
 * Never: names from `lexicon/camel-case-names.ts`, surnames with particles
 * (`McCain`, `DiCaprio`), any other Capitalised+Capitalised name (`TikTok`,
 * `PayPal`, `BlackRock`), code and identifiers.
 */
import { defineRule } from "../engine/rule.js";
import type { Detection } from "../engine/types.js";
import type { Document } from "../engine/document.js";
import type { Token } from "../engine/tokenize.js";
import { ENGLISH_FUNCTION_WORDS } from "../lexicon/function-words.js";
import { CAMEL_CASE_NAMES, NAME_PARTICLES } from "../lexicon/camel-case-names.js";
import { CAPITAL_GLUE_RIGHT } from "../lexicon/glue-words.js";
import { englishFrequencyBucket, isEnglishWord } from "../lexicon/words.js";
import { looksLikeCode } from "./support/code-context.js";

// One lowercase run, then one capitalised word: `theNorth`, not `toUpperCase`.
const GLUED = /^(?<left>\p{Ll}{2,})(?<right>\p{Lu}\p{Ll}+(?:['’]s)?)$/u;
// One lowercase run, then an acronym: `theUN`, `ofNATO`.
const GLUED_ACRONYM = /^(?<left>\p{Ll}{2,})(?<right>\p{Lu}{2,6})$/u;
// Two capitalised words: `WashingtonSaid` (most such tokens are names: `TikTok`).
const GLUED_CAPITALS = /^(?<left>\p{Lu}\p{Ll}{2,})(?<right>\p{Lu}\p{Ll}{2,})$/u;

/** Buckets 0 … COMMON_BUCKET are frequent words (about the 8,000 most frequent). */
const COMMON_BUCKET = 5;
/** Function words that may stand right before an acronym without being code (`toJSON`, `isNaN`). */
const ACRONYM_SAFE_LEFT: ReadonlySet<string> = new Set(["the", "of", "and"]);
/**
 * Function words that begin identifiers (`isValid`, `hasChildren`, `myVariable`):
 * before a common word they make no finding at all.
 */
const IDENTIFIER_PREFIXES: ReadonlySet<string> = new Set([
  "my", "is", "has", "have", "had", "will", "should", "would", "could", "was", "were", "are", "be", "been",
  "can", "this", "your", "our", "its", "not",
]);
/** Prepositions that also begin identifiers (`onLoad`, `inDesign`): before a common word, a suggestion. */
const IDENTIFIER_PREPOSITIONS: ReadonlySet<string> = new Set(["on", "to", "in", "as", "by", "for", "with", "from", "into"]);
/** Function words before an acronym that are common in identifiers: never even suggested. */
const ACRONYM_CODE_LEFT: ReadonlySet<string> = new Set(["to", "as", "is", "on", "by", "for", "from", "has", "get", "set"]);

export default defineRule({
  id: "glued-camel-case",
  category: "word-boundary",
  description: "Splits a word glued to the next capitalised word (`theNorth` → `the North`).",
  examples: {
    bad: [
      { text: "the United States and ⟦theNorth⟧ Atlantic Treaty Organization", fixed: "the United States and the North Atlantic Treaty Organization", safe: true },
      { text: "a vote ⟦ofParliament⟧ on Monday", fixed: "a vote of Parliament on Monday", safe: true },
      { text: "between Paris ⟦andWashington⟧.", fixed: "between Paris and Washington.", safe: true },
      { text: "Élysée sources 🇫🇷 said ⟦inMarseille⟧ that", fixed: "Élysée sources 🇫🇷 said in Marseille that", safe: true },
      { text: "a resolution of ⟦theUN⟧ Security Council", fixed: "a resolution of the UN Security Council", safe: true },
      { text: "according to ⟦presidentMacron⟧, the reform", fixed: "according to president Macron, the reform", safe: false },
      { text: "The talks in ⟦GenevaWere⟧ tense.", fixed: "The talks in Geneva were tense.", safe: false },
      { text: "The bill was tabled ⟦inParliament⟧ on Monday.", fixed: "The bill was tabled in Parliament on Monday.", safe: false },
    ],
    good: [
      "She bought an iPad, paid with PayPal and posted on LinkedIn.",
      "McCain, MacArthur, DiCaprio, FedEx, WhatsApp and PowerPoint are names.",
      "Call obj.toString() or use theScore app; see github.com/theNorth.",
      "The iOS and macOS updates shipped with eBay and iPhone support.",
      "Follow @theNorth and #inParis for updates.",
      "TikTok, GitHub, TimeWarner, O'Neill, YouTube, JPMorgan, BlackRock, SpaceX and OpenAI.",
      "DeSantis flew from LaGuardia; DeLay stayed home.",
      "She flew easyJet, then airBaltic, and paid with toJSON() in `theUN` mode.",
      "Le journal LeMonde a parlé de VanDyke et de MacKenzie.",
      "Set isValid, userName and readyState before the WashingtonPost import.",
    ],
  },
  trigger: { forms: (word) => word.length >= 4 && hasInnerCapital(word) && !CAMEL_CASE_NAMES.has(word) },
  detect(doc, hits) {
    const found: Detection[] = [];
    for (const i of hits.tokens) {
      const detection = judge(doc, doc.token(i)!);
      if (detection) found.push(detection);
    }
    return found;
  },
});

/** `Name`, `State`: the capitalised form of a frequent lowercase word, so no name. */
function isCommonLowercaseWord(capitalised: string): boolean {
  const lower = capitalised.replace(/['’]s$/u, "").toLowerCase();
  return isEnglishWord(lower) && (englishFrequencyBucket(lower) ?? 9) <= COMMON_BUCKET;
}

/** A capital after the first character (cheap pre-filter: most words have none). */
function hasInnerCapital(text: string): boolean {
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
    if (c > 127) return /\p{Lu}/u.test(text.slice(i));
  }
  return false;
}

function judge(doc: Document, token: Token): Detection | null {
  const text = token.text;
  let match: RegExpExecArray | null;
  let left: string;
  let right: string;
  let replacement: string;
  let safe: boolean;
  if ((match = GLUED.exec(text))) {
    left = match.groups!.left!;
    right = match.groups!.right!;
    // A function word before a capitalised word: safe, except the identifier-style `isValid`, `myVariable`, `inDesign`.
    if (ENGLISH_FUNCTION_WORDS.has(left)) {
      const common = isCommonLowercaseWord(right);
      if (common && IDENTIFIER_PREFIXES.has(left)) return null;
      safe = !(common && IDENTIFIER_PREPOSITIONS.has(left));
    }
    // Another word before a name (`presidentMacron`); not before a common word (`userName`, `readyState`: identifiers).
    else if (left.length >= 3 && right.length >= 3 && isEnglishWord(left) && !isCommonLowercaseWord(right)) safe = false;
    else return null;
    replacement = `${left} ${right}`;
  } else if ((match = GLUED_ACRONYM.exec(text))) {
    left = match.groups!.left!;
    right = match.groups!.right!;
    if (!ENGLISH_FUNCTION_WORDS.has(left) || ACRONYM_CODE_LEFT.has(left) || right === "OS") return null;
    safe = ACRONYM_SAFE_LEFT.has(left);
    replacement = `${left} ${right}`;
  } else if ((match = GLUED_CAPITALS.exec(text))) {
    left = match.groups!.left!;
    right = match.groups!.right!;
    const rightLower = right.toLowerCase();
    if (!CAPITAL_GLUE_RIGHT.has(rightLower) || NAME_PARTICLES.has(left)) return null;
    safe = false;
    replacement = `${left} ${rightLower}`;
  } else {
    return null;
  }
  if (looksLikeCode(doc, token.index, token.index)) return null;
  return {
    start: token.start,
    end: token.end,
    replacement,
    confidence: safe ? 0.95 : 0.6,
    severity: safe ? "major" : "minor",
    safe,
    message: safe
      ? `“${left}” and “${right}” are glued together: add a space.`
      : `“${left}” and “${right}” may be glued together: “${replacement}”?`,
  };
}
