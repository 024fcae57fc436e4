/**
 * Request shapes, validated at the edge. Field names are a public contract.
 * The route definitions (routes.ts) document these same objects.
 */
import * as z from "zod";
import { CATEGORY_IDS, SEVERITIES } from "../engine/index.js";
import { MAX_FINDINGS } from "./limits.js";

const format = z
  .enum(["text", "html", "markdown"])
  .default("text")
  .meta({ description: "`html` and `markdown` check only the readable text and keep the markup intact." });

const ruleSelection = z
  .object({
    disable: z.array(z.string()).optional().meta({ description: "Rule ids or categories to leave out." }),
    only: z.array(z.string()).optional().meta({ description: "When given, only these rule ids or categories run." }),
  })
  .strict()
  .meta({ description: "Rule ids and categories as GET /v1/rules lists them; an unknown one is a 400." });

export const checkRequest = z
  .object({
    text: z.string().meta({ description: "The text to check (at most 1,000,000 UTF-16 code units)." }),
    format,
    rules: ruleSelection.optional(),
  })
  .strict()
  .meta({ id: "CheckRequest" });

export const fixRequest = checkRequest
  .extend({
    apply: z
      .enum(["safe", "all", "none"])
      .default("safe")
      .meta({ description: "`safe`: only the fixes that cannot damage correct text; `all`: every fix with a replacement; `none`: nothing." }),
  })
  .meta({ id: "FixRequest" });

export const findingSchema = z
  .object({
    id: z.string().min(1).meta({ description: "Stable for the same rule, span, original and replacement." }),
    rule: z.string(),
    category: z.enum(CATEGORY_IDS as [string, ...string[]]),
    severity: z.enum(SEVERITIES as [string, ...string[]]),
    confidence: z.number().min(0).max(1).meta({ description: "How sure the rule is that this is an error and the replacement right." }),
    offset: z.number().int().nonnegative().meta({ description: "Start of the span in the input, in UTF-16 code units." }),
    length: z.number().int().nonnegative().meta({ description: "Length of the span in UTF-16 code units." }),
    original: z.string().meta({ description: "The input's text in the span." }),
    replacement: z.string().nullable().meta({ description: "New text for the span: `\"\"` deletes it, `null` only flags." }),
    safe: z.boolean().meta({ description: "Applied by the default mode." }),
    message: z.string(),
    applied: z.boolean().optional(),
  })
  .strict()
  .meta({ id: "Finding", description: "One artifact: where it is, what it is, and the fix when there is one." });

export const applyRequest = z
  .object({
    text: z.string().meta({ description: "The text the findings were found in." }),
    format,
    accept: z.array(z.string()).meta({ description: "Ids of the findings to apply." }),
    findings: z.array(findingSchema).max(MAX_FINDINGS).meta({ description: "The findings as /v1/check returned them." }),
  })
  .strict()
  .meta({ id: "ApplyRequest" });

export type CheckRequest = z.infer<typeof checkRequest>;
export type FixRequest = z.infer<typeof fixRequest>;
export type ApplyRequest = z.infer<typeof applyRequest>;
