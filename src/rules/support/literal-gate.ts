/**
 * A cheap gate for rules with many patterns: the places where a set of
 * literals occur (case-insensitive), found from the engine's trigger hits,
 * and each pattern then runs only in a window around the occurrences of its
 * own literals (never over the whole text). Not a rule.
 *
 * Each literal is anchored on its longest run of letters (`the invasion ` on
 * `invasion`, `0 the ` on `the`): the gate's trigger is the word forms that
 * hold an anchor, and a literal is looked for only around the anchors in the
 * tokens that fired. The occurrences are those one left-to-right,
 * case-insensitive scan for all the literals would find (the longest literal
 * first where two start together, none inside another's match).
 */
import type { Document } from "../../engine/document.js";
import { FormMemo } from "../../engine/forms.js";
import type { Hits, Trigger } from "../../engine/rule.js";

/** Characters of context a pattern may need before its literal (look-behinds) and after it. */
const BEFORE = 48;
const AFTER = 160;

export interface LiteralGate {
  /** Where the rule's trigger must fire for a literal to be present. */
  trigger: Trigger;
  /** Offsets of each literal (lowercase) found in `doc.text`, from the trigger's `hits`. */
  find(doc: Document, hits: Hits): Map<string, number[]>;
}

interface Anchored {
  literal: string;
  /** Rank in the scan: longer literals first. */
  rank: number;
  anchor: string;
  /** Offset of the anchor in the literal. */
  offset: number;
}

const LETTERS = /[\p{L}\p{M}]+/gu;

export function literalGate(literals: Iterable<string>): LiteralGate {
  const list = [...new Set([...literals].map((literal) => literal.toLowerCase()))].sort((a, b) => b.length - a.length);
  const byAnchor = new Map<string, Anchored[]>();
  /** Anchors with a space on each side in their literal: the whole of a token. */
  const wholeAnchors = new Set<string>();
  /** Anchors that may be part of a longer token (`coloni` in `colonization`). */
  const partAnchors: string[] = [];
  const byFirstChar = new Map<string, Anchored[]>();
  list.forEach((literal, rank) => {
    let best: RegExpExecArray | undefined;
    for (const run of literal.matchAll(LETTERS)) if (best === undefined || run[0].length > best[0].length) best = run;
    if (best === undefined) {
      const first = literal[0]!;
      if (first.length !== 1 || first.charCodeAt(0) >= 0xd800) throw new Error(`literal gate: ${JSON.stringify(literal)} has no letter and starts outside the Basic Multilingual Plane`);
      byFirstChar.set(first, [...(byFirstChar.get(first) ?? []), { literal, rank, anchor: first, offset: 0 }]);
      return;
    }
    const anchor = best[0];
    const entry = { literal, rank, anchor, offset: best.index };
    byAnchor.set(anchor, [...(byAnchor.get(anchor) ?? []), entry]);
    if (literal[best.index - 1] === " " && literal[best.index + anchor.length] === " ") wholeAnchors.add(anchor);
    else if (!partAnchors.includes(anchor)) partAnchors.push(anchor);
  });
  for (const anchor of partAnchors) wholeAnchors.delete(anchor);

  /** Where literals may start, relative to a token of this form: pairs of an entry and an offset (remembered per form). */
  const places = new FormMemo((form: string): (Anchored | number)[] => {
    const found: (Anchored | number)[] = [];
    const lower = form.toLowerCase();
    if (lower.length !== form.length) return found;
    if (wholeAnchors.has(lower)) for (const entry of byAnchor.get(lower)!) found.push(entry, -entry.offset);
    for (const anchor of partAnchors) {
      for (let i = lower.indexOf(anchor); i >= 0; i = lower.indexOf(anchor, i + 1)) {
        for (const entry of byAnchor.get(anchor)!) found.push(entry, i - entry.offset);
      }
    }
    return found;
  });

  const trigger: Trigger = {
    forms: (word) => {
      const lower = word.toLowerCase();
      return wholeAnchors.has(lower) || partAnchors.some((anchor) => lower.includes(anchor));
    },
    ...(byFirstChar.size > 0 ? { chars: [...byFirstChar.keys()].join("") } : {}),
  };

  return {
    trigger,
    find(doc, hits) {
      const text = doc.text;
      const candidates: { at: number; entry: Anchored }[] = [];
      const consider = (at: number, entry: Anchored) => {
        if (at >= 0 && at + entry.literal.length <= text.length && occursAt(text, at, entry.literal)) candidates.push({ at, entry });
      };
      for (const t of hits.tokens) {
        const start = doc.tokenStart[t]!;
        const found = places.get(doc.forms, doc.tokenForm[t]!);
        for (let k = 0; k < found.length; k += 2) consider(start + (found[k + 1] as number), found[k] as Anchored);
      }
      for (const at of hits.offsets) for (const entry of byFirstChar.get(text[at]!) ?? []) consider(at, entry);
      candidates.sort((a, b) => a.at - b.at || a.entry.rank - b.entry.rank);
      // One scan's matches: the first literal at the leftmost place, then on past its end.
      const found = new Map<string, number[]>();
      let next = 0;
      for (const { at, entry } of candidates) {
        if (at < next) continue;
        next = at + entry.literal.length;
        const offsets = found.get(entry.literal);
        if (offsets === undefined) found.set(entry.literal, [at]);
        else offsets.push(at);
      }
      return found;
    },
  };
}

/** Whether `literal` (lowercase) is at `at` in `text`, in any case. */
function occursAt(text: string, at: number, literal: string): boolean {
  for (let k = 0; k < literal.length; k++) {
    const c = text.charCodeAt(at + k);
    const want = literal.charCodeAt(k);
    if (c === want || (c >= 65 && c <= 90 && c + 32 === want)) continue;
    if (c < 128) return false;
    // Beyond ASCII: compare the lowercase of the whole slice.
    return text.slice(at, at + literal.length).toLowerCase() === literal;
  }
  return true;
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
