/**
 * POST /v1/check, /v1/fix and /v1/apply: the text-in, findings-out API, at
 * the paths of their definitions in routes.ts (which the OpenAPI document is
 * generated from), validated with the schemas those definitions document.
 */
import { Hono } from "hono";
import { applyFindings, check, fix, selectRules, UnknownRuleError, type Finding, type RuleSelection } from "../engine/index.js";
import { RULES } from "../rules/index.js";
import { ApiError } from "./errors.js";
import { readBody } from "./read-body.js";
import { honoPath } from "./route.js";
import { applyRoute, checkRoute, fixRoute } from "./routes.js";
import { applyRequest, checkRequest, fixRequest } from "./schemas.js";

function rulesFor(selection: RuleSelection | undefined) {
  try {
    return selectRules(RULES, selection);
  } catch (error) {
    if (error instanceof UnknownRuleError) {
      throw new ApiError(400, "unknown_rule", `${error.message}; GET /v1/rules lists them`, { unknown: error.unknown });
    }
    throw error;
  }
}

export const textEndpoints = new Hono()
  .post(honoPath(checkRoute.path, "/v1"), async (c) => {
    const body = await readBody(c, checkRequest, { plainText: true });
    const rules = rulesFor(body.rules);
    const { findings, stats } = check(body.text, rules, body.format);
    return c.json({ findings, stats });
  })
  .post(honoPath(fixRoute.path, "/v1"), async (c) => {
    const body = await readBody(c, fixRequest, { plainText: true });
    const rules = rulesFor(body.rules);
    const result = fix(body.text, rules, body.apply, body.format);
    return c.json({ text: result.text, findings: result.findings, diff: result.diff, skipped: result.skipped, stats: result.stats });
  })
  .post(honoPath(applyRoute.path, "/v1"), async (c) => {
    const body = await readBody(c, applyRequest);
    const byId = new Map(body.findings.map((finding) => [finding.id, finding as Finding]));
    const unknown = body.accept.filter((id) => !byId.has(id));
    if (unknown.length > 0) {
      throw new ApiError(400, "unknown_finding", `accepted ids not among the findings sent: ${unknown.join(", ")}`, { unknown });
    }
    const accepted = [...new Set(body.accept)].map((id) => byId.get(id)!);
    const stale = accepted.filter(
      (finding) => finding.offset + finding.length > body.text.length || body.text.slice(finding.offset, finding.offset + finding.length) !== finding.original,
    );
    if (stale.length > 0) {
      throw new ApiError(409, "stale_finding", `${stale.length} accepted finding(s) no longer match the text; check it again`, {
        stale: stale.map((finding) => ({ id: finding.id, offset: finding.offset, expected: finding.original, found: body.text.slice(finding.offset, finding.offset + finding.length) })),
      });
    }
    const flagsOnly = accepted.filter((finding) => finding.replacement === null).map((finding) => ({ id: finding.id, reason: "no_replacement" as const }));
    const result = applyFindings(body.text, accepted);
    return c.json({ text: result.text, diff: result.diff, applied: result.applied, skipped: [...result.skipped, ...flagsOnly] });
  });
