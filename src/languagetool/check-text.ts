/**
 * /v2/check's work: run the engine on what the client sent, put the findings
 * on the client's document, and answer in LanguageTool's shape, with
 * postedit's fields on each match (and, with `apply`, the corrected document).
 *
 * Plain text is checked as plain text. AnnotatedText whose markup is all HTML
 * tags, or all Markdown syntax, is the HTML or Markdown document it spells,
 * and is checked as that format, as /v1 does for `format: "html"` or
 * `"markdown"` (entities read, block quotes and headings known, code and markup
 * kept safe). Other AnnotatedText is checked on its plain text (the text
 * pieces and what the markup is read as) and the findings are placed back on
 * the document (placement.ts).
 */
import { applyFindings, check, type Category, type Finding } from "../engine/index.js";
import { RULES } from "../rules/index.js";
import { VERSION, BUILD_DATE } from "../version.js";
import type { AnnotatedText } from "./annotated-text.js";
import { detectLanguage } from "./languages.js";
import type { CheckRequest } from "./params.js";
import { placeFinding, widenInsertion } from "./placement.js";
import type { LanguageToolMatch, LanguageToolResponse } from "./schemas.js";
import { sentenceAt, sentenceRanges, type SentenceRange } from "./sentences.js";
import { CATEGORY_VOCABULARY, toLanguageToolId } from "./vocabulary.js";

export const SOFTWARE = { name: "postedit", version: VERSION, buildDate: BUILD_DATE, apiVersion: 1, premium: false, status: "" } as const;

/** Characters of context either side of a match, as LanguageTool gives. */
const CONTEXT_SIZE = 40;

const RULE_DESCRIPTIONS = new Map(RULES.map((rule) => [rule.id, rule.description]));

/** Reported speech needs the whole sentence (its reporting clause) before it is sure. */
const NEEDS_WHOLE_SENTENCE: ReadonlySet<Category> = new Set(["quotation"]);

const isLowSurrogate = (text: string, at: number) => {
  const code = text.charCodeAt(at);
  return code >= 0xdc00 && code <= 0xdfff;
};

/** LanguageTool's context: the match with up to 40 characters either side, `...` where cut, line breaks as spaces. */
function contextOf(text: string, start: number, end: number): LanguageToolMatch["context"] {
  let from = Math.max(0, start - CONTEXT_SIZE);
  let to = Math.min(text.length, end + CONTEXT_SIZE);
  if (from > 0 && isLowSurrogate(text, from)) from--;
  if (to < text.length && isLowSurrogate(text, to)) to++;
  const prefix = from > 0 ? "..." : "";
  const suffix = to < text.length ? "..." : "";
  return { text: prefix + text.slice(from, to).replace(/[\r\n\t]/g, " ") + suffix, offset: prefix.length + start - from, length: end - start };
}

function toMatch(finding: Finding, document: AnnotatedText, sentences: readonly SentenceRange[]): LanguageToolMatch {
  const vocabulary = CATEGORY_VOCABULARY[finding.category];
  const sentence = sentenceAt(sentences, document.toPlain(finding.offset));
  const sure = NEEDS_WHOLE_SENTENCE.has(finding.category) ? -1 : 0;
  return {
    message: finding.message,
    shortMessage: vocabulary.name,
    replacements: finding.replacement === null ? [] : [{ value: finding.replacement }],
    offset: finding.offset,
    length: finding.length,
    context: contextOf(document.original, finding.offset, finding.offset + finding.length),
    sentence: sentence ? document.plain.slice(sentence.start, sentence.end) : "",
    type: { typeName: "Other" },
    rule: {
      id: toLanguageToolId(finding.rule),
      description: RULE_DESCRIPTIONS.get(finding.rule) ?? finding.message,
      issueType: vocabulary.issueType,
      category: { id: toLanguageToolId(finding.category), name: vocabulary.name },
    },
    ignoreForIncompleteSentence: sure === -1,
    contextForSureMatch: sure,
    id: finding.id,
    safe: finding.safe,
    confidence: finding.confidence,
    severity: finding.severity,
  };
}

/** The findings, in the document's coordinates. */
function findingsFor(request: CheckRequest): Finding[] {
  const { document, rules } = request;
  if (request.format) return check(document.original, rules, request.format).findings;
  const { findings } = check(document.plain, rules, "text");
  if (document.plain === document.original) return findings;
  return findings.map((finding) => placeFinding(document, finding));
}

const byPosition = (a: Finding, b: Finding) => a.offset - b.offset || a.length - b.length;

export function checkForLanguageTool(request: CheckRequest): LanguageToolResponse {
  const { document, language } = request;
  const findings = findingsFor(request);
  const detected = detectLanguage(document.plain, language);
  const sentences = sentenceRanges(document.plain);
  const response: LanguageToolResponse = {
    software: SOFTWARE,
    warnings: { incompleteResults: false },
    language: {
      name: language.name,
      code: language.longCode,
      detectedLanguage: { name: detected.language.name, code: detected.language.longCode, confidence: detected.confidence },
    },
    // Shown with insertions widened to a word; applied (below) exactly as found.
    matches: findings
      .map((finding) => widenInsertion(document, finding))
      .sort(byPosition)
      .map((finding) => toMatch(finding, document, sentences)),
    sentenceRanges: sentences.map((sentence) => {
      const span = document.toOriginal(sentence.start, sentence.end);
      return [span.start, span.end];
    }),
  };
  if (request.apply) {
    const chosen = findings.filter((finding) => (request.apply === "all" ? finding.replacement !== null : finding.safe));
    const result = applyFindings(document.original, chosen);
    response.text = result.text;
    response.diff = result.diff;
    response.applied = result.applied;
    response.skipped = result.skipped;
  }
  return response;
}
