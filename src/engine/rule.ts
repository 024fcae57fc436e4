/**
 * The rule contract. One rule per file in `src/rules/`; the file name is the
 * rule id. A rule declares its trigger — what must be in the text for it to
 * find anything — as data next to `detect`; the engine indexes the document
 * once for all rules together (engine/triggers.ts) and calls `detect` only
 * when the trigger fired, with the positions where it fired. `detect` is pure
 * and synchronous: it reads the document model and returns detections in
 * `doc.text` coordinates, nothing else.
 */
import type { Document } from "./document.js";
import type { TokenKind } from "./tokenize.js";
import type { Category, Detection, RuleExamples } from "./types.js";

/**
 * Where a rule can fire. Every finding of the rule must lie at, or be found
 * from, one of these positions: the engine does not call the rule when none
 * occurs, which is what makes most rules free on clean text.
 */
export interface Trigger {
  /** Tokens whose text is one of these (exact case). */
  words?: Iterable<string>;
  /** Tokens whose lowercase text is one of these. */
  lowerWords?: Iterable<string>;
  /**
   * Word tokens of a class (a shape, a lexicon class): the test runs once per
   * distinct word form and is remembered, so it may consult the lexicons.
   */
  forms?: (word: string) => boolean;
  /** Every token of these kinds. */
  kinds?: readonly TokenKind[];
  /** Every occurrence of these characters (of the Basic Multilingual Plane), wherever they are. */
  chars?: string;
  /** The rule judges whole lines: it runs on every document that has a line, and reads `doc.lines` itself. */
  lines?: true;
}

/** Where the trigger fired, in ascending order. */
export interface Hits {
  /** Token indexes matched by `words`, `lowerWords`, `forms` or `kinds`. */
  tokens: readonly number[];
  /** Offsets in `doc.text` of `chars`. */
  offsets: readonly number[];
}

export interface Rule {
  id: string;
  category: Category;
  /** One line: what the rule finds. */
  description: string;
  /** The rule's specification, run as tests by `test/rule-examples.test.ts`. */
  examples: RuleExamples;
  trigger: Trigger;
  detect(doc: Document, hits: Hits): Detection[];
}

/** Identity helper that gives rule literals their type. */
export function defineRule(rule: Rule): Rule {
  return rule;
}

/** Marks the ⟦span⟧ of an example; `parseExample` strips them. */
export const SPAN_OPEN = "⟦";
export const SPAN_CLOSE = "⟧";

export function parseExample(marked: string): { text: string; start: number; end: number } {
  const start = marked.indexOf(SPAN_OPEN);
  const close = marked.indexOf(SPAN_CLOSE);
  if (start < 0 || close < start) throw new Error(`example has no ⟦span⟧: ${marked}`);
  const text = marked.slice(0, start) + marked.slice(start + 1, close) + marked.slice(close + 1);
  return { text, start, end: close - 1 };
}
