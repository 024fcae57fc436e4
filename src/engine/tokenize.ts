/**
 * Splits text into tokens with UTF-16 offsets, in one left-to-right scan
 * written by hand (no regular expression, no backtracking: linear on any
 * input), into parallel typed arrays: no object per token.
 *
 * URLs, e-mail addresses, @handles, #hashtags and file names come out as
 * single tokens so that no rule ever looks inside them. The token grammar
 * (what the scanner implements, alternatives tried in this order):
 *
 *   url       (?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s<>"“”«»]*[^\s<>"“”«».,;:!?)\]'’]
 *   email     [\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+
 *   handle    (?<![\p{L}\p{N}_@])@[\p{L}\p{N}_]+
 *   hashtag   (?<![\p{L}\p{N}_&#])#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*
 *   filename  [\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)*\.(?:EXTENSIONS|DOMAINS)(?![\p{L}\p{N}_])(?:\/[^\s<>"“”«»]*[^\s<>"“”«».,;:!?)\]'’])?
 *   word      [\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}]+)*
 *   number    \p{N}+(?:[.,:]\p{N}+)*
 *   newline   \r\n|\r|\n
 *   space     [^\S\r\n]+
 *   punct     \p{P}
 *   symbol    any other code point
 *
 * The first five are only tried where one of `. @ # : /` lies before the next
 * white space. Where a pattern would scan the same stretch again from a later
 * position (`a.a.a.a…` is no file name from any of its words), the answer for
 * the stretch is remembered, so every character is scanned a bounded number
 * of times.
 */
import { codePointAt, codePointBefore, codePointClass, LETTER, MARK, NUMBER, PUNCT, SPACE, unitClass } from "./char-class.js";
import { FNV_BASIS, type FormTable } from "./forms.js";

/** Token kinds, as stored in `TokenArrays.kind`. */
export const Kind = {
  word: 0,
  number: 1,
  punct: 2,
  symbol: 3,
  space: 4,
  newline: 5,
  url: 6,
  email: 7,
  handle: 8,
  hashtag: 9,
  /** A file name or a bare domain, with its path: `report.pdf`, `lemonde.fr/politique`. */
  filename: 10,
} as const;

export type TokenKind = keyof typeof Kind;
export type KindCode = (typeof Kind)[TokenKind];
export const KIND_NAMES: readonly TokenKind[] = ["word", "number", "punct", "symbol", "space", "newline", "url", "email", "handle", "hashtag", "filename"];

/** The kinds of protected tokens (see isProtectedKind). */
export const PROTECTED_KINDS: readonly TokenKind[] = ["url", "email", "handle", "hashtag", "filename"];

/** URLs, e-mail addresses, handles, hashtags and file names: no rule may change or look inside them. */
export function isProtectedKind(kind: number): boolean {
  return kind >= Kind.url;
}

export type { Token } from "./document.js";

/** A URL, e-mail address, handle, hashtag or file name (of `Document.token(i)`). */
export function isProtectedToken(token: { kind: TokenKind }): boolean {
  return isProtectedKind(Kind[token.kind]);
}

export interface TokenArrays {
  count: number;
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  /** Interned form of the token's text (see forms.ts); -1 for protected tokens, which are not interned. */
  form: Int32Array;
  /** Number of word tokens. */
  words: number;
}

const FILE_EXTENSIONS = new Set(
  (
    "txt|html|htm|php|asp|aspx|pdf|doc|docx|xls|xlsx|ppt|pptx|odt|csv|json|xml|yml|yaml|md|jpg|jpeg|png|gif|svg|webp|mp3|mp4|mov|avi|zip|gz|tar|exe|dmg|apk|js|mjs|ts|tsx|jsx|py|rb|go|rs|java|c|h|cpp|css|sh" +
    "|com|org|net|edu|gov|int|io|fr|ca|uk|be|ch|de|eu|info|news|tv|co|us|qc"
  ).split("|"),
);

const FNV_PRIME = 0x01000193;

// Code units used by the patterns.
const DOT = 46;
const AT = 64;
const HASH = 35;
const COLON = 58;
const SLASH = 47;
const HYPHEN = 45;
const UNDERSCORE = 95;
const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;
const CR = 13;
const LF = 10;

// Bits of ASCII characters beyond their Unicode class, for the patterns' character sets.
const UNDERSCORE_BIT = 32;
const HYPHEN_BIT = 64;
/** `.`, `%`, `+`: with `_` and `-`, the extra characters of an e-mail address's local part. */
const EMAIL_BIT = 128;
/** `[a-z0-9+.-]`: a URL scheme. */
const SCHEME_BIT = 256;
/** `.@#:/`: where a protected token may be ahead. */
const SPECIAL_BIT = 512;
const ASCII = new Uint16Array(128);
for (let c = 0; c < 128; c++) {
  let bits = unitClass(c);
  if (c === UNDERSCORE) bits |= UNDERSCORE_BIT;
  if (c === HYPHEN) bits |= HYPHEN_BIT;
  if (c === DOT || c === 37 || c === 43) bits |= EMAIL_BIT;
  if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === DOT || c === HYPHEN) bits |= SCHEME_BIT;
  if (c === DOT || c === AT || c === HASH || c === COLON || c === SLASH) bits |= SPECIAL_BIT;
  ASCII[c] = bits;
}

const WORD_CHARS = LETTER | MARK | NUMBER;
const LN = LETTER | NUMBER;
const EMAIL_LOCAL = LN | UNDERSCORE_BIT | HYPHEN_BIT | EMAIL_BIT;
const LABEL = LN | HYPHEN_BIT;
const NAME_CHARS = LN | UNDERSCORE_BIT;
const SEGMENT = LN | UNDERSCORE_BIT | HYPHEN_BIT;

/** Characters that end a URL or a path: white space and `<>"“”«»`. */
function endsLink(c: number): boolean {
  if (c < 128) return c === 60 || c === 62 || c === 34 || (ASCII[c]! & SPACE) !== 0;
  return c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb || (unitClass(c) & SPACE) !== 0;
}

/** Characters a URL or path may not end with: `endsLink` ones and `.,;:!?)]'’`. */
function cannotEndLink(c: number): boolean {
  return c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 41 || c === 93 || c === 39 || c === 0x2019 || endsLink(c);
}

function classOf(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c < 128) return ASCII[c]!;
  if (c < 0xd800 || c > 0xdbff) return unitClass(c);
  return codePointClass(codePointAt(text, at));
}

function unitsAt(text: string, at: number): number {
  const c = text.charCodeAt(at);
  return c >= 0xd800 && c <= 0xdbff && codePointAt(text, at) !== c ? 2 : 1;
}

/** End of the run of code points from `at` with one of the bits of `mask` (extra bits only count for ASCII). */
function runEnd(text: string, at: number, mask: number): number {
  const n = text.length;
  let i = at;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((ASCII[c]! & mask) === 0) break;
      i++;
    } else if (c < 0xd800 || c > 0xdfff) {
      if ((unitClass(c) & mask) === 0) break;
      i++;
    } else {
      const cp = codePointAt(text, i);
      if ((codePointClass(cp) & mask) === 0) break;
      i += cp > 0xffff ? 2 : 1;
    }
  }
  return i;
}

class Scanner {
  // Remembered answers for stretches scanned once (see the module comment).
  private schemeFrom = -1;
  private schemeTo = -1;
  private schemeEnd = -1;
  private localFrom = -1;
  private localTo = -1;
  private localMatch = -1;
  private chainFrom = -1;
  private chainTo = -1;
  private chainLastSegment = -1;
  private chainMatch = -1;

  constructor(private readonly text: string) {}

  /** End of the protected token at `at` (url, e-mail, handle, hashtag, file name: the first that matches), or -1; sets `kind`. */
  protectedAt(at: number): number {
    let end = this.url(at);
    if (end > 0) this.kind = Kind.url;
    else if ((end = this.email(at)) > 0) this.kind = Kind.email;
    else if ((end = this.handle(at)) > 0) this.kind = Kind.handle;
    else if ((end = this.hashtag(at)) > 0) this.kind = Kind.hashtag;
    else if ((end = this.filename(at)) > 0) this.kind = Kind.filename;
    return end;
  }

  /** End of `[^\s<>"“”«»]*[^\s<>"“”«».,;:!?)\]'’]` from `at`, or -1. */
  private linkTail(at: number): number {
    const text = this.text;
    let last = -1;
    let i = at;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (endsLink(c)) break;
      if (!cannotEndLink(c)) last = i;
      i++;
    }
    return last < 0 ? -1 : last + 1;
  }

  private url(at: number): number {
    const text = this.text;
    const first = text.charCodeAt(at);
    if (first >= 97 && first <= 122) {
      if (!(at >= this.schemeFrom && at < this.schemeTo)) {
        // A scheme runs over [a-z0-9+.-] and ends with `://`: the same from every position of the run.
        const end = runEnd(text, at, SCHEME_BIT);
        this.schemeFrom = at;
        this.schemeTo = end;
        this.schemeEnd = text.startsWith("://", end) ? end + 3 : -1;
      }
      const end = this.schemeEnd < 0 ? -1 : this.linkTail(this.schemeEnd);
      if (end > 0) return end;
    }
    return text.startsWith("www.", at) ? this.linkTail(at + 4) : -1;
  }

  private email(at: number): number {
    if (!(at >= this.localFrom && at < this.localTo)) {
      const text = this.text;
      const end = runEnd(text, at, EMAIL_LOCAL);
      this.localFrom = at;
      this.localTo = end;
      this.localMatch = -1;
      if (end > at && text.charCodeAt(end) === AT) {
        let labelEnd = runEnd(text, end + 1, LABEL);
        if (labelEnd > end + 1) {
          let last = -1;
          while (text.charCodeAt(labelEnd) === DOT) {
            const next = runEnd(text, labelEnd + 1, LABEL);
            if (next === labelEnd + 1) break;
            last = labelEnd = next;
          }
          this.localMatch = last;
        }
      }
    }
    return this.localMatch;
  }

  private handle(at: number): number {
    const text = this.text;
    if (text.charCodeAt(at) !== AT) return -1;
    const before = codePointBefore(text, at);
    if (before >= 0 && (before === UNDERSCORE || before === AT || (codePointClass(before) & LN) !== 0)) return -1;
    const end = runEnd(text, at + 1, NAME_CHARS);
    return end > at + 1 ? end : -1;
  }

  private hashtag(at: number): number {
    const text = this.text;
    if (text.charCodeAt(at) !== HASH) return -1;
    const before = codePointBefore(text, at);
    if (before >= 0 && (before === UNDERSCORE || before === 38 || before === HASH || (codePointClass(before) & LN) !== 0)) return -1;
    const end = runEnd(text, at + 1, NAME_CHARS);
    // The run must hold a letter.
    for (let i = at + 1; i < end; i += unitsAt(text, i)) if ((classOf(text, i) & LETTER) !== 0) return end;
    return -1;
  }

  /**
   * Segments of [\p{L}\p{N}_-] joined by single dots; the match ends after the
   * extension of the last segment (after the first) that starts with one:
   * its text up to the first `-` is an extension or domain suffix.
   */
  private filename(at: number): number {
    const text = this.text;
    const firstEnd = runEnd(text, at, SEGMENT);
    if (firstEnd === at) return -1;
    if (!(at >= this.chainFrom && at < this.chainTo)) {
      let segmentEnd = firstEnd;
      let lastSegment = -1;
      let extensionEnd = -1;
      while (text.charCodeAt(segmentEnd) === DOT) {
        const start = segmentEnd + 1;
        const end = runEnd(text, start, SEGMENT);
        if (end === start) break;
        let stop = start;
        while (stop < end && text.charCodeAt(stop) !== HYPHEN) stop++;
        if (stop - start <= 4 && FILE_EXTENSIONS.has(text.slice(start, stop))) {
          lastSegment = start;
          extensionEnd = stop;
        }
        segmentEnd = end;
      }
      this.chainFrom = at;
      this.chainTo = segmentEnd;
      this.chainLastSegment = lastSegment;
      this.chainMatch = -1;
      if (lastSegment >= 0) {
        this.chainMatch = extensionEnd;
        if (text.charCodeAt(extensionEnd) === SLASH) {
          const path = this.linkTail(extensionEnd + 1);
          if (path > 0) this.chainMatch = path;
        }
      }
    }
    // Only a segment before the one with the extension starts a match.
    return this.chainLastSegment >= 0 && at < this.chainLastSegment - 1 ? this.chainMatch : -1;
  }

  /** End of the ordinary token at `at`; sets `kind`. */
  plainAt(at: number): number {
    const text = this.text;
    const c = text.charCodeAt(at);
    const bits = classOf(text, at);
    if ((bits & (LETTER | MARK)) !== 0) {
      this.kind = Kind.word;
      let end = runEnd(text, at, WORD_CHARS);
      for (;;) {
        const q = text.charCodeAt(end);
        if (q !== APOSTROPHE && q !== RIGHT_QUOTE) break;
        const after = runEnd(text, end + 1, LETTER | MARK);
        if (after === end + 1) break;
        end = after;
      }
      return end;
    }
    if ((bits & NUMBER) !== 0) {
      this.kind = Kind.number;
      let end = runEnd(text, at, NUMBER);
      for (;;) {
        const q = text.charCodeAt(end);
        if (q !== DOT && q !== 44 && q !== COLON) break;
        const after = runEnd(text, end + 1, NUMBER);
        if (after === end + 1) break;
        end = after;
      }
      return end;
    }
    if (c === CR) {
      this.kind = Kind.newline;
      return text.charCodeAt(at + 1) === LF ? at + 2 : at + 1;
    }
    if (c === LF) {
      this.kind = Kind.newline;
      return at + 1;
    }
    if ((bits & SPACE) !== 0) {
      this.kind = Kind.space;
      let end = at + 1;
      while (end < text.length) {
        const d = text.charCodeAt(end);
        if (d === CR || d === LF || ((d < 128 ? ASCII[d]! : unitClass(d)) & SPACE) === 0) break;
        end++;
      }
      return end;
    }
    this.kind = (bits & PUNCT) !== 0 ? Kind.punct : Kind.symbol;
    return at + unitsAt(text, at);
  }

  kind: KindCode = Kind.symbol;
}

/** Grows a typed array to twice its size, keeping its contents. */
function grown<T extends Int32Array | Uint8Array>(array: T): T {
  const bigger = new (array.constructor as new (size: number) => T)(array.length * 2);
  bigger.set(array);
  return bigger;
}

const SPACE_HASH = Math.imul(FNV_BASIS ^ 32, FNV_PRIME);
const isNotSpace = (c: number) => (c < 128 ? c > 32 : (unitClass(c) & SPACE) === 0);

/** Tokenizes `text`, interning every token's text but protected ones in `forms`. */
export function tokenize(text: string, forms: FormTable): TokenArrays {
  const n = text.length;
  // About one token per three characters in prose (0.34 in the seed article, more in MT with spaced punctuation); grown when needed.
  let capacity = Math.ceil(n * 0.45) + 16;
  let start = new Int32Array(capacity);
  let end = new Int32Array(capacity);
  let kind = new Uint8Array(capacity);
  let form = new Int32Array(capacity);
  const scanner = new Scanner(text);
  const spaceForm = forms.intern(" ", 0, 1, SPACE_HASH);
  let count = 0;
  let words = 0;
  // The first special (`.@#:/`) or white-space character at or after the current position, and which it is:
  // protected tokens are only tried where a special comes before the next white space.
  let nextStop = -1;
  let specialAhead = false;
  for (let at = 0; at < n; ) {
    if (count === capacity) {
      capacity *= 2;
      start = grown(start);
      end = grown(end);
      kind = grown(kind);
      form = grown(form);
    }
    if (nextStop < at) {
      nextStop = at;
      specialAhead = false;
      while (nextStop < n) {
        const c = text.charCodeAt(nextStop);
        const bits = c < 128 ? ASCII[c]! : unitClass(c);
        if ((bits & SPACE) !== 0) break;
        if ((bits & SPECIAL_BIT) !== 0) {
          specialAhead = true;
          break;
        }
        nextStop++;
      }
    }
    const c = text.charCodeAt(at);
    let stop = -1;
    let k: KindCode;
    let hash = FNV_BASIS;
    if (specialAhead) stop = scanner.protectedAt(at);
    if (stop >= 0) k = scanner.kind;
    else if (c < 128 && (ASCII[c]! & LETTER) !== 0) {
      // An ASCII word, hashed while scanned; anything else after it (an apostrophe, a non-ASCII letter or mark)
      // goes through the general scanner.
      let i = at + 1;
      hash = Math.imul(hash ^ c, FNV_PRIME);
      for (; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d >= 128 || (ASCII[d]! & WORD_CHARS) === 0) break;
        hash = Math.imul(hash ^ d, FNV_PRIME);
      }
      const d = text.charCodeAt(i);
      if (i < n && (d >= 128 || d === APOSTROPHE)) {
        stop = scanner.plainAt(at);
        hash = FNV_BASIS;
        for (let j = at; j < stop; j++) hash = Math.imul(hash ^ text.charCodeAt(j), FNV_PRIME);
      } else stop = i;
      k = Kind.word;
    } else if (c === 32 && (at + 1 === n || isNotSpace(text.charCodeAt(at + 1)))) {
      stop = at + 1;
      k = Kind.space;
      hash = SPACE_HASH;
    } else {
      stop = scanner.plainAt(at);
      k = scanner.kind;
      for (let j = at; j < stop; j++) hash = Math.imul(hash ^ text.charCodeAt(j), FNV_PRIME);
    }
    start[count] = at;
    end[count] = stop;
    kind[count] = k;
    if (k >= Kind.url) form[count] = -1;
    else if (k === Kind.space && hash === SPACE_HASH && stop === at + 1) form[count] = spaceForm;
    else form[count] = forms.intern(text, at, stop, hash);
    if (k === Kind.word) words++;
    count++;
    at = stop;
  }
  return { count, start: start.subarray(0, count), end: end.subarray(0, count), kind: kind.subarray(0, count), form: form.subarray(0, count), words };
}
