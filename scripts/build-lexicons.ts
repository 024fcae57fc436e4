/**
 * Builds postedit's lexicons from npm packages (dev dependencies) and writes
 * them as generated TypeScript modules under src/lexicon/data/.
 *
 *   npx tsx scripts/build-lexicons.ts
 *
 * Sources (see src/lexicon/NOTICE.md for versions and licences):
 *   - dictionary-en (hunspell en_US, SCOWL)  → english.ts
 *   - wordsninja (words ranked by frequency) → frequency buckets in english.ts
 *   - dictionary-fr (hunspell, Grammalecte)  → french.ts, french-names.ts
 *
 * The hunspell affix expansion below is our own small implementation: PFX/SFX
 * rules with strip/add/condition, cross products, one level of affix
 * continuation (twofold suffixes, prefix→suffix), NEEDAFFIX, FORBIDDENWORD,
 * ONLYINCOMPOUND, FULLSTRIP, AF aliases and the FLAG types char/UTF-8/long/num.
 * Compounding (COMPOUNDRULE …) and CIRCUMFIX are not expanded: neither
 * dictionary needs them for the word forms we keep.
 *
 * Output is deterministic: every list is sorted with plain JS `<` on strings
 * (UTF-16 code unit order), the same comparison src/lexicon/words.ts uses for
 * its binary search.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { performance } from "node:perf_hooks";
import ts from "typescript";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(join(root, "package.json"));
const outDir = join(root, "src", "lexicon", "data");

/** Directory of an installed package (these packages do not export package.json). */
function packageDir(pkg: string): string {
  for (const base of require.resolve.paths(pkg) ?? []) {
    const dir = join(base, pkg);
    if (existsSync(join(dir, "package.json"))) return dir;
  }
  throw new Error(`${pkg} is not installed: run npm install (it is a dev dependency)`);
}

// ---------------------------------------------------------------------------
// Hunspell affix file model and parser
// ---------------------------------------------------------------------------

type FlagType = "char" | "UTF-8" | "long" | "num";

/** One position of a condition: a set of characters (or any char when null). */
interface CondPart {
  chars: string | null;
  negate: boolean;
}

interface AffixRule {
  strip: string;
  add: string;
  /** Continuation flags carried by the affixed form. */
  cont: string[];
  /** Condition positions; empty array for ".". */
  cond: CondPart[];
}

interface AffixClass {
  kind: "PFX" | "SFX";
  flag: string;
  cross: boolean;
  rules: AffixRule[];
}

interface AffFile {
  flagType: FlagType;
  aliases: string[][];
  prefixes: Map<string, AffixClass>;
  suffixes: Map<string, AffixClass>;
  needAffix?: string;
  forbiddenWord?: string;
  onlyInCompound?: string;
  circumfix?: string;
  fullStrip: boolean;
}

function splitFlags(raw: string, aff: Pick<AffFile, "flagType" | "aliases">): string[] {
  if (raw === "") return [];
  if (aff.aliases.length > 0 && /^\d+$/.test(raw)) {
    const alias = aff.aliases[Number(raw) - 1];
    if (!alias) throw new Error(`unknown AF alias ${raw}`);
    return alias;
  }
  switch (aff.flagType) {
    case "long": {
      if (raw.length % 2 !== 0) throw new Error(`odd long flag string "${raw}"`);
      const out: string[] = [];
      for (let i = 0; i < raw.length; i += 2) out.push(raw.slice(i, i + 2));
      return out;
    }
    case "num":
      return raw.split(",").filter((f) => f !== "");
    default:
      return Array.from(raw);
  }
}

function parseCondition(text: string): CondPart[] {
  if (text === ".") return [];
  const parts: CondPart[] = [];
  const chars = Array.from(text);
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c === "[") {
      let j = i + 1;
      let negate = false;
      if (chars[j] === "^") {
        negate = true;
        j++;
      }
      let set = "";
      while (j < chars.length && chars[j] !== "]") set += chars[j++];
      if (j >= chars.length) throw new Error(`unterminated condition "${text}"`);
      parts.push({ chars: set, negate });
      i = j;
    } else if (c === ".") {
      parts.push({ chars: null, negate: false });
    } else {
      parts.push({ chars: c, negate: false });
    }
  }
  return parts;
}

function partMatches(part: CondPart, ch: string): boolean {
  if (part.chars === null) return true;
  return part.chars.includes(ch) !== part.negate;
}

function parseAff(text: string): AffFile {
  const aff: AffFile = {
    flagType: "char",
    aliases: [],
    prefixes: new Map(),
    suffixes: new Map(),
    fullStrip: false,
  };
  const lines = text.split(/\r?\n/);
  // FLAG must be known before any flag is split; it comes first in practice,
  // but scan for it up front to be safe.
  for (const line of lines) {
    const m = /^FLAG\s+(\S+)/.exec(line);
    if (m) aff.flagType = m[1] as FlagType;
  }
  if (!["char", "UTF-8", "long", "num"].includes(aff.flagType)) {
    throw new Error(`unsupported FLAG type ${aff.flagType}`);
  }
  const single = (raw: string): string => {
    const f = splitFlags(raw, { flagType: aff.flagType, aliases: [] });
    if (f.length !== 1) throw new Error(`expected one flag, got "${raw}"`);
    return f[0]!;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\s+#.*$/, "");
    if (line.startsWith("#") || line.trim() === "") continue;
    const fields = line.trim().split(/\s+/);
    const [key] = fields;
    switch (key) {
      case "AF":
        if (fields.length >= 2 && !/^\d+$/.test(fields[1]!) ) {
          aff.aliases.push(splitFlags(fields[1]!, { flagType: aff.flagType, aliases: [] }));
        }
        break;
      case "NEEDAFFIX":
        aff.needAffix = single(fields[1]!);
        break;
      case "FORBIDDENWORD":
        aff.forbiddenWord = single(fields[1]!);
        break;
      case "ONLYINCOMPOUND":
        aff.onlyInCompound = single(fields[1]!);
        break;
      case "CIRCUMFIX":
        aff.circumfix = single(fields[1]!);
        break;
      case "FULLSTRIP":
        aff.fullStrip = true;
        break;
      case "PFX":
      case "SFX": {
        // Header: PFX flag cross count. Rules follow on the next `count` lines.
        const flag = single(fields[1]!);
        const cross = fields[2] === "Y";
        const count = Number(fields[3]);
        const cls: AffixClass = { kind: key, flag, cross, rules: [] };
        for (let k = 0; k < count; k++) {
          const ruleLine = lines[++i]!.trim();
          const rf = ruleLine.split(/\s+/);
          if (rf[0] !== key || single(rf[1]!) !== flag) {
            throw new Error(`bad ${key} rule line for ${flag}: "${ruleLine}"`);
          }
          const strip = rf[2] === "0" ? "" : rf[2]!;
          const slash = rf[3]!.indexOf("/");
          const addRaw = slash >= 0 ? rf[3]!.slice(0, slash) : rf[3]!;
          const contRaw = slash >= 0 ? rf[3]!.slice(slash + 1) : "";
          cls.rules.push({
            strip,
            add: addRaw === "0" ? "" : addRaw,
            cont: splitFlags(contRaw, aff),
            cond: parseCondition(rf[4] ?? "."),
          });
        }
        (key === "PFX" ? aff.prefixes : aff.suffixes).set(flag, cls);
        break;
      }
      default:
        break;
    }
  }
  return aff;
}

function applySuffix(word: string, rule: AffixRule, fullStrip: boolean): string | null {
  const n = rule.cond.length;
  if (word.length < n) return null;
  if (rule.strip !== "") {
    if (!word.endsWith(rule.strip)) return null;
    if (!fullStrip && word.length <= rule.strip.length) return null;
  }
  const offset = word.length - n;
  for (let i = 0; i < n; i++) if (!partMatches(rule.cond[i]!, word[offset + i]!)) return null;
  return word.slice(0, word.length - rule.strip.length) + rule.add;
}

function prefixConditionHolds(root: string, rule: AffixRule, fullStrip: boolean): boolean {
  const n = rule.cond.length;
  if (root.length < n) return false;
  if (rule.strip !== "") {
    if (!root.startsWith(rule.strip)) return false;
    if (!fullStrip && root.length <= rule.strip.length) return false;
  }
  for (let i = 0; i < n; i++) if (!partMatches(rule.cond[i]!, root[i]!)) return false;
  return true;
}

/** Applies a prefix to `word`, checking the rule's condition on `root`. */
function applyPrefix(word: string, root: string, rule: AffixRule, fullStrip: boolean): string | null {
  if (!prefixConditionHolds(root, rule, fullStrip)) return null;
  if (!word.startsWith(rule.strip)) return null;
  return rule.add + word.slice(rule.strip.length);
}

interface ExpandOptions {
  /** Return false to leave a rule out (e.g. elisions, possessives). */
  keepRule: (cls: AffixClass, rule: AffixRule, stem: string) => boolean;
}

/** All word forms of one dictionary entry. */
function expandEntry(stem: string, flags: ReadonlySet<string>, aff: AffFile, opts: ExpandOptions): string[] {
  const out = new Set<string>();
  const fs = aff.fullStrip;
  const needs = (cont: readonly string[]): boolean => aff.needAffix !== undefined && cont.includes(aff.needAffix);
  if (aff.forbiddenWord !== undefined && flags.has(aff.forbiddenWord)) return [];
  if (aff.onlyInCompound !== undefined && flags.has(aff.onlyInCompound)) return [];
  if (!(aff.needAffix !== undefined && flags.has(aff.needAffix))) out.add(stem);

  const suffixed: { word: string; cross: boolean }[] = [];
  for (const flag of flags) {
    const cls = aff.suffixes.get(flag);
    if (!cls) continue;
    for (const rule of cls.rules) {
      if (!opts.keepRule(cls, rule, stem)) continue;
      const w = applySuffix(stem, rule, fs);
      if (w === null) continue;
      if (!needs(rule.cont)) out.add(w);
      suffixed.push({ word: w, cross: cls.cross });
      // Affix continuation: a second suffix, or a prefix, on the suffixed form.
      for (const f2 of rule.cont) {
        const s2 = aff.suffixes.get(f2);
        if (s2) {
          for (const r2 of s2.rules) {
            if (!opts.keepRule(s2, r2, stem)) continue;
            const w2 = applySuffix(w, r2, fs);
            if (w2 !== null && !needs(r2.cont)) out.add(w2);
          }
        }
        const p2 = aff.prefixes.get(f2);
        if (p2) {
          for (const r2 of p2.rules) {
            if (!opts.keepRule(p2, r2, stem)) continue;
            const w2 = applyPrefix(w, w, r2, fs);
            if (w2 !== null && !needs(r2.cont)) out.add(w2);
          }
        }
      }
    }
  }

  for (const flag of flags) {
    const cls = aff.prefixes.get(flag);
    if (!cls) continue;
    for (const rule of cls.rules) {
      if (!opts.keepRule(cls, rule, stem)) continue;
      const w = applyPrefix(stem, stem, rule, fs);
      if (w === null) continue;
      if (!needs(rule.cont)) out.add(w);
      // Prefix continuation: suffixes on the prefixed form.
      for (const f2 of rule.cont) {
        const s2 = aff.suffixes.get(f2);
        if (!s2) continue;
        for (const r2 of s2.rules) {
          if (!opts.keepRule(s2, r2, stem)) continue;
          const w2 = applySuffix(w, r2, fs);
          if (w2 !== null && !needs(r2.cont)) out.add(w2);
        }
      }
      // Cross product with the entry's own suffixes.
      if (cls.cross) {
        for (const s of suffixed) {
          if (!s.cross) continue;
          const w3 = applyPrefix(s.word, stem, rule, fs);
          if (w3 !== null) out.add(w3);
        }
      }
    }
  }
  return [...out];
}

interface DicEntry {
  stem: string;
  flags: Set<string>;
}

function parseDic(text: string, aff: AffFile): DicEntry[] {
  const lines = text.split(/\r?\n/);
  const entries: DicEntry[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === "" || line.startsWith("#")) continue;
    // Morphological fields (tab or space separated) are ignored.
    const field = line.split(/[\t ]/)[0]!;
    // A slash escaped as "\/" belongs to the word.
    let slash = -1;
    for (let k = 0; k < field.length; k++) {
      if (field[k] === "\\") {
        k++;
        continue;
      }
      if (field[k] === "/") {
        slash = k;
        break;
      }
    }
    const stem = (slash >= 0 ? field.slice(0, slash) : field).replace(/\\\//g, "/");
    const flags = new Set(slash >= 0 ? splitFlags(field.slice(slash + 1), aff) : []);
    entries.push({ stem, flags });
  }
  return entries;
}

function loadHunspell(pkg: string): { aff: AffFile; dic: DicEntry[]; version: string } {
  const dir = packageDir(pkg);
  const aff = parseAff(readFileSync(join(dir, "index.aff"), "utf8"));
  const dic = parseDic(readFileSync(join(dir, "index.dic"), "utf8"), aff);
  const version = (JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { version: string }).version;
  return { aff, dic, version };
}

// ---------------------------------------------------------------------------
// Shared helpers
// ---------------------------------------------------------------------------

/** Plain code-unit order, the one words.ts searches with. */
function sortUnique(words: Iterable<string>): string[] {
  const arr = [...new Set(words)];
  arr.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return arr;
}

function isLower(w: string): boolean {
  return w === w.toLowerCase();
}

function isCapitalised(w: string): boolean {
  const first = w[0] ?? "";
  return first !== first.toLowerCase() && w.slice(1) === w.slice(1).toLowerCase();
}

/** Word forms we ship: Latin letters, with inner apostrophes or hyphens only. */
const WORD_RE = /^\p{Script=Latin}(?:\p{Script=Latin}|['-](?=\p{Script=Latin}))*$/u;
/** French forms also need a vowel (drops unit symbols such as "dm", "cp"). */
const FRENCH_VOWEL_RE = /[aeiouyàâäéèêëîïôöùûüÿœæáíóúñ]/;

/**
 * Block front coding, decoded by src/lexicon/words.ts. The sorted list is cut
 * into blocks of BLOCK_SIZE words, one block per line. A block starts with its
 * first word in full; each following word is written as one character
 * (48 + length of the longest prefix shared with the previous word; the loader
 * relies on it being the longest) and the rest of the word, separated by
 * spaces. The loader binary-searches the block heads and scans one block in
 * its encoded form, in place in the module's string (through the line index
 * written beside it: nothing is decoded at start-up).
 */
const BLOCK_SIZE = 64;
/** Keeps the length character in "0".."[" (no JSON escaping needed). */
const MAX_SHARED = 43;

function frontCodeBlocks(sorted: readonly string[]): string[] {
  const lines: string[] = [];
  for (let i = 0; i < sorted.length; i += BLOCK_SIZE) {
    let prev = sorted[i]!;
    const parts = [prev];
    for (let k = i + 1; k < Math.min(i + BLOCK_SIZE, sorted.length); k++) {
      const w = sorted[k]!;
      let n = 0;
      while (n < prev.length && n < w.length && prev[n] === w[n]) n++;
      if (n > MAX_SHARED) throw new Error(`shared prefix too long: ${prev} / ${w}`);
      if (w.length === n || !(prev < w)) throw new Error(`list not sorted and unique at ${prev} / ${w}`);
      parts.push(String.fromCharCode(48 + n) + w.slice(n));
      prev = w;
    }
    lines.push(parts.join(" "));
  }
  return lines;
}

/**
 * A module's data: a header line (block size, then the number of lines of
 * each section), then the sections' lines.
 */
function packSections(sections: readonly (readonly string[])[]): string {
  const header = [BLOCK_SIZE, ...sections.map((s) => s.length)].join(" ");
  return [header, ...sections.flat()].join("\n");
}

/** 64 characters that need no escaping in a JSON string: the digits of the line index. */
const INDEX_DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
const INDEX_WIDTH = 4;

/**
 * Where each line of `data` starts (after the header line), as fixed-width
 * numbers of INDEX_WIDTH base-64 digits (most significant first): the loader
 * binary-searches the blocks in place, reading one offset per step, so the
 * data is never split or decoded.
 */
function lineIndex(data: string): string {
  const digits: string[] = [];
  for (let at = data.indexOf("\n") + 1; at > 0; at = data.indexOf("\n", at) + 1) {
    let value = at;
    let number = "";
    for (let k = 0; k < INDEX_WIDTH; k++) {
      number = INDEX_DIGITS[value % 64]! + number;
      value = Math.floor(value / 64);
    }
    if (value !== 0) throw new Error(`offset ${at} does not fit ${INDEX_WIDTH} digits`);
    digits.push(number);
  }
  return digits.join("");
}

function moduleText(title: string, sourceLines: string[], data: string): string {
  const header = [
    "// generated by scripts/build-lexicons.ts — do not edit",
    `// ${title}`,
    ...sourceLines.map((l) => `// ${l}`),
    "// Regenerate: npx tsx scripts/build-lexicons.ts (see src/lexicon/NOTICE.md)",
    "",
  ].join("\n");
  const index = `/** Start of each line of the data after the header, ${INDEX_WIDTH} base-64 digits each (see scripts/build-lexicons.ts). */\nexport const index = ${JSON.stringify(lineIndex(data))};\n`;
  return `${header}export default ${JSON.stringify(data)};\n${index}`;
}

// ---------------------------------------------------------------------------
// English
// ---------------------------------------------------------------------------

/**
 * Frequency buckets by rank among the wordsninja entries that are dictionary
 * words: roughly geometric (×2.3 per bucket), so a cost linear in the bucket
 * approximates −log p under Zipf's law. Dictionary words missing from
 * wordsninja get bucket 9.
 */
const BUCKET_LIMITS = [100, 250, 600, 1500, 3500, 8000, 18000, 40000, 90000];
function bucketOfRank(rank: number): number {
  for (let b = 0; b < BUCKET_LIMITS.length; b++) if (rank < BUCKET_LIMITS[b]!) return b;
  return 9;
}

/**
 * One code character per lowercase key: bucket * 4 + casing bits
 * (1 = a lowercase entry exists, 2 = a Capitalised entry exists). Forty codes,
 * chosen to need no escaping in a JSON string literal.
 */
const CODE_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcd";
const CASE_LOWER = 1;
const CASE_CAPITAL = 2;

/** Stems whose "'s" form is a contraction (it is / it has), not a possessive. */
const S_CONTRACTIONS = new Set([
  "it", "he", "she", "that", "there", "here", "what", "who", "where", "when", "why", "how", "let",
  "everyone", "everybody", "someone", "somebody", "nobody", "nothing", "something", "everything",
]);

interface EnglishBuild {
  keys: string[];
  codes: string;
  others: string[];
  forms: number;
  /** Lowercase keys of every entry, whatever its casing. */
  lowerKeySet: Set<string>;
  /** Entries written in lowercase. */
  lowercaseForms: Set<string>;
  ranked: number;
  version: string;
  ninjaVersion: string;
}

function buildEnglish(): EnglishBuild {
  const { aff, dic, version } = loadHunspell("dictionary-en");
  const forms = new Set<string>();
  for (const entry of dic) {
    if (/\d/.test(entry.stem)) continue;
    // The .dic also lists some possessives as entries of their own ("act's").
    if (entry.stem.endsWith("'s") && !S_CONTRACTIONS.has(entry.stem.slice(0, -2))) continue;
    const expanded = expandEntry(entry.stem, entry.flags, aff, {
      // Possessives ('s) are dropped; contractions in the .dic stay, and so do
      // the 's contractions of a few pronouns and adverbs (it's, that's …),
      // which the .dic writes with the possessive flag.
      keepRule: (_cls, rule, stem) => !rule.add.includes("'") || (rule.add === "'s" && S_CONTRACTIONS.has(stem)),
    });
    for (const w of expanded) {
      if (!WORD_RE.test(w)) continue;
      // Prefixes cross with the kept 's forms too ("un" + "it's"): drop those.
      if (w.endsWith("'s") && !S_CONTRACTIONS.has(w.slice(0, -2))) continue;
      forms.add(w);
    }
  }

  // Casing per lowercase key.
  const caseBits = new Map<string, number>();
  const others: string[] = [];
  for (const w of forms) {
    const key = w.toLowerCase();
    let bits = caseBits.get(key) ?? 0;
    if (isLower(w)) bits |= CASE_LOWER;
    else if (isCapitalised(w)) bits |= CASE_CAPITAL;
    else others.push(w); // NASA, iPhone, McDonald: looked up exactly
    caseBits.set(key, bits);
  }
  const keys = sortUnique(caseBits.keys());
  const lowerKeySet = new Set(keys);

  // Frequency: wordsninja's list is ranked; keep dictionary words only.
  const ninjaDir = packageDir("wordsninja");
  const ninja = JSON.parse(readFileSync(join(ninjaDir, "words-en.json"), "utf8")) as string[];
  const ninjaVersion = (JSON.parse(readFileSync(join(ninjaDir, "package.json"), "utf8")) as { version: string }).version;
  const bucket = new Map<string, number>();
  let rank = 0;
  for (const raw of ninja) {
    const w = raw.toLowerCase();
    if (!lowerKeySet.has(w) || bucket.has(w)) continue;
    bucket.set(w, bucketOfRank(rank++));
  }

  let codes = "";
  for (const key of keys) {
    const b = bucket.get(key) ?? 9;
    codes += CODE_ALPHABET[b * 4 + (caseBits.get(key) ?? 0)];
  }
  const lowercaseForms = new Set([...forms].filter(isLower));
  return { keys, codes, others: sortUnique(others), forms: forms.size, lowerKeySet, lowercaseForms, ranked: rank, version, ninjaVersion };
}

// ---------------------------------------------------------------------------
// French
// ---------------------------------------------------------------------------

/** The most common French verbs: these keep their full conjugation. */
const TOP_FRENCH_VERBS = [
  "être", "avoir", "faire", "dire", "pouvoir", "aller", "voir", "savoir", "vouloir", "venir",
  "falloir", "devoir", "croire", "trouver", "donner", "prendre", "parler", "aimer", "passer", "mettre",
  "demander", "tenir", "sembler", "laisser", "rester", "penser", "entendre", "regarder", "répondre", "rendre",
  "connaître", "paraître", "arriver", "sentir", "attendre", "vivre", "chercher", "sortir", "comprendre", "porter",
  "entrer", "devenir", "revenir", "écrire", "appeler", "tomber", "reprendre", "commencer", "suivre", "montrer",
  "partir", "mourir", "ouvrir", "lire", "servir", "perdre", "recevoir", "jouer", "finir", "permettre",
  "continuer", "présenter", "créer", "offrir", "produire", "travailler", "payer", "changer", "lever", "décider",
  "reconnaître", "apprendre", "agir", "compter", "gagner", "garder", "obtenir", "accepter", "remettre", "établir",
  "représenter", "proposer", "considérer", "exister", "assurer", "conduire", "tirer", "marcher", "courir", "envoyer",
  "rappeler", "former", "empêcher", "tourner", "poser", "occuper", "développer", "souhaiter", "prévoir", "réaliser",
  "adopter", "soutenir", "augmenter", "réduire", "annoncer", "engager", "exiger", "maintenir", "voter", "élire",
  "déclarer", "nommer", "investir", "mener", "atteindre", "battre", "défendre", "expliquer",
];

interface FrenchBuild {
  frenchOnly: string[];
  /** Also a lowercase English entry ("pour", "place"). */
  shared: string[];
  /** Also an English entry, but only a non-lowercase one ("de"/"De", "les"/"Les", "paris"/"Paris"). */
  sharedCased: string[];
  names: string[];
  version: string;
  verbsTotal: number;
  verbsFull: number;
}

function buildFrench(englishLower: ReadonlySet<string>, englishKeys: ReadonlySet<string>): FrenchBuild {
  const { aff, dic, version } = loadHunspell("dictionary-fr");
  // A conjugation class is one with finite forms: its rules carry the
  // elided-pronoun continuation n' ("n'aime"). Participles carry only
  // L'D'Q' / D'Q' / d'q' / q' — those stay for every verb.
  const conjugation = new Set<string>();
  const negationFlag = aff.prefixes.has("n'") ? "n'" : undefined;
  for (const [flag, cls] of aff.suffixes) {
    if (negationFlag && cls.rules.some((r) => r.cont.includes(negationFlag))) conjugation.add(flag);
  }
  const top = new Set(TOP_FRENCH_VERBS);
  const common = new Set<string>();
  const names = new Set<string>();
  let verbsTotal = 0;
  let verbsFull = 0;
  for (const entry of dic) {
    if (/[\d₀-₉]/.test(entry.stem)) continue;
    const isVerb = [...entry.flags].some((f) => conjugation.has(f));
    const full = top.has(entry.stem);
    if (isVerb) {
      verbsTotal++;
      if (full) verbsFull++;
    }
    const expanded = expandEntry(entry.stem, entry.flags, aff, {
      keepRule: (cls, rule) => {
        // Elisions (l', d', qu', jusqu' …) are left out entirely.
        if (rule.add.includes("'")) return false;
        if (!full && conjugation.has(cls.flag) && negationFlag && rule.cont.includes(negationFlag)) return false;
        return true;
      },
    });
    const properName = !isLower(entry.stem[0] ?? "");
    for (const raw of expanded) {
      const w = raw.normalize("NFC");
      // Hyphenated compounds are left out: postedit's tokenizer splits at
      // hyphens, and their parts are entries of their own.
      if (!WORD_RE.test(w) || w.includes("-") || !FRENCH_VOWEL_RE.test(w.toLowerCase())) continue;
      if (properName) names.add(w.toLowerCase());
      else common.add(w.toLowerCase());
    }
  }
  const frenchOnly: string[] = [];
  const shared: string[] = [];
  const sharedCased: string[] = [];
  for (const w of sortUnique(common)) {
    if (englishLower.has(w)) shared.push(w);
    else if (englishKeys.has(w)) sharedCased.push(w);
    else frenchOnly.push(w);
  }
  const nameList = sortUnique(names);
  return { frenchOnly, shared, sharedCased, names: nameList, version, verbsTotal, verbsFull };
}

// ---------------------------------------------------------------------------
// Write, then measure
// ---------------------------------------------------------------------------

function kb(n: number): string {
  return `${(n / 1024).toFixed(1)} KB`;
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const en = buildEnglish();
  const fr = buildFrench(en.lowercaseForms, en.lowerKeySet);
  const buildMs = performance.now() - t0;

  for (const list of [en.keys, en.others, fr.frenchOnly, fr.shared, fr.sharedCased, fr.names]) {
    for (const w of list) if (w.includes("\n") || w === "") throw new Error(`bad entry ${JSON.stringify(w)}`);
  }

  // Sections (decoded by src/lexicon/words.ts):
  //   english: [one code char per key], keys (front-coded), other-case forms (front-coded)
  //   french:  French-only words, words shared with lowercase English entries,
  //            words shared only with non-lowercase English entries (all front-coded)
  //   names:   lowercase French proper-name forms (front-coded)
  const englishData = packSections([[en.codes], frontCodeBlocks(en.keys), frontCodeBlocks(en.others)]);
  const frenchData = packSections([
    frontCodeBlocks(fr.frenchOnly),
    frontCodeBlocks(fr.shared),
    frontCodeBlocks(fr.sharedCased),
  ]);
  const namesData = packSections([frontCodeBlocks(fr.names)]);

  mkdirSync(outDir, { recursive: true });
  const mplNotice = [
    "This Source Code Form is subject to the terms of the Mozilla Public License, v. 2.0.",
    "If a copy of the MPL was not distributed with this file, You can obtain one at https://mozilla.org/MPL/2.0/.",
    `Derived from dictionary-fr ${fr.version} (Dictionnaire orthographique français 7.5, Grammalecte, Olivier R.`,
    "and contributors); the derived list stays under MPL-2.0. Source: the package's index.aff and index.dic.",
  ];
  const files: { name: string; text: string }[] = [
    {
      name: "english.ts",
      text: moduleText(
        "English word forms: lowercase keys with casing and frequency-bucket codes.",
        [
          `Source: dictionary-en ${en.version} (hunspell en_US 2020.12.07 from SCOWL, package licence "MIT AND BSD"):`,
          "Copyright 2000-2018 by Kevin Atkinson; affix file from Ispell, Copyright 1993 Geoff Kuenning (BSD).",
          `Frequency order: wordsninja ${en.ninjaVersion}, Copyright (c) 2018 Parsa Kafi (MIT).`,
          "Full copyright and permission notices: src/lexicon/NOTICE.md.",
        ],
        englishData,
      ),
    },
    {
      name: "french.ts",
      text: moduleText(
        "French word forms, lowercase: French-only, shared with English, shared with cased English only.",
        mplNotice,
        frenchData,
      ),
    },
    {
      name: "french-names.ts",
      text: moduleText("French proper names (capitalised entries of dictionary-fr), lowercased.", mplNotice, namesData),
    },
  ];
  const sizes: string[] = [];
  for (const f of files) {
    writeFileSync(join(outDir, f.name), f.text);
    const raw = Buffer.byteLength(f.text);
    const gz = gzipSync(f.text, { level: 9 }).length;
    sizes.push(`  ${f.name.padEnd(16)} raw ${kb(raw).padStart(10)}   gzip -9 ${kb(gz).padStart(9)}`);
  }

  console.log(`built in ${(buildMs / 1000).toFixed(1)} s`);
  console.log("entries:");
  console.log(`  english forms (case kept)      ${en.forms}`);
  console.log(`  english lowercase keys         ${en.keys.length} (of which ranked by wordsninja: ${en.ranked})`);
  console.log(`  english other-case forms       ${en.others.length}`);
  console.log(`  french-only words              ${fr.frenchOnly.length}`);
  console.log(`  french words shared w/ English ${fr.shared.length} (+ ${fr.sharedCased.length} only with cased English entries)`);
  console.log(`  french names                   ${fr.names.length}`);
  console.log(`  french verbs ${fr.verbsTotal}, fully conjugated ${fr.verbsFull}`);
  console.log("sizes:");
  for (const s of sizes) console.log(s);

  console.log("timings (fresh node process, loaders transpiled as-is):");
  console.log(measureInFreshNode(files));
}

/**
 * Measures the real loaders cold: words.ts is transpiled (types stripped) next
 * to copies of the generated modules, and a new node process imports them.
 */
const PROBE = `
const t0 = performance.now();
const words = await import("./words.mjs");
const tImport = performance.now() - t0;
const time = (f) => { const t = performance.now(); f(); return performance.now() - t; };
const enFirst = time(() => words.isEnglishWord("warm"));
const frFirst = time(() => words.isFrenchWord("chaud"));
const namesFirst = time(() => words.isFrenchName("gatineau"));
// Every block head of every list: forces a decode of every block.
const heads = [];
for (const mod of ["english", "french", "french-names"]) {
  const data = (await import("./data/" + mod + ".mjs")).default;
  const lines = data.split("\\n");
  const counts = lines[0].split(" ").map(Number).slice(1);
  let at = 1;
  counts.forEach((c, s) => {
    const isCodes = mod === "english" && s === 0;
    if (!isCodes) for (let i = at; i < at + c; i++) heads.push(lines[i].split(" ")[0]);
    at += c;
  });
}
const probe = (w) => words.isEnglishWord(w) || words.englishFrequencyBucket(w) !== undefined || words.isFrenchWord(w) || words.isFrenchName(w);
const coldAll = time(() => heads.forEach(probe));
const warmAll = time(() => heads.forEach(probe));
const sample = heads.map((h) => h + "s");
const n = 20;
const tWarm = performance.now();
for (let r = 0; r < n; r++) for (const w of sample) { words.isEnglishWord(w); words.isFrenchOnlyWord(w); }
const warmUs = ((performance.now() - tWarm) * 1000) / (2 * n * sample.length);
console.log(JSON.stringify({ tImport, enFirst, frFirst, namesFirst, coldAll, warmAll, blocks: heads.length, warmUs }));
`;

function measureInFreshNode(files: readonly { name: string; text: string }[]): string {
  const dir = mkdtempSync(join(tmpdir(), "postedit-lexicons-"));
  try {
    mkdirSync(join(dir, "data"));
    const source = readFileSync(join(root, "src", "lexicon", "words.ts"), "utf8");
    const js = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    }).outputText;
    writeFileSync(join(dir, "words.mjs"), js.replace(/from "\.\/data\/([\w-]+)\.js"/g, 'from "./data/$1.mjs"'));
    for (const f of files) writeFileSync(join(dir, "data", f.name.replace(/\.ts$/, ".mjs")), f.text);
    writeFileSync(join(dir, "probe.mjs"), PROBE);
    const run = spawnSync(process.execPath, [join(dir, "probe.mjs")], { encoding: "utf8" });
    if (run.status !== 0) throw new Error(`probe failed: ${run.stderr}`);
    const m = JSON.parse(run.stdout) as Record<string, number>;
    const ms = (k: string): string => `${m[k]!.toFixed(1)} ms`;
    return [
      `  import words.js + data modules (parse)       ${ms("tImport")}`,
      `  first isEnglishWord (nothing decoded)       ${ms("enFirst")}`,
      `  first isFrenchWord (nothing decoded)        ${ms("frFirst")}`,
      `  first isFrenchName (nothing decoded)        ${ms("namesFirst")}`,
      `  first lookups in each of ${m.blocks} blocks (cold) ${ms("coldAll")}`,
      `  same lookups again (warm)                  ${ms("warmAll")}`,
      `  warm lookup, mean                           ${m.warmUs!.toFixed(2)} µs`,
    ].join("\n");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
