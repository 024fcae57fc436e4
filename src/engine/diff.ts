/**
 * What changed between the original and the result: a unified patch (from the
 * `diff` package) and a word-level change list a UI can render.
 *
 * Both are built from the applied edits rather than by diffing the two whole
 * texts, which is quadratic in the worst case (seconds on a 1 MB text with
 * thousands of fixes): the patch diffs only the lines around each group of
 * edits, and the change list widens each edit to whole words and diffs only
 * those small regions. Myers' diff (the `diff` package) is itself quadratic in
 * the size of a region times its number of differences, and a region can be
 * the whole text when fixes touch each other (`&amp;&amp;…`, a fix on every
 * line): it runs with a cap on the differences it explores, and a region over
 * the cap is described straight from its edits (each edit: its original text
 * deleted, its replacement inserted; each changed line run: old lines
 * removed, new lines added). That keeps both linear in the text size and
 * exact about where each change sits.
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

/**
 * The most differences (words, or lines for the patch) Myers' diff looks for
 * in one region before the region is described from its edits instead. Real
 * regions differ by a few words, up to about 80 where whole lines of page
 * chrome go (the seed article); the cap bounds the diff's work to a constant
 * per character.
 */
export const MAX_DIFF_EDIT_LENGTH = 128;

/** `maxEditLength`: see MAX_DIFF_EDIT_LENGTH (tests lower it to exercise the fallback). */
export function describeChanges(original: string, result: string, edits: readonly Edit[], maxEditLength = MAX_DIFF_EDIT_LENGTH): TextDiff {
  return {
    patch: unifiedPatch(original, result, edits, maxEditLength),
    changes: wordChanges(original, edits, maxEditLength),
  };
}

interface Region {
  start: number;
  end: number;
  edits: Edit[];
}

function wordChanges(original: string, edits: readonly Edit[], maxEditLength: number): WordChange[] {
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
    const parts = region.edits.length <= maxEditLength ? diffWordsWithSpace(before, after, { maxEditLength }) : undefined;
    if (parts) {
      let position = region.start;
      for (const part of parts) {
        const type = part.added ? "insert" : part.removed ? "delete" : "equal";
        push({ type, value: part.value, offset: position });
        if (type !== "insert") position += part.value.length;
      }
    } else {
      let position = region.start;
      for (const edit of region.edits) {
        push({ type: "equal", value: original.slice(position, edit.offset), offset: position });
        push({ type: "delete", value: original.slice(edit.offset, edit.offset + edit.length), offset: edit.offset });
        position = edit.offset + edit.length;
        push({ type: "insert", value: edit.replacement, offset: position });
      }
      push({ type: "equal", value: original.slice(position, region.end), offset: position });
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

function unifiedPatch(original: string, result: string, edits: readonly Edit[], maxEditLength: number): string {
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
    const patch =
      group.edits.length <= maxEditLength ? structuredPatch("", "", before, after, undefined, undefined, { context: CONTEXT_LINES, maxEditLength }) : undefined;
    const chunkHunks = patch ? patch.hunks : hunksFromEdits(original, starts, firstLine, endLine, group.edits);
    for (const hunk of chunkHunks) {
      hunks.push({ ...hunk, oldStart: hunk.oldStart + firstLine, newStart: hunk.newStart + firstLine + lineShift });
    }
    lineShift += lineStarts(after).length - lineStarts(before).length;
  }
  return formatPatch({ ...headers, hunks });
}

/** Splits text into lines that keep their `\n` (the last one may have none). */
function splitKeepingNewlines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) {
    lines.push(text.slice(start, i + 1));
    start = i + 1;
  }
  if (start < text.length) lines.push(text.slice(start));
  return lines;
}

type LineOp = { kind: " " | "-" | "+"; line: string };

/**
 * The hunks of lines [firstLine, endLine) of the original (numbered from 1 at
 * firstLine, as a patch of that chunk alone), built from the edits: each run
 * of lines the edits touch is shown as its old lines removed and its new lines
 * added, less the lines the two have in common at either end.
 */
function hunksFromEdits(original: string, starts: readonly number[], firstLine: number, endLine: number, edits: readonly Edit[]): StructuredPatchHunk[] {
  const lineStart = (line: number) => (line < starts.length ? starts[line]! : original.length);
  // Runs of touched lines, merged when they overlap or touch.
  const runs: { first: number; last: number; edits: Edit[] }[] = [];
  for (const edit of edits) {
    const first = lineOf(starts, edit.offset);
    const last = lineOf(starts, edit.offset + edit.length);
    const run = runs[runs.length - 1];
    if (run && first <= run.last + 1) {
      run.last = Math.max(run.last, last);
      run.edits.push(edit);
    } else runs.push({ first, last, edits: [edit] });
  }
  const ops: LineOp[] = [];
  let line = firstLine;
  const context = (until: number) => {
    for (; line < until; line++) {
      // After a final newline, `starts` holds the start of an empty last line: no line to show.
      const text = original.slice(lineStart(line), lineStart(line + 1));
      if (text !== "") ops.push({ kind: " ", line: text });
    }
  };
  for (const run of runs) {
    context(run.first);
    const start = lineStart(run.first);
    const end = lineStart(run.last + 1);
    const removed = splitKeepingNewlines(original.slice(start, end));
    const added = splitKeepingNewlines(applyWithin(original, { start, end, edits: run.edits }));
    let head = 0;
    while (head < removed.length && head < added.length && removed[head] === added[head]) head++;
    let tail = 0;
    while (tail < removed.length - head && tail < added.length - head && removed[removed.length - 1 - tail] === added[added.length - 1 - tail]) tail++;
    for (const text of removed.slice(0, head)) ops.push({ kind: " ", line: text });
    for (const text of removed.slice(head, removed.length - tail)) ops.push({ kind: "-", line: text });
    for (const text of added.slice(head, added.length - tail)) ops.push({ kind: "+", line: text });
    for (const text of removed.slice(removed.length - tail)) ops.push({ kind: " ", line: text });
    line = run.last + 1;
  }
  context(endLine);
  return hunksFromOps(ops);
}

/** Unified-diff hunks (context CONTEXT_LINES, numbered from 1) from a line-by-line script, as `structuredPatch` shapes them. */
function hunksFromOps(ops: readonly LineOp[]): StructuredPatchHunk[] {
  const changed: number[] = [];
  ops.forEach((op, i) => op.kind !== " " && changed.push(i));
  const hunks: StructuredPatchHunk[] = [];
  // Line numbers (1-based) in the old and new text before each op.
  const oldAt: number[] = [];
  const newAt: number[] = [];
  let oldLine = 1;
  let newLine = 1;
  for (const op of ops) {
    oldAt.push(oldLine);
    newAt.push(newLine);
    if (op.kind !== "+") oldLine++;
    if (op.kind !== "-") newLine++;
  }
  let i = 0;
  while (i < changed.length) {
    let last = changed[i]!;
    let j = i + 1;
    // Changes separated by at most twice the context share a hunk.
    while (j < changed.length && changed[j]! - last - 1 <= 2 * CONTEXT_LINES) last = changed[j++]!;
    const from = Math.max(0, changed[i]! - CONTEXT_LINES);
    const to = Math.min(ops.length, last + 1 + CONTEXT_LINES);
    const lines: string[] = [];
    let oldLines = 0;
    let newLines = 0;
    for (let k = from; k < to; k++) {
      const op = ops[k]!;
      if (op.kind !== "+") oldLines++;
      if (op.kind !== "-") newLines++;
      if (op.line.endsWith("\n")) lines.push(op.kind + op.line.slice(0, -1));
      else lines.push(op.kind + op.line, "\\ No newline at end of file");
    }
    hunks.push({ oldStart: oldAt[from]!, oldLines, newStart: newAt[from]!, newLines, lines });
    i = j;
  }
  return hunks;
}
