/**
 * Splits a glued token into English words: a Viterbi search (dynamic
 * programming over split points) on the English word list, each part costing
 * a constant plus its frequency bucket (buckets grow like −log p, see
 * `englishFrequencyBucket`). Used by the word-boundary rules on tokens that
 * are NOT words themselves; this module does not decide what to report.
 *
 * Allocation-light: two typed arrays reused across calls, one substring per
 * dictionary probe, probes only from split points already reachable, parts of
 * at most MAX_PART characters. Results are memoised in a small bounded map.
 */
import { englishFrequencyBucket, isEnglishWord } from "./words.js";
import { BRITISH_SPELLINGS, TWO_LETTER_WORDS, WORD_ENDINGS } from "./glue-words.js";

/** Longest token the segmenter accepts. */
export const MAX_SEGMENT_LENGTH = 30;
/** Longest part it tries. */
const MAX_PART = 20;
/** Cost of one part on top of its bucket: favours fewer parts. */
const PART_COST = 4;

export interface Segmentation {
  /** The parts, in the token's own casing. */
  parts: string[];
  /** Their frequency buckets (0 frequent … 9 rare). */
  buckets: number[];
  /** Cost of the best segmentation. */
  cost: number;
  /** Cost of the second-best segmentation (Infinity when there is none). */
  runnerUp: number;
}

const best = new Float64Array(MAX_SEGMENT_LENGTH + 1);
const second = new Float64Array(MAX_SEGMENT_LENGTH + 1);
const back = new Int8Array(MAX_SEGMENT_LENGTH + 1);
const partBucket = new Int8Array(MAX_SEGMENT_LENGTH + 1);

const memo = new Map<string, Segmentation | null>();
const MEMO_LIMIT = 4096;

/**
 * Bucket of `part` when it may be a part of a segmentation, else -1: a
 * dictionary word in this casing, two letters only if a real two-letter
 * word, never one letter.
 */
function partValue(part: string): number {
  if (part.length < 2) return -1;
  if (part.length === 2 && !TWO_LETTER_WORDS.has(part.toLowerCase())) return -1;
  const bucket = englishFrequencyBucket(part);
  if (bucket === undefined || !isEnglishWord(part)) return -1;
  return bucket;
}

/**
 * The cheapest split of `token` into two or more dictionary words, or null.
 * `token` should be lowercase or Capitalised; a Capitalised token's first
 * part keeps its capital (so `Senate` may be a proper-noun entry) and the
 * other parts must be lowercase entries.
 */
export function segment(token: string): Segmentation | null {
  const n = token.length;
  if (n < 2 || n > MAX_SEGMENT_LENGTH) return null;
  const cached = memo.get(token);
  if (cached !== undefined) return cached;

  best.fill(Infinity, 0, n + 1);
  second.fill(Infinity, 0, n + 1);
  best[0] = 0;
  for (let j = 0; j < n; j++) {
    const fromBest = best[j]!;
    if (fromBest === Infinity) continue;
    const fromSecond = second[j]!;
    const limit = Math.min(n, j + MAX_PART);
    for (let i = j + 2; i <= limit; i++) {
      if (j === 0 && i === n) continue; // the whole token is no segmentation
      const bucket = partValue(token.slice(j, i));
      if (bucket < 0) continue;
      const cost = PART_COST + bucket;
      const viaBest = fromBest + cost;
      const viaSecond = fromSecond + cost;
      if (viaBest < best[i]!) {
        second[i] = Math.min(best[i]!, viaSecond);
        best[i] = viaBest;
        back[i] = j;
        partBucket[i] = bucket;
      } else {
        second[i] = Math.min(second[i]!, viaBest);
      }
    }
  }

  let result: Segmentation | null = null;
  if (best[n]! < Infinity) {
    const parts: string[] = [];
    const buckets: number[] = [];
    for (let i = n; i > 0; i = back[i]!) {
      parts.push(token.slice(back[i]!, i));
      buckets.push(partBucket[i]!);
    }
    parts.reverse();
    buckets.reverse();
    result = { parts, buckets, cost: best[n]!, runnerUp: second[n]! };
  }
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(token, result);
  return result;
}

const VOWELS = "aeiou";

/**
 * True when a lowercase token the word list lacks is still a form of a known
 * word: a known stem plus an ending, allowing the usual spelling changes
 * (`travelled` ← travel, `benefitted` ← benefit, `hearted` ← heart,
 * `radiological` ← radiology, `taxied` ← taxi, `making` ← make), or a British
 * spelling of one (`metres`, `colours`, `defence`). Such tokens are not glued
 * words.
 */
export function isLikelyWordForm(lower: string): boolean {
  if (isInflectedForm(lower)) return true;
  // A British spelling of a known (American) word or word form: `metres`, `colours`, `organisations`.
  // One rewrite at a time, then all of them in turn (`manoeuvres` → `maneuvers`).
  let all = lower;
  for (const [pattern, american] of BRITISH_SPELLINGS) {
    const respelt = lower.replace(pattern, american);
    if (respelt !== lower && (isEnglishWord(respelt) || isInflectedForm(respelt))) return true;
    all = all.replace(pattern, american);
  }
  return all !== lower && (isEnglishWord(all) || isInflectedForm(all));
}

function isInflectedForm(lower: string): boolean {
  for (const ending of WORD_ENDINGS) {
    if (lower.length - ending.length < 3 || !lower.endsWith(ending)) continue;
    const stem = lower.slice(0, lower.length - ending.length);
    const last = stem[stem.length - 1]!;
    if (isEnglishWord(stem) || isEnglishWord(stem + "e") || isEnglishWord(stem + "y")) return true;
    if (last === stem[stem.length - 2] && !VOWELS.includes(last) && isEnglishWord(stem.slice(0, -1))) return true;
    if (last === "i" && isEnglishWord(stem.slice(0, -1) + "y")) return true;
  }
  return false;
}
