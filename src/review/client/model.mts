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
  changes: { id: string; before: Decision | undefined }[];
  /** The finding to select after undoing. */
  focus: string;
}

/** The editor's decisions, keyed by finding id, with an undo stack (bulk actions undo as one step). */
export class Decisions {
  readonly #decisions = new Map<string, Decision>();
  readonly #undo: UndoEntry[] = [];

  get(id: string): Decision | undefined {
    return this.#decisions.get(id);
  }

  /** Sets `decision` on every id whose decision differs; one undo step. Returns the ids changed. */
  set(ids: readonly string[], decision: Decision, focus = ids[0] ?? ""): string[] {
    const changes = ids.filter((id) => this.#decisions.get(id) !== decision).map((id) => ({ id, before: this.#decisions.get(id) }));
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

/** The ids to send to /v1/apply as `accept`: accepted and not stale, in finding order. */
export function acceptedIds(findings: readonly Finding[], decisions: Decisions, stale: ReadonlySet<string>): string[] {
  return findings.filter((f) => decisions.get(f.id) === "accepted" && !stale.has(f.id)).map((f) => f.id);
}

/** The reviews API's name for a decision (`accept` / `reject`); undefined is no decision. */
export function apiDecision(decision: Decision | undefined): ReviewDecision | undefined {
  return decision === "accepted" ? "accept" : decision === "rejected" ? "reject" : undefined;
}

/** The page's name for a decision the reviews API returns. */
export function pageDecision(decision: string | null | undefined): Decision | undefined {
  return decision === "accept" ? "accepted" : decision === "reject" ? "rejected" : undefined;
}

/** The body of POST /v1/reviews/:id/decisions that records the current decision on each of `ids` (none: `clear`). */
export function decisionChange(field: string, ids: Iterable<string>, decisions: Decisions): { field: string; accept: string[]; reject: string[]; clear: string[] } {
  const change = { field, accept: [] as string[], reject: [] as string[], clear: [] as string[] };
  for (const id of new Set(ids)) {
    const decision = apiDecision(decisions.get(id));
    (decision === "accept" ? change.accept : decision === "reject" ? change.reject : change.clear).push(id);
  }
  return change;
}

/**
 * In a stored review, the ids to send to /v1/apply as `accept`: what
 * finishing the review applies (src/hooks/choice.ts, the same function the
 * server runs): the accepted findings, and the fixes the hook applied that
 * nobody rejected and no accepted finding overlaps. In finding order.
 */
export function reviewChoice(findings: readonly Finding[], decisions: Decisions): string[] {
  const chosen = new Set(chooseFindings(findings, (f) => apiDecision(decisions.get(f.id))).map((f) => f.id));
  return findings.filter((f) => chosen.has(f.id)).map((f) => f.id);
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
