/**
 * How French a word's spelling is, for words neither word list knows: a
 * character trigram model of each language built at build time from the
 * shipped lists (`scripts/build-char-model.ts` → `data/char-model.ts`).
 * `frenchSpellingScore` is the log-likelihood ratio French vs English of the
 * folded word's letters (> 0: reads as French). No Node APIs.
 */
import modelData from "./data/char-model.js";

/** The symbols of the model, the word boundary being the one after them. */
export const ALPHABET = "abcdefghijklmnopqrstuvwxyz'";
/** Quantisation: LEVELS values, STEP apart, centred on 0. */
export const LEVELS = 81;
export const STEP = 0.25;

const SYMBOLS = ALPHABET.length + 1;
const BOUNDARY = ALPHABET.length;
const HALF = (LEVELS - 1) / 2;
const MARKS = /\p{M}/gu;

/** Lowercase, accents removed, ligatures spelled out, typographic apostrophe made ASCII. */
export function foldForModel(word: string): string {
  return word.toLowerCase().replace(/[’‘]/g, "'").replace(/œ/g, "oe").replace(/æ/g, "ae").normalize("NFD").replace(MARKS, "");
}

let table: Int8Array | undefined;

function load(): Int8Array {
  if (table) return table;
  const values = new Int8Array(modelData.length);
  for (let i = 0; i < modelData.length; i++) {
    let code = modelData.charCodeAt(i) - 35;
    if (code > 92 - 35) code--; // the backslash is skipped in the encoding
    values[i] = code - HALF;
  }
  table = values;
  return table;
}

const symbolIndex = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) symbolIndex[ALPHABET.charCodeAt(i)] = i;

/** log P(word | French spelling) − log P(word | English spelling); 0 for a word with other characters. */
export function frenchSpellingScore(word: string): number {
  const folded = foldForModel(word);
  const values = load();
  let a = BOUNDARY;
  let b = BOUNDARY;
  let sum = 0;
  for (let i = 0; i <= folded.length; i++) {
    let c = BOUNDARY;
    if (i < folded.length) {
      const code = folded.charCodeAt(i);
      c = code < 128 ? symbolIndex[code]! : -1;
      if (c < 0) return 0;
    }
    sum += values[(a * SYMBOLS + b) * SYMBOLS + c]!;
    a = b;
    b = c;
  }
  return sum * STEP;
}
