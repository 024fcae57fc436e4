/**
 * The publish policy: from the findings left after the safe fixes, decide
 * `publish`, `review` or `block`.
 *
 * - `block` when a remaining finding matches a block rule (none by default);
 * - else `review` when a remaining finding is at least as severe as `review`
 *   (default `major`; `never` turns reviews off);
 * - else `publish`.
 *
 * A block rule is `<what>[@<field>]`: `what` is a category (`untranslated`), a
 * rule id (`french-word`), a severity (`critical`: that severity or worse) or
 * `*`; `field` limits it to one field (`title` also matches Contentful's
 * `title.en-US`). Example: `untranslated@title` blocks French left in a headline.
 */
import { CATEGORY_IDS, SEVERITIES, type Finding, type Severity } from "../engine/index.js";
import { RULES } from "../rules/index.js";
import { HookError } from "./errors.js";

export type Decision = "publish" | "review" | "block";

export interface BlockRule {
  what: string;
  field?: string;
}

export interface Policy {
  review: Severity | "never";
  block: BlockRule[];
}

/** As a request or the environment gives it. */
export interface PolicyInput {
  review?: string | undefined;
  block?: readonly string[] | string | undefined;
}

export const DEFAULT_POLICY: Policy = { review: "major", block: [] };

const RANK: Record<Severity, number> = { minor: 0, major: 1, critical: 2 };

function parseReview(value: string): Policy["review"] {
  if (value === "never" || (SEVERITIES as readonly string[]).includes(value)) return value as Policy["review"];
  throw new HookError(400, "invalid_policy", `policy.review must be one of ${[...SEVERITIES, "never"].join(", ")}, not “${value}”`);
}

function parseBlock(list: readonly string[] | string): BlockRule[] {
  const items = typeof list === "string" ? list.split(",") : list;
  const known = new Set<string>(["*", ...SEVERITIES, ...CATEGORY_IDS, ...RULES.map((rule) => rule.id)]);
  const rules: BlockRule[] = [];
  const unknown: string[] = [];
  for (const raw of items) {
    const item = raw.trim();
    if (item === "") continue;
    const at = item.indexOf("@");
    const what = (at < 0 ? item : item.slice(0, at)).trim();
    const field = at < 0 ? undefined : item.slice(at + 1).trim();
    if (!known.has(what) || field === "") unknown.push(item);
    else rules.push(field === undefined ? { what } : { what, field });
  }
  if (unknown.length > 0) {
    throw new HookError(400, "invalid_policy", `unknown block rule(s): ${unknown.join(", ")}; use <category|rule|severity|*>[@<field>] (GET /v1/rules lists them)`, {
      unknown,
    });
  }
  return rules;
}

/** The default, then the environment's settings, then the request's, each overriding what it names. */
export function resolvePolicy(...layers: (PolicyInput | undefined)[]): Policy {
  let policy: Policy = DEFAULT_POLICY;
  for (const layer of layers) {
    if (!layer) continue;
    policy = {
      review: layer.review === undefined ? policy.review : parseReview(layer.review),
      block: layer.block === undefined ? policy.block : parseBlock(layer.block),
    };
  }
  return policy;
}

function fieldMatches(rule: BlockRule, field: string): boolean {
  return rule.field === undefined || rule.field === field || field.startsWith(`${rule.field}.`);
}

function findingMatches(rule: BlockRule, finding: Finding): boolean {
  if (rule.what === "*") return true;
  if (rule.what in RANK) return RANK[finding.severity] >= RANK[rule.what as Severity];
  return finding.category === rule.what || finding.rule === rule.what;
}

/** The decision for the findings each field still has (neither applied nor skipped). */
export function decide(policy: Policy, remaining: ReadonlyMap<string, readonly Finding[]>): Decision {
  let review = false;
  for (const [field, findings] of remaining) {
    for (const finding of findings) {
      if (policy.block.some((rule) => fieldMatches(rule, field) && findingMatches(rule, finding))) return "block";
      if (policy.review !== "never" && RANK[finding.severity] >= RANK[policy.review]) review = true;
    }
  }
  return review ? "review" : "publish";
}
