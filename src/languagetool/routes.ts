/**
 * Route definitions of the LanguageTool-compatible API (/v2): the handlers
 * are mounted from these (index.ts) and the OpenAPI document is generated
 * from them. Examples come from the fixtures.
 */
import * as z from "zod";
import { defineRoute } from "../api/route.js";
import { SAMPLE_TEXTS } from "../api/examples.js";
import { checkParameters, infoResponse, languagesResponse, languageToolResponse, plainTextError } from "./schemas.js";

const checkAnswer = { description: "LanguageTool's answer, with postedit's fields on each match.", content: { "application/json": { schema: languageToolResponse } } };

const checkErrors = {
  400: { description: "A parameter is missing or wrong (`Error: Missing 'text' or 'data' parameter`).", content: { "text/plain": { schema: plainTextError } } },
  403: { description: "An API key is configured and the request's is missing or wrong.", content: { "text/plain": { schema: plainTextError } } },
  413: { description: "The text or the body is larger than the limits.", content: { "text/plain": { schema: plainTextError } } },
};

/** An HTML document as AnnotatedText, as annotatedtext-rehype builds it (the VS Code and Obsidian clients send this shape). */
const ANNOTATED_HTML = JSON.stringify({
  annotation: [{ markup: "<p>", interpretAs: "" }, { text: SAMPLE_TEXTS.gluedWords }, { markup: "</p>", interpretAs: "\n\n" }],
});

/** A Markdown document as AnnotatedText, as annotatedtext-remark builds it. */
const ANNOTATED_MARKDOWN = JSON.stringify({
  annotation: [{ markup: "# ", interpretAs: "" }, { text: "Talks in Geneva" }, { markup: "\n\n", interpretAs: "\n\n" }, { text: SAMPLE_TEXTS.lostQuotation }],
});

const DESCRIPTION =
  "LanguageTool's check, so that LanguageTool clients (browser and editor add-ons, gramma, the VS Code LanguageTool linter, Obsidian's LanguageTool plugin) work with postedit's URL as the server. " +
  "Offsets and lengths count UTF-16 code units of the document, markup included. Each match carries one replacement (postedit's fix) or none (a flag).";

export const checkPostRoute = defineRoute({
  method: "post",
  path: "/v2/check",
  tags: ["LanguageTool"],
  summary: "Check a text (LanguageTool)",
  description: `${DESCRIPTION} Parameters come as a form body (the query string is read too, and wins).`,
  request: {
    body: {
      required: true,
      content: {
        "application/x-www-form-urlencoded": {
          schema: checkParameters,
          examples: {
            text: { summary: "Plain text", value: { language: "en-US", text: SAMPLE_TEXTS.untranslated } },
            markdown: { summary: "Markdown as AnnotatedText", value: { language: "auto", data: ANNOTATED_MARKDOWN } },
            html: { summary: "HTML as AnnotatedText", value: { language: "en-GB", data: ANNOTATED_HTML } },
            apply: { summary: "With the corrected text", value: { language: "en-US", text: SAMPLE_TEXTS.gluedWords, apply: "safe" } },
            disabled: { summary: "Without a category", value: { language: "en-US", text: `${SAMPLE_TEXTS.photoCredit}\n\n${SAMPLE_TEXTS.untranslated}`, disabledCategories: "BOILERPLATE" } },
          },
        },
      },
    },
  },
  responses: { 200: checkAnswer, ...checkErrors },
});

export const checkGetRoute = defineRoute({
  method: "get",
  path: "/v2/check",
  tags: ["LanguageTool"],
  summary: "Check a text (LanguageTool, GET)",
  description: `${DESCRIPTION} The same parameters as POST, in the query string.`,
  request: { query: checkParameters },
  responses: { 200: checkAnswer, ...checkErrors },
});

export const languagesRoute = defineRoute({
  method: "get",
  path: "/v2/languages",
  tags: ["LanguageTool"],
  summary: "Languages (LanguageTool)",
  description: "The languages postedit checks: English and its variants.",
  responses: { 200: { description: "`[{ name, code, longCode }]`.", content: { "application/json": { schema: languagesResponse } } } },
});

export const infoRoute = defineRoute({
  method: "get",
  path: "/v2/info",
  tags: ["LanguageTool"],
  summary: "Software (LanguageTool)",
  responses: { 200: { description: "postedit's name and version.", content: { "application/json": { schema: infoResponse } } } },
});

export const healthcheckRoute = defineRoute({
  method: "get",
  path: "/v2/healthcheck",
  tags: ["LanguageTool"],
  summary: "Health check (LanguageTool)",
  responses: { 200: { description: "`OK`.", content: { "text/plain": { schema: z.literal("OK") } } } },
});

export const LANGUAGETOOL_ROUTES = [checkPostRoute, checkGetRoute, languagesRoute, infoRoute, healthcheckRoute];
