/**
 * Splits text into tokens with UTF-16 offsets. One pass, one regular
 * expression; URLs, e-mail addresses, @handles, #hashtags and file names come
 * out as single tokens so that no rule ever looks inside them.
 */

export type TokenKind =
  | "word"
  | "number"
  | "punct"
  | "symbol"
  | "space"
  | "newline"
  | "url"
  | "email"
  | "handle"
  | "hashtag"
  /** A file name or a bare domain, with its path: `report.pdf`, `lemonde.fr/politique`. */
  | "filename";

export interface Token {
  kind: TokenKind;
  text: string;
  start: number;
  end: number;
  /** Position in `Document.tokens`. */
  index: number;
}

const PROTECTED_KINDS: ReadonlySet<TokenKind> = new Set(["url", "email", "handle", "hashtag", "filename"]);

/** Tokens no rule may change or look inside. */
export function isProtectedToken(token: Token): boolean {
  return PROTECTED_KINDS.has(token.kind);
}

const FILE_EXTENSIONS =
  "txt|html?|php|aspx?|pdf|docx?|xlsx?|pptx?|odt|csv|json|xml|ya?ml|md|jpe?g|png|gif|svg|webp|mp[34]|mov|avi|zip|gz|tar|exe|dmg|apk|js|mjs|ts|tsx|jsx|py|rb|go|rs|java|c|h|cpp|css|sh";
const DOMAIN_SUFFIXES = "com|org|net|edu|gov|int|io|fr|ca|uk|be|ch|de|eu|info|news|tv|co|us|qc";

// Order matters: earlier alternatives win at the same position. The protected kinds come first; each of them
// needs one of `. @ # : /` before the next whitespace, so they are only tried where such a character is ahead.
const URL_TAIL = String.raw`[^\s<>"“”«»]*[^\s<>"“”«».,;:!?)\]'’]`;
const PROTECTED_PATTERNS: readonly { kind: TokenKind; pattern: RegExp }[] = [
  { kind: "url", pattern: new RegExp(String.raw`[a-z][a-z0-9+.-]*:\/\/${URL_TAIL}`, "uy") },
  { kind: "url", pattern: new RegExp(String.raw`www\.${URL_TAIL}`, "uy") },
  { kind: "email", pattern: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/uy },
  { kind: "handle", pattern: /(?<![\p{L}\p{N}_@])@[\p{L}\p{N}_]+/uy },
  { kind: "hashtag", pattern: /(?<![\p{L}\p{N}_&#])#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*/uy },
  {
    kind: "filename",
    pattern: new RegExp(
      String.raw`[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)*\.(?:${FILE_EXTENSIONS}|${DOMAIN_SUFFIXES})(?![\p{L}\p{N}_])(?:\/[^\s<>"“”«»]*[^\s<>"“”«».,;:!?)\]'’])?`,
      "uy",
    ),
  },
];
const [URL_SCHEME, URL_WWW, EMAIL, HANDLE, HASHTAG, FILENAME] = PROTECTED_PATTERNS;
// What each protected pattern starts with, to skip it where it cannot match. Every pattern's leading run
// (a URL scheme, an e-mail's local part, a file name's dotted words) ends at the same place from any
// position inside it, and what may follow it does not depend on where it started: a pattern that failed
// once in a run fails at every later position of that run. Remembering that keeps the tokenizer linear
// (retrying from each position of `a.a.a.a…` rescanned the whole run: quadratic).
const SCHEME_RUN = /[a-z][a-z0-9+.-]*/y;
const LOCAL_PART_RUN = /[\p{L}\p{N}._%+-]+/uy;
const LOCAL_PART_CHAR = /[\p{L}\p{N}._%+-]/uy;
const DOTTED_WORDS = /[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)*/uy;
const DOTTED_WORD_CHAR = /[\p{L}\p{N}_-]/uy;
const EXTENSION_AFTER_DOT = new RegExp(String.raw`\.(?:${FILE_EXTENSIONS}|${DOMAIN_SUFFIXES})(?![\p{L}\p{N}_])`, "uy");

/** Where a sticky pattern's match starting at `at` ends, or -1. */
function matchEnd(pattern: RegExp, text: string, at: number): number {
  pattern.lastIndex = at;
  return pattern.test(text) ? pattern.lastIndex : -1;
}

function tryPattern({ kind, pattern }: { kind: TokenKind; pattern: RegExp }, text: string, at: number): { kind: TokenKind; value: string } | null {
  pattern.lastIndex = at;
  const match = pattern.exec(text);
  return match ? { kind, value: match[0] } : null;
}

/**
 * What the tokenizer remembers between calls of `protectedMatch` (positions
 * only grow): the end of the run each pattern's leading part was last scanned
 * to, and whether the pattern already failed in that run.
 */
interface ProtectedMemo {
  schemeEnd: number;
  schemeFailed: boolean;
  localPartEnd: number;
  emailFailed: boolean;
  dottedEnd: number;
  /** The last dot of the dotted run followed by a known extension or domain (a file name can only end there), or -1. */
  lastExtensionDot: number;
}

/** The protected token starting at `at`, if any: the first of PROTECTED_PATTERNS that matches there. */
function protectedMatch(text: string, at: number, memo: ProtectedMemo): { kind: TokenKind; value: string } | null {
  if (at >= memo.schemeEnd) {
    memo.schemeEnd = Math.max(at + 1, matchEnd(SCHEME_RUN, text, at));
    memo.schemeFailed = false;
  }
  if (!memo.schemeFailed && text.startsWith("://", memo.schemeEnd) && /[a-z]/.test(text[at]!)) {
    const found = tryPattern(URL_SCHEME!, text, at);
    if (found) return found;
    memo.schemeFailed = true;
  }
  if (text.startsWith("www.", at)) {
    const found = tryPattern(URL_WWW!, text, at);
    if (found) return found;
  }
  if (at >= memo.localPartEnd) {
    memo.localPartEnd = Math.max(at + 1, matchEnd(LOCAL_PART_RUN, text, at));
    memo.emailFailed = false;
  }
  if (!memo.emailFailed && text[memo.localPartEnd] === "@" && matchEnd(LOCAL_PART_CHAR, text, at) > 0) {
    const found = tryPattern(EMAIL!, text, at);
    if (found) return found;
    memo.emailFailed = true;
  }
  if (text[at] === "@") {
    const found = tryPattern(HANDLE!, text, at);
    if (found) return found;
  }
  if (text[at] === "#") {
    const found = tryPattern(HASHTAG!, text, at);
    if (found) return found;
  }
  if (at >= memo.dottedEnd) {
    const end = matchEnd(DOTTED_WORDS, text, at);
    memo.dottedEnd = Math.max(at + 1, end);
    memo.lastExtensionDot = -1;
    for (let dot = end - 1; dot > at; dot--) {
      if (text[dot] === "." && matchEnd(EXTENSION_AFTER_DOT, text, dot) > 0) {
        memo.lastExtensionDot = dot;
        break;
      }
    }
  }
  if (memo.lastExtensionDot > at && matchEnd(DOTTED_WORD_CHAR, text, at) > 0) return tryPattern(FILENAME!, text, at);
  return null;
}


const PLAIN_PATTERN = new RegExp(
  [
    String.raw`(?<word>[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}]+)*)`,
    String.raw`(?<number>\p{N}+(?:[.,:]\p{N}+)*)`,
    String.raw`(?<newline>\r\n|\r|\n)`,
    String.raw`(?<space>[^\S\r\n]+)`,
    String.raw`(?<punct>\p{P})`,
    String.raw`(?<symbol>[\s\S])`,
  ].join("|"),
  "uy",
);
const SPECIAL = /[.@#:/]/g;
const WHITESPACE = /\s/g;

const PLAIN_GROUPS: readonly TokenKind[] = ["word", "number", "newline", "space", "punct", "symbol"];

function kindOf(groups: Record<string, string | undefined>, kinds: readonly TokenKind[]): TokenKind {
  for (const kind of kinds) if (groups[kind] !== undefined) return kind;
  return "symbol";
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let nextSpecial = -1;
  let nextWhitespace = -1;
  const memo: ProtectedMemo = { schemeEnd: 0, schemeFailed: false, localPartEnd: 0, emailFailed: false, dottedEnd: 0, lastExtensionDot: -1 };
  for (let at = 0; at < text.length; ) {
    if (nextSpecial < at && nextSpecial !== Infinity) {
      SPECIAL.lastIndex = at;
      nextSpecial = SPECIAL.exec(text)?.index ?? Infinity;
    }
    if (nextWhitespace < at && nextWhitespace !== Infinity) {
      WHITESPACE.lastIndex = at;
      nextWhitespace = WHITESPACE.exec(text)?.index ?? Infinity;
    }
    const found = nextSpecial < nextWhitespace ? protectedMatch(text, at, memo) : null;
    if (found) {
      tokens.push({ kind: found.kind, text: found.value, start: at, end: at + found.value.length, index: tokens.length });
      at += found.value.length;
      continue;
    }
    PLAIN_PATTERN.lastIndex = at;
    const match = PLAIN_PATTERN.exec(text)!;
    const value = match[0];
    tokens.push({ kind: kindOf(match.groups!, PLAIN_GROUPS), text: value, start: at, end: at + value.length, index: tokens.length });
    at += value.length;
  }
  return tokens;
}
