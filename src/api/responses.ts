/**
 * Response shapes of the /v1 API, as zod schemas: the OpenAPI document is
 * generated from them and the contract test checks every documented example's
 * answer against them. Field names are a public contract.
 */
import * as z from "zod";
import { CATEGORY_IDS, SEVERITIES } from "../engine/index.js";
import { findingSchema } from "./schemas.js";

const category = z.enum(CATEGORY_IDS as [string, ...string[]]);
const severity = z.enum(SEVERITIES as [string, ...string[]]);

export const statsSchema = z
  .object({
    characters: z.number().int().meta({ description: "Length of the text in UTF-16 code units." }),
    words: z.number().int(),
    findings: z.number().int(),
    safe: z.number().int().meta({ description: "Findings the default mode applies." }),
    byCategory: z.partialRecord(category, z.number().int()),
    bySeverity: z.partialRecord(severity, z.number().int()),
  })
  .strict()
  .meta({ id: "Stats" });

export const wordChangeSchema = z
  .object({
    type: z.enum(["equal", "delete", "insert"]),
    value: z.string(),
    offset: z.number().int().meta({ description: "Where the change sits in the original text (UTF-16)." }),
  })
  .strict()
  .meta({ id: "WordChange" });

export const textDiffSchema = z
  .object({
    patch: z.string().meta({ description: "Unified patch of the original against the result." }),
    changes: z.array(wordChangeSchema).meta({ description: "Joining `equal` and `delete` values gives the original; `equal` and `insert`, the result." }),
  })
  .strict()
  .meta({ id: "TextDiff" });

export const skippedSchema = z
  .union([
    z.object({ id: z.string(), reason: z.literal("overlap"), conflictsWith: z.string().meta({ description: "The finding applied instead." }) }).strict(),
    z.object({ id: z.string(), reason: z.literal("no_replacement") }).strict(),
  ])
  .meta({ id: "Skipped", description: "A chosen finding that was not applied, and why." });

const appliedFinding = findingSchema.extend({ applied: z.boolean() }).meta({ id: "AppliedFinding", description: "A finding, and whether this request applied it." });

export const checkResponse = z
  .object({ findings: z.array(findingSchema), stats: statsSchema })
  .strict()
  .meta({ id: "CheckResponse" });

export const fixResponse = z
  .object({
    text: z.string().meta({ description: "The text with the chosen fixes applied; byte for byte the input outside their spans." }),
    findings: z.array(appliedFinding),
    diff: textDiffSchema,
    skipped: z.array(skippedSchema),
    stats: statsSchema,
  })
  .strict()
  .meta({ id: "FixResponse" });

export const applyResponse = z
  .object({
    text: z.string(),
    diff: textDiffSchema,
    applied: z.array(z.string()).meta({ description: "Ids of the findings applied." }),
    skipped: z.array(skippedSchema),
  })
  .strict()
  .meta({ id: "ApplyResponse" });

export const errorResponse = z
  .object({
    error: z
      .object({
        code: z.string().meta({
          description:
            "Machine-readable: invalid_json, invalid_request, unknown_rule, unknown_finding, stale_finding, unsupported_media_type, payload_too_large, not_found, method_not_allowed, invalid_signature, invalid_policy, review_not_found, review_completed, storage_not_ready, internal_error.",
        }),
        message: z.string().meta({ description: "What is wrong, for a person." }),
        details: z.unknown().optional().meta({ description: "Structured details (zod issues, unknown ids, limits)." }),
      })
      .strict(),
  })
  .strict()
  .meta({ id: "Error", description: "Every /v1 error: a 4xx (a 503 when the review database has no tables yet; 500 for postedit's own faults) with this body." });

const badExample = z
  .object({
    text: z.string().meta({ description: "The example, its span marked with ⟦ and ⟧." }),
    fixed: z.string().optional().meta({ description: "The whole text after the fix (absent for a flag)." }),
    safe: z.boolean(),
  })
  .strict();

export const rulesResponse = z
  .object({
    categories: z.array(z.object({ id: category, description: z.string() }).strict()),
    rules: z.array(
      z
        .object({
          id: z.string(),
          category,
          description: z.string(),
          examples: z.object({ bad: z.array(badExample), good: z.array(z.string()) }).strict(),
        })
        .strict(),
    ),
  })
  .strict()
  .meta({ id: "Rules" });

export const healthResponse = z
  .object({ status: z.literal("ok"), version: z.string(), rules: z.number().int().meta({ description: "How many rules are loaded." }) })
  .strict()
  .meta({ id: "Health" });

/** The /v1 error responses an operation may give, all with the same body. */
export function errors(described: Record<number, string>) {
  return Object.fromEntries(
    Object.entries(described).map(([status, description]) => [status, { description, content: { "application/json": { schema: errorResponse } } }]),
  );
}
