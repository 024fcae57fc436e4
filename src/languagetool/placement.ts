/**
 * Puts a finding made on the plain text of an AnnotatedText onto the client's
 * document, the way the engine does it for HTML and Markdown: a fix whose
 * span crosses markup is first narrowed to the part that really changes
 * (`the*North*`: insert a space before the `*`); a deletion drops the
 * whitespace at its ends; a fix that would still change markup becomes a
 * flag, with a note, so applying a match can never break the document.
 *
 * LanguageTool clients underline a match's span, so an insertion (an empty
 * span) takes the word before it along (`the` → `the `), or the word after.
 */
import type { Finding } from "../engine/index.js";
import type { AnnotatedText, OriginalSpan } from "./annotated-text.js";

const WHITESPACE = /\s/;

export function placeFinding(document: AnnotatedText, finding: Finding): Finding {
  const start = finding.offset;
  const end = finding.offset + finding.length;
  const placed = (span: OriginalSpan, replacement: string | null, note?: string): Finding => ({
    ...finding,
    offset: span.start,
    length: span.end - span.start,
    original: document.original.slice(span.start, span.end),
    replacement,
    safe: finding.safe && replacement !== null,
    message: note ? `${finding.message} ${note}` : finding.message,
  });
  const full = document.toOriginal(start, end);
  if (finding.replacement === null) return placed(full, null);
  if (full.clean) return placed(full, finding.replacement);

  const before = finding.original;
  const after = finding.replacement;
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < before.length - prefix && suffix < after.length - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  let from = start + prefix;
  let to = end - suffix;
  const replacement = after.slice(prefix, after.length - suffix);
  if (replacement === "") {
    while (from < to && WHITESPACE.test(document.plain[from]!)) from++;
    while (to > from && WHITESPACE.test(document.plain[to - 1]!)) to--;
  }
  if (from < to || replacement !== "") {
    const narrowed = document.toOriginal(from, to);
    if (narrowed.clean) return placed(narrowed, replacement);
  }
  return placed(full, null, `(The fix would cross markup: “${after}”; edit by hand.)`);
}

/** An insertion as a visible span: with the word before it (or after it) in the replacement. */
export function widenInsertion(document: AnnotatedText, finding: Finding): Finding {
  if (finding.length > 0 || finding.replacement === null) return finding;
  const at = finding.offset;
  const start = document.wordEdge(at, "before");
  const end = start < at ? at : document.wordEdge(at, "after");
  if (start === end) return finding;
  const original = document.original.slice(start, end);
  const replacement = start < at ? original + finding.replacement : finding.replacement + original;
  return { ...finding, offset: start, length: end - start, original, replacement };
}
