/**
 * Finding ids: a 64-bit FNV-1a hash of the rule, span, original text and
 * replacement, so the same finding on the same text always has the same id
 * and a client can accept or reject it by id across requests.
 */

const FNV_PRIME = 0x01000193;

function fnv1a(input: string, basis: number): number {
  let hash = basis;
  for (let i = 0; i < input.length; i++) {
    const unit = input.charCodeAt(i);
    hash = Math.imul(hash ^ (unit & 0xff), FNV_PRIME);
    hash = Math.imul(hash ^ (unit >>> 8), FNV_PRIME);
  }
  return hash >>> 0;
}

export function findingId(rule: string, offset: number, length: number, original: string, replacement: string | null): string {
  const key = [rule, offset, length, original, replacement === null ? "\u0000flag" : replacement].join("\u0001");
  const high = fnv1a(key, 0x811c9dc5).toString(16).padStart(8, "0");
  const low = fnv1a(key, 0x050c5d1f).toString(16).padStart(8, "0");
  return `f_${high}${low}`;
}
