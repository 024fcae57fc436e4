/**
 * Where a finding is, for people: UTF-16 offsets turned into 1-based lines
 * and columns (columns in UTF-16 code units, as editors and the API count),
 * and, after a fix, the remaining findings' spans carried over into the
 * written text. All lookups are binary searches: linear in the document.
 */
import type { AppliedFinding, Finding } from "../engine/index.js";

/** A finding and its span in the text a report shows (the original, or the fixed text after `fix`). */
export interface Located {
  finding: Finding;
  offset: number;
  length: number;
}

export class LineIndex {
  /** Offset where each line starts. */
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }

  /** 0-based line of an offset. */
  lineOf(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** 1-based line and column. */
  position(offset: number): { line: number; column: number } {
    const line = this.lineOf(offset);
    return { line: line + 1, column: offset - this.starts[line]! + 1 };
  }

  /** The text of a 0-based line, without its line break. */
  line(index: number): string {
    return this.text.slice(this.starts[index]!, this.lineEnd(index));
  }

  lineStart(index: number): number {
    return this.starts[index]!;
  }

  /** Where a 0-based line's text ends, before its line break. */
  lineEnd(index: number): number {
    const start = this.starts[index]!;
    const next = this.starts[index + 1];
    let end = next === undefined ? this.text.length : next - 1;
    if (end > start && this.text[end - 1] === "\r") end--;
    return end;
  }
}

interface Edit {
  offset: number;
  end: number;
  /** Length change the edit makes. */
  delta: number;
  newLength: number;
}

/**
 * The findings a fix did not apply, with their spans moved into the fixed
 * text. A span that begins or ends inside an applied fix is stretched to
 * cover that fix's replacement.
 */
export function remainingAfterFix(findings: readonly AppliedFinding[]): Located[] {
  const edits: Edit[] = findings
    .filter((finding) => finding.applied && finding.replacement !== null)
    .map((finding) => ({
      offset: finding.offset,
      end: finding.offset + finding.length,
      delta: finding.replacement!.length - finding.length,
      newLength: finding.replacement!.length,
    }))
    .sort((a, b) => a.offset - b.offset || a.end - b.end);
  // shiftBefore[i]: the total length change of edits[0..i).
  const shiftBefore = [0];
  for (const edit of edits) shiftBefore.push(shiftBefore[shiftBefore.length - 1]! + edit.delta);

  /** Index of the first edit that ends after `position` (or at it, for `end` positions and insertions). */
  const firstNotBefore = (position: number, role: "start" | "end") => {
    let low = 0;
    let high = edits.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      const edit = edits[mid]!;
      // An edit is wholly before a start if it ends at or before it; before an end, if it ends before it,
      // or at it without being an insertion there (text inserted at the end of a span follows it).
      const before = role === "start" ? edit.end <= position : edit.end < position || (edit.end === position && edit.offset < position);
      if (before) low = mid + 1;
      else high = mid;
    }
    return low;
  };

  const move = (position: number, role: "start" | "end") => {
    const index = firstNotBefore(position, role);
    const shift = shiftBefore[index]!;
    const edit = edits[index];
    if (edit && edit.offset < position && position < edit.end) {
      return role === "start" ? edit.offset + shift : edit.offset + shift + edit.newLength;
    }
    return position + shift;
  };

  const remaining: Located[] = [];
  for (const finding of findings) {
    if (finding.applied) continue;
    const start = move(finding.offset, "start");
    const end = Math.max(start, move(finding.offset + finding.length, "end"));
    remaining.push({ finding, offset: start, length: end - start });
  }
  return remaining.sort((a, b) => a.offset - b.offset || a.length - b.length);
}

export function locatedIn(findings: readonly Finding[]): Located[] {
  return findings.map((finding) => ({ finding, offset: finding.offset, length: finding.length }));
}

/**
 * Terminal columns a string takes: wide (East Asian, emoji) characters count
 * two, combining marks and zero-width characters none, others one.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char.codePointAt(0)!);
  return width;
}

function charWidth(code: number): number {
  if (code < 0x300) return 1;
  if ((code >= 0x300 && code <= 0x36f) || (code >= 0x200b && code <= 0x200f) || code === 0xfe0f || code === 0xfe0e || code === 0x20e3) return 0;
  if (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1faff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  ) {
    return 2;
  }
  return 1;
}
