/**
 * The rule registry: every rule, explicitly. The engine's result does not
 * depend on this order (see `engine/resolve.ts`).
 */
import type { Rule } from "../engine/rule.js";
import articleNavigation from "./article-navigation.js";
import breadcrumb from "./breadcrumb.js";
import calquePhrase from "./calque-phrase.js";
import demonymAsPlace from "./demonym-as-place.js";
import doubledPunctuation from "./doubled-punctuation.js";
import falseFriend from "./false-friend.js";
import frenchCurrencyFormat from "./french-currency-format.js";
import frenchGloss from "./french-gloss.js";
import frenchHonorific from "./french-honorific.js";
import frenchNumberFormat from "./french-number-format.js";
import frenchOrdinal from "./french-ordinal.js";
import frenchPhrase from "./french-phrase.js";
import frenchPunctuationSpacing from "./french-punctuation-spacing.js";
import frenchQuotes from "./french-quotes.js";
import frenchTimeFormat from "./french-time-format.js";
import frenchWord from "./french-word.js";
import gluedCamelCase from "./glued-camel-case.js";
import gluedNumber from "./glued-number.js";
import gluedOpeningQuote from "./glued-opening-quote.js";
import gluedSentence from "./glued-sentence.js";
import gluedWords from "./glued-words.js";
import htmlEntity from "./html-entity.js";
import imageCaption from "./image-caption.js";
import lostQuotationMarks from "./lost-quotation-marks.js";
import missingArticle from "./missing-article.js";
import missingOfComplement from "./missing-of-complement.js";
import missingPreposition from "./missing-preposition.js";
import misplacedClosingQuote from "./misplaced-closing-quote.js";
import pageChrome from "./page-chrome.js";
import photoCredit from "./photo-credit.js";
import pullQuoteParagraph from "./pull-quote-paragraph.js";
import quoteAttribution from "./quote-attribution.js";
import quoteGluedToWord from "./quote-glued-to-word.js";
import spaceBeforePunctuation from "./space-before-punctuation.js";
import spaceInsideBrackets from "./space-inside-brackets.js";
import strayHtmlTag from "./stray-html-tag.js";
import translatedFrenchName from "./translated-french-name.js";

export const RULES: readonly Rule[] = [
  articleNavigation,
  breadcrumb,
  calquePhrase,
  demonymAsPlace,
  doubledPunctuation,
  falseFriend,
  frenchCurrencyFormat,
  frenchGloss,
  frenchHonorific,
  frenchNumberFormat,
  frenchOrdinal,
  frenchPhrase,
  frenchPunctuationSpacing,
  frenchQuotes,
  frenchTimeFormat,
  frenchWord,
  gluedCamelCase,
  gluedNumber,
  gluedOpeningQuote,
  gluedSentence,
  gluedWords,
  htmlEntity,
  imageCaption,
  lostQuotationMarks,
  missingArticle,
  missingOfComplement,
  missingPreposition,
  misplacedClosingQuote,
  pageChrome,
  photoCredit,
  pullQuoteParagraph,
  quoteAttribution,
  quoteGluedToWord,
  spaceBeforePunctuation,
  spaceInsideBrackets,
  strayHtmlTag,
  translatedFrenchName,
];
