/**
 * POST /v1/check, /v1/fix and /v1/apply: the text-in, findings-out API, at
 * the paths of their definitions in routes.ts (which the OpenAPI document is
 * generated from), validated with the schemas those definitions document.
 */
import { Hono, type Context } from "hono";
import { selectRules, UnknownRuleError, type Finding, type RuleSelection } from "../engine/index.js";
import { RULES } from "../rules/index.js";
import { ApiError } from "./errors.js";
import { readBody } from "./read-body.js";
import { honoPath } from "./route.js";
import { applyRoute, checkRoute, fixRoute } from "./routes.js";
import { applyRequest, checkRequest, fixRequest } from "./schemas.js";
import { engineFor } from "./engine-jobs.js";

/** Checks a rule selection here, so that an unknown rule is a 400 before any work is handed over. */
function checkSelection(selection: RuleSelection | undefined): void {
  try {
    selectRules(RULES, selection);
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
    checkSelection(body.rules);
    return json(c, await engineFor(c.env).run({ kind: "response", job: { kind: "check", text: body.text, format: body.format, rules: body.rules } }));
  })
  .post(honoPath(fixRoute.path, "/v1"), async (c) => {
    const body = await readBody(c, fixRequest, { plainText: true });
    checkSelection(body.rules);
    return json(c, await engineFor(c.env).run({ kind: "response", job: { kind: "fix", text: body.text, format: body.format, rules: body.rules, apply: body.apply } }));
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
    // A span that starts or ends between the two halves of a surrogate pair, or a replacement with half of
    // one, would leave a lone surrogate (half an emoji) in the text.
    const broken = accepted.flatMap((finding) => {
      const end = finding.offset + finding.length;
      if (splitsPair(body.text, finding.offset) || splitsPair(body.text, end)) return [{ id: finding.id, reason: "the span cuts a character in two (a surrogate pair)" }];
      if (finding.replacement !== null && hasLoneSurrogate(finding.replacement)) return [{ id: finding.id, reason: "the replacement holds half of a surrogate pair" }];
      return [];
    });
    if (broken.length > 0) {
      throw new ApiError(400, "invalid_request", `${broken.length} accepted finding(s) would break a character: ${broken.map((b) => `${b.id}: ${b.reason}`).join("; ")}`, { findings: broken });
    }
    const flagsOnly = accepted.filter((finding) => finding.replacement === null).map((finding) => ({ id: finding.id, reason: "no_replacement" as const }));
    return json(c, await engineFor(c.env).run({ kind: "response", job: { kind: "apply", text: body.text, findings: accepted }, skipped: flagsOnly }));
  });

/** A body already serialized by the engine job (see engine-jobs.ts, `response`). */
function json(c: Context, body: string | Uint8Array): Response {
  return c.body(body as string | Uint8Array<ArrayBuffer>, 200, { "content-type": "application/json" });
}

/** True when `offset` falls between the high and low halves of a surrogate pair. */
function splitsPair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

function hasLoneSurrogate(text: string): boolean {
  return /\p{Surrogate}/u.test(text);
}
