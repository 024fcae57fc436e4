/**
 * Whole lines of page boilerplate, shared by the boilerplate rules: page
 * chrome (`Read also: …`, `Share`, `Published on …`; phrases in
 * `lexicon/page-chrome.ts`), photo credits, previous/next links; and the span
 * that removes a run of such lines. Not a rule.
 *
 * Removal spans come from the engine's `lineRemovalSpan`, told which later
 * lines are boilerplate too, so that neighbouring removals at the end of an
 * article (`Share this article`, then `Photo: AFP`) meet without overlap.
 */
import type { Document, Line, Span } from "../../engine/document.js";
import { lineRemovalSpan } from "../../engine/line-removal.js";
import { SPACE, unitClass } from "../../engine/char-class.js";
import {
  CHROME_PHRASES, CREDIT_AGENCIES, CREDIT_LABELS, CREDIT_LOWERCASE, DATE_LINE_PREFIXES, MONTHS, SHARE_NETWORKS, SHARE_WORDS, TIME_ZONES, WEEKDAYS,
  type ChromePhrase,
} from "../../lexicon/page-chrome.js";

export interface ChromeVerdict {
  safe: boolean;
  /** The French original of the chrome. */
  french: string;
  /** A `Read also`-type label alone on its line: the linked headline may be on the next line. */
  labelOnly?: boolean;
}

export const alternation = (sources: readonly string[]) => [...sources].sort((a, b) => b.length - a.length).join("|");

const DURATION = String.raw`(?:\s*[-–—:(|,·•]?\s*(?:\d+\s*(?:min|mins|minutes?|mn|s|sec|seconds?)\.?|\d{1,2}:\d{2})\s*\)?)?`;
const PITCH = String.raw`(?:\s*[:,–—-]?\s+(?:to|and|for)\s+(?:receive|get|stay|never|follow|discover|find|read|keep|be)\b[^"“”«»]{0,140})?`;

interface CompiledPhrase {
  phrase: ChromePhrase;
  /** Matched against the lower-cased line. */
  whole: RegExp;
  /** Whether the phrase may be followed by more words (a headline, a pitch). */
  long: boolean;
}

const COMPILED: readonly CompiledPhrase[] = CHROME_PHRASES.map((phrase) => {
  const alts = alternation([...phrase.english, ...phrase.frenchForms]);
  const tail =
    phrase.tail === "headline" ? "(?<rest>.*)" : phrase.tail === "duration" ? DURATION : phrase.tail === "newsletter" ? PITCH : "";
  return { phrase, whole: new RegExp(`^(?<label>${alts})${tail}$`, "u"), long: phrase.tail !== "none" && phrase.tail !== "duration" };
});

// --- date lines: `Published on 12 January 2022 at 10:15 Updated on …` ---------------------------
const MONTH = `(?:${alternation(MONTHS)})\\.?`;
const DAY = String.raw`\d{1,2}(?!\d)(?:st|nd|rd|th|er)?`;
// `12 January 2022`, `January 12, 2022`, `January 2022`, `12/01/2022`, `2022-01-12`, `yesterday` (each part once:
// these patterns are compiled on the first request, and their size is the cold-start cost).
const DATE = String.raw`(?:(?:${alternation(WEEKDAYS)})\.?,?\s+)?(?:the\s+)?(?:(?:${DAY}\s+(?:of\s+)?)?${MONTH}(?:\s+${DAY})?,?(?:\s+\d{4})?|\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}|today|yesterday|aujourd['’]hui|hier)`;
const TIME = String.raw`\d{1,2}(?:\s*[:h.]\s*\d{2}(?:\s*(?:a\.?m\.?|p\.?m\.?|h))?|\s*(?:a\.?m\.?|p\.?m\.?)|\s*h)(?:\s*\(?(?:${alternation(TIME_ZONES)})\)?)?`;
const WHEN = String.raw`(?:(?:${DATE}(?:\s*,?\s*(?:at|à|-|–|—|\||·)?\s*(?=\d))?|(?:at|à)\s+(?=\d))(?:${TIME})?|\d+\s*(?:min|mins|minutes?|h|hours?|hrs?|days?|seconds?|sec)\s+ago|(?:il y a|there (?:is|are|was|were))\s+\d+\s*(?:min|minutes?|h|heures?|hours?|jours?|days?))`;
/** One `Published on <date> at <time>`; a dateline is one or more of them, with separators. */
const DATE_ITEM = new RegExp(String.raw`(?:${alternation(DATE_LINE_PREFIXES)})\s*:?\s*${WHEN}`, "uy");
const DATE_SEPARATOR = /\s*[,;|·•–—-]?\s*(?:and\s+)?/uy;
const DATE_WORDS = /\d|today|yesterday|aujourd|hier/u;

/** `Published on 12 January 2022 at 10:15 Updated on …` (lower case, bullets removed). */
function isDateLine(lower: string): boolean {
  if (!DATE_WORDS.test(lower)) return false;
  const end = lower.endsWith(".") ? lower.length - 1 : lower.length;
  let at = 0;
  for (;;) {
    DATE_ITEM.lastIndex = at;
    if (!DATE_ITEM.exec(lower)) return false;
    at = DATE_ITEM.lastIndex;
    if (at >= end) return true;
    DATE_SEPARATOR.lastIndex = at;
    DATE_SEPARATOR.exec(lower);
    if (DATE_SEPARATOR.lastIndex === at && !/\s/u.test(lower[at - 1] ?? "")) return false;
    at = DATE_SEPARATOR.lastIndex;
  }
}

const LEAD = /^[►▶▸▹→⇒➜➔>»•·*|–—-]+\s*/u;
// Closing marks stripped from the end of a line (scanned by hand: a `[…]+$` pattern retries at every space).
const TRAIL = new Set([..." \t\u00a0:.…!|>»›→▶►–—-"]);
const SEPARATED = /^\s*[:|>»›→–—-]\s*(?<headline>\S.*)$/u;
const HEADLINE_START = /^[\p{Lu}\p{N}“"«‘'(]/u;

/** The line without bullets, wrapping brackets and closing punctuation. */
function core(text: string): string {
  let s = text.trim().replace(LEAD, "");
  if ((s.startsWith("[") && s.endsWith("]")) || (s.startsWith("(") && s.endsWith(")"))) s = s.slice(1, -1).trim();
  let end = s.length;
  while (end > 0 && TRAIL.has(s[end - 1]!)) end--;
  return s.slice(0, end);
}

/** `safe`, `suggest`, or null when the rest of the line is not a linked headline. */
function headlineVerdict(rest: string, label: string, phrase: ChromePhrase): "safe" | "suggest" | null {
  if (rest.trim() === "") return "safe";
  let headline: string;
  let spaced = false;
  const separated = SEPARATED.exec(rest);
  if (separated) headline = separated.groups!.headline!;
  else if (HEADLINE_START.test(rest)) headline = rest; // glued: `Read alsoUkraine: …`
  else if (/^\s+/u.test(rest) && HEADLINE_START.test(rest.trimStart())) {
    headline = rest.trimStart();
    spaced = true;
  } else return null;
  if (headline.length > 220 || headline.split(/\s+/u).length > 30) return null;
  if (!spaced) return "safe";
  const capsLabel = label === label.toUpperCase() && label !== label.toLowerCase();
  if (capsLabel) return "safe";
  if (phrase.needsSeparator || /[.]$/u.test(headline)) return "suggest";
  return "safe";
}

function countWords(text: string): number {
  let n = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) n++;
  return n;
}

const SHARE_FILLERS = new Set(["on", "by", "via", "the", "this", "article", "sur", "par"]);

/** `Share Facebook Twitter Email`: only share words and networks, with two networks or `Share` and one. */
function isShareToolbar(lower: string): boolean {
  const parts = lower.split(/[\s|•·/,:]+/u).filter((part) => part !== "");
  if (parts.length < 2 || parts.length > 14) return false;
  if (!parts.every((part) => SHARE_NETWORKS.has(part) || SHARE_WORDS.has(part) || SHARE_FILLERS.has(part))) return false;
  const networks = new Set(parts.filter((part) => SHARE_NETWORKS.has(part))).size;
  const share = parts.some((part) => part === "share" || part === "partager");
  return networks >= 2 || (share && networks >= 1);
}

/**
 * Line verdicts are asked again by several rules (a credit line by three, a
 * chrome line above a credit by the caption rule, every line after a removal
 * by `boilerplateRunSpan`), and chrome repeats across articles: answers are
 * remembered by line text (at most MEMO_LIMIT lines per verdict, then
 * forgotten all at once).
 */
const MEMO_LIMIT = 5_000;

function memoByText<T>(judge: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    let verdict = known.get(text);
    if (verdict === undefined && !known.has(text)) {
      if (known.size >= MEMO_LIMIT) known.clear();
      verdict = judge(text);
      known.set(text, verdict);
    }
    return verdict as T;
  };
}

const rememberedChromeLine = memoByText(judgeChromeLine);

/**
 * Whether a whole line is page chrome (`Read also: …`, `Share`, `Published on …`), and if its removal is
 * safe; also a line made only of chrome pieces (`This article is reserved for subscribers. Already a
 * subscriber? Log in`, `Share | Follow us on X`).
 */
export function chromeLine(text: string): ChromeVerdict | null {
  // Chrome is short: prose lines are not even looked up.
  return text.length > 260 ? null : rememberedChromeLine(text);
}

function judgeChromeLine(text: string): ChromeVerdict | null {
  const whole = wholeChromeLine(text);
  if (whole) return whole;
  const pieces = chromePieces(text.trim());
  if (pieces.length < 2) return null;
  // Prose fails on its first sentence: look no further (most lines are prose).
  const verdicts: ChromeVerdict[] = [];
  for (const piece of pieces) {
    const verdict = countWords(piece) <= 14 ? wholeChromeLine(piece) : null;
    if (!verdict) return null;
    verdicts.push(verdict);
  }
  return { safe: verdicts.every((v) => v.safe), french: [...new Set(verdicts.map((v) => v.french))].join(" / ") };
}

/** A line cut after `.`, `?`, `!` and at ` | `, ` • `, ` · ` (a hand-written scan). */
function chromePieces(text: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const sentenceEnd = (c === "." || c === "?" || c === "!") && text[i + 1] === " ";
    const separator = (c === "|" || c === "•" || c === "·") && text[i - 1] === " " && text[i + 1] === " ";
    if (!sentenceEnd && !separator) continue;
    const piece = text.slice(start, separator ? i : i + 1).trim();
    if (piece !== "") pieces.push(piece);
    start = i + 1;
  }
  const last = text.slice(start).trim();
  if (last !== "") pieces.push(last);
  return pieces;
}

function wholeChromeLine(text: string): ChromeVerdict | null {
  if (text.length > 260) return null;
  const trimmed = text.trim();
  const line = core(text);
  if (line === "") return null;
  const lower = line.toLowerCase();
  // Chrome is short: a label, or a label and a headline, a date or a pitch.
  const short = countWords(line) <= 14;
  if (short && isDateLine(trimmed.replace(LEAD, "").toLowerCase())) return { safe: true, french: "Publié le / Mis à jour le" };
  if (short && isShareToolbar(lower)) return { safe: true, french: "Partager" };
  // A one-word paragraph that ends like a sentence (`Listen.`) is prose, not a label.
  const sentenceLike = /[.!?]$/u.test(trimmed) && !/\s/u.test(line);
  for (const { phrase, whole, long } of COMPILED) {
    if (!short && !long) continue;
    const match = whole.exec(lower);
    if (!match) continue;
    if (sentenceLike) return null;
    if (phrase.tail === "headline") {
      const label = line.slice(0, match.groups!.label!.length);
      const rest = line.slice(label.length);
      const verdict = headlineVerdict(rest, label, phrase);
      if (verdict === null) continue;
      return { safe: verdict === "safe", french: phrase.french, labelOnly: rest.trim() === "" };
    }
    return { safe: !phrase.unsafe, french: phrase.french };
  }
  return null;
}


// --- credits: `Photo: Reuters / HANDOUT`, `PHOTO OLIVIER JEAN, LA PRESSE` -----------------------
const CREDIT = new RegExp(
  String.raw`^(?:(?:${CREDIT_LABELS.join("|")})\s?:|(?:(?:photos?|video|image)\s*)?©)\s?(?<credit>\S.*)$`,
  "iu",
);
// Without a colon only in capitals and ending with an agency or a paper.
const CAPS_CREDIT = new RegExp(
  String.raw`^(?:PHOTOS?|VIDÉO|VIDEO)(?: (?:ARCHIVES|D['’]ARCHIVES|FILE))? (?<credit>[\p{Lu}\p{N}][\p{Lu}\p{N} .,'’/&-]*(?:^|[ ,/])(?:${CREDIT_AGENCIES.join("|")}))$`,
  "u",
);

/** Whether `text.trim()` is longer than `limit` (without trimming: most lines are long prose). */
export function longerWhenTrimmed(text: string, limit: number): boolean {
  if (text.length <= limit) return false;
  let start = 0;
  let end = text.length;
  while (start < end && (unitClass(text.charCodeAt(start)) & SPACE) !== 0) start++;
  while (end > start && (unitClass(text.charCodeAt(end - 1)) & SPACE) !== 0) end--;
  return end - start > limit;
}

const rememberedCreditLine = memoByText(judgeCreditLine);

/** Whether a whole line (trimmed) is a credit line. Also used by `image-caption`. */
export function isCreditLine(line: string): boolean {
  // A credit is short: prose lines are not even looked up.
  return !longerWhenTrimmed(line, 120) && rememberedCreditLine(line);
}

function judgeCreditLine(line: string): boolean {
  let text = line.trim();
  if ((text.startsWith("(") && text.endsWith(")")) || (text.startsWith("[") && text.endsWith("]"))) text = text.slice(1, -1).trim();
  if (CAPS_CREDIT.test(text)) return true;
  const match = CREDIT.exec(text);
  if (!match) return false;
  const credit = match.groups!.credit!;
  // A credit names agencies or people, briefly; a longer line is a caption.
  const words = credit.split(/\s+/u).length;
  if (words > 8 || credit.length > 80 || /[,;]\s\p{Ll}/u.test(credit)) return false;
  // Names of agencies and people: lower-case words only from a short list.
  for (const word of credit.match(/[\p{L}'’]+/gu) ?? []) {
    if (word === word.toLowerCase() && !CREDIT_LOWERCASE.has(word)) return false;
  }
  return true;
}


// --- previous/next links: `Previous articleAt least 6 dead …` -------------------------------------
const NAVIGATION = /^(?:Previous|Next|Prev\.?|Older|Newer)\s+(?:article|post|story)(?<rest>.*)$/u;
// Glued to the headline, or followed by a separator: never a sentence of prose.
const CLEARLY_CHROME = /^(?:$|\p{Lu}|\p{N}|\s*[:|–—›»>]\s*)/u;

/** `safe` for a previous/next link, `unsure` when a headline follows after a plain space, else null. */
export function navigationLine(text: string): "safe" | "unsure" | null {
  const match = NAVIGATION.exec(text.trim());
  if (!match) return null;
  const rest = match.groups!.rest!;
  if (CLEARLY_CHROME.test(rest) && !/^\s\p{Lu}/u.test(rest)) return "safe";
  if (/^\s\p{Lu}/u.test(rest)) return "unsure";
  return null;
}

/** A line some boilerplate rule removes automatically. */
export function isBoilerplateLine(text: string): boolean {
  return isCreditLine(text) || navigationLine(text) === "safe" || chromeLine(text)?.safe === true;
}

/** The span that removes lines [first, end) of `doc.lines`, counting lines followed only by boilerplate as the end. */
export function boilerplateRunSpan(doc: Document, first: number, end: number): Span {
  return lineRemovalSpan(doc, first, end, isBoilerplateDocumentLine);
}

/** One function for every call, so that the engine computes the lines that follow a removal once per document. */
const isBoilerplateDocumentLine = (line: Line): boolean => isBoilerplateLine(line.text);
