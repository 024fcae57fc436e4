/**
 * The generic body, for any CMS or script:
 * `{ id?, fields: { <name>: { value, format? } }, policy?: { review?, block? } }`.
 * The answer's `fields` are already the shape it was sent in, so there is no `cms`.
 */
import * as z from "zod";
import type { Adapter } from "./types.js";
import { parseWith } from "./shared.js";

export const genericHookBody = z
  .object({
    id: z.union([z.string().min(1), z.number()]).optional(),
    fields: z.record(
      z.string().min(1),
      z.object({ value: z.string(), format: z.enum(["text", "html", "markdown"]).default("text") }).strict(),
    ),
    policy: z
      .object({
        review: z.string().optional(),
        block: z.union([z.array(z.string()), z.string()]).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export const generic: Adapter = {
  source: "generic",
  deliveryHeader: "idempotency-key",
  parse(raw) {
    const parsed = parseWith(genericHookBody, raw, "the body is not { id?, fields: { <name>: { value, format? } }, policy? }");
    return {
      document: { id: parsed.id ?? null },
      fields: Object.entries(parsed.fields).map(([name, field]) => ({ name, value: field.value, format: field.format })),
      policy: parsed.policy,
    };
  },
};
