/**
 * Shared guards for the markup-residue rules: a line that is code, or that
 * talks about markup (`write &amp; for an ampersand`), keeps its tags and
 * entities as they are; and the tag pattern both rules need. Not a rule.
 */
import type { Document } from "../../engine/document.js";
import { BLOCK_TAGS, INLINE_TAGS, MARKUP_TALK } from "../../lexicon/html.js";

const TAG_NAMES = [...BLOCK_TAGS, ...INLINE_TAGS].sort((a, b) => b.length - a.length).join("|");
const ATTRIBUTES = String.raw`(?:\s+[A-Za-z_:][\w:.-]*\s*=\s*(?:"[^"<>\n]*"|'[^'<>\n]*'|[^\s"'<>=\x60]+))*`;

/**
 * A tag of an article body: `<p>`, `</ p>`, `< /div>`, `<br />`, `<a href="…">`.
 * No space after `<` in an opening tag and only `name="value"` attributes, so
 * `a < b`, `<3` and `x <b and c> y` never match. Comments (`<!-- … -->` on one
 * line) are tags too: see `findTags`.
 */
const ELEMENT_TAG = new RegExp(
  String.raw`<(?:(?<close>\s*\/\s*)(?<closeName>${TAG_NAMES})\s*|(?<name>${TAG_NAMES})${ATTRIBUTES}\s*\/?\s*)>`,
  "iuy",
);

export interface TagMatch {
  index: number;
  /** The tag as written. */
  text: string;
  /** The element's name as written, for an opening tag. */
  name?: string | undefined;
  /** The element's name as written, for a closing tag. */
  closeName?: string | undefined;
}

/**
 * Every tag of `text`, left to right, as a global match of ELEMENT_TAG or a
 * comment would find them. A comment is found with the first `-->` after it
 * on its line, remembered from one `<!--` to the next: a lazy pattern
 * (`<!--[^\n]*?-->`) rescans the rest of the line from each `<!--` when none
 * closes (quadratic on `<!--<!--…`).
 */
export function findTags(text: string): TagMatch[] {
  const tags: TagMatch[] = [];
  const commentClose = nextOccurrence(text, "-->");
  const lineBreak = nextOccurrence(text, "\n");
  let at = text.indexOf("<");
  while (at >= 0) {
    let end = -1;
    if (text.startsWith("<!--", at)) {
      const close = commentClose(at + 4);
      const newline = lineBreak(at + 4);
      if (close >= 0 && (newline < 0 || newline > close)) {
        end = close + 3;
        tags.push({ index: at, text: text.slice(at, end) });
      }
    } else {
      ELEMENT_TAG.lastIndex = at;
      const match = ELEMENT_TAG.exec(text);
      if (match) {
        end = at + match[0].length;
        tags.push({ index: at, text: match[0], name: match.groups!.name, closeName: match.groups!.closeName });
      }
    }
    at = text.indexOf("<", end >= 0 ? end : at + 1);
  }
  return tags;
}

/** The first `needle` at or after a position, for positions asked in increasing order: each search resumes where the last found. */
function nextOccurrence(text: string, needle: string): (from: number) => number {
  let found = -2;
  return (from) => {
    if (found === -2 || (found >= 0 && found < from)) found = text.indexOf(needle, from);
    return found;
  };
}

/** `text` with every tag replaced by `by`. */
export function replaceTags(text: string, by: string): string {
  let out = "";
  let cursor = 0;
  for (const tag of findTags(text)) {
    out += text.slice(cursor, tag.index) + by;
    cursor = tag.index + tag.text.length;
  }
  return out + text.slice(cursor);
}

export const ESCAPED_TAG = new RegExp(
  String.raw`&lt;(?:\s*\/\s*(?:${TAG_NAMES})\s*|(?:${TAG_NAMES})(?:\s+[\w:-]+=(?:&quot;[^&\n]*&quot;|"[^"\n]*"|'[^'\n]*'|[^\s&]+))*\s*\/?\s*)&gt;`,
  "giu",
);

const CODE_CUES =
  /[`{}]|=>|==|!=|&&|\|\||::|\(\)|\$[A-Za-z_]|<\?|<%|<\/?(?:script|style|code|pre)\b|\b(?:const|let|var)\s+[A-Za-z_$][\w$]*\s*=|\bfunction\s*[\w$]*\s*\(|\breturn\s+[^\s;]+;|\bdef\s+\w+\(|\bimport\s+[\w{*]+\s+from\b/u;
const ENTITY_LIKE = /&?#?[A-Za-z0-9]{1,31};/gu;
const WORD = /[A-Za-z]+/gu;

/** True when the line is code, or talks about markup, so its residue is not residue. */
export function codeOrMarkupTalk(line: string): boolean {
  if (CODE_CUES.test(line)) return true;
  // A statement terminator at the end of the line, once entities are set aside.
  if (/;\s*$/u.test(line.replace(ENTITY_LIKE, "x"))) return true;
  for (const word of line.match(WORD) ?? []) if (MARKUP_TALK.has(word.toLowerCase())) return true;
  return false;
}

/** True when [start, end) touches a URL, e-mail, handle, hashtag or file name token. */
export function touchesProtected(doc: Document, start: number, end: number): boolean {
  let i = doc.tokenAt(start);
  if (i < 0) return false;
  for (; i < doc.tokenCount && doc.tokenStart[i]! < end; i++) if (doc.isProtected(i)) return true;
  return false;
}

/** True when a protected token straddles `start` or `end` (one wholly inside, like a tag's URL, is fine). */
export function crossesProtected(doc: Document, start: number, end: number): boolean {
  for (const offset of [start, end - 1]) {
    const i = doc.tokenAt(offset);
    if (i < 0) continue;
    if (doc.isProtected(i) && (doc.tokenStart[i]! < start || doc.tokenEnd[i]! > end)) return true;
  }
  return false;
}
