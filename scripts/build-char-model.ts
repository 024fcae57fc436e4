/**
 * Builds the character trigram model of English and French word shapes
 * (`src/lexicon/data/char-model.ts`) from the word lists the project already
 * ships (`src/lexicon/data/english.ts`, `french.ts`), for words neither list
 * knows (`cyberharceleurs`, `autoreguler`).
 *
 * Words are folded (lowercase, accents removed: the accents themselves are
 * evidence the language model reads elsewhere) to the 26 letters and the
 * apostrophe, with a boundary symbol at both ends. For each language,
 * P(c | a b) is estimated with add-k smoothing from the list's forms
 * (English forms weighted by their frequency bucket, French forms once each),
 * and the table stores, for every trigram, log P_fr(c|ab) − log P_en(c|ab)
 * quantised to steps of 0.25 in one printable character. The model is
 * deterministic: the same lists give the same file.
 *
 * Run: npx tsx scripts/build-char-model.ts (prints a held-out accuracy check).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import englishData from "../src/lexicon/data/english.js";
import frenchData from "../src/lexicon/data/french.js";
import { ALPHABET, LEVELS, STEP, foldForModel } from "../src/lexicon/char-model.js";

const root = new URL("..", import.meta.url).pathname;
const SMOOTHING = 0.5;

/** Decodes one front-coded section (see src/lexicon/words.ts). */
function decodeSection(data: string, section: number): string[] {
  const lines = data.split("\n");
  const header = lines[0]!.split(" ").map(Number);
  let at = 1;
  for (let s = 0; s < section; s++) at += header[s + 1]!;
  const words: string[] = [];
  for (const line of lines.slice(at, at + header[section + 1]!)) {
    const parts = line.split(" ");
    let prev = parts[0]!;
    words.push(prev);
    for (const part of parts.slice(1)) {
      prev = prev.slice(0, part.charCodeAt(0) - 48) + part.slice(1);
      words.push(prev);
    }
  }
  return words;
}

const BOUNDARY = ALPHABET.length; // symbol index of the word boundary
const SYMBOLS = ALPHABET.length + 1;

function symbols(word: string): number[] | undefined {
  const out = [BOUNDARY, BOUNDARY];
  for (const ch of foldForModel(word)) {
    const i = ALPHABET.indexOf(ch);
    if (i < 0) return undefined;
    out.push(i);
  }
  out.push(BOUNDARY);
  return out;
}

class Counts {
  readonly tri = new Float64Array(SYMBOLS ** 3);
  readonly bi = new Float64Array(SYMBOLS ** 2);
  add(word: string, weight: number): void {
    const s = symbols(word);
    if (!s) return;
    for (let i = 2; i < s.length; i++) {
      this.tri[(s[i - 2]! * SYMBOLS + s[i - 1]!) * SYMBOLS + s[i]!]! += weight;
      this.bi[s[i - 2]! * SYMBOLS + s[i - 1]!]! += weight;
    }
  }
  logP(a: number, b: number, c: number): number {
    return Math.log((this.tri[(a * SYMBOLS + b) * SYMBOLS + c]! + SMOOTHING) / (this.bi[a * SYMBOLS + b]! + SMOOTHING * SYMBOLS));
  }
}

function train(english: [string, number][], french: string[]): Uint8Array {
  const en = new Counts();
  const fr = new Counts();
  for (const [word, weight] of english) en.add(word, weight);
  // Both languages get the same total weight, so the table carries no prior.
  const enTotal = english.reduce((n, [, w]) => n + w, 0);
  for (const word of french) fr.add(word, enTotal / french.length);
  const table = new Uint8Array(SYMBOLS ** 3);
  const half = (LEVELS - 1) / 2;
  for (let a = 0; a < SYMBOLS; a++) {
    for (let b = 0; b < SYMBOLS; b++) {
      for (let c = 0; c < SYMBOLS; c++) {
        const ratio = fr.logP(a, b, c) - en.logP(a, b, c);
        table[(a * SYMBOLS + b) * SYMBOLS + c] = Math.max(0, Math.min(LEVELS - 1, Math.round(ratio / STEP + half)));
      }
    }
  }
  return table;
}

function score(table: Uint8Array, word: string): number {
  const s = symbols(word);
  if (!s) return 0;
  const half = (LEVELS - 1) / 2;
  let sum = 0;
  for (let i = 2; i < s.length; i++) sum += (table[(s[i - 2]! * SYMBOLS + s[i - 1]!) * SYMBOLS + s[i]!]! - half) * STEP;
  return sum;
}

// --- the lists ---
const englishCodes = decodeSection(englishData, 0)[0]!;
const englishKeys = decodeSection(englishData, 1);
const CODE_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcd";
const english: [string, number][] = [];
englishKeys.forEach((word, i) => {
  const code = CODE_ALPHABET.indexOf(englishCodes[i]!);
  if ((code & 1) === 0) return; // only lowercase entries: names are no English word shape
  const bucket = code >> 2;
  english.push([word, 10 - bucket]);
});
const frenchOnly = decodeSection(frenchData, 0);

// Held-out check: every tenth word of each list is scored by a model trained on the rest.
const heldEnglish = english.filter((_, i) => i % 10 === 0);
const heldFrench = frenchOnly.filter((_, i) => i % 10 === 0);
const check = train(
  english.filter((_, i) => i % 10 !== 0),
  frenchOnly.filter((_, i) => i % 10 !== 0),
);
const accuracy = (words: string[], french: boolean) => words.filter((w) => (score(check, w) > 0) === french).length / words.length;
console.log(
  `held out: English words read as English ${(100 * accuracy(heldEnglish.map(([w]) => w), false)).toFixed(1)}%, ` +
    `French words read as French ${(100 * accuracy(heldFrench, true)).toFixed(1)}%`,
);

const table = train(english, frenchOnly);
let encoded = "";
for (const value of table) encoded += String.fromCharCode(35 + value + (35 + value >= 92 ? 1 : 0)); // skip the backslash
const text = [
  "// generated by scripts/build-char-model.ts — do not edit",
  "// Character trigram log-ratios, French vs English, from src/lexicon/data/english.ts (dictionary-en + wordsninja",
  "// frequency buckets) and src/lexicon/data/french.ts (dictionary-fr, MPL-2.0): see src/lexicon/NOTICE.md.",
  "// Regenerate: npx tsx scripts/build-char-model.ts",
  `export default ${JSON.stringify(encoded)};`,
  "",
].join("\n");
writeFileSync(join(root, "src/lexicon/data/char-model.ts"), text);
console.log(`wrote src/lexicon/data/char-model.ts: ${table.length} trigrams, ${english.length} English and ${frenchOnly.length} French forms`);
