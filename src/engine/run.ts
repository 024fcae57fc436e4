/**
 * The pipeline: build the document once, run the selected rules, turn their
 * detections into findings on the original input, and apply the chosen ones.
 */
import type { Rule } from "./rule.js";
import type { Category, Detection, Finding, Format, Severity } from "./types.js";
import type { Document, Span } from "./document.js";
import { CATEGORY_IDS } from "./types.js";
import { buildDocument } from "./build-document.js";
import { findHits } from "./triggers.js";
import { findingId } from "./finding-id.js";
import { resolveOverlaps, type Edit } from "./resolve.js";
import { applyEdits } from "./apply.js";
import { describeChanges, type TextDiff } from "./diff.js";

export interface RuleSelection {
  /** Rule ids or categories to leave out. */
  disable?: readonly string[];
  /** When given, only these rule ids or categories run. */
  only?: readonly string[];
}

export type ApplyMode = "safe" | "all" | "none";

export interface Stats {
  characters: number;
  words: number;
  findings: number;
  safe: number;
  byCategory: Partial<Record<Category, number>>;
  bySeverity: Partial<Record<Severity, number>>;
}

export interface AppliedFinding extends Finding {
  applied: boolean;
}

export interface Skipped {
  id: string;
  reason: "overlap";
  conflictsWith: string;
}

export class UnknownRuleError extends Error {
  constructor(readonly unknown: string[]) {
    super(`unknown rule or category: ${unknown.join(", ")}`);
  }
}

export function selectRules(registry: readonly Rule[], selection: RuleSelection = {}): Rule[] {
  const known = new Set<string>([...registry.map((r) => r.id), ...CATEGORY_IDS]);
  const unknown = [...(selection.disable ?? []), ...(selection.only ?? [])].filter((id) => !known.has(id));
  if (unknown.length > 0) throw new UnknownRuleError([...new Set(unknown)]);
  const named = (rule: Rule, ids: readonly string[]) => ids.includes(rule.id) || ids.includes(rule.category);
  return registry.filter(
    (rule) => (selection.only === undefined || named(rule, selection.only)) && !named(rule, selection.disable ?? []),
  );
}

export interface CheckResult {
  findings: Finding[];
  stats: Stats;
}

export function check(source: string, rules: readonly Rule[], format: Format = "text"): CheckResult {
  const doc = buildDocument(source, format);
  const byId = new Map<string, Finding>();
  const hits = findHits(doc, rules);
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r]!;
    const fired = hits[r];
    if (fired === undefined) continue;
    for (const detection of rule.detect(doc, fired)) {
      if (!(detection.start >= 0 && detection.start <= detection.end && detection.end <= doc.text.length)) {
        throw new Error(`rule ${rule.id} returned an out-of-range span ${detection.start}–${detection.end}`);
      }
      const mapped = mapDetection(doc, detection);
      const { span, replacement, note } = mapped;
      const original = source.slice(span.start, span.end);
      if (replacement === original) continue;
      const length = span.end - span.start;
      const id = findingId(rule.id, span.start, length, original, replacement);
      byId.set(id, {
        id,
        rule: rule.id,
        category: rule.category,
        severity: detection.severity,
        confidence: Math.min(1, Math.max(0, detection.confidence)),
        offset: span.start,
        length,
        original,
        replacement,
        safe: detection.safe === true && replacement !== null,
        message: note ? `${detection.message} ${note}` : detection.message,
      });
    }
  }
  const findings = withoutFindingsInRemovedChrome([...byId.values()].sort(compareFindings));
  const words = doc.wordCount;
  return { findings, stats: summarize(source, words, findings) };
}

/**
 * Findings inside page chrome that a safe fix removes as a whole (`Lire aussi :
 * Sénégal : …`, a credit line, a previous/next link) are not reported: the
 * line goes, and its French words, spaces and glued words go with it. One
 * sweep over the findings, sorted by offset.
 */
function withoutFindingsInRemovedChrome(sorted: Finding[]): Finding[] {
  const removals = sorted.filter((f) => f.category === "boilerplate" && f.safe && f.replacement === "" && f.length > 0);
  if (removals.length === 0) return sorted;
  const isRemoval = new Set(removals);
  const kept: Finding[] = [];
  let r = 0;
  let reach = -1; // end of the furthest removal starting at or before the current finding
  for (const finding of sorted) {
    while (r < removals.length && removals[r]!.offset <= finding.offset) {
      reach = Math.max(reach, removals[r]!.offset + removals[r]!.length);
      r++;
    }
    const inside = finding.offset + finding.length <= reach && !isRemoval.has(finding);
    if (!inside) kept.push(finding);
  }
  return kept;
}

/**
 * Maps a detection onto the source. In markup, a fix whose span crosses a tag
 * is first narrowed to the part that really changes (`the<em>North</em>` →
 * insert a space before `<em>`); if it still crosses markup it becomes a flag.
 */
function mapDetection(doc: Document, detection: Detection): { span: Span; replacement: string | null; note?: string | undefined } {
  const mapped = doc.mapSpan({ start: detection.start, end: detection.end }, detection.replacement === "");
  const inAttribute = doc.blocks[doc.blockAt(detection.start)]?.kind === "attribute";
  const where = inAttribute ? "(In an alt or title attribute.)" : undefined;
  if (detection.replacement === null) return { span: mapped.span, replacement: null, note: where };
  if (mapped.clean) return { span: mapped.span, replacement: doc.encode(detection.replacement), note: where };
  const before = doc.text.slice(detection.start, detection.end);
  const after = detection.replacement;
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < before.length - prefix && suffix < after.length - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  const replacement = after.slice(prefix, after.length - suffix);
  const narrowed = doc.mapSpan({ start: detection.start + prefix, end: detection.end - suffix }, replacement === "");
  if (narrowed.clean) return { span: narrowed.span, replacement: doc.encode(replacement), note: where };
  return { span: mapped.span, replacement: null, note: `(The fix would cross markup: “${after}”; edit by hand.)` };
}

function compareFindings(a: Finding, b: Finding): number {
  return a.offset - b.offset || a.length - b.length || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function summarize(source: string, words: number, findings: readonly Finding[]): Stats {
  const byCategory: Stats["byCategory"] = {};
  const bySeverity: Stats["bySeverity"] = {};
  for (const finding of findings) {
    byCategory[finding.category] = (byCategory[finding.category] ?? 0) + 1;
    bySeverity[finding.severity] = (bySeverity[finding.severity] ?? 0) + 1;
  }
  return {
    characters: source.length,
    words,
    findings: findings.length,
    safe: findings.filter((f) => f.safe).length,
    byCategory,
    bySeverity,
  };
}

export interface ApplyResult {
  text: string;
  applied: string[];
  skipped: Skipped[];
  diff: TextDiff;
}

/** Applies the given findings (those with a replacement) after resolving overlaps. */
export function applyFindings(source: string, findings: readonly Finding[]): ApplyResult {
  const edits: Edit[] = [];
  for (const finding of findings) {
    if (finding.replacement === null) continue;
    edits.push({
      id: finding.id,
      rule: finding.rule,
      offset: finding.offset,
      length: finding.length,
      replacement: finding.replacement,
      confidence: finding.confidence,
    });
  }
  const { kept, skipped } = resolveOverlaps(edits);
  const text = applyEdits(source, kept);
  return {
    text,
    applied: kept.map((edit) => edit.id),
    skipped: skipped.map(({ edit, conflictsWith }) => ({ id: edit.id, reason: "overlap", conflictsWith })),
    diff: describeChanges(source, text, kept),
  };
}

export interface FixResult extends ApplyResult {
  findings: AppliedFinding[];
  stats: Stats;
}

export function fix(source: string, rules: readonly Rule[], mode: ApplyMode = "safe", format: Format = "text"): FixResult {
  const { findings, stats } = check(source, rules, format);
  const chosen = mode === "none" ? [] : findings.filter((f) => (mode === "all" ? f.replacement !== null : f.safe));
  const result = applyFindings(source, chosen);
  const applied = new Set(result.applied);
  // The findings are this call's own (check built them): marked in place rather than copied.
  for (const finding of findings as AppliedFinding[]) finding.applied = applied.has(finding.id);
  return { ...result, findings: findings as AppliedFinding[], stats };
}
