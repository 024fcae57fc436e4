/**
 * Applies non-conflicting edits to a copy of the text. Text outside the edit
 * spans is copied unchanged; with no edits the input comes back as it was.
 */
import type { Edit } from "./resolve.js";
import { conflicts } from "./resolve.js";

/** `edits` must be free of conflicts (see `resolveOverlaps`). */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  if (edits.length === 0) return text;
  const ordered = [...edits].sort((a, b) => a.offset - b.offset || a.length - b.length);
  const parts: string[] = [];
  let cursor = 0;
  let previous: Edit | undefined;
  for (const edit of ordered) {
    if (edit.offset < cursor || (previous && conflicts(previous, edit))) {
      throw new Error(`applyEdits: edit ${edit.id} conflicts with ${previous?.id ?? "an earlier edit"}`);
    }
    if (edit.offset + edit.length > text.length) throw new Error(`applyEdits: edit ${edit.id} lies outside the text`);
    parts.push(text.slice(cursor, edit.offset), edit.replacement);
    cursor = edit.offset + edit.length;
    previous = edit;
  }
  parts.push(text.slice(cursor));
  return parts.join("");
}
