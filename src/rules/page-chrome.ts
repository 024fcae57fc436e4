/**
 * Page chrome of the source site, in its machine-translated forms: *Lire
 * aussi* (`Read also: …`), *La suite après cette publicité* (`The rest after
 * this advertisement`), *Publié le …* (`Published on 12 January 2022 at
 * 10:15`), *Partager*, newsletter and subscription prompts. The phrases are
 * data (`lexicon/page-chrome.ts`).
 *
 * A line is removed (safe) only when the WHOLE line is chrome; a distinctive
 * phrase inside a line of prose is at most a suggestion.
 */
import { defineRule } from "../engine/rule.js";
import { PROTECTED_KINDS } from "../engine/tokenize.js";
import { linesWithTokens } from "./support/hit-regions.js";
import { consecutiveRuns } from "../engine/line-removal.js";
import type { Document } from "../engine/document.js";
import type { Detection } from "../engine/types.js";
import { CHROME_PHRASES, INLINE_HINTS, type ChromePhrase } from "../lexicon/page-chrome.js";
import { alternation, boilerplateRunSpan, chromeLine } from "./support/boilerplate-lines.js";

const INLINE: readonly { phrase: ChromePhrase; pattern: RegExp }[] = CHROME_PHRASES.filter((p) => p.inline && p.tail !== "headline").map(
  (phrase) => ({ phrase, pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(phrase.inline!)})(?![\\p{L}\\p{N}])`, "giu") }),
);
const INLINE_HINT = new RegExp(INLINE_HINTS.join("|"), "u");
const READ_ALSO = CHROME_PHRASES.find((p) => p.tail === "headline" && p.inline)!;
// `Read also: …` after the end of a sentence, up to the end of the line.
const INLINE_READ_ALSO = new RegExp(`(?<=[.!?…”"»][ \\t]+)(?:${alternation(READ_ALSO.inline!)})[ \\t]*[:|][ \\t]*\\S.*$`, "giu");

interface Hit {
  line: number;
  safe: boolean;
  french: string;
  /** A `Read also` label alone on its line. */
  labelOnly?: boolean;
  /** The headline line of the label on the line before (one removal with it, even across a blank line). */
  headlineOfPrevious?: boolean;
}

/** consecutiveRuns, with a label and its headline on the next line kept in one run. */
function chromeRuns(doc: Document, group: readonly Hit[]): [number, number][] {
  const paired = new Set(group.filter((hit) => hit.headlineOfPrevious).map((hit) => hit.line));
  const runs: [number, number][] = [];
  for (const run of consecutiveRuns(doc, group.map((hit) => hit.line))) {
    const last = runs[runs.length - 1];
    if (last && last[1] === run[0] && paired.has(run[0])) last[1] = run[1];
    else runs.push(run);
  }
  return runs;
}

/** A headline: short, capitalised, no full stop at the end, no second sentence. */
function isLinkedHeadline(text: string): boolean {
  const line = text.trim();
  if (line.length > 160 || !/^[\p{Lu}\p{N}“"«‘(]/u.test(line) || /[.,;:]$/u.test(line)) return false;
  if (/[.!?]\s+\p{Lu}/u.test(line)) return false;
  return line.split(/\s+/u).length <= 20;
}

/**
 * Whether a token can make INLINE_HINT match its line: the hint is in the
 * token, or the token ends with `read` or `also` (of `read also`, `also read`,
 * see `hintedAt`).
 */
function hintsInline(token: string): boolean {
  const lower = token.toLowerCase();
  return INLINE_HINT.test(lower) || lower.endsWith("read") || lower.endsWith("also");
}

/** Token i holds a hint of INLINE_HINT, or ends the first word of `read also` or `also read` (one space, then the second). */
function hintedAt(doc: Document, i: number): boolean {
  const lower = doc.tokenLower(i);
  if (INLINE_HINT.test(lower)) return true;
  const second = lower.endsWith("read") ? "also" : lower.endsWith("also") ? "read" : undefined;
  return second !== undefined && i + 2 < doc.tokenCount && doc.tokenText(i + 1) === " " && doc.tokenLower(i + 2).startsWith(second);
}

/** Spaces and tabs right before `at` (a backward scan: a pattern anchored at the end of the line's prefix rescans the prefix). */
function spacesBefore(text: string, at: number): number {
  let count = 0;
  while (at - count > 0 && (text[at - count - 1] === " " || text[at - count - 1] === "\t")) count++;
  return count;
}

function inlineHits(doc: Document, skip: ReadonlySet<number>, hinted: readonly number[]): Detection[] {
  const found: Detection[] = [];
  for (const line of linesWithTokens(doc, hinted)) {
    if (skip.has(line.index)) continue;
    const text = line.text;
    if (!INLINE_HINT.test(text.toLowerCase())) continue;
    for (const { phrase, pattern } of INLINE) {
      pattern.lastIndex = 0;
      for (const match of text.matchAll(pattern)) {
        if (!/^\p{Lu}/u.test(match[0])) continue; // chrome labels are capitalised
        // A label between sentences, not words of one: `The rest after the ad break was dull` stays.
        const gap = spacesBefore(text, match.index);
        if (!(match.index === 0 || (match.index > gap && '.!?…”"»:)'.includes(text[match.index - gap - 1]!)))) continue;
        if (!/^[ \t]*(?:$|[\p{Lu}\p{N}“"«(]|[:.…])/u.test(text.slice(match.index + match[0].length))) continue;
        let start = match.index;
        let end = start + match[0].length;
        end += /^(?:[ \t]*[:…])?/u.exec(text.slice(end))![0].length;
        const before = spacesBefore(text, start);
        if (before > 0) start -= before;
        else end += /^[ \t]*/u.exec(text.slice(end))![0].length;
        found.push({
          start: line.start + start,
          end: line.start + end,
          replacement: "",
          confidence: 0.7,
          severity: "minor",
          message: `Page chrome from the source site (“${phrase.french}”) inside the text: remove it?`,
        });
      }
    }
    INLINE_READ_ALSO.lastIndex = 0;
    for (const match of text.matchAll(INLINE_READ_ALSO)) {
      if (!/^\p{Lu}/u.test(match[0])) continue;
      const start = match.index - spacesBefore(text, match.index);
      found.push({
        start: line.start + start,
        end: line.end,
        replacement: "",
        confidence: 0.65,
        severity: "minor",
        message: `A “${READ_ALSO.french}” link from the source page at the end of the paragraph: remove it?`,
      });
    }
  }
  return found;
}

export default defineRule({
  id: "page-chrome",
  category: "boilerplate",
  description: "Removes whole lines of translated page chrome (`Read also: …`, `The rest after this advertisement`, `Published on …`, `Share`).",
  examples: {
    bad: [
      {
        text: "The Senate adopted the text on Tuesday.\n\n⟦Read also: Pension reform, what changes on 1 September\n\n⟧The opposition has announced an appeal.",
        fixed: "The Senate adopted the text on Tuesday.\n\nThe opposition has announced an appeal.",
        safe: true,
      },
      {
        text: "The mayor of Montréal resigned.\n\n⟦The rest after this advertisement\n\n⟧She had been in office since 2017.",
        fixed: "The mayor of Montréal resigned.\n\nShe had been in office since 2017.",
        safe: true,
      },
      {
        text: "⟦Published on 12 January 2022 at 10:15 Updated on 12 January 2022 at 11:40\n\n⟧Quebec’s health minister announced a curfew.",
        fixed: "Quebec’s health minister announced a curfew.",
        safe: true,
      },
      {
        text: "Les Bleus won 3-1 ⚽.⟦\n\nShare this article⟧",
        fixed: "Les Bleus won 3-1 ⚽.",
        safe: true,
      },
      {
        text: "⟦READ ALSO Côte d'Ivoire: the opposition boycotts the vote\n⟧Abidjan was calm on Sunday.",
        fixed: "Abidjan was calm on Sunday.",
        safe: true,
      },
      {
        text: "The central bank kept its key rate.\n\n⟦Subscribe to our newsletter to receive the best of the economy every morning.\n\n⟧Inflation reached 5.8% in May.",
        fixed: "The central bank kept its key rate.\n\nInflation reached 5.8% in May.",
        safe: true,
      },
      {
        text: "The trial opens in Paris.\n\n⟦See also Emmanuel Macron in Kyiv\n\n⟧The defence asked for a delay.",
        fixed: "The trial opens in Paris.\n\nThe defence asked for a delay.",
        safe: false,
      },
      {
        text: "The prefect banned the demonstration.⟦ The rest after this advertisement⟧ The organisers will appeal.",
        fixed: "The prefect banned the demonstration. The organisers will appeal.",
        safe: false,
      },
      {
        text: "Turnout was 46%.⟦ Read also: Legislative elections, the results in your constituency⟧",
        fixed: "Turnout was 46%.",
        safe: false,
      },
      {
        text: "The coach was dismissed.⟦\n\nAlready a subscriber? Log in⟧",
        fixed: "The coach was dismissed.",
        safe: true,
      },
      {
        text: "The consultation is on Tuesday.⟦\n\nTo see also:\n\nRimouski: the port project that divides citizens⟧",
        fixed: "The consultation is on Tuesday.",
        safe: true,
      },
      {
        text: "The vote is on Monday.\n\n⟦READ ALSO\nMontréal: the mayor's plan for housing 🏠\n\n⟧The opposition objects.",
        fixed: "The vote is on Monday.\n\nThe opposition objects.",
        safe: true,
      },
      {
        text: "An inquiry has been opened.⟦\n\nThis article is reserved for subscribers. Already a subscriber? Log in⟧",
        fixed: "An inquiry has been opened.",
        safe: true,
      },
      {
        text: "The market fell 2%.\n\n⟦Read also:\n\n⟧The report of the Court of Audit says the opposite, and the minister agrees.",
        fixed: "The market fell 2%.\n\nThe report of the Court of Audit says the opposite, and the minister agrees.",
        safe: true,
      },
      {
        text: "The market fell 2%.\n\n⟦See also\n\nWall Street: the Fed's next move\n\n⟧Oil rose.",
        fixed: "The market fell 2%.\n\nOil rose.",
        safe: false,
      },
    ],
    good: [
      "She asked readers to share their stories.",
      "Published on Monday, the report found that poverty had risen in Quebec.",
      "Share prices fell 3% in Paris.",
      "Subscribe to a newspaper and you will see the difference, the minister said.",
      "Listen.\n\nThe crowd fell silent.",
      "See also the report of the Court of Audit, which says the opposite.",
      "Read also the dissenting opinion, the judge told the jury.",
      "Advertising revenue fell by a third.",
      "The rest of the article discusses the budget.",
      "Updated figures were published on Tuesday.",
      "He was posted on the border in 2019.",
      "Email, Twitter and Facebook were his tools, she said.",
      "The newsletter of the party was sent to 40,000 members.",
      "The rest after the ad break was dull, viewers said.",
      "Reactions\n\nThe opposition denounced a coup.",
      "He told me: read. Then he left. Already tired? Not at all.",
    ],
  },
  // Whole lines of chrome are short: checked line by line, cheaply. Chrome inside a line needs a hint word (`ad`,
  // `screen`, `read also` …), in a word or a link.
  trigger: { lines: true, forms: hintsInline, kinds: PROTECTED_KINDS },
  detect(doc, trigger) {
    const hits: Hit[] = [];
    for (const line of doc.lines) {
      if (doc.blocks[line.block]!.kind === "attribute") continue; // an alt or title text of HTML
      const previous = hits[hits.length - 1];
      if (previous?.labelOnly && previous.line === line.index - 1 && isLinkedHeadline(line.text)) {
        // `To see also:` on one line, the linked headline on the next: one piece of chrome. Safe when the
        // label ends with a separator or is in capitals (`READ ALSO`), else both are suggested.
        const label = doc.lines[previous.line]!.text.trim();
        const safe = previous.safe && (/[:›»>→|]$/u.test(label) || (label === label.toUpperCase() && label !== label.toLowerCase()));
        previous.safe = safe;
        hits.push({ line: line.index, safe, french: previous.french, headlineOfPrevious: true });
        continue;
      }
      const verdict = chromeLine(line.text);
      if (verdict) hits.push({ line: line.index, safe: verdict.safe, french: verdict.french, labelOnly: verdict.labelOnly === true });
    }
    const found: Detection[] = [];
    for (const safe of [true, false]) {
      const group = hits.filter((hit) => hit.safe === safe);
      const french = new Map(group.map((hit) => [hit.line, hit.french]));
      for (const [first, end] of chromeRuns(doc, group)) {
        const names = [...new Set(Array.from({ length: end - first }, (_, i) => french.get(first + i)!))].join("”, “");
        found.push({
          ...boilerplateRunSpan(doc, first, end),
          replacement: "",
          confidence: safe ? 0.95 : 0.7,
          severity: safe ? "major" : "minor",
          safe,
          message: safe
            ? `Page chrome from the source site (“${names}”): remove it.`
            : `Looks like page chrome from the source site (“${names}”): remove it?`,
        });
      }
    }
    const hinted = trigger.tokens.filter((i) => hintedAt(doc, i));
    return [...found, ...inlineHits(doc, new Set(hits.map((hit) => hit.line)), hinted)];
  },
});
