/**
 * The reporting clause after a comma that ends a stretch of reported speech:
 * `, he warned`, `, said the senior official`, `, the source further pointed
 * out`, `, he told reporters on his conference call`, `, warned the minister on
 * Thursday during a briefing in Quebec City`, ending the sentence or going on
 * with `, specifying …` or `, who …`. Shared by the quotation rules. Not a rule.
 */
import type { Document } from "../../engine/document.js";
import { Kind } from "../../engine/tokenize.js";
import {
  NAME_PARTICLES,
  OBJECT_REPORTING_VERBS,
  PHRASAL_REPORTING_VERBS,
  REPORTING_ADVERBS,
  REPORTING_PRONOUNS,
  REPORTING_VERBS,
  SUBJECT_DETERMINERS,
  TAIL_FORBIDDEN,
  TAIL_OPENERS,
  TO_RECIPIENTS,
} from "../../lexicon/reported-speech.js";

const SP = String.raw`[^\S\n]+`;
const words = (list: Iterable<string>) =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, SP))
    .join("|");
const VERB = `(?:${words([...PHRASAL_REPORTING_VERBS, ...REPORTING_VERBS])})`;
const WORD = String.raw`[\p{L}\p{M}][\p{L}\p{M}’'-]*`;
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}’'.-]*`;
// After an inverted verb, a word of the subject is no word that opens the tail: `said the UN envoy | at the end
// of the session` (`the lawyer for the family declared` keeps its `for`: there the verb ends the subject).
const SUBJECT_WORD = `(?!(?:${words(TAIL_OPENERS)})(?![\\p{L}\\p{M}’'-]))${WORD}`;
const NAME = `${NAME_WORD}(?:${SP}(?:${NAME_WORD}|${words(NAME_PARTICLES)})){0,5}`;
const DETERMINER = `(?:${words(SUBJECT_DETERMINERS)})`;
const PRONOUN = `(?:${words(REPORTING_PRONOUNS)})`;
const ADVERB = String.raw`(?:${words(REPORTING_ADVERBS)}|\p{Ll}+ly)`;
/**
 * The clause, sticky (its compilation is the costliest of any pattern here, so
 * there is only this one): tried at the commas where a clause can start.
 */
const STICKY_CLAUSE = new RegExp(
  `,${SP}(?:` +
    `(?<subject>${PRONOUN}|${DETERMINER}(?:${SP}${WORD}){1,6}?|${NAME})${SP}(?:${ADVERB}${SP}){0,2}(?<verb>${VERB})` +
    `|(?<inverted>${VERB})${SP}(?:${PRONOUN}|${DETERMINER}(?:${SP}${SUBJECT_WORD}){1,6}|${NAME})` +
    `)(?<tail>(?:${SP}[^\\s,.;:!?…“”"«»]+){0,12}?)` +
    String.raw`(?:[^\S\n]*[.!?…](?=[\s”’"»)]|$)|[^\S\n]*(?=\n|$)|,${SP}(?:\p{Ll}+ing|before|while|as|and|but|after|who|whose|which|adding|stressing)\b)`,
  "uy",
);

export interface ReportingClause {
  /** Offset of the comma that opens the clause, in the text searched. */
  index: number;
  /** Offset just past the clause. */
  end: number;
  verb: string;
}

/** What follows the verb is an adjunct (`on Monday`, `to reporters`), not a new clause (`they said we could not`). */
function tailIsAdjunct(tail: string, verb: string): boolean {
  const parts = tail.trim().split(/\s+/u).filter((w) => w !== "");
  if (parts.length === 0) return true;
  const first = parts[0]!.toLowerCase();
  if (!TAIL_OPENERS.has(first) && !OBJECT_REPORTING_VERBS.has(verb) && !/ly$/u.test(first)) return false;
  // `said to reporters`, `declared to AFP`, but not `continues to decline`: `to` and a verb is no recipient.
  if (first === "to" && parts[1] !== undefined && /^\p{Ll}/u.test(parts[1]) && !TO_RECIPIENTS.has(parts[1])) return false;
  return !parts.some((w) => TAIL_FORBIDDEN.has(w.toLowerCase()));
}

/** The reporting clauses of `text`, in order. */
export function* reportingClauses(text: string): Generator<ReportingClause> {
  // Every clause starts at a comma: tried at each, in order, past the end of an accepted one.
  for (let comma = text.indexOf(","); comma >= 0; comma = text.indexOf(",", comma + 1)) {
    const clause = clauseAt(text, comma);
    if (clause === undefined) continue;
    yield clause;
    comma = clause.end - 1;
  }
}

/** The reporting clause starting at the comma at `comma`, if one does. */
function clauseAt(text: string, comma: number): ReportingClause | undefined {
  STICKY_CLAUSE.lastIndex = comma;
  const match = STICKY_CLAUSE.exec(text);
  if (match === null) return undefined;
  const { subject, verb, inverted, tail } = match.groups!;
  const reportingVerb = (verb ?? inverted)!;
  // `…, I said` is the writer speaking; a rejected match must not hide a clause at a later comma.
  if (subject === "I" || !tailIsAdjunct(tail ?? "", reportingVerb)) return undefined;
  return { index: comma, end: comma + match[0].length, verb: reportingVerb };
}

export function hasReportingClause(text: string): boolean {
  return !reportingClauses(text).next().done;
}

/** Whitespace runs between a clause's comma and its verb: at most 12 (`, the most senior foreign affairs official of all once again simply said`); with a margin. */
const MAX_RUNS_BEFORE_VERB = 16;
/** Marks a clause may hold between its comma and its verb (inside words and names). */
const INNER_MARKS: ReadonlySet<string> = new Set(["’", "'", "-", "."]);

/**
 * The reporting clauses whose verb is one of the word tokens `verbs`
 * (ascending: the hits of the reporting verbs), as `reportingClauses` finds
 * them in the whole text, with offsets into `doc.text`.
 *
 * A clause starts at the last comma before its verb, with nothing but
 * words, names and spaces between them; so the pattern is tried only at
 * those commas, in order, skipping the commas inside an accepted clause, as
 * the global scan does.
 */
export function* reportingClausesAt(doc: Document, verbs: readonly number[]): Generator<ReportingClause> {
  const commas: number[] = [];
  for (const verb of verbs) {
    let runs = 0;
    for (let i = verb - 1; i >= 0 && runs <= MAX_RUNS_BEFORE_VERB; i--) {
      const kind = doc.tokenKind[i];
      if (kind === Kind.space || (kind === Kind.newline && doc.tokenText(i) === "\r")) runs++;
      else if (kind === Kind.word) continue;
      else if (kind === Kind.punct && doc.tokenText(i) === ",") {
        if (commas[commas.length - 1] !== doc.tokenStart[i]) commas.push(doc.tokenStart[i]!);
        break;
      } else if (kind !== Kind.punct || !INNER_MARKS.has(doc.tokenText(i))) break;
    }
  }
  commas.sort((a, b) => a - b);
  let done = 0;
  for (const comma of commas) {
    if (comma < done) continue;
    const clause = clauseAt(doc.text, comma);
    if (clause === undefined) continue;
    done = clause.end;
    yield clause;
  }
}
