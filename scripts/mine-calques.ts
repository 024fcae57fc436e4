/**
 * Mines calque and omission candidates from the real MT corpora in
 * ../shared/corpora (or $POSTEDIT_SHARED/corpora), for a person to judge
 * before anything enters `src/lexicon/calques.ts`. Prints counts of short
 * word sequences only, never sentences.
 *
 * 1. Potet MT → post-edit: the word spans the post-editor replaced (1–4 words
 *    out, 0–4 in), counted over all segments.
 * 2. WMT13 systems vs references: word n-grams (2–4) that many MT outputs
 *    have and no professional translation (WMT13 ref, Potet reference_ht) has.
 *
 *   npx tsx scripts/mine-calques.ts [--top 200]
 */
import { diffArrays } from "diff";
import { corporaDir, loadSegments } from "./eval-mt-corpora.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const dir = corporaDir(root);
if (!dir) {
  console.log("../shared/corpora not found: nothing to mine.");
  process.exit(0);
}
const args = process.argv.slice(2);
const top = args.includes("--top") ? Number(args[args.indexOf("--top") + 1]) : 200;

const words = (text: string) => text.toLowerCase().replace(/\s+([.,;:!?)])/gu, "$1").match(/[\p{L}\p{N}'’-]+|[.,;:!?()]/gu) ?? [];

// --- 1. post-edits ---
const edits = new Map<string, number>();
const potet = readFileSync(join(dir, "potet-fr-en-mt-postedit.tsv"), "utf8").trimEnd().split("\n").slice(1);
for (const line of potet) {
  const [, , mt, pe] = line.split("\t");
  const parts = diffArrays(words(mt ?? ""), words(pe ?? ""));
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (!part.removed) continue;
    const next = parts[i + 1];
    const added = next?.added ? next.value : [];
    if (part.value.length > 4 || added.length > 4) continue;
    if (part.value.some((w) => /\p{N}/u.test(w))) continue;
    const before = parts[i - 1] && !parts[i - 1]!.added && !parts[i - 1]!.removed ? parts[i - 1]!.value.slice(-1) : [];
    const key = `${before.join(" ")} [${part.value.join(" ")}] → [${added.join(" ")}]`;
    edits.set(key, (edits.get(key) ?? 0) + 1);
  }
}
console.log(`\n== Potet: spans the post-editor replaced (with the word before), top ${top} ==`);
for (const [key, n] of [...edits].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${String(n).padStart(4)}  ${key}`);

// --- 2. n-grams of MT absent from the references ---
const { professional, machine } = loadSegments(dir);
const ngrams = (text: string, out: Map<string, number>, seen: Set<string>) => {
  const w = words(text);
  for (let n = 2; n <= 4; n++) {
    for (let i = 0; i + n <= w.length; i++) {
      const gram = w.slice(i, i + n);
      if (gram.some((x) => /^[.,;:!?()]$/u.test(x) || /\p{N}/u.test(x))) continue;
      const key = gram.join(" ");
      if (seen.has(key)) continue;
      seen.add(key);
      out.set(key, (out.get(key) ?? 0) + 1);
    }
  }
};
const inRefs = new Map<string, number>();
for (const s of professional) ngrams(s.text, inRefs, new Set());
const inMt = new Map<string, number>();
for (const s of machine) if (s.corpus === "wmt13") ngrams(s.text, inMt, new Set());
console.log(`\n== WMT13: n-grams in many MT segments and in no professional translation, top ${top} ==`);
const candidates = [...inMt].filter(([gram, n]) => n >= 8 && !inRefs.has(gram)).sort((a, b) => b[1] - a[1]);
for (const [gram, n] of candidates.slice(0, top)) console.log(`${String(n).padStart(4)}  ${gram}`);
