/**
 * The languages /v2 answers for: postedit checks English (the target of the
 * French → English translations it cleans), in LanguageTool's codes and
 * names, and tells which of English and French a text is written in
 * (`detectedLanguage`, `language=auto`).
 */
import { francAll } from "franc-min";

export interface LanguageInfo {
  /** LanguageTool's name: `English (US)`. */
  name: string;
  /** Short code: `en`. */
  code: string;
  /** Code with variant: `en-US`. */
  longCode: string;
}

/** LanguageTool's English and its variants, in its order (by name). */
export const ENGLISH_VARIANTS: readonly LanguageInfo[] = [
  { name: "English", code: "en", longCode: "en" },
  { name: "English (Australian)", code: "en", longCode: "en-AU" },
  { name: "English (Canadian)", code: "en", longCode: "en-CA" },
  { name: "English (GB)", code: "en", longCode: "en-GB" },
  { name: "English (New Zealand)", code: "en", longCode: "en-NZ" },
  { name: "English (South African)", code: "en", longCode: "en-ZA" },
  { name: "English (US)", code: "en", longCode: "en-US" },
];

export const FRENCH: LanguageInfo = { name: "French", code: "fr", longCode: "fr" };

/** What `auto` checks when no English variant is preferred (LanguageTool's default English). */
export const DEFAULT_ENGLISH = ENGLISH_VARIANTS.find((language) => language.longCode === "en-US")!;

const BY_CODE = new Map(ENGLISH_VARIANTS.map((language) => [language.longCode.toLowerCase(), language]));

/** The English variant a code names (`en-us`, `en_GB`, `EN`), or undefined. */
export function englishVariant(code: string): LanguageInfo | undefined {
  return BY_CODE.get(code.trim().toLowerCase().replace(/_/g, "-"));
}

/** A language tag's shape (`de`, `de-DE`, `pt-BR`, `ca-ES-valencia`): `motherTongue` may be any language. */
export const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/;

export interface DetectedLanguage {
  language: LanguageInfo;
  /** 0–1: how far ahead of the other language the guess is (1 when the other scores half as well or worse). */
  confidence: number;
}

/**
 * English or French, by franc (which reads at most the first 2,048
 * characters). Too little text to tell counts as English with confidence 0.
 */
export function detectLanguage(text: string, english: LanguageInfo): DetectedLanguage {
  const [best, second] = francAll(text, { only: ["eng", "fra"] });
  if (!best || best[0] === "und") return { language: english, confidence: 0 };
  const lead = Math.min(1, Math.max(0, 2 * (1 - (second?.[1] ?? 0))));
  return { language: best[0] === "fra" ? FRENCH : english, confidence: Math.round(lead * 1000) / 1000 };
}
