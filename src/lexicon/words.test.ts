import { describe, it, expect } from "vitest";
import englishData, { index as englishIndex } from "./data/english.js";
import frenchData, { index as frenchIndex } from "./data/french.js";
import frenchNamesData, { index as frenchNamesIndex } from "./data/french-names.js";
import {
  englishFrequencyBucket,
  isEnglishWord,
  isFrenchName,
  isFrenchOnlyWord,
  isFrenchWord,
} from "./words.js";

/** Independent decoder of the generated modules (header line, front-coded blocks). */
function decodeSections(data: string): string[][] {
  const lines = data.split("\n");
  const [, ...counts] = lines[0]!.split(" ").map(Number);
  const sections: string[][] = [];
  let at = 1;
  for (const count of counts) {
    sections.push(lines.slice(at, at + count));
    at += count;
  }
  return sections;
}

function decodeList(blocks: readonly string[]): string[] {
  const out: string[] = [];
  for (const block of blocks) {
    const parts = block.split(" ");
    let prev = parts[0]!;
    out.push(prev);
    for (const part of parts.slice(1)) {
      prev = prev.slice(0, part.charCodeAt(0) - 48) + part.slice(1);
      out.push(prev);
    }
  }
  return out;
}

const [, englishKeyBlocks, englishOtherBlocks] = decodeSections(englishData);
const englishKeys = decodeList(englishKeyBlocks!);
const englishOthers = decodeList(englishOtherBlocks!);
const [frenchOnlyBlocks, frenchSharedBlocks, frenchSharedCasedBlocks] = decodeSections(frenchData);
const frenchOnly = decodeList(frenchOnlyBlocks!);
const frenchShared = decodeList(frenchSharedBlocks!);
const frenchSharedCased = decodeList(frenchSharedCasedBlocks!);
const frenchNames = decodeList(decodeSections(frenchNamesData)[0]!);

describe("generated data", () => {
  it("carries an index of where each line starts (four base-64 digits per line)", () => {
    const digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
    for (const [data, index] of [[englishData, englishIndex], [frenchData, frenchIndex], [frenchNamesData, frenchNamesIndex]] as const) {
      const starts: number[] = [];
      for (let at = data.indexOf("\n") + 1; at > 0; at = data.indexOf("\n", at) + 1) starts.push(at);
      expect(index.length).toBe(starts.length * 4);
      starts.forEach((start, i) => {
        const value = [...index.slice(i * 4, i * 4 + 4)].reduce((n, c) => n * 64 + digits.indexOf(c), 0);
        if (value !== start) expect.fail(`line ${i}: index says ${value}, the line starts at ${start}`);
      });
    }
  });

  it("holds sorted, unique lists in plain code-unit order", () => {
    for (const list of [englishKeys, englishOthers, frenchOnly, frenchShared, frenchSharedCased, frenchNames]) {
      expect(list.length).toBeGreaterThan(0);
      for (let i = 1; i < list.length; i++) {
        if (!(list[i - 1]! < list[i]!)) expect.fail(`out of order: ${list[i - 1]} / ${list[i]}`);
      }
    }
  });

  it("has sensible sizes", () => {
    expect(englishKeys.length).toBeGreaterThan(80_000);
    expect(frenchOnly.length).toBeGreaterThan(120_000);
    expect(frenchShared.length).toBeGreaterThan(5_000);
  });

  it("finds every listed word through the loaders", () => {
    for (const w of englishKeys) if (englishFrequencyBucket(w) === undefined) expect.fail(`english key ${w}`);
    for (const w of englishOthers) if (!isEnglishWord(w)) expect.fail(`english form ${w}`);
    for (const w of frenchOnly) if (!isFrenchOnlyWord(w)) expect.fail(`french-only ${w}`);
    for (const w of frenchShared) {
      if (isFrenchOnlyWord(w) || !isFrenchWord(w)) expect.fail(`shared ${w}`);
    }
    for (const w of frenchSharedCased) if (!isFrenchWord(w)) expect.fail(`shared (cased) ${w}`);
    for (const w of frenchNames) if (!isFrenchName(w)) expect.fail(`name ${w}`);
  });

  it("answers no for near misses that are not listed", () => {
    const french = new Set([...frenchOnly, ...frenchShared, ...frenchSharedCased]);
    const english = new Set(englishKeys);
    const sample = (list: readonly string[]): string[] => list.filter((_, i) => i % 13 === 0);
    const variants = (w: string): string[] => [w + "a", w + "s", w + "z", w.slice(0, -1), w.slice(1), "e" + w];
    for (const w of sample([...french])) {
      for (const v of variants(w)) {
        if (isFrenchWord(v) !== french.has(v)) expect.fail(`isFrenchWord(${v})`);
      }
    }
    for (const w of sample(englishKeys)) {
      for (const v of variants(w)) {
        if ((englishFrequencyBucket(v) !== undefined) !== english.has(v)) expect.fail(`englishFrequencyBucket(${v})`);
      }
    }
  });
});

describe("isEnglishWord", () => {
  it("knows common and inflected forms", () => {
    for (const w of ["the", "house", "houses", "running", "governments", "reelected", "unhappiness", "parliament", "a", "I"]) {
      expect(isEnglishWord(w), w).toBe(true);
    }
  });

  it("keeps contractions, with either apostrophe, and drops possessives", () => {
    expect(isEnglishWord("don't")).toBe(true);
    expect(isEnglishWord("don’t")).toBe(true);
    expect(isEnglishWord("it's")).toBe(true);
    expect(isEnglishWord("dog's")).toBe(false);
    expect(isEnglishWord("government's")).toBe(false);
  });

  it("rejects non-words", () => {
    for (const w of ["", "xyzzy", "gouvernement", "thegovernment", "the government", "th"]) expect(isEnglishWord(w), w).toBe(false);
  });

  it("applies the case rules", () => {
    // lowercase query: lowercase entries only
    expect(isEnglishWord("north")).toBe(true);
    expect(isEnglishWord("paris")).toBe(false);
    expect(isEnglishWord("london")).toBe(false);
    expect(isEnglishWord("nasa")).toBe(false);
    // Capitalised query: the capitalised entry or the lowercase one
    expect(isEnglishWord("North")).toBe(true);
    expect(isEnglishWord("Paris")).toBe(true);
    expect(isEnglishWord("London")).toBe(true);
    expect(isEnglishWord("Nasa")).toBe(false);
    // ALL-CAPS query: any entry
    expect(isEnglishWord("NORTH")).toBe(true);
    expect(isEnglishWord("PARIS")).toBe(true);
    expect(isEnglishWord("NASA")).toBe(true);
    expect(isEnglishWord("XYZZY")).toBe(false);
    // other casings: exact entries only
    expect(isEnglishWord("McDonald")).toBe(true);
    expect(isEnglishWord("Mcdonald")).toBe(false);
    expect(isEnglishWord("O'Brien")).toBe(true);
  });
});

describe("englishFrequencyBucket", () => {
  it("orders frequent before rare", () => {
    const the = englishFrequencyBucket("the")!;
    const parliament = englishFrequencyBucket("parliament")!;
    const zygote = englishFrequencyBucket("zygote")!;
    expect(the).toBe(0);
    expect(the).toBeLessThan(parliament);
    expect(parliament).toBeLessThan(zygote);
    expect(englishFrequencyBucket("government")!).toBeLessThan(englishFrequencyBucket("senator")!);
  });

  it("is case-insensitive, 0–9 for every known word, undefined for non-words", () => {
    expect(englishFrequencyBucket("The")).toBe(englishFrequencyBucket("the"));
    expect(englishFrequencyBucket("PARLIAMENT")).toBe(englishFrequencyBucket("parliament"));
    expect(englishFrequencyBucket("paris")).toBe(englishFrequencyBucket("Paris"));
    expect(englishFrequencyBucket("xyzzy")).toBeUndefined();
    expect(englishFrequencyBucket("")).toBeUndefined();
    const buckets = new Set<number>();
    for (let i = 0; i < englishKeys.length; i += 7) {
      const b = englishFrequencyBucket(englishKeys[i]!)!;
      expect(Number.isInteger(b) && b >= 0 && b <= 9).toBe(true);
      buckets.add(b);
    }
    expect(buckets.size).toBe(10);
  });
});

describe("French", () => {
  it("knows French-only words, case-insensitively, with significant diacritics", () => {
    for (const w of ["sénatrice", "chômage", "gouvernement", "député", "aujourd'hui", "aujourd’hui", "Gouvernement", "GOUVERNEMENT", "Chômage"]) {
      expect(isFrenchOnlyWord(w), w).toBe(true);
      expect(isFrenchWord(w), w).toBe(true);
    }
    expect(isFrenchWord("chomage")).toBe(false);
    expect(isFrenchWord("senatrice")).toBe(false);
  });

  it("accepts decomposed accents", () => {
    expect(isFrenchOnlyWord("se\u0301natrice")).toBe(true);
  });

  it("marks words shared with English as French but not French-only", () => {
    for (const w of ["place", "pour", "car", "son", "fin", "pas"]) {
      expect(isFrenchWord(w), w).toBe(true);
      expect(isFrenchOnlyWord(w), w).toBe(false);
    }
  });

  it("judges forms that are English only in another casing by isEnglishWord's rules", () => {
    const pairs = [
      ["les", "Les"],
      ["le", "Le"],
      ["et", "ET"],
      ["paris", "Paris"],
    ] as const;
    for (const [lower, english] of pairs) {
      expect(isFrenchOnlyWord(lower), lower).toBe(true);
      expect(isEnglishWord(english), english).toBe(true);
      expect(isFrenchOnlyWord(english), english).toBe(false);
      expect(isFrenchWord(english), english).toBe(true);
    }
  });

  it("answers no for English words and elided forms", () => {
    for (const w of ["the", "government", "l'état", "qu'il", "d'un"]) expect(isFrenchWord(w), w).toBe(false);
    expect(isFrenchWord("état")).toBe(true);
  });

  it("conjugates common verbs fully and others only in infinitive and past participle", () => {
    for (const w of ["sommes", "étaient", "avons", "ferons", "disait", "pouvions", "parlons"]) expect(isFrenchWord(w), w).toBe(true);
    for (const w of ["cartographier", "cartographié", "cartographiées"]) expect(isFrenchWord(w), w).toBe(true);
    expect(isFrenchWord("cartographions")).toBe(false);
  });

  it("keeps inflections of nouns and adjectives", () => {
    for (const w of ["chevaux", "travaux", "sénatrices", "gouvernementales", "nouvelle", "belles"]) expect(isFrenchWord(w), w).toBe(true);
  });
});

describe("names", () => {
  it("are not in the lowercase English set", () => {
    for (const w of ["paris", "london", "texas", "obama"]) expect(isEnglishWord(w), w).toBe(false);
    for (const w of ["Paris", "London", "Texas", "Obama"]) expect(isEnglishWord(w), w).toBe(true);
  });

  it("have a French list of their own", () => {
    for (const w of ["Québec", "Gatineau", "Montréal", "Lévis"]) expect(isFrenchName(w), w).toBe(true);
    expect(isFrenchName("gouvernement")).toBe(false);
    expect(isFrenchWord("Québec")).toBe(false);
  });
});

// The SOTU sentences ship with the repository (fixtures/corpora/, public domain).
const corpus = await (async (): Promise<{ text?: string; error?: unknown }> => {
  try {
    const fs = await import("node:fs");
    return { text: fs.readFileSync(new URL("../../fixtures/corpora/sotu-sentences.tsv", import.meta.url), "utf8") };
  } catch (error) {
    return { error };
  }
})();

describe("English coverage of clean English", () => {
  it("knows ≥ 99.5% of the lowercase alphabetic tokens of 2,000 SOTU sentences", () => {
    if (corpus?.text === undefined) throw new Error(`cannot read fixtures/corpora/sotu-sentences.tsv: ${String(corpus?.error)}`);
    const sentences = corpus.text.split("\n").slice(1, 2001).map((row) => row.split("\t")[3] ?? "");
    expect(sentences.length).toBe(2000);
    let tokens = 0;
    let known = 0;
    const unknown: string[] = [];
    for (const sentence of sentences) {
      for (const raw of sentence.split(/\s+/)) {
        const token = raw.replace(/^\p{P}+|\p{P}+$/gu, "");
        if (!/^[a-z]+$/.test(token)) continue;
        tokens++;
        if (isEnglishWord(token)) known++;
        else unknown.push(token);
      }
    }
    expect(tokens).toBeGreaterThan(30_000);
    const rate = known / tokens;
    expect(rate, `unknown: ${unknown.join(" ")}`).toBeGreaterThanOrEqual(0.995);
    // Measured when the lists were built: 99.94% (23 unknown of 38,577).
    expect(rate, `unknown: ${unknown.join(" ")}`).toBeGreaterThanOrEqual(0.999);
  });
});
