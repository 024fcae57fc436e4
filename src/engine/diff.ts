/**
 * What changed between the original and the result: a unified patch (from the
 * `diff` package) and a word-level change list a UI can render.
 *
 * The change list is built from the applied edits rather than by diffing the
 * two whole texts: each edit is widened to whole words, nearby edits are
 * merged, and only those small regions are diffed word by word. That keeps it
 * linear in the text size and exact about where each change sits.
 */
import { createTwoFilesPatch, diffWordsWithSpace } from "diff";
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
    patch: createTwoFilesPatch("original", "corrected", original, result, undefined, undefined, { context: 3 }),
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
