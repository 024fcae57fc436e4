/**
 * The rule contract. One rule per file in `src/rules/`; the file name is the
 * rule id. `detect` is pure and synchronous: it reads the document model and
 * returns detections in `doc.text` coordinates, nothing else.
 */
import type { Document } from "./document.js";
import type { Category, Detection, RuleExamples } from "./types.js";

export interface Rule {
  id: string;
  category: Category;
  /** One line: what the rule finds. */
  description: string;
  /** The rule's specification, run as tests by `test/rule-examples.test.ts`. */
  examples: RuleExamples;
  detect(doc: Document): Detection[];
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
