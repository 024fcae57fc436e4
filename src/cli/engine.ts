/**
 * The command line's calls into the engine, through its public API only.
 * Each returns exactly the body `POST /v1/check` or `POST /v1/fix` answers
 * for the same text, format, rules and apply mode, so the command line, the
 * JSONL lines and the HTTP API never disagree.
 */
import {
  check,
  fix,
  selectRules,
  SEVERITIES,
  UnknownRuleError,
  type AppliedFinding,
  type Finding,
  type Format,
  type Rule,
  type RuleSelection,
  type Severity,
  type Skipped,
  type Stats,
  type TextDiff,
} from "../engine/index.js";
import { RULES } from "../rules/index.js";
import { CliError } from "./errors.js";

export interface CheckResponse {
  findings: Finding[];
  stats: Stats;
}

export interface FixResponse {
  text: string;
  findings: AppliedFinding[];
  diff: TextDiff;
  skipped: Skipped[];
  stats: Stats;
}

/** The rules a selection names; unknown ids are a usage error. */
export function rulesFor(selection: RuleSelection): Rule[] {
  try {
    return selectRules(RULES, selection);
  } catch (error) {
    if (error instanceof UnknownRuleError) throw new CliError(`${error.message} (postedit rules lists them)`);
    throw error;
  }
}

export function checkText(text: string, rules: readonly Rule[], format: Format): CheckResponse {
  const { findings, stats } = check(text, rules, format);
  return { findings, stats };
}

export function fixText(text: string, rules: readonly Rule[], apply: "safe" | "all", format: Format): FixResponse {
  const result = fix(text, rules, apply, format);
  return { text: result.text, findings: result.findings, diff: result.diff, skipped: result.skipped, stats: result.stats };
}

export function atOrAbove(severity: Severity, level: Severity): boolean {
  return SEVERITIES.indexOf(severity) >= SEVERITIES.indexOf(level);
}

/**
 * The findings that still need a person at the fail level: every one for a
 * check; after a fix, those it did not apply.
 */
export function outstanding(findings: readonly (Finding & { applied?: boolean })[], level: Severity): number {
  let count = 0;
  for (const finding of findings) if (finding.applied !== true && atOrAbove(finding.severity, level)) count++;
  return count;
}
