/**
 * The report people read in a terminal: `file:line:col`, severity, rule and
 * kind (safe fix, suggestion, flag), the message, the line with the span
 * marked, and the replacement. Long lines (a paragraph is one line) are cut
 * to a window around the span.
 */
import type { Finding, Severity } from "../../engine/index.js";
import { SEVERITIES } from "../../engine/index.js";
import { displayWidth, LineIndex, type Located } from "../positions.js";
import type { Style } from "./style.js";

export interface FileReport {
  /** As shown to the user. */
  path: string;
  /** The text the spans point into: the original, or the written text after `fix`. */
  text: string;
  located: Located[];
}

/** Where a finding visibly starts and ends: line breaks at its edges (taken by whole-line removals) do not count. */
export function visibleSpan(text: string, offset: number, length: number): { start: number; end: number } {
  let start = offset;
  let end = offset + length;
  while (start < end && (text[start] === "\n" || text[start] === "\r")) start++;
  while (end > start && (text[end - 1] === "\n" || text[end - 1] === "\r")) end--;
  return { start, end };
}

export function kindOf(finding: Finding): string {
  if (finding.replacement === null) return "flag";
  return finding.safe ? "safe fix" : "suggestion";
}

function severityStyle(severity: Severity, style: Style): (text: string) => string {
  return severity === "critical" ? style.red : severity === "major" ? style.yellow : style.cyan;
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Tabs and control characters shown as spaces, so the marker stays under the span. */
function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]/g, " ");
}

/** A replacement as one short line: a long one keeps its two ends (where quotation marks go) around a “ … ”. */
function shortText(text: string, max = 64): string {
  const oneLine = text.replace(/\r?\n/g, "⏎");
  if (oneLine.length <= max) return oneLine;
  const side = Math.floor((max - 3) / 2);
  let head = side;
  let tail = oneLine.length - side;
  if (isLowSurrogate(oneLine.charCodeAt(head))) head++;
  if (isLowSurrogate(oneLine.charCodeAt(tail))) tail--;
  return `${oneLine.slice(0, head)} … ${oneLine.slice(tail)}`;
}

/**
 * The part of a line shown around a span [from, to) (absolute offsets, `to`
 * at most the line's end): the whole line when it fits in `width` columns,
 * else a window around the span with … where it was cut.
 */
function excerpt(text: string, lineStart: number, lineEnd: number, from: number, to: number, width: number) {
  let a = lineStart;
  let b = lineEnd;
  if (lineEnd - lineStart > width || displayWidth(text.slice(lineStart, lineEnd)) > width) {
    // The span (or as much as leaves some context), with the room left shared either side of it,
    // and what one side cannot use given to the other.
    const budget = width - 2;
    const shownSpan = Math.min(to - from, Math.max(1, budget - 24));
    const room = budget - shownSpan;
    let left = Math.floor(room / 2);
    let right = room - left;
    if (from - lineStart < left) {
      right += left - (from - lineStart);
      left = from - lineStart;
    }
    if (lineEnd - (from + shownSpan) < right) {
      left += right - (lineEnd - (from + shownSpan));
      right = lineEnd - (from + shownSpan);
    }
    a = Math.max(lineStart, from - left);
    b = Math.min(lineEnd, from + shownSpan + right);
    if (a > lineStart && isLowSurrogate(text.charCodeAt(a))) a--;
    if (b < lineEnd && isLowSurrogate(text.charCodeAt(b))) b++;
  }
  const spanEnd = Math.min(to, b);
  const lead = a > lineStart ? "…" : "";
  const tail = b < lineEnd ? "…" : "";
  const before = lead + printable(text.slice(a, from));
  const span = printable(text.slice(from, spanEnd));
  const after = printable(text.slice(spanEnd, b)) + tail;
  return { before, span, after, cut: spanEnd < to };
}

export function prettyFile(report: FileReport, style: Style, width: number): string {
  if (report.located.length === 0) return "";
  const lines = new LineIndex(report.text);
  const out: string[] = [];
  for (const { finding, offset, length } of report.located) {
    const { start, end } = visibleSpan(report.text, offset, length);
    const line = lines.lineOf(start);
    const { column } = lines.position(start);
    const lastLine = end > start ? lines.lineOf(end - 1) : line;
    const lineEnd = lines.lineEnd(line);
    const colour = severityStyle(finding.severity, style);

    out.push(
      `${style.bold(`${report.path}:${line + 1}:${column}`)} ${colour(finding.severity)} ${style.magenta(finding.rule)} ${style.dim(`(${kindOf(finding)})`)}`,
    );
    out.push(`  ${finding.message}`);
    const number = String(line + 1);
    const gutter = " ".repeat(number.length);
    const shown = excerpt(report.text, lines.lineStart(line), lineEnd, start, Math.min(end, lineEnd), Math.max(30, width - number.length - 6));
    out.push(`  ${style.dim(`${number} |`)} ${shown.before}${colour(shown.span)}${shown.after}`);
    let marker = `${" ".repeat(displayWidth(shown.before))}${"^".repeat(Math.max(1, displayWidth(shown.span)))}`;
    if (lastLine > line) marker += ` (+${lastLine - line} line${lastLine - line === 1 ? "" : "s"})`;
    else if (shown.cut) marker += "…";
    const replacement = finding.replacement === null ? "" : finding.replacement === "" ? " → delete" : ` → ${shortText(finding.replacement)}`;
    out.push(`  ${style.dim(`${gutter} |`)} ${colour(marker)}${style.green(replacement)}`);
  }
  return `${out.join("\n")}\n`;
}

export interface Totals {
  files: number;
  filesWithFindings: number;
  findings: number;
  bySeverity: Record<Severity, number>;
  /** Findings at or above the fail level (after `fix`: left at or above it). */
  failing: number;
  safe: number;
  /** `fix` only. */
  applied: number;
  filesChanged: number;
  errors: number;
}

export function emptyTotals(): Totals {
  return { files: 0, filesWithFindings: 0, findings: 0, bySeverity: { minor: 0, major: 0, critical: 0 }, failing: 0, safe: 0, applied: 0, filesChanged: 0, errors: 0 };
}

const plural = (count: number, one: string, many = `${one}s`) => `${count.toLocaleString("en-US")} ${count === 1 ? one : many}`;

function severities(totals: Totals): string {
  return [...SEVERITIES]
    .reverse()
    .filter((severity) => totals.bySeverity[severity] > 0)
    .map((severity) => `${totals.bySeverity[severity]} ${severity}`)
    .join(", ");
}

export function prettySummary(totals: Totals, command: "check" | "fix", failLevel: Severity, dryRun: boolean, style: Style): string {
  const files = plural(totals.files, "file");
  const errors = totals.errors > 0 ? style.red(`; ${plural(totals.errors, "file")} could not be read`) : "";
  const level = failLevel === "minor" ? "" : ` at ${failLevel} or above`;
  if (command === "check") {
    if (totals.findings === 0) return `${totals.errors > 0 ? style.red("✖") : style.green("✔")} ${files} checked: no findings${errors}\n`;
    const mark = totals.failing > 0 || totals.errors > 0 ? style.red("✖") : style.green("✔");
    const what = `${plural(totals.findings, "finding")} in ${totals.filesWithFindings} of ${files} (${severities(totals)})`;
    const fixable = totals.safe > 0 ? `; ${plural(totals.safe, "safe fix", "safe fixes")}: postedit fix applies ${totals.safe === 1 ? "it" : "them"}` : "";
    const failing = totals.failing === 0 && failLevel !== "minor" ? `; none${level}` : "";
    return `${mark} ${what}${fixable}${failing}${errors}\n`;
  }
  const verb = dryRun ? "would apply" : "applied";
  const changed = `${dryRun ? "would change" : "changed"} ${totals.filesChanged} of ${files}`;
  const fixed = `${plural(totals.applied, "fix", "fixes")} ${verb}, ${changed}`;
  const mark = totals.failing > 0 || totals.errors > 0 ? style.red("✖") : style.green("✔");
  const left =
    totals.findings === 0
      ? "nothing left to review"
      : `${plural(totals.findings, "finding")} left for a person (${severities(totals)})${totals.failing === 0 && failLevel !== "minor" ? `, none${level}` : ""}`;
  return `${mark} ${fixed}; ${left}${errors}\n`;
}
