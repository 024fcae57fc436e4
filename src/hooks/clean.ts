/**
 * The hook's core: check each field, apply its safe fixes, and (for a review)
 * apply the findings a person accepted. Both go through `finalize`, so the
 * value published by the hook and the value a review ends with are computed
 * the same way: the engine's `applyFindings` on the field's original, and for
 * Rich Text and Portable Text the same edits mapped onto the spans.
 */
import { applyFindings, check, type AppliedFinding, type Finding, type Format, type Skipped, type TextDiff } from "../engine/index.js";
import { RULES } from "../rules/index.js";
import type { FinalField, HookField } from "./adapters/types.js";
import { keepWithinSpans } from "./spans.js";
import { layoutStructure, rebuildStructure, type StructureKind } from "./structures.js";

/** A field as a review stores it: what is needed to show it and to finish it. */
export interface StoredField {
  name: string;
  format: Format;
  original: string;
  /** Every finding, `applied` telling whether the hook applied it (a safe fix). */
  findings: AppliedFinding[];
  structure?: { kind: StructureKind; original: unknown };
}

export interface CleanedField extends StoredField {
  value: string;
  diff: TextDiff;
  skipped: Skipped[];
  /** Findings neither applied nor skipped: what the policy looks at. */
  remaining: Finding[];
  structured?: unknown;
}

export interface Finalized {
  value: string;
  applied: string[];
  skipped: Skipped[];
  diff: TextDiff;
  structured?: unknown;
}

/** Applies the chosen findings to the field's original (and structure). */
export function finalize(field: Pick<StoredField, "original" | "structure">, chosen: readonly Finding[]): Finalized {
  const result = applyFindings(field.original, chosen);
  const out: Finalized = { value: result.text, applied: result.applied, skipped: result.skipped, diff: result.diff };
  if (field.structure) {
    const applied = new Set(result.applied);
    const edits = chosen
      .filter((finding) => applied.has(finding.id) && finding.replacement !== null)
      .map((finding) => ({ offset: finding.offset, length: finding.length, replacement: finding.replacement! }));
    out.structured = rebuildStructure(field.structure.kind, field.structure.original, edits);
  }
  return out;
}

export function cleanField(field: HookField): CleanedField {
  const { findings: found } = check(field.value, RULES, field.format);
  const findings = field.structure ? keepWithinSpans(layoutStructure(field.structure.kind, field.structure.original), found) : found;
  const result = finalize({ original: field.value, structure: field.structure }, findings.filter((finding) => finding.safe));
  const applied = new Set(result.applied);
  const skipped = new Set(result.skipped.map((s) => s.id));
  const cleaned: CleanedField = {
    name: field.name,
    format: field.format,
    original: field.value,
    findings: findings.map((finding) => ({ ...finding, applied: applied.has(finding.id) })),
    value: result.value,
    diff: result.diff,
    skipped: result.skipped,
    remaining: findings.filter((finding) => !applied.has(finding.id) && !skipped.has(finding.id)),
  };
  if (field.structure) {
    cleaned.structure = field.structure;
    cleaned.structured = result.structured;
  }
  return cleaned;
}

export function toFinal(name: string, result: { value: string; structured?: unknown }): FinalField {
  return result.structured === undefined ? { name, value: result.value } : { name, value: result.value, structured: result.structured };
}
