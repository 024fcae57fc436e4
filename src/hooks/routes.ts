/**
 * Route definitions of the publish hook and the reviews API, for the OpenAPI
 * document: the request schemas are the ones the handlers validate with
 * (`genericHookBody`, `decisionsBody`); the CMS routes take the CMS's own
 * payload, read by their adapters. A test checks that these are exactly the
 * routes endpoint.ts and reviews.ts serve, and the contract test checks their
 * answers against the response schemas here.
 */
import * as z from "zod";
import { GENERIC_HOOK_BODY, HOOK_PAYLOADS } from "../api/examples.js";
import { errors, skippedSchema, textDiffSchema } from "../api/responses.js";
import { defineRoute } from "../api/route.js";
import { findingSchema } from "../api/schemas.js";
import { genericHookBody } from "./adapters/generic.js";
import { decisionsBody } from "./reviews.js";

const appliedFinding = findingSchema.extend({ applied: z.boolean() });
const decision = z.enum(["publish", "review", "block"]);

export const hookResponse = z
  .object({
    decision: decision.meta({ description: "From the findings left after the safe fixes, by the policy." }),
    fields: z.record(
      z.string(),
      z
        .object({
          value: z.string().meta({ description: "The field with its safe fixes applied." }),
          findings: z.array(appliedFinding),
          diff: textDiffSchema,
        })
        .strict(),
    ),
    review: z.object({ id: z.string(), url: z.string() }).strict().optional().meta({ description: "When the decision is `review`: the stored review and its page." }),
    cms: z.unknown().optional().meta({ description: "The cleaned fields in the shape the CMS stores them (adapter routes)." }),
    ignored: z.string().optional().meta({ description: "Why the delivery held nothing to check (a deletion, an asset)." }),
    warnings: z.array(z.string()).optional(),
  })
  .strict()
  .meta({ id: "HookResponse" });

export const reviewState = z
  .object({
    id: z.string(),
    url: z.string(),
    status: z.enum(["open", "completed"]),
    source: z.enum(["generic", "ghost", "wordpress", "contentful", "sanity"]),
    document: z.record(z.string(), z.union([z.string(), z.number(), z.null()])).meta({ description: "The CMS's ids for the document." }),
    decision,
    createdAt: z.string(),
    updatedAt: z.string(),
    expiresAt: z.string(),
    completedAt: z.string().nullable(),
    fields: z.record(
      z.string(),
      z
        .object({
          format: z.enum(["text", "html", "markdown"]),
          original: z.string(),
          cleaned: z.string().meta({ description: "The original with the safe fixes applied." }),
          findings: z.array(appliedFinding.extend({ decision: z.enum(["accept", "reject"]).nullable() })),
        })
        .strict(),
    ),
    final: z
      .object({
        fields: z.record(
          z.string(),
          z.object({ value: z.string(), structured: z.unknown().optional(), applied: z.array(z.string()), skipped: z.array(skippedSchema), diff: textDiffSchema }).strict(),
        ),
        cms: z.unknown().optional(),
      })
      .strict()
      .nullable()
      .meta({ description: "Once completed: the final fields." }),
    callback: z.record(z.string(), z.unknown()).nullable().meta({ description: "The completion callback's outcome." }),
  })
  .strict()
  .meta({ id: "ReviewState" });

const signatureHeaders = z.object({
  "webhook-id": z.string().optional().meta({ description: "Standard Webhooks: the delivery id (a retry with the same id gets the same answer)." }),
  "webhook-timestamp": z.string().optional(),
  "webhook-signature": z.string().optional().meta({ description: "Standard Webhooks signature, accepted on every hook route." }),
});

const adapterQuery = z.object({
  review: z.string().optional().meta({ description: "Policy: the least severity that opens a review (`minor`, `major`, `critical`, `never`)." }),
  block: z.string().optional().meta({ description: "Policy: block rules, comma-separated (`untranslated@title`)." }),
  fields: z.string().optional().meta({ description: "Only these fields, comma-separated." }),
});

const hookErrors = errors({
  400: "The body is not valid JSON or not the expected payload, or the policy names something unknown.",
  401: "A secret is configured and the delivery is unsigned, badly signed or too old.",
  413: "The body or its fields are larger than the limits.",
  415: "The body is not JSON.",
});

const hookAnswer = { 200: { description: "The decision and the cleaned fields.", content: { "application/json": { schema: hookResponse } } }, ...hookErrors };

export const publishRoute = defineRoute({
  method: "post",
  path: "/v1/hooks/publish",
  tags: ["Publish hook"],
  summary: "Clean a document before it is published",
  description:
    "Checks each field, applies its safe fixes and decides `publish`, `review` (a review is stored, with a link) or `block`. The generic body is below; a CMS's own payload is read when `X-Postedit-Source` (or the CMS's signature header) names it. Signed with Standard Webhooks, or the CMS's own scheme, once a secret is configured.",
  request: {
    headers: signatureHeaders.extend({
      "x-postedit-source": z.enum(["generic", "ghost", "wordpress", "contentful", "sanity"]).optional().meta({ description: "Which payload the body is." }),
      "idempotency-key": z.string().optional(),
    }),
    body: {
      required: true,
      content: { "application/json": { schema: genericHookBody.meta({ id: "PublishRequest" }), examples: { article: { summary: "Two fields", value: GENERIC_HOOK_BODY } } } },
    },
  },
  responses: hookAnswer,
});

const cmsPayload = (cms: string) => z.record(z.string(), z.unknown()).meta({ description: `The payload ${cms} sends.` });

export const ghostRoute = defineRoute({
  method: "post",
  path: "/v1/hooks/ghost",
  tags: ["Publish hook"],
  summary: "Ghost webhook (post.published, page.published)",
  description: "Checks `title`, `html` and `custom_excerpt`; `cms` is the body of Ghost's `PUT /ghost/api/admin/posts/<id>/?source=html`.",
  request: {
    query: adapterQuery,
    headers: signatureHeaders.extend({ "x-ghost-signature": z.string().optional().meta({ description: "Ghost's signature (POSTEDIT_GHOST_SECRET)." }) }),
    body: { required: true, content: { "application/json": { schema: cmsPayload("Ghost"), examples: { published: { summary: "post.published", value: HOOK_PAYLOADS.ghost } } } } },
  },
  responses: hookAnswer,
});

export const wordpressRoute = defineRoute({
  method: "post",
  path: "/v1/hooks/wordpress",
  tags: ["Publish hook"],
  summary: "WordPress post",
  description: "Takes a REST post (`context=edit`), bare or as `{ post }`, or a `WP_Post`; checks `title`, `content` and `excerpt`; `cms` is the body of `POST /wp-json/wp/v2/posts/<id>`.",
  request: {
    query: adapterQuery,
    headers: signatureHeaders,
    body: { required: true, content: { "application/json": { schema: cmsPayload("WordPress"), examples: { post: { summary: "A REST post", value: HOOK_PAYLOADS.wordpress } } } } },
  },
  responses: hookAnswer,
});

export const contentfulRoute = defineRoute({
  method: "post",
  path: "/v1/hooks/contentful",
  tags: ["Publish hook"],
  summary: "Contentful entry publish",
  description: "Checks text and Rich Text fields in English locales (`?locales=` to choose); `cms` is a JSON Patch for the entry.",
  request: {
    query: adapterQuery.extend({ locales: z.string().optional().meta({ description: "Locales to check, comma-separated (default: the English ones)." }) }),
    headers: signatureHeaders.extend({
      "x-contentful-signature": z.string().optional().meta({ description: "Contentful's request signature (POSTEDIT_CONTENTFUL_SECRET)." }),
      "x-contentful-topic": z.string().optional(),
    }),
    body: { required: true, content: { "application/json": { schema: cmsPayload("Contentful"), examples: { entry: { summary: "An entry", value: HOOK_PAYLOADS.contentful } } } } },
  },
  responses: hookAnswer,
});

export const sanityRoute = defineRoute({
  method: "post",
  path: "/v1/hooks/sanity",
  tags: ["Publish hook"],
  summary: "Sanity GROQ webhook",
  description: "Checks the projection's top-level strings and Portable Text arrays; `cms` is the body of `POST /vX/data/mutate/<dataset>`.",
  request: {
    query: adapterQuery,
    headers: signatureHeaders.extend({ "sanity-webhook-signature": z.string().optional().meta({ description: "Sanity's signature (POSTEDIT_SANITY_SECRET)." }) }),
    body: { required: true, content: { "application/json": { schema: cmsPayload("Sanity"), examples: { article: { summary: "A GROQ projection", value: HOOK_PAYLOADS.sanity } } } } },
  },
  responses: hookAnswer,
});

const reviewId = z.object({ id: z.string().meta({ description: "The review id from the hook's answer (24 characters)." }) });

const reviewAnswer = { description: "The review's state.", content: { "application/json": { schema: reviewState } } };

export const reviewRoute = defineRoute({
  method: "get",
  path: "/v1/reviews/{id}",
  tags: ["Reviews"],
  summary: "A review's state",
  request: { params: reviewId },
  responses: { 200: reviewAnswer, ...errors({ 404: "No such review, it expired, or no store is configured." }) },
});

export const decisionsRoute = defineRoute({
  method: "post",
  path: "/v1/reviews/{id}/decisions",
  tags: ["Reviews"],
  summary: "Save decisions on a review's findings",
  description: "A later decision on a finding replaces the earlier; `clear` withdraws one (undo).",
  request: {
    params: reviewId,
    body: {
      required: true,
      content: { "application/json": { schema: decisionsBody.meta({ id: "DecisionsRequest" }), examples: { accept: { summary: "Accept nothing yet, reject nothing", value: { field: "title", accept: [], reject: [] } } } } },
    },
  },
  responses: {
    200: reviewAnswer,
    ...errors({
      400: "Not valid JSON, not the expected shape, no such field, or ids not among the field's findings.",
      404: "No such review.",
      409: "The review is completed.",
      415: "The body is not JSON.",
    }),
  },
});

export const completeRoute = defineRoute({
  method: "post",
  path: "/v1/reviews/{id}/complete",
  tags: ["Reviews"],
  summary: "Complete a review",
  description: "Applies the accepted findings and the safe fixes not rejected to each field's original, stores the final fields, and calls back when configured. Completing again answers the same.",
  request: { params: reviewId },
  responses: { 200: reviewAnswer, ...errors({ 404: "No such review." }) },
});

export const HOOK_ROUTES = [publishRoute, ghostRoute, wordpressRoute, contentfulRoute, sanityRoute, reviewRoute, decisionsRoute, completeRoute];
