/**
 * Finding ids: a 64-bit FNV-1a hash of the rule, span, original text and
 * replacement, so the same finding on the same text always has the same id
 * and a client can accept or reject it by id across requests.
 *
 * The hashed key is `[rule, offset, length, original, replacement].join("\u0001")`
 * (a flag's replacement written `\u0000flag`), each UTF-16 unit fed low byte
 * then high byte, through two FNV-1a passes with different bases. The parts
 * are fed one after the other rather than joined first.
 */

const FNV_PRIME = 0x01000193;
const SEPARATOR = "\u0001";
const FLAG = "\u0000flag";

// The two running hashes (module state: findingId is synchronous and not re-entered).
let high = 0;
let low = 0;

function feed(part: string): void {
  let h = high;
  let l = low;
  for (let i = 0; i < part.length; i++) {
    const unit = part.charCodeAt(i);
    const a = unit & 0xff;
    const b = unit >>> 8;
    h = Math.imul(Math.imul(h ^ a, FNV_PRIME) ^ b, FNV_PRIME);
    l = Math.imul(Math.imul(l ^ a, FNV_PRIME) ^ b, FNV_PRIME);
  }
  high = h;
  low = l;
}

export function findingId(rule: string, offset: number, length: number, original: string, replacement: string | null): string {
  high = 0x811c9dc5 | 0;
  low = 0x050c5d1f;
  feed(rule);
  feed(SEPARATOR);
  feed(String(offset));
  feed(SEPARATOR);
  feed(String(length));
  feed(SEPARATOR);
  feed(original);
  feed(SEPARATOR);
  feed(replacement === null ? FLAG : replacement);
  return `f_${(high >>> 0).toString(16).padStart(8, "0")}${(low >>> 0).toString(16).padStart(8, "0")}`;
}
