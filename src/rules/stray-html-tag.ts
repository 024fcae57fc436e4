/**
 * HTML tags left in plain text: `</ p>`, `<br />`, `<p>`, `</div>`,
 * `<strong>`, `<a href="…">`, `<!-- … -->`. Only tags of article bodies
 * (`lexicon/html.ts`), never a `<` that compares (`a < b`, `<3`), never on a
 * line of code or one that talks about markup. A line of nothing but tags
 * goes whole.
 */
import { defineRule } from "../engine/rule.js";
import { linesWith } from "./support/hit-regions.js";
import type { Detection } from "../engine/types.js";
import { lineRemovalSpan } from "../engine/line-removal.js";
import { BLOCK_TAGS } from "../lexicon/html.js";
import { insideBackticks } from "./support/code-context.js";
import { codeOrMarkupTalk, crossesProtected, findTags, replaceTags } from "./support/markup-context.js";


interface Run {
  start: number;
  end: number;
  block: boolean;
  tags: string[];
  names: { name: string; close: boolean }[];
}

// Tags that never wrap text, so never have a partner.
const VOID_TAGS = new Set(["br", "hr", "img", "wbr", "source"]);

/** Tags of one line, grouped into runs separated only by spaces. */
function runs(text: string): Run[] {
  const found: Run[] = [];
  for (const match of findTags(text)) {
    const name = (match.name ?? match.closeName ?? "").toLowerCase();
    const start = match.index;
    const end = start + match.text.length;
    const last = found[found.length - 1];
    const tag = { name, close: match.closeName !== undefined };
    if (last && /^[ \t]*$/u.test(text.slice(last.end, start))) {
      last.end = end;
      last.block ||= BLOCK_TAGS.has(name);
      last.tags.push(match.text);
      last.names.push(tag);
    } else found.push({ start, end, block: BLOCK_TAGS.has(name), tags: [match.text], names: [tag] });
  }
  return found;
}

/** Spaces and tabs right before `at`, and right after `at`. */
function spacesBefore(text: string, at: number): number {
  let count = 0;
  while (at - count > 0 && (text[at - count - 1] === " " || text[at - count - 1] === "\t")) count++;
  return count;
}

function spacesAfter(text: string, at: number): number {
  let count = 0;
  while (at + count < text.length && (text[at + count] === " " || text[at + count] === "\t")) count++;
  return count;
}

/** The code point that ends at `at` (a surrogate pair read as one). */
function codePointBefore(text: string, at: number): string {
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(at - 2, at);
  }
  return text.slice(Math.max(0, at - 1), at);
}

export default defineRule({
  id: "stray-html-tag",
  category: "markup-residue",
  description: "Removes HTML tags (`</ p>`, `<br />`, `<strong>`) left in plain text, keeping the words around them apart.",
  examples: {
    bad: [
      { text: "The Senate voted the text on Tuesday.⟦</ p>⟧", fixed: "The Senate voted the text on Tuesday.", safe: true },
      { text: "Turnout was low⟦<br />⟧in Marseille.", fixed: "Turnout was low in Marseille.", safe: true },
      { text: "The ⟦<strong>⟧minister resigned.", fixed: "The minister resigned.", safe: true },
      { text: "⟦<p>⟧Québec’s premier spoke 🎤.", fixed: "Québec’s premier spoke 🎤.", safe: true },
      { text: "The court ruled.\n⟦</div>\n⟧The appeal failed.", fixed: "The court ruled.\nThe appeal failed.", safe: true },
      { text: "Read the ⟦<a href=\"https://example.com/report\">⟧report online.", fixed: "Read the report online.", safe: true },
      { text: "The tariffs end.⟦</p> <p>⟧Talks resume.", fixed: "The tariffs end. Talks resume.", safe: true },
      { text: "The mayor ⟦</ p> ⟧spoke.", fixed: "The mayor spoke.", safe: true },
      { text: "The vote is on Friday. ⟦<p> ⟧Turnout is expected to be low 🗳️.", fixed: "The vote is on Friday. Turnout is expected to be low 🗳️.", safe: false },
    ],
    good: [
      "If a < b and b > c, then a < c.",
      "I <3 Paris, she wrote.",
      "Use the <p> element for paragraphs in HTML.",
      "const x = \"<br />\";",
      "Growth was <2% and inflation >5%.",
      "The score was x <b and c> y in the notation.",
      "Write to <jean.dupont@example.fr> for details.",
      "Press `<br>` to break the line.",
      "The <b> and <i> buttons of the editor were removed.",
    ],
  },
  trigger: { chars: "<" },
  detect(doc, hits) {
    const found: Detection[] = [];
    for (const line of linesWith(doc, hits.offsets)) {
      const text = line.text;
      if (!text.includes("<")) continue;
      const lineRuns = runs(text);
      if (lineRuns.length === 0 || codeOrMarkupTalk(replaceTags(text, " "))) continue;
      // A tag whose partner (`<b>` … `</b>`) is on the line: markup, not a tag named in prose.
      const onLine = new Set(lineRuns.flatMap((run) => run.names.map((tag) => `${tag.close ? "/" : ""}${tag.name}`)));
      const paired = (name: string, close: boolean) => onLine.has(`${close ? "" : "/"}${name}`);
      const wholeLine = lineRuns.length === 1 && text.trim() === text.slice(lineRuns[0]!.start, lineRuns[0]!.end);
      for (const run of lineRuns) {
        if (crossesProtected(doc, line.start + run.start, line.start + run.end) || insideBackticks(doc, line.start + run.start)) continue;
        const shown = run.tags.join(" ");
        if (wholeLine) {
          found.push({
            ...lineRemovalSpan(doc, line.index, line.index + 1),
            replacement: "",
            confidence: 0.96,
            severity: "minor",
            safe: true,
            message: `A line of HTML tags (“${shown}”) left in the text: remove it.`,
          });
          continue;
        }
        let start = run.start;
        let end = run.end;
        let replacement = "";
        const left = spacesBefore(text, start);
        const right = spacesAfter(text, end);
        if (start - left === 0) end += right; // at the start of the line
        else if (end + right === text.length) start -= left; // at the end of the line
        else if (left > 0 && right > 0) end += right;
        else if (left === 0 && right === 0 && run.block) replacement = " ";
        // An opening tag spaced on both sides in mid-line, without its closing tag: maybe named in prose
        // (`the <b> button`). Closing tags are not named that way, least of all as MT writes them (`</ p>`).
        const named =
          left > 0 && right > 0 && start > 0 && end < text.length &&
          run.names.every((tag) => !tag.close && !VOID_TAGS.has(tag.name) && !paired(tag.name, tag.close));
        // … and between two words (`the <b> and <i> buttons`), most likely named: leave it.
        if (named && /^\p{L}$/u.test(codePointBefore(text, start - left)) && /^\p{L}/u.test(text.slice(end))) continue;
        found.push({
          start: line.start + start,
          end: line.start + end,
          replacement,
          confidence: named ? 0.6 : 0.96,
          severity: "minor",
          safe: !named,
          message: named
            ? `Looks like an HTML tag “${shown}” left in the text: remove it?`
            : `HTML tag${run.tags.length > 1 ? "s" : ""} “${shown}” left in the text: remove ${run.tags.length > 1 ? "them" : "it"}.`,
        });
      }
    }
    return found;
  },
});
