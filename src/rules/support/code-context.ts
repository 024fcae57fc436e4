/**
 * Shared guards for the word-boundary rules: is a token part of code or of a
 * machine identifier (inside `backticks`, `obj.method(`, `snake_case`,
 * `a/b`)? Such text is never split or spaced. Not a rule.
 */
import type { Document } from "../../engine/document.js";
import { Kind, type Token } from "../../engine/tokenize.js";

/** Marks that glue identifiers or paths together when written without spaces. */
const IDENTIFIER_GLUE = new Set([".", "_", "/", "\\", "@", "#", "$", "=", "<", ">", "&", "|", "~", "^", "*", "+"]);

/**
 * For each offset of a document's text, whether an odd number of backticks
 * precede it on its line; null when the text has none. Built once per
 * document: walking back to the line start for every question was quadratic
 * on a long line.
 */
const backtickParity = new WeakMap<Document, Uint8Array | null>();

/** True when `offset` lies inside a `code span` of its line (an odd number of backticks before it). */
export function insideBackticks(doc: Document, offset: number): boolean {
  let parity = backtickParity.get(doc);
  if (parity === undefined) {
    parity = doc.text.includes("`") ? parityTable(doc.text) : null;
    backtickParity.set(doc, parity);
  }
  return parity !== null && parity[offset] === 1;
}

function parityTable(text: string): Uint8Array {
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

/** The token right before `token` when no space separates them. */
export function touchingBefore(doc: Document, token: Token): Token | undefined {
  const i = token.index - 1;
  if (i < 0 || doc.tokenEnd[i] !== token.start || isBlank(doc, i)) return undefined;
  return doc.token(i);
}

/** The token right after `token` when no space separates them. */
export function touchingAfter(doc: Document, token: Token): Token | undefined {
  const i = token.index + 1;
  if (i >= doc.tokenCount || doc.tokenStart[i] !== token.end || isBlank(doc, i)) return undefined;
  return doc.token(i);
}

function isBlank(doc: Document, i: number): boolean {
  const kind = doc.tokenKind[i];
  return kind === Kind.space || kind === Kind.newline;
}

/**
 * True when the tokens `doc.tokens[first .. last]` (a word, or a glued group
 * such as `said.The`) read as code or an identifier: inside backticks, or
 * touching `.`, `_`, `/`, `@`, `(` and the like on either side.
 */
export function looksLikeCode(doc: Document, first: number, last: number): boolean {
  const head = doc.token(first)!;
  const tail = doc.token(last)!;
  if (insideBackticks(doc, head.start)) return true;
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
