/**
 * A cheap gate for rules with many patterns: one case-insensitive pass over
 * the text finds where a set of literals occur, and each pattern then runs
 * only in a window around the occurrences of its own literals (never over
 * the whole text). Not a rule.
 */
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

/** Characters of context a pattern may need before its literal (look-behinds) and after it. */
const BEFORE = 48;
const AFTER = 160;

export interface LiteralGate {
  /** Offsets of each literal (lowercase) found in `text`. */
  find(text: string): Map<string, number[]>;
}

export function literalGate(literals: Iterable<string>): LiteralGate {
  const list = [...new Set([...literals].map((literal) => literal.toLowerCase()))].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(list.map(escape).join("|"), "giu");
  return {
    find(text) {
      const found = new Map<string, number[]>();
      for (const match of text.matchAll(pattern)) {
        const literal = match[0].toLowerCase();
        const offsets = found.get(literal) ?? [];
        offsets.push(match.index);
        found.set(literal, offsets);
      }
      return found;
    },
  };
}

/**
 * The matches of `pattern` (global) near one of `offsets`, each once, found in windows of the text around
 * the offsets; `match.index` is an offset into `text`.
 */
export function matchesAround(text: string, pattern: RegExp, offsets: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const seen = new Set<number>();
  for (const offset of [...offsets].sort((a, b) => a - b)) {
    const from = Math.max(0, offset - BEFORE);
    const window = text.slice(from, Math.min(text.length, offset + AFTER));
    pattern.lastIndex = 0;
    for (let match = pattern.exec(window); match !== null; match = pattern.exec(window)) {
      const start = from + match.index;
      if (match[0].length === 0) pattern.lastIndex++;
      // A match far after the literal may be cut by the window's end: it is found from its own literal.
      if (start > offset + 40 || seen.has(start)) continue;
      seen.add(start);
      match.index = start;
      out.push(match);
    }
  }
  return out;
}
