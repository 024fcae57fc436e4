/**
 * Request examples for the API reference, taken from the test fixtures (the
 * seed article, fixtures/cases/seed.json, and the CMS payloads in
 * fixtures/hooks/) so that the documented examples are texts the tests
 * already hold the engine to. The contract test sends each of them and checks
 * the answer against the documented schema.
 */
import { check, type Finding } from "../engine/index.js";
import { RULES } from "../rules/index.js";
import seedCase from "../../fixtures/cases/seed.json";
import contentfulEntry from "../../fixtures/hooks/contentful-entry-publish.json";
import ghostPost from "../../fixtures/hooks/ghost-post-published.json";
import sanityArticle from "../../fixtures/hooks/sanity-article.json";
import wordpressPost from "../../fixtures/hooks/wordpress-post.json";

const SEED_PARAGRAPHS = seedCase[0]!.text.split(/\n{2,}/).map((paragraph) => paragraph.trim());

/** The seed article's paragraph that holds `phrase`. */
function seedParagraph(phrase: string): string {
  const found = SEED_PARAGRAPHS.find((paragraph) => paragraph.includes(phrase));
  if (!found) throw new Error(`no seed paragraph holds “${phrase}”`);
  return found;
}

/** Paragraphs of the seed article, each with artifacts of its own. */
export const SAMPLE_TEXTS = {
  /** A French gloss left in brackets. */
  untranslated: seedParagraph("INF Treaty ["),
  /** `theNorth`, and a word the translation dropped. */
  gluedWords: seedParagraph("theNorth"),
  /** `good faith., he warned`: doubled punctuation (safe) and reported speech that lost its quotation marks (a suggestion). */
  lostQuotation: seedParagraph("good faith., he warned"),
  /** A photo credit scraped with the article. */
  photoCredit: seedParagraph("Photo: Reuters"),
  /** Previous/next article links glued to the text. */
  pageChrome: seedParagraph("Previous article"),
};

/** A seed paragraph as an HTML paragraph, for `format: "html"`. */
export const SAMPLE_HTML = `<p>${SAMPLE_TEXTS.gluedWords}</p>`;

let applyBody: { text: string; accept: string[]; findings: Finding[] } | undefined;

/** A /v1/apply body: the findings /v1/check returns for a seed paragraph, the safe ones accepted. */
export function applyExample() {
  if (!applyBody) {
    const text = SAMPLE_TEXTS.lostQuotation;
    const { findings } = check(text, RULES);
    applyBody = { text, accept: findings.filter((finding) => finding.safe).map((finding) => finding.id), findings };
  }
  return applyBody;
}

/** CMS payloads, from fixtures/hooks/. */
export const HOOK_PAYLOADS = { ghost: ghostPost, wordpress: wordpressPost, contentful: contentfulEntry, sanity: sanityArticle };

/** A generic publish-hook body built from seed paragraphs (its lost quotation asks for a review). */
export const GENERIC_HOOK_BODY = {
  id: "article-4127",
  fields: {
    title: { value: SEED_PARAGRAPHS[1]! },
    body: { value: `${SAMPLE_TEXTS.gluedWords}\n\n${SAMPLE_TEXTS.lostQuotation}`, format: "markdown" },
  },
};
