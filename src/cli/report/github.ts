/**
 * GitHub Actions workflow annotations: one `::error|warning|notice file=…,
 * line=…,col=…,endLine=…,endColumn=…,title=…::message` line per finding,
 * shown on the pull request's diff. Critical findings are errors, major ones
 * warnings, minor ones notices.
 */
import type { Severity } from "../../engine/index.js";
import { LineIndex } from "../positions.js";
import { kindOf, visibleSpan, type FileReport } from "./pretty.js";

const COMMAND: Record<Severity, string> = { critical: "error", major: "warning", minor: "notice" };

/** Escaping from GitHub's toolkit (@actions/core, command.ts): data escapes %, CR and LF; properties also : and ,. */
function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

export function githubFile(report: FileReport): string {
  if (report.located.length === 0) return "";
  const lines = new LineIndex(report.text);
  const out: string[] = [];
  for (const { finding, offset, length } of report.located) {
    const { start, end } = visibleSpan(report.text, offset, length);
    const from = lines.position(start);
    // endColumn is inclusive: the last character of the span.
    const to = end > start ? lines.position(end - 1) : from;
    const properties = [
      `file=${escapeProperty(report.path)}`,
      `line=${from.line}`,
      `endLine=${to.line}`,
      `col=${from.column}`,
      `endColumn=${to.column}`,
      `title=${escapeProperty(`postedit ${finding.rule} (${finding.severity} ${finding.category}, ${kindOf(finding)})`)}`,
    ];
    const replacement =
      finding.replacement === null ? "" : finding.replacement === "" ? " Suggested: delete it." : ` Suggested: “${finding.replacement}”.`;
    out.push(`::${COMMAND[finding.severity]} ${properties.join(",")}::${escapeData(finding.message + replacement)}`);
  }
  return `${out.join("\n")}\n`;
}
