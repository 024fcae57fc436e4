/**
 * The engine's vocabulary: categories, severities, what a rule returns
 * (a Detection) and what a client receives (a Finding).
 * Offsets are UTF-16 code units into the original input, half-open.
 */

/** The closed set of artifact classes, aligned with the MQM typology. */
export const CATEGORIES = {
  /** French left in the English text: `the INF Treaty [traité sur …]`, `selon les experts`. */
  untranslated: "French left untranslated in the English text",
  /** Words glued together or split apart: `theNorth`, `Previous articleAt`. */
  "word-boundary": "Words glued together or split at the wrong place",
  /** A French construction translated word by word: `in Swiss`, `M. Bayrou`. */
  calque: "A French construction translated word for word",
  /** Broken punctuation: `in good faith., he warned`, `ready ?`. */
  punctuation: "Doubled, contradictory or misplaced punctuation",
  /** French typographic conventions: `« … »`, `3,2 million`, `4,9 %`. */
  typography: "French typography or number format in English text",
  /** Quotation marks lost around reported speech: `We will not …, he warned`. */
  quotation: "Reported speech that lost its quotation marks",
  /** Page chrome scraped with the text: `Photo: Reuters / HANDOUT`, `Previous article…`. */
  boilerplate: "Page chrome scraped along with the article",
  /** Remains of markup in plain text: `</ p>`, `&amp;`, `x27;`. */
  "markup-residue": "Remains of HTML or other markup",
  /** A word the translation dropped: `on size and extent military operations`. */
  omission: "A word missing from the translation",
} as const;

export type Category = keyof typeof CATEGORIES;
export const CATEGORY_IDS = Object.keys(CATEGORIES) as Category[];

/** MQM severities. */
export type Severity = "minor" | "major" | "critical";
export const SEVERITIES: readonly Severity[] = ["minor", "major", "critical"];

export type Format = "text" | "html" | "markdown";

/**
 * What a rule reports, in the coordinates of `doc.text`.
 * `replacement` is the new text for [start, end): `""` deletes, `null` only flags.
 */
export interface Detection {
  start: number;
  end: number;
  replacement: string | null;
  /** How sure the rule is that this is an error and the replacement right, 0–1. */
  confidence: number;
  severity: Severity;
  message: string;
  /** Applied by the default mode. Only for fixes that cannot damage correct text. */
  safe?: boolean;
}

/** A finding as the API returns it. */
export interface Finding {
  /** Stable for the same rule, span, original and replacement. */
  id: string;
  rule: string;
  category: Category;
  severity: Severity;
  confidence: number;
  offset: number;
  length: number;
  original: string;
  replacement: string | null;
  safe: boolean;
  message: string;
}

/**
 * A rule example. `text` marks the expected span with ⟦ and ⟧.
 * `fixed` is the whole text after applying the rule's finding there (omit
 * for a flag without replacement); `safe` is whether the default mode applies it.
 */
export interface BadExample {
  text: string;
  fixed?: string;
  safe: boolean;
}

export interface RuleExamples {
  bad: BadExample[];
  /** Text the rule must leave alone. */
  good: string[];
}
