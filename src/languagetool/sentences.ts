/**
 * Sentence ranges for /v2 answers (`sentence` of each match, and
 * `sentenceRanges`), by the runtime's own sentence segmenter (ICU, in Node
 * and in workerd alike), trimmed of the whitespace around each sentence.
 */
export interface SentenceRange {
  start: number;
  end: number;
}

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

export function sentenceRanges(text: string): SentenceRange[] {
  const ranges: SentenceRange[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    let start = index;
    let end = index + segment.length;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) ranges.push({ start, end });
  }
  return ranges;
}

/** The range holding `offset` (or the last one starting before it). */
export function sentenceAt(ranges: readonly SentenceRange[], offset: number): SentenceRange | undefined {
  let low = 0;
  let high = ranges.length - 1;
  if (high < 0 || ranges[0]!.start > offset) return ranges[0];
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (ranges[mid]!.start <= offset) low = mid;
    else high = mid - 1;
  }
  return ranges[low];
}
