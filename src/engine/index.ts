/**
 * The engine's public surface.
 */
export * from "./types.js";
export type { Rule } from "./rule.js";
export type { Document } from "./document.js";
export { buildDocument } from "./build-document.js";
export { check, fix, applyFindings, selectRules, UnknownRuleError } from "./run.js";
export type { ApplyMode, AppliedFinding, ApplyResult, CheckResult, FixResult, RuleSelection, Skipped, Stats } from "./run.js";
export type { TextDiff, WordChange } from "./diff.js";
