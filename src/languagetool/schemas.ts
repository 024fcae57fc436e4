/**
 * The /v2 protocol as zod schemas: the check parameters (the same for a GET
 * query and a POST form) and LanguageTool's answers, plus what postedit adds
 * to them. The OpenAPI document is generated from these; the parameters are
 * validated with `checkParameters` itself.
 */
import * as z from "zod";
import { SEVERITIES } from "../engine/index.js";
import { skippedSchema, textDiffSchema } from "../api/responses.js";
import { ISSUE_TYPES } from "./vocabulary.js";

export const MISSING_LANGUAGE = "Missing 'language' parameter, e.g. 'language=en-US' for American English or 'language=auto' to detect it";

const list = (description: string) => z.string().optional().meta({ description: `${description} Comma-separated.` });

export const checkParameters = z
  .object({
    text: z.string().optional().meta({ description: "The plain text to check. Give `text` or `data`, not both." }),
    data: z
      .string()
      .optional()
      .meta({
        description:
          "The document as LanguageTool's AnnotatedText, JSON-encoded: `{\"annotation\":[{\"text\":\"…\"},{\"markup\":\"<b>\"},{\"markup\":\"</p>\",\"interpretAs\":\"\\n\\n\"}]}`. Offsets in the answer count in the whole document, markup included. A document whose markup is all HTML tags, or all Markdown syntax, is checked as HTML or Markdown, as /v1 does; with other markup, the text pieces and what the markup is read as are checked, and a fix that would change markup becomes a flag.",
      }),
    language: z
      .string({ error: MISSING_LANGUAGE })
      .min(1, { error: MISSING_LANGUAGE })
      .meta({ description: "`en`, `en-US`, `en-GB`, `en-AU`, `en-CA`, `en-NZ`, `en-ZA`, or `auto` (postedit checks English)." }),
    motherTongue: z.string().optional().meta({ description: "The writer's first language (any language code); accepted, not used." }),
    preferredVariants: list("With `language=auto`: the English variant to answer in (`en-GB`); other languages' variants are ignored."),
    enabledRules: list("Rule ids: with `enabledOnly=true`, only these run. Either spelling (`FRENCH_WORD`, `french-word`); unknown ids are ignored."),
    disabledRules: list("Rule ids to leave out; unknown ids are ignored."),
    enabledCategories: list("Category ids: with `enabledOnly=true`, only these run; unknown ids are ignored."),
    disabledCategories: list("Category ids to leave out (`PUNCTUATION`, `UNTRANSLATED`); unknown ids are ignored."),
    enabledOnly: z.string().optional().meta({ description: "`true`: run only the enabled rules and categories." }),
    level: z
      .string()
      .optional()
      .meta({ description: "`default` or `picky` (postedit reports the same findings at both levels)." }),
    username: z.string().optional().meta({ description: "Accepted and ignored." }),
    apiKey: z.string().optional().meta({ description: "Required to equal POSTEDIT_LANGUAGETOOL_API_KEY when that is set; ignored otherwise." }),
    apply: z
      .string()
      .optional()
      .meta({ description: "postedit's own: `safe` or `all` adds the corrected document (`text`), its `diff`, and the `applied` and `skipped` ids." }),
  })
  .meta({ id: "LanguageToolCheckParameters" });

export type CheckParameters = z.infer<typeof checkParameters>;

const software = z
  .object({
    name: z.string(),
    version: z.string(),
    buildDate: z.string(),
    apiVersion: z.literal(1),
    premium: z.literal(false),
    status: z.string(),
  })
  .strict()
  .meta({ id: "LanguageToolSoftware" });

const languageRef = z.object({ name: z.string(), code: z.string() });

export const languageToolMatch = z
  .object({
    message: z.string().meta({ description: "What is wrong, and what to do." }),
    shortMessage: z.string().meta({ description: "The category's name." }),
    replacements: z.array(z.object({ value: z.string() }).strict()).meta({ description: "At most one: postedit's fix (an empty list for a flag)." }),
    offset: z.number().int().meta({ description: "UTF-16 code units into the document, markup included." }),
    length: z.number().int(),
    context: z
      .object({
        text: z.string().meta({ description: "Up to 40 characters either side, `...` where cut, line breaks as spaces." }),
        offset: z.number().int(),
        length: z.number().int(),
      })
      .strict(),
    sentence: z.string().meta({ description: "The sentence the match is in, as checked (without markup)." }),
    type: z.object({ typeName: z.string() }).strict().meta({ description: "`Other` (LanguageTool's `UnknownWord` is for spelling)." }),
    rule: z
      .object({
        id: z.string().meta({ description: "The rule's id in LanguageTool's spelling (`FRENCH_WORD` for /v1's `french-word`)." }),
        description: z.string(),
        issueType: z.enum(ISSUE_TYPES as [string, ...string[]]).meta({ description: "ITS 2.0 localization-quality issue type." }),
        category: z.object({ id: z.string(), name: z.string() }).strict(),
      })
      .strict(),
    ignoreForIncompleteSentence: z.boolean().meta({ description: "True when the match needs the whole sentence (lost quotation marks): clients hide it while a sentence is being typed." }),
    contextForSureMatch: z.number().int().meta({ description: "0: sure as soon as seen; -1: needs the whole sentence." }),
    id: z.string().meta({ description: "postedit's finding id (stable for the same rule, span, original and replacement)." }),
    safe: z.boolean().meta({ description: "postedit: the fix cannot damage correct text; `apply=safe` applies it." }),
    confidence: z.number().min(0).max(1).meta({ description: "postedit: how sure the rule is." }),
    severity: z.enum(SEVERITIES as [string, ...string[]]).meta({ description: "postedit: MQM severity." }),
  })
  .strict()
  .meta({ id: "LanguageToolMatch" });

export const languageToolResponse = z
  .object({
    software,
    warnings: z.object({ incompleteResults: z.boolean() }).strict(),
    language: languageRef.extend({ detectedLanguage: languageRef.extend({ confidence: z.number().min(0).max(1) }).strict() }).strict(),
    matches: z.array(languageToolMatch),
    sentenceRanges: z.array(z.tuple([z.number().int(), z.number().int()])).meta({ description: "Each sentence's [start, end) in the document." }),
    text: z.string().optional().meta({ description: "With `apply`: the document with the fixes applied." }),
    diff: textDiffSchema.optional(),
    applied: z.array(z.string()).optional().meta({ description: "With `apply`: ids of the matches applied." }),
    skipped: z.array(skippedSchema).optional(),
  })
  .strict()
  .meta({ id: "LanguageToolResponse" });

export type LanguageToolResponse = z.infer<typeof languageToolResponse>;
export type LanguageToolMatch = z.infer<typeof languageToolMatch>;

export const languagesResponse = z
  .array(z.object({ name: z.string(), code: z.string(), longCode: z.string() }).strict())
  .meta({ id: "LanguageToolLanguages" });

export const infoResponse = z.object({ software }).strict().meta({ id: "LanguageToolInfo" });

/** LanguageTool's errors: plain text. */
export const plainTextError = z.string().meta({ description: "`Error: ` and what is wrong, as LanguageTool sends it." });
