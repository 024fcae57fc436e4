/**
 * Finding ids: a 64-bit FNV-1a hash of the rule, span, original text and
 * replacement, so the same finding on the same text always has the same id
 * and a client can accept or reject it by id across requests.
 *
 * The hashed key is `[rule, offset, length, original, replacement].join("\u0001")`
 * (a flag's replacement written `\u0000flag`), each UTF-16 unit fed low byte
 * then high byte, through two FNV-1a hashes with different bases computed in
 * the same pass.
 */

const FNV_PRIME = 0x01000193;
const SEPARATOR = "\u0001";
const FLAG = "\u0000flag";

export function findingId(rule: string, offset: number, length: number, original: string, replacement: string | null): string {
  const key = `${rule}${SEPARATOR}${offset}${SEPARATOR}${length}${SEPARATOR}${original}${SEPARATOR}${replacement === null ? FLAG : replacement}`;
  // Both hashes in one pass, in local variables (the loop stays in registers).
  let high = 0x811c9dc5 | 0;
  let low = 0x050c5d1f;
  for (let i = 0; i < key.length; i++) {
    const unit = key.charCodeAt(i);
    const a = unit & 0xff;
    const b = unit >>> 8;
    high = Math.imul(Math.imul(high ^ a, FNV_PRIME) ^ b, FNV_PRIME);
    low = Math.imul(Math.imul(low ^ a, FNV_PRIME) ^ b, FNV_PRIME);
  }
  return `f_${(high >>> 0).toString(16).padStart(8, "0")}${(low >>> 0).toString(16).padStart(8, "0")}`;
}
