/**
 * What changed between the original and the result: a unified patch (from the
 * `diff` package) and a word-level change list a UI can render.
 *
 * Both are built from the applied edits rather than by diffing the two whole
 * texts, which is quadratic in the worst case (seconds on a 1 MB text with
 * thousands of fixes): the patch diffs only the lines around each group of
 * edits, and the change list widens each edit to whole words and diffs only
 * those small regions. That keeps both linear in the text size and exact
 * about where each change sits.
 */
import { diffWordsWithSpace, formatPatch, structuredPatch, type StructuredPatchHunk } from "diff";
import type { Edit } from "./resolve.js";

export interface WordChange {
  type: "equal" | "delete" | "insert";
  value: string;
  /** Where the change sits in the original text (UTF-16). */
  offset: number;
}

export interface TextDiff {
  /** Unified patch of the original against the result. */
  patch: string;
  /** Joining `equal` and `delete` values gives the original; `equal` and `insert`, the result. */
  changes: WordChange[];
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}'’]/u;

export function describeChanges(original: string, result: string, edits: readonly Edit[]): TextDiff {
  return {
    patch: unifiedPatch(original, result, edits),
    changes: wordChanges(original, edits),
  };
}

interface Region {
  start: number;
  end: number;
  edits: Edit[];
}

function wordChanges(original: string, edits: readonly Edit[]): WordChange[] {
  const ordered = [...edits].sort((a, b) => a.offset - b.offset || a.length - b.length);
  const regions: Region[] = [];
  for (const edit of ordered) {
    let start = edit.offset;
    let end = edit.offset + edit.length;
    while (start > 0 && WORD_CHAR.test(original[start - 1]!)) start--;
    while (end < original.length && WORD_CHAR.test(original[end]!)) end++;
    const last = regions[regions.length - 1];
    if (last && start <= last.end) {
      last.end = Math.max(last.end, end);
      last.edits.push(edit);
    } else {
      regions.push({ start, end, edits: [edit] });
    }
  }

  const changes: WordChange[] = [];
  const push = (change: WordChange) => {
    const last = changes[changes.length - 1];
    if (last && last.type === change.type) last.value += change.value;
    else if (change.value.length > 0) changes.push(change);
  };
  let cursor = 0;
  for (const region of regions) {
    if (region.start > cursor) push({ type: "equal", value: original.slice(cursor, region.start), offset: cursor });
    const before = original.slice(region.start, region.end);
    const after = applyWithin(original, region);
    let position = region.start;
    for (const part of diffWordsWithSpace(before, after)) {
      const type = part.added ? "insert" : part.removed ? "delete" : "equal";
      push({ type, value: part.value, offset: position });
      if (type !== "insert") position += part.value.length;
    }
    cursor = region.end;
  }
  if (cursor < original.length) push({ type: "equal", value: original.slice(cursor), offset: cursor });
  return changes;
}

function applyWithin(original: string, region: Region): string {
  let out = "";
  let cursor = region.start;
  for (const edit of region.edits) {
    out += original.slice(cursor, edit.offset) + edit.replacement;
    cursor = edit.offset + edit.length;
  }
  return out + original.slice(cursor, region.end);
}

const CONTEXT_LINES = 3;

/** Start offsets of every line of `text` as the `diff` package splits lines: after each `\n`. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

function lineOf(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

function unifiedPatch(original: string, result: string, edits: readonly Edit[]): string {
  const headers = { oldFileName: "original", newFileName: "corrected", oldHeader: undefined, newHeader: undefined };
  if (edits.length === 0 || original === result) return formatPatch({ ...headers, hunks: [] });
  const starts = lineStarts(original);
  const ordered = [...edits].sort((a, b) => a.offset - b.offset || a.length - b.length);
  // Group edits whose lines are close enough for their hunks to touch.
  const groups: { first: number; last: number; edits: Edit[] }[] = [];
  for (const edit of ordered) {
    const first = lineOf(starts, edit.offset);
    const last = lineOf(starts, edit.offset + edit.length);
    const group = groups[groups.length - 1];
    if (group && first - group.last <= 2 * CONTEXT_LINES + 1) {
      group.last = Math.max(group.last, last);
      group.edits.push(edit);
    } else groups.push({ first, last, edits: [edit] });
  }
  const hunks: StructuredPatchHunk[] = [];
  let lineShift = 0;
  for (const group of groups) {
    const firstLine = Math.max(0, group.first - CONTEXT_LINES);
    const endLine = Math.min(starts.length, group.last + CONTEXT_LINES + 1);
    const chunkStart = starts[firstLine]!;
    const chunkEnd = endLine < starts.length ? starts[endLine]! : original.length;
    const before = original.slice(chunkStart, chunkEnd);
    const after = applyWithin(original, { start: chunkStart, end: chunkEnd, edits: group.edits });
    for (const hunk of structuredPatch("", "", before, after, undefined, undefined, { context: CONTEXT_LINES }).hunks) {
      hunks.push({ ...hunk, oldStart: hunk.oldStart + firstLine, newStart: hunk.newStart + firstLine + lineShift });
    }
    lineShift += lineStarts(after).length - lineStarts(before).length;
  }
  return formatPatch({ ...headers, hunks });
}
