/**
 * Route definitions of the text API (/v1/check, /v1/fix, /v1/apply), the
 * rule list and the health check: the handlers are mounted from these
 * (text-endpoints.ts) and the OpenAPI document is generated from them.
 */
import * as z from "zod";
import { defineRoute } from "./route.js";
import { applyExample, SAMPLE_HTML, SAMPLE_TEXTS } from "./examples.js";
import { applyResponse, checkResponse, errors, fixResponse, healthResponse, rulesResponse } from "./responses.js";
import { applyRequest, checkRequest, fixRequest } from "./schemas.js";

const textErrors = errors({
  400: "The body is not valid JSON, does not have the expected shape, or names an unknown rule or category.",
  413: "The body or the text is larger than the limits.",
  415: "The body is neither JSON nor (where allowed) plain text.",
});

const plainTextBody = {
  "text/plain": {
    schema: z.string().meta({ description: "The text itself, checked as plain text with every rule." }),
    examples: { untranslated: { summary: "French left in the text", value: SAMPLE_TEXTS.untranslated } },
  },
};

export const checkRoute = defineRoute({
  method: "post",
  path: "/v1/check",
  tags: ["Text"],
  summary: "Find the artifacts in a text",
  description: "Returns every finding with its span (UTF-16 code units into the text), its fix when there is one, and whether the fix is safe. Nothing is changed.",
  request: {
    body: {
      required: true,
      content: {
        "application/json": {
          schema: checkRequest,
          examples: {
            untranslated: { summary: "French left in the text", value: { text: SAMPLE_TEXTS.untranslated } },
            pageChrome: { summary: "Scraped page chrome", value: { text: `${SAMPLE_TEXTS.photoCredit}\n\n${SAMPLE_TEXTS.pageChrome}` } },
            html: { summary: "An HTML paragraph", value: { text: SAMPLE_HTML, format: "html" } },
            onlyCategory: { summary: "Only some rules", value: { text: SAMPLE_TEXTS.gluedWords, rules: { only: ["word-boundary"] } } },
          },
        },
        ...plainTextBody,
      },
    },
  },
  responses: {
    200: { description: "The findings and counts.", content: { "application/json": { schema: checkResponse } } },
    ...textErrors,
  },
});

export const fixRoute = defineRoute({
  method: "post",
  path: "/v1/fix",
  tags: ["Text"],
  summary: "Fix a text",
  description: "Applies the safe fixes (or every fix with `apply: all`) and returns the text, the findings marked applied or not, and the diff. Text outside the fixed spans is returned byte for byte.",
  request: {
    body: {
      required: true,
      content: {
        "application/json": {
          schema: fixRequest,
          examples: {
            safe: { summary: "The safe fixes", value: { text: SAMPLE_TEXTS.gluedWords } },
            all: { summary: "Every fix, suggestions too", value: { text: SAMPLE_TEXTS.lostQuotation, apply: "all" } },
            html: { summary: "An HTML paragraph", value: { text: SAMPLE_HTML, format: "html" } },
          },
        },
        ...plainTextBody,
      },
    },
  },
  responses: {
    200: { description: "The fixed text, the findings and the diff.", content: { "application/json": { schema: fixResponse } } },
    ...textErrors,
  },
});

export const applyRoute = defineRoute({
  method: "post",
  path: "/v1/apply",
  tags: ["Text"],
  summary: "Apply the findings a person accepted",
  description: "Takes the text, the findings /v1/check returned for it and the ids accepted; applies those (one of two overlapping fixes is kept, the other reported) and returns the text and the diff.",
  request: {
    body: {
      required: true,
      content: {
        "application/json": {
          schema: applyRequest,
          examples: {
            accepted: {
              summary: "The safe findings accepted",
              // Computed from a fixture when the document is first built, not at start-up.
              get value() {
                return applyExample();
              },
            },
          },
        },
      },
    },
  },
  responses: {
    200: { description: "The text with the accepted findings applied.", content: { "application/json": { schema: applyResponse } } },
    ...errors({
      400: "Invalid body, or an accepted id is not among the findings.",
      409: "An accepted finding no longer matches the text (it changed since the check).",
      413: "The body is larger than the limit.",
      415: "The body is not JSON.",
    }),
  },
});

export const rulesRoute = defineRoute({
  method: "get",
  path: "/v1/rules",
  tags: ["Rules"],
  summary: "List the rules and categories",
  description: "Every rule with its category, description and examples (bad texts with the span and the fixed text, good texts left alone).",
  responses: { 200: { description: "The categories and the rules.", content: { "application/json": { schema: rulesResponse } } } },
});

export const healthRoute = defineRoute({
  method: "get",
  path: "/health",
  tags: ["Service"],
  summary: "Health check",
  responses: { 200: { description: "The service is up.", content: { "application/json": { schema: healthResponse } } } },
});

export const TEXT_ROUTES = [checkRoute, fixRoute, applyRoute, rulesRoute, healthRoute];
