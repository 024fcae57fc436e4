/**
 * Request shapes, validated at the edge. Field names are a public contract.
 */
import * as z from "zod";
import { CATEGORY_IDS, SEVERITIES } from "../engine/index.js";
import { MAX_FINDINGS } from "./limits.js";

const format = z.enum(["text", "html", "markdown"]).default("text");

const ruleSelection = z
  .object({
    disable: z.array(z.string()).optional(),
    only: z.array(z.string()).optional(),
  })
  .strict();

export const checkRequest = z
  .object({
    text: z.string(),
    format,
    rules: ruleSelection.optional(),
  })
  .strict();

export const fixRequest = checkRequest.extend({
  apply: z.enum(["safe", "all", "none"]).default("safe"),
});

export const findingSchema = z
  .object({
    id: z.string().min(1),
    rule: z.string(),
    category: z.enum(CATEGORY_IDS as [string, ...string[]]),
    severity: z.enum(SEVERITIES as [string, ...string[]]),
    confidence: z.number().min(0).max(1),
    offset: z.number().int().nonnegative(),
    length: z.number().int().nonnegative(),
    original: z.string(),
    replacement: z.string().nullable(),
    safe: z.boolean(),
    message: z.string(),
    applied: z.boolean().optional(),
  })
  .strict();

export const applyRequest = z
  .object({
    text: z.string(),
    format,
    accept: z.array(z.string()),
    findings: z.array(findingSchema).max(MAX_FINDINGS),
  })
  .strict();

export type CheckRequest = z.infer<typeof checkRequest>;
export type FixRequest = z.infer<typeof fixRequest>;
export type ApplyRequest = z.infer<typeof applyRequest>;
