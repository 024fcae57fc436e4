import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FormTable } from "./forms.js";
import { KIND_NAMES, tokenize } from "./tokenize.js";

/**
 * The token grammar as regular expressions (the module comment of
 * tokenize.ts): the reference the hand-written scanner must agree with.
 * Backtracking makes it slow on some inputs, which is why it is not the
 * tokenizer; here it only runs on short strings.
 */
const FILE_EXTENSIONS =
  "txt|html?|php|aspx?|pdf|docx?|xlsx?|pptx?|odt|csv|json|xml|ya?ml|md|jpe?g|png|gif|svg|webp|mp[34]|mov|avi|zip|gz|tar|exe|dmg|apk|js|mjs|ts|tsx|jsx|py|rb|go|rs|java|c|h|cpp|css|sh";
const DOMAIN_SUFFIXES = "com|org|net|edu|gov|int|io|fr|ca|uk|be|ch|de|eu|info|news|tv|co|us|qc";
const PROTECTED = new RegExp(
  [
    String.raw`(?<url>(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s<>"“”«»]*[^\s<>"“”«».,;:!?)\]'’])`,
    String.raw`(?<email>[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)`,
    String.raw`(?<handle>(?<![\p{L}\p{N}_@])@[\p{L}\p{N}_]+)`,
    String.raw`(?<hashtag>(?<![\p{L}\p{N}_&#])#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*)`,
    String.raw`(?<filename>[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)*\.(?:${FILE_EXTENSIONS}|${DOMAIN_SUFFIXES})(?![\p{L}\p{N}_])(?:\/[^\s<>"“”«»]*[^\s<>"“”«».,;:!?)\]'’])?)`,
  ].join("|"),
  "uy",
);
const PLAIN = new RegExp(
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

function reference(text: string): [string, string][] {
  const out: [string, string][] = [];
  for (let at = 0; at < text.length; ) {
    const rest = text.slice(at);
    const special = rest.search(/[.@#:/]/);
    const space = rest.search(/\s/);
    let match: RegExpExecArray | null = null;
    if (special >= 0 && (space < 0 || special < space)) {
      PROTECTED.lastIndex = at;
      match = PROTECTED.exec(text);
    }
    if (match === null) {
      PLAIN.lastIndex = at;
      match = PLAIN.exec(text)!;
    }
    const kind = Object.entries(match.groups!).find(([, v]) => v !== undefined)![0];
    out.push([kind, match[0]]);
    at += match[0].length;
  }
  return out;
}

function scanned(text: string): [string, string][] {
  const tokens = tokenize(text, new FormTable());
  return Array.from({ length: tokens.count }, (_, i) => [KIND_NAMES[tokens.kind[i]!]!, text.slice(tokens.start[i], tokens.end[i])]);
}

const PIECES = [
  "a", "É", "e\u0301", "😀", "𝐀", " ", "\u00a0", "\u2028", "\n", "\r\n", "\r", ".", "..", "@", "#", "&#", ":", "/", "://", "www.", "https://",
  "http:", "x.com", "a.b", "jo@ex.fr", "@x", "1", "2,5", "3.", ",", "’", "'", "-", "_", "%", "+", "report", ".pdf", ".pdf-x", ".html",
  ".htmlx", ".yml", ".ml", "(", ")", "]", "<", ">", "\"", "“", "«", "»", "!", "?", "\ud800", "\udc00", "l'été", "rock'n'roll",
];

describe("tokenize", () => {
  it("agrees with the regular-expression grammar on any input", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3, unit: "binary" })), { maxLength: 30 }), (parts) => {
        const text = parts.join("");
        expect(scanned(text)).toEqual(reference(text));
      }),
      { numRuns: Number(process.env.TOKENIZE_RUNS ?? 3000) },
    );
  }, 120_000);

  it("covers the text exactly, token after token, and interns each form once", () => {
    const text = "Élysée 🇫🇷 a dit: « 4,9 % » 😀 wouldn’t, a dit Élysée https://ex.com/a?b=c.";
    const forms = new FormTable();
    const tokens = tokenize(text, forms);
    let cursor = 0;
    for (let i = 0; i < tokens.count; i++) {
      expect(tokens.start[i]).toBe(cursor);
      cursor = tokens.end[i]!;
      const form = tokens.form[i]!;
      if (form >= 0) expect(forms.texts[form]).toBe(text.slice(tokens.start[i], tokens.end[i]));
    }
    expect(cursor).toBe(text.length);
    expect(new Set(forms.texts).size).toBe(forms.texts.length);
    expect(forms.texts.filter((f) => f === "Élysée")).toHaveLength(1);
    expect(tokens.words).toBe(7);
  });

  it("reads adversarial stretches the way the grammar does", () => {
    for (const text of ["a.".repeat(40), "http://".repeat(20), "a_".repeat(30) + "b.zzz", "x.".repeat(30) + "pdf", "a".repeat(300) + "@", "@@@###...", " ".repeat(50) + "."]) {
      expect(scanned(text)).toEqual(reference(text));
    }
  });
});
