/**
 * Replacements keep the casing of the text they replace.
 */

/** `matchCase("In", "at")` → `"At"`; `matchCase("IN", "at")` → `"AT"`. */
export function matchCase(original: string, replacement: string): string {
  if (original.length === 0 || replacement.length === 0) return replacement;
  const letters = original.replace(/[^\p{L}]/gu, "");
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) {
    return replacement.toUpperCase();
  }
  const first = original[0]!;
  if (first !== first.toLowerCase() && first === first.toUpperCase()) {
    return replacement[0]!.toUpperCase() + replacement.slice(1);
  }
  return replacement;
}

export function isCapitalized(word: string): boolean {
  return /^\p{Lu}\p{Ll}/u.test(word);
}

export function isAllCaps(word: string): boolean {
  return /^\p{Lu}[\p{Lu}\p{N}]*$/u.test(word) && /\p{Lu}/u.test(word);
}
