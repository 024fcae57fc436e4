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

// Order matters: earlier alternatives win at the same position.
const TOKEN_PATTERN = new RegExp(
  [
    String.raw`(?<url>(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s<>"“”«»]*[^\s<>"“”«».,;:!?)\]'’])`,
    String.raw`(?<email>[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)`,
    String.raw`(?<handle>(?<![\p{L}\p{N}_@])@[\p{L}\p{N}_]+)`,
    String.raw`(?<hashtag>(?<![\p{L}\p{N}_&#])#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*)`,
    String.raw`(?<filename>[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)*\.(?:${FILE_EXTENSIONS}|${DOMAIN_SUFFIXES})(?![\p{L}\p{N}_])(?:\/[^\s<>"“”«»]*[^\s<>"“”«».,;:!?)\]'’])?)`,
    String.raw`(?<word>[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}]+)*)`,
    String.raw`(?<number>\p{N}+(?:[.,:]\p{N}+)*)`,
    String.raw`(?<newline>\r\n|\r|\n)`,
    String.raw`(?<space>[^\S\r\n]+)`,
    String.raw`(?<punct>\p{P})`,
    String.raw`(?<symbol>[\s\S])`,
  ].join("|"),
  "gu",
);

const KINDS: readonly TokenKind[] = [
  "url",
  "email",
  "handle",
  "hashtag",
  "filename",
  "word",
  "number",
  "newline",
  "space",
  "punct",
  "symbol",
];

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN_PATTERN.lastIndex = 0;
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const groups = match.groups!;
    let kind: TokenKind = "symbol";
    for (const candidate of KINDS) {
      if (groups[candidate] !== undefined) {
        kind = candidate;
        break;
      }
    }
    const start = match.index;
    tokens.push({ kind, text: match[0], start, end: start + match[0].length, index: tokens.length });
  }
  return tokens;
}
