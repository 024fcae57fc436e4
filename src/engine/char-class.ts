/**
 * Unicode classes of characters for the hand-written scanners (tokenizer,
 * trigger index): letter, mark, number, punctuation, white space, exactly as
 * the regular-expression classes `\p{L}`, `\p{M}`, `\p{N}`, `\p{P}` and `\s`
 * (with the `u` flag) define them.
 *
 * A code point is classified once, on first sight, by those same regular
 * expressions, and remembered: ASCII up front, the rest of the Basic
 * Multilingual Plane in a table filled as characters appear, astral code
 * points in a small map. Start-up pays for 128 characters, not 65,536.
 */

export const LETTER = 1;
export const MARK = 2;
export const NUMBER = 4;
export const PUNCT = 8;
export const SPACE = 16;
/** Set on every classified entry, so that 0 means "not classified yet". */
const KNOWN = 128;

const L = /\p{L}/u;
const M = /\p{M}/u;
const N = /\p{N}/u;
const P = /\p{P}/u;
const S = /\s/u;

function compute(char: string): number {
  let bits = KNOWN;
  if (L.test(char)) bits |= LETTER;
  else if (M.test(char)) bits |= MARK;
  else if (N.test(char)) bits |= NUMBER;
  else if (P.test(char)) bits |= PUNCT;
  else if (S.test(char)) bits |= SPACE;
  return bits;
}

const bmp = new Uint8Array(0x10000);
const astral = new Map<number, number>();
for (let c = 0; c < 128; c++) bmp[c] = compute(String.fromCharCode(c));
// Lone surrogates are no letter, mark, number, punctuation or space.
for (let c = 0xd800; c < 0xe000; c++) bmp[c] = KNOWN;

/** Class bits of a code unit of the Basic Multilingual Plane (not a surrogate half: those are 0). */
export function unitClass(code: number): number {
  const known = bmp[code]!;
  if (known !== 0) return known & ~KNOWN;
  const bits = compute(String.fromCharCode(code));
  bmp[code] = bits;
  return bits & ~KNOWN;
}

/** Class bits of any code point. */
export function codePointClass(codePoint: number): number {
  if (codePoint < 0x10000) return unitClass(codePoint);
  let bits = astral.get(codePoint);
  if (bits === undefined) {
    bits = compute(String.fromCodePoint(codePoint));
    astral.set(codePoint, bits);
  }
  return bits & ~KNOWN;
}

/** The code point at `at` (a surrogate pair read whole; a lone surrogate as itself). */
export function codePointAt(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c >= 0xd800 && c <= 0xdbff && at + 1 < text.length) {
    const d = text.charCodeAt(at + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** The code point that ends just before `at` (a surrogate pair read whole), or -1 at the start. */
export function codePointBefore(text: string, at: number): number {
  if (at <= 0) return -1;
  const d = text.charCodeAt(at - 1);
  if (d >= 0xdc00 && d <= 0xdfff && at >= 2) {
    const c = text.charCodeAt(at - 2);
    if (c >= 0xd800 && c <= 0xdbff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return d;
}

/** Class bits of the code point at `at`. */
export function classAt(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c < 0xd800 || c > 0xdbff) return unitClass(c);
  const cp = codePointAt(text, at);
  return cp === c ? unitClass(c) : codePointClass(cp);
}

/** Length in code units of the code point at `at`. */
export function codePointLength(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c < 0xd800 || c > 0xdbff || at + 1 >= text.length) return 1;
  const d = text.charCodeAt(at + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}
