/**
 * The rule registry: every rule, explicitly. The engine's result does not
 * depend on this order (see `engine/resolve.ts`).
 */
import type { Rule } from "../engine/rule.js";
import articleNavigation from "./article-navigation.js";
import breadcrumb from "./breadcrumb.js";
import demonymAsPlace from "./demonym-as-place.js";
import doubledPunctuation from "./doubled-punctuation.js";
import frenchGloss from "./french-gloss.js";
import gluedCamelCase from "./glued-camel-case.js";
import photoCredit from "./photo-credit.js";
import quoteAttribution from "./quote-attribution.js";
import spaceBeforePunctuation from "./space-before-punctuation.js";

export const RULES: readonly Rule[] = [
  articleNavigation,
  breadcrumb,
  demonymAsPlace,
  doubledPunctuation,
  frenchGloss,
  gluedCamelCase,
  photoCredit,
  quoteAttribution,
  spaceBeforePunctuation,
];
