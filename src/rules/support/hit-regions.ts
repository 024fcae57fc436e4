/**
 * The blocks and lines where a trigger fired, for rules that judge a whole
 * block or line once something in it triggers them. Not a rule.
 */
import type { Block, Document, Line } from "../../engine/document.js";

/** The blocks containing one of `offsets` (ascending), each once, in order. */
export function blocksWith(doc: Document, offsets: readonly number[]): Block[] {
  return regionsWith(doc.blocks, offsets);
}

/** The lines containing one of `offsets` (ascending), each once, in order. */
export function linesWith(doc: Document, offsets: readonly number[]): Line[] {
  return regionsWith(doc.lines, offsets);
}

/** The lines holding one of the tokens `tokens` (ascending), each once, in order. */
export function linesWithTokens(doc: Document, tokens: readonly number[]): Line[] {
  return regionsWith(doc.lines, tokens.map((i) => doc.tokenStart[i]!));
}

function regionsWith<R extends { start: number; end: number }>(regions: readonly R[], offsets: readonly number[]): R[] {
  const found: R[] = [];
  let r = 0;
  for (const offset of offsets) {
    while (r < regions.length && regions[r]!.end <= offset) r++;
    if (r === regions.length) break;
    const region = regions[r]!;
    if (offset >= region.start && found[found.length - 1] !== region) found.push(region);
  }
  return found;
}
