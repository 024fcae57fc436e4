/**
 * The review page's state, without the DOM: findings as the API returns them,
 * the editor's decisions with an undo stack, staleness against the current
 * text, and the split of the text into non-overlapping highlighted segments.
 * Pure, so it is unit-tested in Node (test/review/model.test.ts).
 *
 * Offsets are UTF-16 code units (JavaScript string indices), as in the API.
 */
import { chooseFindings, type ReviewDecision } from "../../hooks/choice.js";

import type { Finding as EngineFinding } from "../../engine/types.js";

/** A finding as POST /v1/check returns it: the engine's own type (README, "A Finding"). */
export interface Finding extends EngineFinding {
  /** In a stored review: whether the publish hook applied it (a safe fix), so finishing applies it unless rejected. */
  applied?: boolean;
}

export type Kind = "safe" | "suggestion" | "flag";
export type Decision = "accepted" | "rejected";
export type Status = "pending" | Decision | "stale";

/** A safe fix, a suggestion (a replacement someone must accept) or a flag (no replacement). */
export function kindOf(finding: Finding): Kind {
  if (finding.replacement === null) return "flag";
  return finding.safe ? "safe" : "suggestion";
}

export const KIND_LABELS: Record<Kind, string> = { safe: "safe fix", suggestion: "suggestion", flag: "flag" };

/** True when the finding's span no longer holds its `original` (the test /v1/apply makes before answering 409). */
export function isStale(text: string, finding: Finding): boolean {
  const end = finding.offset + finding.length;
  return end > text.length || text.slice(finding.offset, end) !== finding.original;
}

/** A run of text covered by the same findings (`ids` empty: plain text). `point` marks a zero-length finding (an insertion). */
export interface Segment {
  start: number;
  end: number;
  ids: string[];
  point?: boolean;
}

/**
 * Splits `text` at every finding boundary into segments that do not overlap,
 * each listing the findings that cover it (shortest span first, so the most
 * specific finding is the one to show). Zero-length findings become point
 * segments at their offset. Findings past the end of the text are ignored.
 */
export function segment(text: string, findings: readonly Finding[]): Segment[] {
  const usable = findings.filter((f) => f.offset + f.length <= text.length);
  const bounds = new Set<number>([0, text.length]);
  for (const f of usable) {
    bounds.add(f.offset);
    bounds.add(f.offset + f.length);
  }
  const cuts = [...bounds].sort((a, b) => a - b);
  const starting = new Map<number, Finding[]>();
  const points = new Map<number, Finding[]>();
  for (const f of usable) {
    const into = f.length === 0 ? points : starting;
    const list = into.get(f.offset);
    if (list) list.push(f);
    else into.set(f.offset, [f]);
  }
  const bySpan = (a: Finding, b: Finding) => a.length - b.length || a.offset - b.offset || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const segments: Segment[] = [];
  let active: Finding[] = [];
  for (let i = 0; i < cuts.length; i++) {
    const at = cuts[i]!;
    active = active.filter((f) => f.offset + f.length > at);
    const here = points.get(at);
    if (here) segments.push({ start: at, end: at, ids: here.sort(bySpan).map((f) => f.id), point: true });
    const opened = starting.get(at);
    if (opened) active.push(...opened);
    const next = cuts[i + 1];
    if (next === undefined || next === at) continue;
    const ids = active.length === 0 ? [] : [...active].sort(bySpan).map((f) => f.id);
    const last = segments[segments.length - 1];
    if (ids.length === 0 && last && !last.point && last.ids.length === 0) last.end = next;
    else segments.push({ start: at, end: next, ids });
  }
  return segments;
}

interface UndoEntry {
  /** The explicit decision each finding had before (undefined: none). */
  changes: { id: string; before: Decision | undefined }[];
  /** The finding to select after undoing. */
  focus: string;
}

/**
 * The editor's decisions, keyed by finding id, with an undo stack (bulk
 * actions undo as one step). Some findings start accepted: the safe fixes
 * after Check, the fixes the publish hook applied in a review (`setDefaults`).
 * A default is not a decision: it holds until someone rejects the finding,
 * and undoing that rejection brings it back.
 */
export class Decisions {
  readonly #decisions = new Map<string, Decision>();
  readonly #defaults = new Set<string>();
  readonly #undo: UndoEntry[] = [];

  /** The findings accepted unless decided otherwise (replaces the previous set; decisions are kept). */
  setDefaults(ids: Iterable<string>): void {
    this.#defaults.clear();
    for (const id of ids) this.#defaults.add(id);
  }

  /** True when the finding starts accepted (whatever was decided since). */
  hasDefault(id: string): boolean {
    return this.#defaults.has(id);
  }

  /** The decision in force: the editor's, else accepted by default, else none (pending). */
  get(id: string): Decision | undefined {
    return this.#decisions.get(id) ?? (this.#defaults.has(id) ? "accepted" : undefined);
  }

  /** The editor's own decision, if any (what a review stores). */
  explicit(id: string): Decision | undefined {
    return this.#decisions.get(id);
  }

  /** Sets `decision` on every id whose decision in force differs; one undo step. Returns the ids changed. */
  set(ids: readonly string[], decision: Decision, focus = ids[0] ?? ""): string[] {
    const changes = ids.filter((id) => this.get(id) !== decision).map((id) => ({ id, before: this.#decisions.get(id) }));
    if (changes.length === 0) return [];
    for (const { id } of changes) this.#decisions.set(id, decision);
    this.#undo.push({ changes, focus });
    return changes.map((change) => change.id);
  }

  /** Reverts the last step; returns the finding to select, or undefined when there is nothing to undo. */
  undo(): { focus: string; ids: string[] } | undefined {
    const entry = this.#undo.pop();
    if (!entry) return undefined;
    for (const { id, before } of entry.changes) {
      if (before === undefined) this.#decisions.delete(id);
      else this.#decisions.set(id, before);
    }
    return { focus: entry.focus, ids: entry.changes.map((change) => change.id) };
  }

  get canUndo(): boolean {
    return this.#undo.length > 0;
  }

  /** Sets decisions already made elsewhere (a stored review's), with no undo step. */
  restore(entries: Iterable<readonly [string, Decision]>): void {
    for (const [id, decision] of entries) this.#decisions.set(id, decision);
  }

  /** Keeps only the decisions on `ids` (after a new check, ids are stable for unchanged findings). */
  retain(ids: ReadonlySet<string>): void {
    for (const id of [...this.#decisions.keys()]) if (!ids.has(id)) this.#decisions.delete(id);
    this.#undo.length = 0;
  }
}

/** The status to show for a finding. */
export function statusOf(finding: Finding, decisions: Decisions, stale: ReadonlySet<string>): Status {
  if (stale.has(finding.id)) return "stale";
  return decisions.get(finding.id) ?? "pending";
}

/**
 * The ids to send to /v1/apply as `accept`, in finding order: one rule for
 * the page after Check and for a stored review, the rule finishing a review
 * applies (src/hooks/choice.ts, the same function the server runs): the
 * findings the editor accepted, and those accepted by default (safe fixes)
 * that nobody rejected and that no accepted finding overlaps. Stale findings
 * are left out.
 */
export function chosenIds(findings: readonly Finding[], decisions: Decisions, stale: ReadonlySet<string> = new Set()): string[] {
  const live = findings.filter((f) => !stale.has(f.id)).map((f) => ({ ...f, applied: decisions.hasDefault(f.id) }));
  const chosen = new Set(chooseFindings(live, (f) => apiDecision(decisions.explicit(f.id))).map((f) => f.id));
  return findings.filter((f) => chosen.has(f.id)).map((f) => f.id);
}

/** The reviews API's name for a decision (`accept` / `reject`); undefined is no decision. */
export function apiDecision(decision: Decision | undefined): ReviewDecision | undefined {
  return decision === "accepted" ? "accept" : decision === "rejected" ? "reject" : undefined;
}

/** The page's name for a decision the reviews API returns. */
export function pageDecision(decision: string | null | undefined): Decision | undefined {
  return decision === "accept" ? "accepted" : decision === "reject" ? "rejected" : undefined;
}

/** The body of POST /v1/reviews/:id/decisions that records the editor's decision on each of `ids` (none, or only a default: `clear`). */
export function decisionChange(field: string, ids: Iterable<string>, decisions: Decisions): { field: string; accept: string[]; reject: string[]; clear: string[] } {
  const change = { field, accept: [] as string[], reject: [] as string[], clear: [] as string[] };
  for (const id of new Set(ids)) {
    const decision = apiDecision(decisions.explicit(id));
    (decision === "accept" ? change.accept : decision === "reject" ? change.reject : change.clear).push(id);
  }
  return change;
}

/** Shows whitespace in a changed piece of text so an editor can see what a fix removes or inserts. */
export function visible(value: string): string {
  return value.replace(/\r\n|\n|\r/g, "↵\n").replace(/\t/g, "→").replace(/^ +| +$/g, (spaces) => "·".repeat(spaces.length));
}

/** Shortens a long unchanged run to its ends, so the card shows the change, not the whole paragraph. */
export function elide(value: string, keep = 40): string {
  return value.length <= keep * 2 + 10 ? value : `${value.slice(0, keep)} … ${value.slice(-keep)}`;
}

/** The format that a file name implies, or undefined when the extension says nothing. */
export function formatFromName(name: string): "text" | "html" | "markdown" | undefined {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (extension === "html" || extension === "htm" || extension === "xhtml") return "html";
  if (extension === "md" || extension === "markdown" || extension === "mdown") return "markdown";
  if (extension === "txt" || extension === "text") return "text";
  return undefined;
}

/** `article.html` → `article.corrected.html`; `article.html` + patch → `article.html.patch`. */
export function exportNames(source: string | undefined, format: "text" | "html" | "markdown"): { text: string; patch: string } {
  const fallback = `postedit.${format === "html" ? "html" : format === "markdown" ? "md" : "txt"}`;
  const name = source && source.trim() !== "" ? source : fallback;
  const dot = name.lastIndexOf(".");
  const text = dot > 0 ? `${name.slice(0, dot)}.corrected${name.slice(dot)}` : `${name}.corrected`;
  return { text, patch: `${name}.patch` };
}

export interface Piece {
  type: "equal" | "delete" | "insert";
  value: string;
}

/**
 * A word-level diff of two short strings (a finding's original and
 * replacement), so the card can show what a long replacement changes. Words,
 * spaces and each punctuation mark are tokens; longest common subsequence.
 * Above `limit` token pairs it gives up and answers delete + insert.
 */
export function wordDiff(before: string, after: string, limit = 250_000): Piece[] {
  const tokens = (s: string) => s.match(/[\p{L}\p{N}\p{M}]+|\s+|[^\p{L}\p{N}\p{M}\s]/gu) ?? [];
  const a = tokens(before);
  const b = tokens(after);
  const whole = (): Piece[] => [
    ...(before === "" ? [] : [{ type: "delete" as const, value: before }]),
    ...(after === "" ? [] : [{ type: "insert" as const, value: after }]),
  ];
  if (a.length * b.length > limit) return whole();
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const width = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] = a[i] === b[j] ? lcs[(i + 1) * width + j + 1]! + 1 : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
  const pieces: Piece[] = [];
  const push = (type: Piece["type"], value: string) => {
    const last = pieces[pieces.length - 1];
    if (last && last.type === type) last.value += value;
    else pieces.push({ type, value });
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      push("equal", a[i]!);
      i++;
      j++;
    } else if (i < a.length && (j === b.length || lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!)) {
      push("delete", a[i]!);
      i++;
    } else {
      push("insert", b[j]!);
      j++;
    }
  }
  return pieces;
}

const QUOTES = /^[“”„‟"'‘’‚‛«»‹›\u00a0\u202f ]+$/u;

/** Shortens `value` to about `max` characters, keeping both ends: the card and list show the change, not the paragraph. */
function cut(value: string, max: number): string {
  const flat = value.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const tail = Math.min(12, Math.floor(max / 4));
  return `${flat.slice(0, max - tail - 1)}…${flat.slice(-tail)}`;
}

/** What a piece of text is, as a person says it: “a space”, “a line break”, or the text in quotes. */
export function nameOf(value: string, max = 48): string {
  if (/^ $/.test(value)) return "a space";
  if (/^ +$/.test(value)) return `${value.length} spaces`;
  if (/^\r?\n$/.test(value)) return "a line break";
  if (/^[ \t]*(?:\r?\n[ \t]*){2,}$/.test(value)) return "a blank line";
  if (/^\s+$/.test(value)) return "whitespace";
  const shown = cut(value, max);
  // Text that starts or ends with quotation marks shows its own: never “““doubled””.
  return /^[“”„"'‘’«»‹›]|[“”"'‘’«»‹›]$/u.test(shown) ? shown : `“${shown}”`;
}

/** The word next to a position, for “insert … after “word””: markup and whitespace left out. */
function wordNear(text: string, side: "before" | "after"): string {
  const plain = text.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ");
  const words = plain.trim().split(" ");
  const word = (side === "before" ? words[words.length - 1] : words[0]) ?? "";
  return word.length > 24 ? (side === "before" ? `…${word.slice(-20)}` : `${word.slice(0, 20)}…`) : word;
}

/** Where an insertion or removal sits: after the word before it, else before the word after it. */
function place(before: string, after: string): string {
  const previous = wordNear(before, "before");
  if (previous !== "") return ` after “${previous}”`;
  const next = wordNear(after, "after");
  return next === "" ? "" : ` before “${next}”`;
}

/**
 * A finding's change as a person reads it, for the list, the card and the
 * announcements: “Insert a space after “agreement,””, “Add quotation marks
 * around “…””, “Delete “Photo: AFP””, “Replace “Swiss” with “Switzerland””.
 * `text` is the document the finding's offsets point into (for the words
 * around an insertion); `max` shortens quoted text.
 */
export function describeChange(finding: Finding, text: string, max = 48): string {
  const { original, replacement } = finding;
  const start = finding.offset;
  const end = finding.offset + finding.length;
  const before = text.slice(Math.max(0, start - 80), start);
  const after = text.slice(end, end + 80);
  if (replacement === null) return `Check ${nameOf(original, max)} (no replacement suggested)`;
  if (replacement === "") return /^\s+$/.test(original) ? `Delete ${nameOf(original)}${place(before, after)}` : `Delete ${nameOf(original, max)}`;
  if (original === "") return `Insert ${nameOf(replacement, max)}${place(before, after)}`;
  if (original.replace(/\s+/g, "") === replacement.replace(/\s+/g, "")) {
    // Only whitespace moves (`agreement ,he` → `agreement, he`): show it with the words around it.
    const plain = (value: string) => value.replace(/<[^>]*>/g, " ");
    const lead = /\S*\s*$/.exec(plain(before))![0].slice(-30);
    const trail = /^\s*\S*/.exec(plain(after))![0].slice(0, 30);
    const around = (middle: string) => nameOf(`${lead}${middle}${trail}`, max);
    return `Fix the spacing: ${around(original)} → ${around(replacement)}`;
  }
  const pieces = wordDiff(original, replacement);
  const changed = pieces.filter((piece) => piece.type !== "equal");
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  if (changed.every((piece) => piece.type === "insert")) {
    if (changed.length === 2 && first.type === "insert" && last.type === "insert" && pieces.length === 3) {
      const inner = nameOf(pieces[1]!.value, max);
      return QUOTES.test(first.value) && QUOTES.test(last.value) ? `Add quotation marks around ${inner}` : `Add ${nameOf(first.value)} before and ${nameOf(last.value)} after ${inner}`;
    }
    if (changed.length === 1) {
      const at = pieces.indexOf(changed[0]!);
      const head = pieces.slice(0, at).map((piece) => piece.value).join("");
      const tail = pieces.slice(at + 1).map((piece) => piece.value).join("");
      return `Insert ${nameOf(changed[0]!.value, max)}${place(before + head, tail + after)}`;
    }
  }
  if (pieces.length > 3 && first.type === "insert" && last.type === "insert" && QUOTES.test(first.value) && QUOTES.test(last.value)) {
    // Quotation marks around the text, and a change inside it (`faith.,` → `faith,`): both, the marks first.
    const inner = replacement.slice(first.value.length, replacement.length - last.value.length);
    const rest = describeChange({ ...finding, replacement: inner }, text, max);
    return `Add quotation marks around ${nameOf(inner, max)}; ${rest.charAt(0).toLowerCase()}${rest.slice(1)}`;
  }
  if (changed.length === 1 && changed[0]!.type === "delete") {
    const at = pieces.indexOf(changed[0]!);
    const head = pieces.slice(0, at).map((piece) => piece.value).join("");
    const tail = pieces.slice(at + 1).map((piece) => piece.value).join("");
    return `Remove ${nameOf(changed[0]!.value, max)}${place(before + head, tail + after)}`;
  }
  return `Replace ${nameOf(original, max)} with ${nameOf(replacement, max)}`;
}
