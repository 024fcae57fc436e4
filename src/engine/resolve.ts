/**
 * Overlap resolution: which of a set of fixes can be applied together.
 *
 * The rule: candidates are ranked by higher confidence, then longer span,
 * then earlier offset, then rule id, then replacement text (all total and
 * independent of the order the rules ran in). Going down that ranking, a fix
 * is kept when it does not conflict with any fix already kept; otherwise it is
 * skipped and the kept fix it conflicts with is recorded.
 *
 * Two fixes conflict when their spans overlap (half-open: touching spans do
 * not), when both insert at the same point, or when one inserts strictly
 * inside the other's span.
 */

export interface Edit {
  id: string;
  rule: string;
  offset: number;
  length: number;
  replacement: string;
  confidence: number;
}

export interface Resolution<E extends Edit> {
  kept: E[];
  skipped: { edit: E; conflictsWith: string }[];
}

export function conflicts(a: Edit, b: Edit): boolean {
  const aEnd = a.offset + a.length;
  const bEnd = b.offset + b.length;
  if (a.length === 0 && b.length === 0) return a.offset === b.offset;
  if (a.length === 0) return b.offset < a.offset && a.offset < bEnd;
  if (b.length === 0) return a.offset < b.offset && b.offset < aEnd;
  return a.offset < bEnd && b.offset < aEnd;
}

export function compareByPriority(a: Edit, b: Edit): number {
  return (
    b.confidence - a.confidence ||
    b.length - a.length ||
    a.offset - b.offset ||
    compareStrings(a.rule, b.rule) ||
    compareStrings(a.replacement, b.replacement) ||
    compareStrings(a.id, b.id)
  );
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function resolveOverlaps<E extends Edit>(edits: readonly E[]): Resolution<E> {
  const ranked = [...edits].sort(compareByPriority);
  // Kept edits, sorted by position; they never conflict, so only neighbours need checking.
  const kept: E[] = [];
  const skipped: Resolution<E>["skipped"] = [];
  for (const edit of ranked) {
    const at = firstAtOrAfter(kept, edit.offset);
    const blocker = findBlocker(kept, at, edit);
    if (blocker) skipped.push({ edit, conflictsWith: blocker.id });
    else kept.splice(at, 0, edit);
  }
  kept.sort((a, b) => a.offset - b.offset || a.length - b.length);
  return { kept, skipped };
}

function firstAtOrAfter(sorted: readonly Edit[], offset: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]!.offset < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

function findBlocker<E extends Edit>(sorted: readonly E[], at: number, edit: Edit): E | undefined {
  // Before: only the last two can reach into the edit (a span, and an insertion at its start).
  for (let i = Math.max(0, at - 2); i < at; i++) if (conflicts(sorted[i]!, edit)) return sorted[i];
  const end = edit.offset + edit.length;
  for (let i = at; i < sorted.length && sorted[i]!.offset <= end; i++) if (conflicts(sorted[i]!, edit)) return sorted[i];
  return undefined;
}
