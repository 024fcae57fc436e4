/**
 * The span that removes whole lines without leaving a gap or gluing
 * paragraphs together. The whitespace rule (from the seed's ARTIFACTS.md):
 * when whole lines go, one adjacent separator goes with them, and no blank
 * lines are left at the end of the text.
 *
 *  - lines at the end of the text take the separator before them;
 *  - lines that end their paragraph but do not start it take the line break
 *    before them (the blank line after stays between the paragraphs);
 *  - all other lines take the separator after them, up to the next line.
 */
import type { Document, Line, Span } from "./document.js";
import type { Detection } from "./types.js";

/**
 * `firstLine` and `endLine` index `doc.lines`, half-open. `removedAfter` tells
 * which later lines other rules remove too: lines followed only by such lines
 * count as the end of the text, so neighbouring removals meet without overlap
 * (`Share this article`, then `Photo: AFP`, at the end of an article).
 */
export function lineRemovalSpan(doc: Document, firstLine: number, endLine: number, removedAfter?: (line: Line) => boolean): Span {
  const first = doc.lines[firstLine]!;
  const last = doc.lines[endLine - 1]!;
  const block = doc.blocks[first.block]!;
  const previous = doc.lines[firstLine - 1];
  // Alt and title texts (read after the body of an HTML document) are not part of the text flow.
  const inFlow = (line: Line) => doc.blocks[line.block]!.kind !== "attribute";
  let next: Line | undefined;
  for (let i = endLine; i < doc.lines.length && next === undefined; i++) if (inFlow(doc.lines[i]!)) next = doc.lines[i];
  const allRemovedAfter = () => {
    for (let i = endLine; i < doc.lines.length; i++) if (inFlow(doc.lines[i]!) && !removedAfter!(doc.lines[i]!)) return false;
    return true;
  };
  const atEnd = next === undefined || (previous !== undefined && removedAfter !== undefined && allRemovedAfter());
  if (atEnd) return { start: previous ? previous.end : 0, end: last.end };
  const startsBlock = firstLine === block.firstLine;
  const endsBlock = endLine === doc.blocks[last.block]!.endLine;
  if (endsBlock && !startsBlock && previous !== undefined) return { start: previous.end, end: last.end };
  return { start: first.start, end: next!.start };
}

/** Groups line indexes into runs of consecutive lines of the same block. */
export function consecutiveRuns(doc: Document, lineIndexes: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const index of [...lineIndexes].sort((a, b) => a - b)) {
    const run = runs[runs.length - 1];
    if (run && run[1] === index && doc.lines[index]!.block === doc.lines[index - 1]!.block) run[1] = index + 1;
    else runs.push([index, index + 1]);
  }
  return runs;
}

/** Detections that delete each run of the matched lines. */
export function removeLines(
  doc: Document,
  lineIndexes: readonly number[],
  describe: (lines: string[]) => Omit<Detection, "start" | "end" | "replacement">,
): Detection[] {
  return consecutiveRuns(doc, lineIndexes).map(([first, end]) => ({
    ...lineRemovalSpan(doc, first, end),
    replacement: "",
    ...describe(doc.lines.slice(first, end).map((line) => line.text)),
  }));
}
