/**
 * How postedit's categories and rules read in LanguageTool's vocabulary:
 * ids in LanguageTool's spelling (`demonym-as-place` → `DEMONYM_AS_PLACE`),
 * a short category name, and the ITS 2.0 localization-quality issue type
 * (the `issueType` LanguageTool clients colour matches by).
 */
import type { Category } from "../engine/index.js";

/** LanguageTool writes rule and category ids in upper snake case. */
export function toLanguageToolId(id: string): string {
  return id.toUpperCase().replace(/-/g, "_");
}

/** Either spelling of an id (`french-word`, `FRENCH_WORD`, `French_Word`) in postedit's. */
export function fromLanguageToolId(id: string): string {
  return id.trim().toLowerCase().replace(/_/g, "-");
}

export interface CategoryVocabulary {
  /** The category's name, as LanguageTool clients show it. */
  name: string;
  /** ITS 2.0 issue type (https://www.w3.org/TR/its20/#lqissue-typevalues). */
  issueType: string;
}

export const CATEGORY_VOCABULARY: Record<Category, CategoryVocabulary> = {
  untranslated: { name: "Untranslated French", issueType: "untranslated" },
  "word-boundary": { name: "Word boundaries", issueType: "whitespace" },
  calque: { name: "Calques", issueType: "mistranslation" },
  punctuation: { name: "Punctuation", issueType: "typographical" },
  typography: { name: "French typography", issueType: "locale-violation" },
  quotation: { name: "Lost quotation marks", issueType: "typographical" },
  // Page chrome scraped with the article: text that is not part of it.
  boilerplate: { name: "Page chrome", issueType: "addition" },
  "markup-residue": { name: "Markup residue", issueType: "markup" },
  omission: { name: "Omissions", issueType: "omission" },
};

/** Every issue type a match can carry (for the API description). */
export const ISSUE_TYPES = [...new Set(Object.values(CATEGORY_VOCABULARY).map((entry) => entry.issueType))];
