/**
 * What finishing a review applies to a field, in one place for the server
 * (POST /v1/reviews/:id/complete, src/hooks/reviews.ts) and the review page's
 * preview (src/review/client/model.mts), so what the editor sees before
 * finishing is what finishing produces. Pure: no storage, no DOM.
 */
import { conflicts } from "../engine/resolve.js";

export type ReviewDecision = "accept" | "reject";

/** The part of a stored finding the choice looks at. */
export interface ChoosableFinding {
  id: string;
  rule: string;
  offset: number;
  length: number;
  replacement: string | null;
  confidence: number;
  /** True when the hook applied it (a safe fix that won its overlaps). */
  applied?: boolean;
}

/**
 * Accepted findings with a replacement, and the fixes the hook applied that
 * nobody decided on. A person's acceptance outranks a default: an applied fix
 * that conflicts with an accepted finding is left out (the accepted “…,”
 * quotation replaces the automatic `.,` → `,`). Conflicts among accepted
 * findings are left to the engine's overlap rule (applyFindings).
 */
export function chooseFindings<F extends ChoosableFinding>(findings: readonly F[], decisionOf: (finding: F) => ReviewDecision | undefined): F[] {
  const accepted = findings.filter((finding) => decisionOf(finding) === "accept" && finding.replacement !== null);
  const defaults = findings.filter((finding) => finding.applied === true && decisionOf(finding) === undefined);
  const edit = (finding: F) => ({ ...finding, replacement: finding.replacement ?? "" });
  return [...accepted, ...defaults.filter((fix) => !accepted.some((finding) => conflicts(edit(finding), edit(fix))))];
}
