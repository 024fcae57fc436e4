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
const PROTECTED_PATTERN = new RegExp(
  [
    String.raw`(?<url>(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s<>"“”«»]*[^\s<>"“”«».,;:!?)\]'’])`,
    String.raw`(?<email>[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)`,
    String.raw`(?<handle>(?<![\p{L}\p{N}_@])@[\p{L}\p{N}_]+)`,
    String.raw`(?<hashtag>(?<![\p{L}\p{N}_&#])#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*)`,
    String.raw`(?<filename>[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)*\.(?:${FILE_EXTENSIONS}|${DOMAIN_SUFFIXES})(?![\p{L}\p{N}_])(?:\/[^\s<>"“”«»]*[^\s<>"“”«».,;:!?)\]'’])?)`,
  ].join("|"),
  "uy",
);
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

const PROTECTED_GROUPS: readonly TokenKind[] = ["url", "email", "handle", "hashtag", "filename"];
const PLAIN_GROUPS: readonly TokenKind[] = ["word", "number", "newline", "space", "punct", "symbol"];

function kindOf(groups: Record<string, string | undefined>, kinds: readonly TokenKind[]): TokenKind {
  for (const kind of kinds) if (groups[kind] !== undefined) return kind;
  return "symbol";
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let nextSpecial = -1;
  let nextWhitespace = -1;
  for (let at = 0; at < text.length; ) {
    if (nextSpecial < at && nextSpecial !== Infinity) {
      SPECIAL.lastIndex = at;
      nextSpecial = SPECIAL.exec(text)?.index ?? Infinity;
    }
    if (nextWhitespace < at && nextWhitespace !== Infinity) {
      WHITESPACE.lastIndex = at;
      nextWhitespace = WHITESPACE.exec(text)?.index ?? Infinity;
    }
    let match: RegExpExecArray | null = null;
    let kinds = PROTECTED_GROUPS;
    if (nextSpecial < nextWhitespace) {
      PROTECTED_PATTERN.lastIndex = at;
      match = PROTECTED_PATTERN.exec(text);
    }
    if (match === null) {
      PLAIN_PATTERN.lastIndex = at;
      match = PLAIN_PATTERN.exec(text)!;
      kinds = PLAIN_GROUPS;
    }
    const value = match[0];
    tokens.push({ kind: kindOf(match.groups!, kinds), text: value, start: at, end: at + value.length, index: tokens.length });
    at += value.length;
  }
  return tokens;
}
