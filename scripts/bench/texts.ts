/**
 * The texts `npm run bench` measures: the seed article (dirty MT, shipped),
 * clean English from the SOTU corpus (shipped), and a text of real machine
 * translation concatenated from the WMT13 French–English system outputs,
 * read from ../shared/corpora/ at bench time and never copied into the
 * repository (undefined when that corpus is absent).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("../..", import.meta.url).pathname;
/**
 * The shared research corpora: POSTEDIT_CORPORA, or ../shared/corpora beside
 * the checkout (../../shared/corpora for a git worktree one level deeper).
 */
export const SHARED_CORPORA =
  process.env.POSTEDIT_CORPORA ?? [join(root, "..", "shared", "corpora"), join(root, "..", "..", "shared", "corpora")].find((dir) => existsSync(dir)) ?? join(root, "..", "shared", "corpora");

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

export function seedArticle(): string {
  return readFileSync(join(root, "fixtures/seed/geneva-talks.txt"), "utf8");
}

/** Paragraphs of five consecutive SOTU sentences, as eval reads them, up to `targetWords`. */
export function sotuText(targetWords: number): string {
  const sentences = readFileSync(join(root, "fixtures/corpora/sotu-sentences.tsv"), "utf8").split("\n").slice(1).map((line) => line.split("\t")[3] ?? "");
  const paragraphs: string[] = [];
  let count = 0;
  for (let i = 0; i < sentences.length && count < targetWords; i += 5) {
    const paragraph = sentences.slice(i, i + 5).join(" ");
    paragraphs.push(paragraph);
    count += countWords(paragraph);
  }
  return paragraphs.join("\n\n");
}

/**
 * Real MT output: the WMT13 news test set's system outputs, one system per
 * document in turn (all 19 systems appear), paragraphs of four segments,
 * blank lines between paragraphs, documents one after the other, until
 * `targetWords`. Undefined when ../shared/corpora/wmt13-fr-en-systems.tsv is absent.
 */
export function wmtText(targetWords: number): string | undefined {
  const path = join(SHARED_CORPORA, "wmt13-fr-en-systems.tsv");
  if (!existsSync(path)) return undefined;
  const [header, ...rows] = readFileSync(path, "utf8").trim().split("\n").map((line) => line.split("\t"));
  const systems = header!.length - 4;
  const documents = new Map<string, string[][]>();
  for (const row of rows) documents.set(row[0]!, [...(documents.get(row[0]!) ?? []), row]);
  const paragraphs: string[] = [];
  let count = 0;
  let d = 0;
  for (const segments of documents.values()) {
    const column = 4 + (d++ % systems);
    for (let i = 0; i < segments.length && count < targetWords; i += 4) {
      const paragraph = segments.slice(i, i + 4).map((row) => row[column] ?? "").join(" ");
      paragraphs.push(paragraph);
      count += countWords(paragraph);
    }
    if (count >= targetWords) break;
  }
  return paragraphs.join("\n\n");
}
