/**
 * The generic body, for any CMS or script:
 * `{ id?, fields: { <name>: { value, format? } }, policy?: { review?, block? } }`.
 * The answer's `fields` are already the shape it was sent in, so there is no `cms`.
 */
import * as z from "zod";
import type { Adapter } from "./types.js";
import { parseWith } from "./shared.js";

const fieldSchema = z.object({ value: z.string(), format: z.enum(["text", "html", "markdown"]).default("text") }).strict();

export const genericHookBody = z
  .object({
    id: z.union([z.string().min(1), z.number()]).optional(),
    fields: z.record(z.string().min(1), fieldSchema),
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
    // Field names come from the JSON as sent: a record built by assignment (zod's) loses one named
    // `__proto__`, which sets the prototype instead. The names are the body's own keys, in order.
    const fields = Object.keys((raw as { fields: object }).fields).map((name) => {
      const field = parseWith(fieldSchema, (raw as { fields: Record<string, unknown> }).fields[name], `field “${name}” is not { value, format? }`);
      return { name, value: field.value, format: field.format };
    });
    return { document: { id: parsed.id ?? null }, fields, policy: parsed.policy };
  },
};
