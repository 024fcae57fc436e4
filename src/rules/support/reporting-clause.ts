/**
 * The reporting clause after a comma that ends a stretch of reported speech:
 * `, he warned`, `, said the senior official`, `, the source further pointed
 * out`, `, he told reporters on his conference call`, `, warned the minister on
 * Thursday during a briefing in Quebec City`, ending the sentence or going on
 * with `, specifying …` or `, who …`. Shared by the quotation rules. Not a rule.
 */
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
const CLAUSE = new RegExp(
  `,${SP}(?:` +
    `(?<subject>${PRONOUN}|${DETERMINER}(?:${SP}${WORD}){1,6}?|${NAME})${SP}(?:${ADVERB}${SP}){0,2}(?<verb>${VERB})` +
    `|(?<inverted>${VERB})${SP}(?:${PRONOUN}|${DETERMINER}(?:${SP}${SUBJECT_WORD}){1,6}|${NAME})` +
    `)(?<tail>(?:${SP}[^\\s,.;:!?…“”"«»]+){0,12}?)` +
    String.raw`(?:[^\S\n]*[.!?…](?=[\s”’"»)]|$)|[^\S\n]*(?=\n|$)|,${SP}(?:\p{Ll}+ing|before|while|as|and|but|after|who|whose|which|adding|stressing)\b)`,
  "gu",
);
const CLAUSE_ANYWHERE = new RegExp(CLAUSE.source, "u");

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
  const pattern = new RegExp(CLAUSE); // its own lastIndex: callers nest these generators
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const { subject, verb, inverted, tail } = match.groups!;
    const reportingVerb = (verb ?? inverted)!;
    // `…, I said` is the writer speaking; a rejected match must not hide a clause at a later comma.
    if (subject === "I" || !tailIsAdjunct(tail ?? "", reportingVerb)) {
      pattern.lastIndex = match.index + 1;
      continue;
    }
    yield { index: match.index, end: match.index + match[0].length, verb: reportingVerb };
  }
}

export function hasReportingClause(text: string): boolean {
  if (!CLAUSE_ANYWHERE.test(text)) return false;
  return !reportingClauses(text).next().done;
}
