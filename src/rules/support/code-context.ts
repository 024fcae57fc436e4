/**
 * Shared guards for the word-boundary rules: is a token part of code or of a
 * machine identifier (inside `backticks`, `obj.method(`, `snake_case`,
 * `a/b`)? Such text is never split or spaced. Not a rule.
 */
import type { Document } from "../../engine/document.js";
import type { Token } from "../../engine/tokenize.js";

/** Marks that glue identifiers or paths together when written without spaces. */
const IDENTIFIER_GLUE = new Set([".", "_", "/", "\\", "@", "#", "$", "=", "<", ">", "&", "|", "~", "^", "*", "+"]);

/** True when `offset` lies inside a `code span` of its line (an odd number of backticks before it). */
export function insideBackticks(text: string, offset: number): boolean {
  if (text !== parityText) {
    parityText = text;
    parity = backtickParity(text);
  }
  return parity[offset] === 1;
}

// The last text asked about (rules ask about one document's text many times) and, for each offset,
// whether an odd number of backticks precede it on its line: one pass instead of a walk back to the
// line start for every question (quadratic on a long line).
let parityText: string | undefined;
let parity: Uint8Array = new Uint8Array(0);

function backtickParity(text: string): Uint8Array {
  const table = new Uint8Array(text.length + 1);
  let odd = 0;
  for (let i = 0; i < text.length; i++) {
    table[i] = odd;
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) odd = 0;
    else if (c === 96) odd ^= 1;
  }
  table[text.length] = odd;
  return table;
}

export function touchingBefore(doc: Document, token: Token): Token | undefined {
  const before = doc.tokens[token.index - 1];
  return before !== undefined && before.end === token.start && !isBlank(before) ? before : undefined;
}

/** The token right after `token` when no space separates them. */
export function touchingAfter(doc: Document, token: Token): Token | undefined {
  const after = doc.tokens[token.index + 1];
  return after !== undefined && after.start === token.end && !isBlank(after) ? after : undefined;
}

function isBlank(token: Token): boolean {
  return token.kind === "space" || token.kind === "newline";
}

/**
 * True when the tokens `doc.tokens[first .. last]` (a word, or a glued group
 * such as `said.The`) read as code or an identifier: inside backticks, or
 * touching `.`, `_`, `/`, `@`, `(` and the like on either side.
 */
export function looksLikeCode(doc: Document, first: number, last: number): boolean {
  const head = doc.tokens[first]!;
  const tail = doc.tokens[last]!;
  if (insideBackticks(doc.text, head.start)) return true;
  const before = touchingBefore(doc, head);
  if (before !== undefined) {
    if (IDENTIFIER_GLUE.has(before.text)) return true; // `www.x`, `a_b`, `/path`
    if (before.kind !== "punct" && before.kind !== "symbol") return true; // a number or a protected token
  }
  const after = touchingAfter(doc, tail);
  if (after === undefined) return false;
  if (after.text === "(" || after.text === "[" || after.text === "{") return true; // `call(`
  if (after.text === ".") {
    // A full stop ends a sentence unless something follows it at once: `a.b`, `x.y.z`.
    const next = touchingAfter(doc, after);
    return next !== undefined && (next.kind === "word" || next.kind === "number" || IDENTIFIER_GLUE.has(next.text));
  }
  if (IDENTIFIER_GLUE.has(after.text)) return true;
  return after.kind !== "punct" && after.kind !== "symbol";
}
