/**
 * Reads a /v2/check request as LanguageTool does: the query string, and for a
 * POST the body as a form (whatever its content type says, as LanguageTool
 * reads it; multipart too), the query winning where both name a parameter.
 * Then checks the parameters with LanguageTool's rules and messages and
 * turns them into what postedit runs: which text, which English, which rules.
 */
import type { Context } from "hono";
import { CATEGORY_IDS, selectRules, type Rule } from "../engine/index.js";
import { RULES } from "../rules/index.js";
import { MAX_TEXT_LENGTH } from "../api/limits.js";
import { AnnotatedText } from "./annotated-text.js";
import { badRequest, LanguageToolError } from "./errors.js";
import { DEFAULT_ENGLISH, englishVariant, ENGLISH_VARIANTS, LANGUAGE_TAG, type LanguageInfo } from "./languages.js";
import { checkParameters, MISSING_LANGUAGE } from "./schemas.js";
import { fromLanguageToolId } from "./vocabulary.js";

export type Parameters = Map<string, string>;

/** The request's parameters; a later value of the same name wins, as in LanguageTool. */
export async function readParameters(c: Context): Promise<Parameters> {
  const params: Parameters = new Map();
  if (c.req.method === "POST") {
    const type = (c.req.header("content-type") ?? "").toLowerCase();
    if (type.startsWith("multipart/form-data")) {
      let form: FormData;
      try {
        form = await c.req.formData();
      } catch (error) {
        badRequest(`Could not read the multipart form: ${(error as Error).message}`);
      }
      form.forEach((value, name) => {
        if (typeof value === "string") params.set(name, value);
      });
    } else {
      // Decoded as UTF-8 whatever the content type says (workerd warns on .text() of a form body).
      const body = new TextDecoder().decode(await c.req.arrayBuffer());
      for (const [name, value] of new URLSearchParams(body)) params.set(name, value);
    }
  }
  for (const [name, value] of new URL(c.req.url).searchParams) params.set(name, value);
  return params;
}

/** What one /v2/check request asks for. */
export interface CheckRequest {
  document: AnnotatedText;
  /** `data` whose markup is all HTML or all Markdown is checked as that format; otherwise its plain text is. */
  format: "html" | "markdown" | undefined;
  language: LanguageInfo;
  rules: Rule[];
  apply?: "safe" | "all";
}

const RENAMED: Record<string, string> = {
  enabled: "You specified 'enabled' but the parameter is now called 'enabledRules' in v2 of the API",
  disabled: "You specified 'disabled' but the parameter is now called 'disabledRules' in v2 of the API",
  preferredvariants: "You specified 'preferredvariants' but the parameter is now called 'preferredVariants' (uppercase 'V') in v2 of the API",
  autodetect: "You specified 'autodetect' but automatic language detection is now activated with 'language=auto' in v2 of the API",
};

const RULE_IDS = new Set(RULES.map((rule) => rule.id));
const CATEGORIES: ReadonlySet<string> = new Set(CATEGORY_IDS);

/** A comma-separated list of ids in postedit's spelling, keeping only those in `known` (LanguageTool ignores unknown ids). */
function ids(value: string | undefined, known: ReadonlySet<string>): string[] {
  if (value === undefined) return [];
  return value
    .split(",")
    .map(fromLanguageToolId)
    .filter((id) => known.has(id));
}

function given(value: string | undefined): boolean {
  return value !== undefined && value.trim() !== "";
}

function parseLanguage(code: string, preferredVariants: string | undefined): LanguageInfo {
  if (code === "auto") {
    const preferred = (preferredVariants ?? "")
      .split(",")
      .map((variant) => englishVariant(variant))
      .find((variant) => variant !== undefined);
    return preferred ?? DEFAULT_ENGLISH;
  }
  if (given(preferredVariants)) badRequest("You specified 'preferredVariants' but you didn't specify 'language=auto'");
  const variant = englishVariant(code);
  if (!variant) {
    badRequest(
      `'${code}' is not a language code known to postedit, which checks English. Supported language codes are: ${ENGLISH_VARIANTS.map((language) => language.longCode).join(", ")}, auto`,
    );
  }
  return variant;
}

/** Which rules run, from LanguageTool's four lists and `enabledOnly`. */
function selectLanguageToolRules(params: { enabledRules?: string; disabledRules?: string; enabledCategories?: string; disabledCategories?: string; enabledOnly?: string }): Rule[] {
  const enabledOnly = params.enabledOnly === "true" || params.enabledOnly === "yes";
  const disabled = [...ids(params.disabledRules, RULE_IDS), ...ids(params.disabledCategories, CATEGORIES)];
  if (enabledOnly) {
    if (given(params.disabledRules) || given(params.disabledCategories)) badRequest("You cannot specify disabled rules or categories using enabledOnly=true");
    if (!given(params.enabledRules) && !given(params.enabledCategories)) badRequest("You must specify enabled rules or categories when using enabledOnly=true");
    // Every postedit rule is on by default, so without enabledOnly the enabled lists change nothing.
    return selectRules(RULES, { only: [...ids(params.enabledRules, RULE_IDS), ...ids(params.enabledCategories, CATEGORIES)] });
  }
  return selectRules(RULES, { disable: disabled });
}

/** Compares in constant time for equal lengths, so a key cannot be guessed character by character. */
function sameKey(given: string, expected: string): boolean {
  if (given.length !== expected.length) return false;
  let difference = 0;
  for (let i = 0; i < given.length; i++) difference |= given.charCodeAt(i) ^ expected.charCodeAt(i);
  return difference === 0;
}

export function parseCheckRequest(raw: Parameters, apiKey: string | undefined): CheckRequest {
  if (raw.has("text") && raw.has("data")) badRequest("Set only 'text' or 'data' parameter, not both");
  if (!raw.has("text") && !raw.has("data")) badRequest("Missing 'text' or 'data' parameter");
  for (const [name, message] of Object.entries(RENAMED)) if (raw.has(name)) badRequest(message);
  const parsed = checkParameters.safeParse(Object.fromEntries(raw));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    badRequest(issue.path[0] === "language" ? MISSING_LANGUAGE : `Invalid '${String(issue.path[0])}' parameter: ${issue.message}`);
  }
  const params = parsed.data;
  if (apiKey) {
    const key = params.apiKey ?? raw.get("api_key");
    if (key === undefined || !sameKey(key, apiKey)) {
      throw new LanguageToolError(403, `AuthException: ${key === undefined ? "this server needs an API key: send 'apiKey'" : "the API key is not valid"}`);
    }
  }
  const document = params.text !== undefined ? AnnotatedText.fromText(params.text) : AnnotatedText.fromData(params.data!);
  if (document.original.length > MAX_TEXT_LENGTH) {
    throw new LanguageToolError(413, `Your text exceeds the limit of ${MAX_TEXT_LENGTH} characters (it's ${document.original.length} characters). Please submit a shorter text.`);
  }
  const language = parseLanguage(params.language, params.preferredVariants);
  if (params.motherTongue !== undefined && !LANGUAGE_TAG.test(params.motherTongue)) badRequest(`'${params.motherTongue}' is not a language code`);
  const rules = selectLanguageToolRules(params);
  if (params.level !== undefined && params.level !== "default" && params.level !== "picky") {
    badRequest(`Unknown value for 'level' parameter: '${params.level}'. Use 'default' or 'picky'`);
  }
  if (params.apply !== undefined && params.apply !== "safe" && params.apply !== "all") {
    badRequest(`Unknown value for 'apply' parameter: '${params.apply}'. Use 'safe' or 'all'`);
  }
  const request: CheckRequest = { document, format: document.format, language, rules };
  if (params.apply === "safe" || params.apply === "all") request.apply = params.apply;
  return request;
}
