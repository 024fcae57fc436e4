/**
 * The golden outputs: what the engine answers today on every input the
 * repository ships (every folder of fixture cases — development, held out,
 * blind —, markup documents, the seed article, every rule example, and the
 * SOTU corpus checked in paragraphs as scripts/eval.ts does), in one
 * normalised record per input.
 *
 * `test/golden/golden.test.ts` compares the current engine with
 * `test/golden/outputs.jsonl` byte for byte; `npm run golden:update`
 * (scripts/update-golden.ts) rewrites the file deliberately and prints what
 * changed. Fixture records hold the outputs themselves (findings, corrected
 * texts, diffs); SOTU records hold the findings and counts, and hashes of the
 * corrected texts and diffs (the corpus is 2 MB).
 */
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { check, fix, type CheckResult, type FixResult, type Format } from "../../src/engine/index.js";
import { parseExample } from "../../src/engine/rule.js";
import { RULES } from "../../src/rules/index.js";

const root = new URL("../..", import.meta.url).pathname;
export const GOLDEN_PATH = join(root, "test/golden/outputs.jsonl");

export interface GoldenInput {
  /** Stable key: where the input comes from. */
  key: string;
  text: string;
  format: Format;
  /** Store hashes of the corrected texts and diffs instead of the texts themselves. */
  hashed: boolean;
}

export type GoldenRecord = Record<string, unknown> & { key: string };

/** Every input, in a fixed order. */
export function goldenInputs(): GoldenInput[] {
  const inputs: GoldenInput[] = [];
  // Every folder of cases (cases, holdout, blind-2 …): JSON arrays of { id, text, … }.
  for (const name of readdirSync(join(root, "fixtures"), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    const folder = `fixtures/${name}`;
    for (const file of readdirSync(join(root, folder)).filter((f) => f.endsWith(".json")).sort()) {
      const cases = JSON.parse(readFileSync(join(root, folder, file), "utf8")) as unknown;
      if (!Array.isArray(cases) || !cases.every((c) => typeof c?.id === "string" && typeof c?.text === "string")) continue;
      for (const item of cases as { id: string; text: string }[]) inputs.push({ key: `${folder}/${file}#${item.id}`, text: item.text, format: "text", hashed: false });
    }
  }
  const markup = join(root, "fixtures/markup");
  for (const file of readdirSync(markup).filter((f) => !f.includes(".expected.")).sort()) {
    const format: Format = file.endsWith(".md") ? "markdown" : "html";
    inputs.push({ key: `fixtures/markup/${file}`, text: readFileSync(join(markup, file), "utf8"), format, hashed: false });
  }
  inputs.push({ key: "fixtures/seed/geneva-talks.txt", text: readFileSync(join(root, "fixtures/seed/geneva-talks.txt"), "utf8"), format: "text", hashed: false });
  for (const rule of RULES) {
    const seen = new Set<string>();
    const add = (kind: string, text: string) => {
      if (seen.has(text)) return;
      seen.add(text);
      inputs.push({ key: `rule-example/${rule.id}/${kind}: ${text}`, text, format: "text", hashed: false });
    };
    for (const example of rule.examples.bad) {
      add("bad", parseExample(example.text).text);
      if (example.fixed !== undefined) add("fixed", example.fixed);
    }
    for (const text of rule.examples.good) add("good", text);
  }
  for (const [name, text] of sotuDocuments()) inputs.push({ key: `fixtures/corpora/sotu-sentences.tsv#${name}`, text, format: "text", hashed: true });
  return inputs;
}

/** The SOTU corpus as scripts/eval.ts checks it: one document per speech, paragraphs of up to five sentences. */
function sotuDocuments(): [string, string][] {
  const rows = readFileSync(join(root, "fixtures/corpora/sotu-sentences.tsv"), "utf8").trim().split("\n").slice(1).map((line) => line.split("\t"));
  const documents: [string, string][] = [];
  let paragraph: string[] = [];
  const paragraphs: string[] = [];
  let file = "";
  for (const [name, , , sentence] of rows) {
    if (name !== file || paragraph.length === 5) {
      if (paragraph.length) paragraphs.push(paragraph.join(" "));
      paragraph = [];
      if (name !== file && paragraphs.length) {
        documents.push([file, paragraphs.join("\n\n")]);
        paragraphs.length = 0;
      }
      file = name!;
    }
    paragraph.push(sentence!);
  }
  if (paragraph.length) paragraphs.push(paragraph.join(" "));
  if (paragraphs.length) documents.push([file, paragraphs.join("\n\n")]);
  return documents;
}

const hash = (value: unknown) => createHash("sha256").update(typeof value === "string" ? value : JSON.stringify(value)).digest("hex").slice(0, 16);

/**
 * One fix result, normalised: what `fix` adds to `check` (the corrected text,
 * the diff, what was applied and skipped). Its findings and stats are compared
 * with `check`'s; when they differ (they never should) they are kept in full.
 */
function fixRecord(result: FixResult, checked: CheckResult, hashed: boolean): Record<string, unknown> {
  const record: Record<string, unknown> = hashed
    ? { applied: result.applied, skipped: result.skipped, text: hash(result.text), diff: hash(result.diff) }
    : { applied: result.applied, skipped: result.skipped, text: result.text, diff: result.diff };
  const applied = new Set(result.applied);
  const expected = checked.findings.map((f) => ({ ...f, applied: applied.has(f.id) }));
  if (JSON.stringify(result.findings) !== JSON.stringify(expected)) record.findings = result.findings;
  if (JSON.stringify(result.stats) !== JSON.stringify(checked.stats)) record.stats = result.stats;
  return record;
}

/** The engine's current outputs on one input. */
export function goldenRecord(input: GoldenInput): GoldenRecord {
  const checked = check(input.text, RULES, input.format);
  const safe = fix(input.text, RULES, "safe", input.format);
  const all = fix(input.text, RULES, "all", input.format);
  return {
    key: input.key,
    ...(input.format === "text" ? {} : { format: input.format }),
    findings: checked.findings,
    stats: checked.stats,
    safe: fixRecord(safe, checked, input.hashed),
    all: fixRecord(all, checked, input.hashed),
  };
}

// --- compact storage -----------------------------------------------------------------

/*
 * Stored records are lossless compactions of full records, given the input:
 * a word change whose value is the input's text at its offset (every `equal`
 * and `delete`) is stored as [type, offset, length], an insertion as
 * ["+", offset, value]; the corrected text is left out when it is what the
 * changes spell; `all` is "same" when it equals `safe`. `expandRecord`
 * restores the full record.
 */
type StoredChange = [string, number, number | string];
const TYPE_CODES: Record<string, string> = { equal: "=", delete: "-", insert: "+" };
const CODE_TYPES: Record<string, string> = { "=": "equal", "-": "delete", "+": "insert" };

function compactFix(value: unknown, input: string): unknown {
  const record = { ...(value as Record<string, unknown>) };
  const diff = record.diff as { patch: string; changes: { type: string; value: string; offset: number }[] } | string;
  if (typeof diff !== "object") return record;
  const changes: StoredChange[] = diff.changes.map((c) =>
    c.type !== "insert" && input.slice(c.offset, c.offset + c.value.length) === c.value
      ? [TYPE_CODES[c.type]!, c.offset, c.value.length]
      : [c.type === "insert" ? "+" : `${TYPE_CODES[c.type]}!`, c.offset, c.value],
  );
  const spelled = diff.changes.filter((c) => c.type !== "delete").map((c) => c.value).join("");
  const compact: Record<string, unknown> = { ...record, diff: { patch: diff.patch, changes } };
  if (record.text === (diff.changes.length === 0 ? input : spelled)) delete compact.text;
  return compact;
}

function expandFix(value: unknown, input: string): unknown {
  const record = { ...(value as Record<string, unknown>) };
  const diff = record.diff as { patch: string; changes: StoredChange[] } | string;
  if (typeof diff !== "object") return record;
  const changes = diff.changes.map(([code, offset, v]) => ({
    type: CODE_TYPES[code.replace("!", "")]!,
    value: typeof v === "number" ? input.slice(offset, offset + v) : v,
    offset,
  }));
  const text = "text" in record ? record.text : changes.length === 0 ? input : changes.filter((c) => c.type !== "delete").map((c) => c.value).join("");
  const { applied, skipped, ...rest } = record;
  return { applied, skipped, text, ...rest, diff: { patch: diff.patch, changes } };
}

/** The stored form of a record (see above). */
export function compactRecord(record: GoldenRecord, input: string): GoldenRecord {
  const safe = compactFix(record.safe, input);
  const all = JSON.stringify(record.all) === JSON.stringify(record.safe) ? "same" : compactFix(record.all, input);
  return { ...record, safe, all };
}

/** The full record from its stored form. */
export function expandRecord(stored: GoldenRecord, input: string): GoldenRecord {
  const safe = expandFix(stored.safe, input);
  const all = stored.all === "same" ? safe : expandFix(stored.all, input);
  return { ...stored, safe, all };
}

export function readGolden(text: string): Map<string, GoldenRecord> {
  const records = new Map<string, GoldenRecord>();
  for (const line of text.split("\n")) {
    if (line.trim() === "") continue;
    const record = JSON.parse(line) as GoldenRecord;
    records.set(record.key, record);
  }
  return records;
}

export function writeGolden(records: readonly GoldenRecord[]): string {
  return records.map((record) => JSON.stringify(record)).join("\n") + "\n";
}

/**
 * Compares the stored record of an input with its current full record: "" when
 * equal, otherwise what changed, for a person.
 */
export function compareWithGolden(stored: GoldenRecord | undefined, actual: GoldenRecord, input: string): string {
  if (stored !== undefined && JSON.stringify(stored) === JSON.stringify(compactRecord(actual, input))) return "";
  return describeDifference(stored === undefined ? undefined : expandRecord(stored, input), actual);
}

// --- readable differences --------------------------------------------------------------

const clip = (s: string, n = 160) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** A finding in one line: span, rule, original → replacement, safety, confidence, severity. */
function describeFinding(f: Record<string, unknown>): string {
  const replacement = f.replacement === null ? "(flag)" : JSON.stringify(f.replacement);
  return `${f.offset}+${f.length} ${f.rule}: ${JSON.stringify(f.original)} → ${replacement} ${f.safe ? "safe" : "not safe"} ${f.confidence} ${f.severity} “${clip(String(f.message), 80)}”`;
}

function describeFindingChanges(before: Record<string, unknown>[], after: Record<string, unknown>[]): string[] {
  const lines: string[] = [];
  const byId = (list: Record<string, unknown>[]) => new Map(list.map((f) => [String(f.id), f]));
  const old = byId(before);
  const now = byId(after);
  for (const [id, f] of old) {
    const next = now.get(id);
    if (next === undefined) lines.push(`  - lost     ${describeFinding(f)}`);
    else if (JSON.stringify(next) !== JSON.stringify(f)) lines.push(`  ~ changed  ${describeFinding(f)}\n          now  ${describeFinding(next)}`);
  }
  for (const [id, f] of now) if (!old.has(id)) lines.push(`  + new      ${describeFinding(f)}`);
  if (lines.length === 0 && JSON.stringify(before) !== JSON.stringify(after)) lines.push("  (same findings in another order)");
  return lines;
}

/** Where two strings first differ, with a little context on each side. */
function describeTextChange(before: string, after: string): string {
  let at = 0;
  while (at < before.length && at < after.length && before[at] === after[at]) at++;
  let tail = 0;
  while (tail < before.length - at && tail < after.length - at && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  const from = Math.max(0, at - 30);
  return `at ${at}: …${JSON.stringify(before.slice(from, before.length - tail + 30))}… is now …${JSON.stringify(after.slice(from, after.length - tail + 30))}…`;
}

/** What differs between the golden record of an input and its current record, for a person; empty when they are equal. */
export function describeDifference(expected: GoldenRecord | undefined, actual: GoldenRecord | undefined): string {
  if (expected === undefined) return `${actual!.key}: not in the golden file (a new input: regenerate with npm run golden:update)`;
  if (actual === undefined) return `${expected.key}: in the golden file but no longer an input`;
  if (JSON.stringify(expected) === JSON.stringify(actual)) return "";
  const lines = [`${expected.key}:`];
  const fields = new Set([...Object.keys(expected), ...Object.keys(actual)]);
  for (const field of fields) {
    const a = expected[field];
    const b = actual[field];
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    if (field === "findings") {
      lines.push(" findings (check):", ...describeFindingChanges((a ?? []) as Record<string, unknown>[], (b ?? []) as Record<string, unknown>[]));
    } else if ((field === "safe" || field === "all") && typeof a === "object" && typeof b === "object") {
      const before = a as Record<string, unknown>;
      const after = b as Record<string, unknown>;
      for (const part of new Set([...Object.keys(before), ...Object.keys(after)])) {
        const x = before[part];
        const y = after[part];
        if (JSON.stringify(x) === JSON.stringify(y)) continue;
        if (typeof x === "string" && typeof y === "string") lines.push(` ${field} fix, ${part}: ${describeTextChange(x, y)}`);
        else if (part === "diff" && typeof x === "object" && typeof y === "object") {
          const d = x as { patch: string; changes: unknown };
          const e = y as { patch: string; changes: unknown };
          if (d.patch !== e.patch) lines.push(` ${field} fix, diff.patch: ${describeTextChange(d.patch, e.patch)}`);
          if (JSON.stringify(d.changes) !== JSON.stringify(e.changes)) lines.push(` ${field} fix, diff.changes: ${describeTextChange(JSON.stringify(d.changes), JSON.stringify(e.changes))}`);
        }
        else lines.push(` ${field} fix, ${part}: ${clip(JSON.stringify(x) ?? "(none)", 300)}\n   is now ${clip(JSON.stringify(y) ?? "(none)", 300)}`);
      }
    } else {
      lines.push(` ${field}: ${clip(JSON.stringify(a) ?? "(none)", 300)}\n   is now ${clip(JSON.stringify(b) ?? "(none)", 300)}`);
    }
  }
  return lines.join("\n");
}
