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
 *
 * Most regions hold one unambiguous change (a common prefix and suffix, and
 * changed tokens that occur nowhere else in the region): its diff is the
 * prefix, the removed tokens, the added tokens and the suffix, which is what
 * the `diff` package computes for it; those are written directly (diff.test.ts
 * checks them against the package), the others go through the package.
 *
 * Myers' diff (the package) is itself quadratic in the size of a region times
 * its number of differences, and a region can be the whole text when fixes
 * touch each other (`&amp;&amp;…`, a fix on every line): it runs with a cap
 * on the differences it explores, and a region over the cap is described
 * straight from its edits (each edit: its original text deleted, its
 * replacement inserted; each changed run of lines: old lines removed, new
 * lines added).
 */
import { diffWordsWithSpace, formatPatch, structuredPatch, wordsWithSpaceDiff, type StructuredPatchHunk } from "diff";
import type { Edit } from "./resolve.js";
import { LETTER, MARK, NUMBER, unitClass } from "./char-class.js";

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

/** `/[\p{L}\p{M}\p{N}'’]/u` on one code unit (a surrogate half alone is none of them). */
function isWordUnit(c: number): boolean {
  return c === 39 || c === 0x2019 || (unitClass(c) & (LETTER | MARK | NUMBER)) !== 0;
}
const CONTEXT_LINES = 3;

/**
 * The most differences (words, or lines for the patch) Myers' diff looks for
 * in one region before the region is described from its edits instead. Real
 * regions differ by a few words, up to about 80 where whole lines of page
 * chrome go (the seed article); the cap bounds the diff's work to a constant
 * per character.
 */
export const MAX_DIFF_EDIT_LENGTH = 128;

/** `maxEditLength`: see MAX_DIFF_EDIT_LENGTH (tests lower it to exercise the description from edits). */
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
    while (start > 0 && isWordUnit(original.charCodeAt(start - 1))) start--;
    while (end < original.length && isWordUnit(original.charCodeAt(end))) end++;
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
    const parts = region.edits.length <= maxEditLength ? wordDiff(before, after, maxEditLength) : undefined;
    let position = region.start;
    if (parts) {
      for (const part of parts) {
        const type = part.added ? "insert" : part.removed ? "delete" : "equal";
        push({ type, value: part.value, offset: position });
        if (type !== "insert") position += part.value.length;
      }
    } else {
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

interface Part {
  value: string;
  added?: boolean;
  removed?: boolean;
}

/**
 * The common prefix and suffix of two token lists, when the tokens between
 * them are a change with one reading only. Undefined otherwise, and when
 * nothing changed. One reading: tokens only removed, or only added, the
 * suffix not starting with one of them (the prefix is matched first, and
 * nothing after it can be matched before the change ends); or removed and
 * added tokens none of which is on both sides or in the prefix or suffix (no
 * token can be matched, or a change slid, elsewhere).
 */
export function singleChange(a: readonly string[], b: readonly string[]): { prefix: number; suffix: number } | undefined {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  const removed = a.length - prefix - suffix;
  const added = b.length - prefix - suffix;
  if (removed === 0 && added === 0) return undefined;
  const changed = new Set<string>();
  for (let i = prefix; i < a.length - suffix; i++) changed.add(a[i]!);
  for (let i = prefix; i < b.length - suffix; i++) changed.add(b[i]!);
  if (removed === 0 || added === 0) {
    // Only removed or only added: the first token after them must not be one of them, or it would be matched earlier.
    return suffix === 0 || !changed.has(a[a.length - suffix]!) ? { prefix, suffix } : undefined;
  }
  const removedTokens = new Set(a.slice(prefix, a.length - suffix));
  for (let i = prefix; i < b.length - suffix; i++) if (removedTokens.has(b[i]!)) return undefined;
  for (let i = 0; i < prefix; i++) if (changed.has(a[i]!)) return undefined;
  for (let i = a.length - suffix; i < a.length; i++) if (changed.has(a[i]!)) return undefined;
  return { prefix, suffix };
}

/**
 * `diffWordsWithSpace(before, after)`, the common single change written
 * directly; undefined when the package gives up past `maxEditLength` differences.
 */
export function wordDiff(before: string, after: string, maxEditLength = Infinity): Part[] | undefined {
  const a = wordsWithSpaceDiff.tokenize(before) as string[];
  const b = wordsWithSpaceDiff.tokenize(after) as string[];
  const change = singleChange(a, b);
  if (change === undefined) return maxEditLength === Infinity ? diffWordsWithSpace(before, after) : diffWordsWithSpace(before, after, { maxEditLength });
  const { prefix, suffix } = change;
  const parts: Part[] = [];
  if (prefix > 0) parts.push({ value: a.slice(0, prefix).join("") });
  if (a.length - suffix > prefix) parts.push({ value: a.slice(prefix, a.length - suffix).join(""), removed: true });
  if (b.length - suffix > prefix) parts.push({ value: b.slice(prefix, b.length - suffix).join(""), added: true });
  if (suffix > 0) parts.push({ value: a.slice(a.length - suffix).join("") });
  return parts;
}

/**
 * The lines of `text` as the diff package's line diff splits them (each with
 * its line break, `\n` or `\r\n`; a last line without one; no empty line).
 */
export function linesWithBreaks(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let end = text.indexOf("\n"); end >= 0; end = text.indexOf("\n", start)) {
    lines.push(text.slice(start, end + 1));
    start = end + 1;
  }
  if (start < text.length) lines.push(text.slice(start));
  return lines;
}

/**
 * The hunks of `structuredPatch("", "", before, after, …, { context: 3 })`, the
 * common single change written directly: context, removed lines, added lines,
 * context, then each line's newline dropped (a line without one is followed
 * by `\ No newline at end of file`). Undefined when the package gives up past
 * `maxEditLength` differences.
 */
export function lineHunks(before: string, after: string, maxEditLength = Infinity): StructuredPatchHunk[] | undefined {
  const a = linesWithBreaks(before);
  const b = linesWithBreaks(after);
  const change = singleChange(a, b);
  if (change === undefined) {
    const options = maxEditLength === Infinity ? { context: CONTEXT_LINES } : { context: CONTEXT_LINES, maxEditLength };
    return structuredPatch("", "", before, after, undefined, undefined, options)?.hunks;
  }
  const { prefix, suffix } = change;
  const leading = a.slice(Math.max(0, prefix - CONTEXT_LINES), prefix);
  const removed = a.slice(prefix, a.length - suffix);
  const added = b.slice(prefix, b.length - suffix);
  const trailing = a.slice(a.length - suffix, a.length - suffix + CONTEXT_LINES);
  const marked = [...leading.map((l) => ` ${l}`), ...removed.map((l) => `-${l}`), ...added.map((l) => `+${l}`), ...trailing.map((l) => ` ${l}`)];
  const lines: string[] = [];
  for (const line of marked) {
    if (line.endsWith("\n")) lines.push(line.slice(0, -1));
    else lines.push(line, "\\ No newline at end of file");
  }
  const start = prefix - leading.length + 1;
  return [
    {
      oldStart: start,
      oldLines: leading.length + removed.length + trailing.length,
      newStart: start,
      newLines: leading.length + added.length + trailing.length,
      lines,
    },
  ];
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
    const chunkHunks = (group.edits.length <= maxEditLength ? lineHunks(before, after, maxEditLength) : undefined) ?? hunksFromEdits(original, starts, firstLine, endLine, group.edits);
    for (const hunk of chunkHunks) {
      hunks.push({ ...hunk, oldStart: hunk.oldStart + firstLine, newStart: hunk.newStart + firstLine + lineShift });
    }
    lineShift += lineStarts(after).length - lineStarts(before).length;
  }
  return formatPatch({ ...headers, hunks });
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
    const removed = linesWithBreaks(original.slice(start, end));
    const added = linesWithBreaks(applyWithin(original, { start, end, edits: run.edits }));
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
