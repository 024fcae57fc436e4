/**
 * Request examples for the API reference, taken from the test fixtures
 * (fixtures/cases/, fixtures/hooks/) so that the documented examples are
 * texts the tests already hold the engine to. The contract test sends each of
 * them and checks the answer against the documented schema.
 */
import { check, type Finding } from "../engine/index.js";
import { RULES } from "../rules/index.js";
import boilerplate from "../../fixtures/cases/boilerplate.json";
import typography from "../../fixtures/cases/typography.json";
import untranslated from "../../fixtures/cases/untranslated.json";
import wordBoundary from "../../fixtures/cases/word-boundary.json";
import ghostPost from "../../fixtures/hooks/ghost-post-published.json";
import wordpressPost from "../../fixtures/hooks/wordpress-post.json";

interface FixtureCase {
  id: string;
  text: string;
}

function fixtureText(cases: readonly FixtureCase[], id: string): string {
  const found = cases.find((entry) => entry.id === id);
  if (!found) throw new Error(`no fixture case ${id}`);
  return found.text;
}

/** Short texts with one artifact each, from fixtures/cases/. */
export const SAMPLE_TEXTS = {
  untranslated: fixtureText(untranslated, "untranslated-001"),
  gluedWords: fixtureText(wordBoundary, "word-boundary-001"),
  frenchQuotes: fixtureText(typography, "typography-001"),
  pageChrome: fixtureText(boilerplate, "boilerplate-001"),
};

/** The same sentence as an HTML paragraph, for `format: "html"`. */
export const SAMPLE_HTML = `<p>${SAMPLE_TEXTS.gluedWords}</p>`;

/** A /v1/apply body: the findings /v1/check returns for a fixture, the safe ones accepted. */
let applyBody: { text: string; accept: string[]; findings: Finding[] } | undefined;

export function applyExample() {
  if (!applyBody) {
    const text = SAMPLE_TEXTS.frenchQuotes;
    const { findings } = check(text, RULES);
    applyBody = { text, accept: findings.filter((finding) => finding.safe).map((finding) => finding.id), findings };
  }
  return applyBody;
}

/** CMS payloads, from fixtures/hooks/. */
export const HOOK_PAYLOADS = { ghost: ghostPost, wordpress: wordpressPost };

/** A generic publish-hook body built from fixture texts. */
export const GENERIC_HOOK_BODY = {
  id: "article-4127",
  fields: {
    title: { value: SAMPLE_TEXTS.gluedWords },
    body: { value: `${SAMPLE_TEXTS.frenchQuotes}\n\n${SAMPLE_TEXTS.untranslated}`, format: "markdown" },
  },
};
