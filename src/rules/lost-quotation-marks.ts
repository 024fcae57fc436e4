/**
 * Reported speech whose quotation marks were lost in translation: French
 * « Nous ne saurons pas …, a-t-il averti » comes out as
 * `We will not know …, he warned`. The rule looks for a reporting clause
 * after a comma (`, he warned`, `, said the senior official`, `, the source
 * further pointed out`) that ends the sentence or goes on with `, specifying …`,
 * and for first- or second-person words in the clause before it. It suggests
 * “…” around the speaker's words with the comma moved inside, starting at the
 * paragraph when every sentence before is speech too. When the quotation may
 * start inside the sentence (`Moscow also expressed … and we are open to it,
 * said the senior official`), it only flags. Never automatic: a speech or a
 * column (`We will win, I said`) is first person without being a quotation.
 */
import { defineRule } from "../engine/rule.js";
import type { Document } from "../engine/document.js";
import { Kind } from "../engine/tokenize.js";
import { FormMemo } from "../engine/forms.js";
import { codePointBefore, codePointClass, LETTER, NUMBER } from "../engine/char-class.js";
import { blocksWith } from "./support/hit-regions.js";
import type { Detection } from "../engine/types.js";
import { ABBREVIATIONS } from "../lexicon/abbreviations.js";
import {
  EDITORIAL_FIRST_PERSON,
  NARRATION_PAST,
  PHRASAL_REPORTING_VERBS,
  PRESENT_MARKERS,
  REPORTING_VERBS,
  SPEECH_PRONOUNS,
} from "../lexicon/reported-speech.js";
import { hasReportingClause, reportingClausesAt } from "./support/reporting-clause.js";

const QUOTE_MARKS = /[“”"«»„]/u;
const REPORTING_VERB_WORDS = [...REPORTING_VERBS, ...PHRASAL_REPORTING_VERBS.map((verb) => verb.split(" ")[0]!)];
// Blocks whose markup says they are no running text, or already a quotation (`<blockquote>`, `>`).
const SKIPPED_BLOCKS: ReadonlySet<string> = new Set(["quote", "heading", "caption", "chrome", "attribute", "table-cell"]);

// --- evidence: whose words is this? ---------------------------------------------------

interface Evidence {
  /** First or second person: `we`, `I`, `you`, `our`. */
  pronoun: boolean;
  /** Present or future tense: `is`, `will`, `can`. */
  present: boolean;
  /** The narrator's past: `expressed`, `said`, `was`. */
  narration: boolean;
  /** Which kind of evidence comes first. */
  first?: "speech" | "narration";
}

function previousWord(doc: Document, index: number): number {
  for (let i = index - 1; i >= 0; i--) {
    const kind = doc.tokenKind[i];
    if (kind === Kind.space) continue;
    return kind === Kind.word ? i : -1;
  }
  return -1;
}

/** `I` the pronoun, not `World War I` or `Phase I`. */
function isPronounI(doc: Document, index: number, token: string): boolean {
  if (token !== "I") return /^I['’]/u.test(token);
  if (doc.tokenKind[index + 1] !== Kind.space || doc.tokenKind[index + 2] !== Kind.word || !/^\p{Ll}/u.test(doc.tokenText(index + 2))) return false;
  const before = previousWord(doc, index);
  if (before < 0 || !/^\p{Lu}/u.test(doc.tokenText(before))) return true;
  // A capitalized word before `I` is a name (`War I`) unless it opens the sentence (`Then I`).
  let beforeThat = -1;
  for (let i = before - 1; i >= Math.max(0, before - 2); i--) {
    if (doc.tokenKind[i] !== Kind.space) {
      beforeThat = i;
      break;
    }
  }
  return beforeThat < 0 || doc.tokenKind[beforeThat] === Kind.newline || /^[.!?…:]$/u.test(doc.tokenText(beforeThat));
}

/** Inside `as we reported`, `our correspondent`: the newspaper speaking, not the speaker. */
function editorialSpans(doc: Document, start: number, end: number): [number, number][] {
  const spans: [number, number][] = [];
  const text = doc.text.slice(start, end);
  // Both forms hold `we ` or `our ` (the pattern is slow to try at every character).
  const lower = text.toLowerCase();
  if (!lower.includes("we ") && !lower.includes("our ")) return spans;
  for (const match of text.matchAll(EDITORIAL_FIRST_PERSON)) {
    spans.push([start + match.index, start + match.index + match[0].length]);
  }
  return spans;
}

const CONTRACTED_PRESENT = /^(?:i|we|you|they)['’](?:m|re|ll|ve)$/u;

// What a word form says, remembered per form (`I` needs its context: see isPronounI).
const I_CANDIDATE = 1;
const PRONOUN = 2;
const PRESENT = 4;
const NARRATION = 8;
const WORD_EVIDENCE = new FormMemo(wordEvidence);

function wordEvidence(word: string): number {
  const lower = word.toLowerCase();
  const apostrophe = Math.max(lower.indexOf("'"), lower.indexOf("’"));
  const base = apostrophe > 0 ? lower.slice(0, apostrophe) : lower;
  let bits = 0;
  if (word.charCodeAt(0) === 73 /* I */ && (word.length === 1 || apostrophe === 1)) bits |= I_CANDIDATE;
  else if (base === "us") bits |= word.startsWith("us") ? PRONOUN : 0;
  else if (SPEECH_PRONOUNS.has(base)) bits |= word.length === 1 || word !== word.toUpperCase() ? PRONOUN : 0;
  if (PRESENT_MARKERS.has(lower) || (apostrophe > 0 && CONTRACTED_PRESENT.test(lower))) bits |= PRESENT;
  if (word === lower && (NARRATION_PAST.has(word) || REPORTING_VERBS.has(word) || (word.length >= 5 && word.endsWith("ed")))) bits |= NARRATION;
  return bits;
}

/** One pass over the words of [start, end); cheap per word, it runs on every clause before a reporting verb. */
function evidence(doc: Document, start: number, end: number): Evidence {
  const found: Evidence = { pronoun: false, present: false, narration: false };
  let editorial: [number, number][] | undefined;
  for (let i = doc.firstTokenEndingAfter(start); i < doc.tokenCount && doc.tokenStart[i]! < end; i++) {
    if (doc.tokenKind[i] !== Kind.word) continue;
    const bits = WORD_EVIDENCE.get(doc.forms, doc.tokenForm[i]!);
    const pronoun = (bits & I_CANDIDATE) !== 0 ? isPronounI(doc, i, doc.tokenText(i)) : (bits & PRONOUN) !== 0;
    if (pronoun) {
      editorial ??= editorialSpans(doc, start, end);
      if (!editorial.some(([a, b]) => doc.tokenStart[i]! >= a && doc.tokenEnd[i]! <= b)) found.pronoun = true;
    }
    if ((bits & PRESENT) !== 0) found.present = true;
    if ((bits & NARRATION) !== 0) found.narration = true;
    found.first ??= found.pronoun || found.present ? "speech" : found.narration ? "narration" : undefined;
  }
  return found;
}

// --- the rule -------------------------------------------------------------------------

interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** The sentences of [start, end). */
function sentencesOfBlock(doc: Document, start: number, end: number): Sentence[] {
  let low = 0;
  let high = doc.sentenceCount;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (doc.sentenceStart[mid]! < start) low = mid + 1;
    else high = mid;
  }
  const found: Sentence[] = [];
  for (let k = low; k < doc.sentenceCount && doc.sentenceEnd[k]! <= end; k++) found.push({ start: doc.sentenceStart[k]!, end: doc.sentenceEnd[k]!, text: doc.sentenceText(k) });
  return found;
}

/** Inside an opening quotation mark that has not closed yet. */
function insideQuotation(text: string): boolean {
  const count = (re: RegExp) => text.match(re)?.length ?? 0;
  return count(/“/gu) > count(/”/gu) || count(/«/gu) > count(/»/gu) || count(/"/gu) % 2 === 1;
}

/** The quoted words with the comma moved inside: `faith.,` → `faith,”`, `now?,` → `now?”`. */
function quoted(words: string): string {
  if (/[?!…]$/u.test(words) || words.endsWith("...")) return `“${words}”`;
  // The word before a final full stop (`/(?:^|[^\p{L}\p{N}])(?<word>[\p{L}\p{N}]+)\.$/u`), read from the end.
  if (words.endsWith(".")) {
    let start = words.length - 1;
    for (let c = codePointBefore(words, start); c >= 0 && (codePointClass(c) & (LETTER | NUMBER)) !== 0; c = codePointBefore(words, start)) {
      start -= c > 0xffff ? 2 : 1;
    }
    const word = words.slice(start, -1);
    if (word.length > 1 && !ABBREVIATIONS.has(word)) return `“${words.slice(0, -1)},”`;
  }
  return `“${words},”`;
}

export default defineRule({
  id: "lost-quotation-marks",
  category: "quotation",
  description: "Suggests restoring “…” around first-person words before `, he warned` or `, said the official`.",
  examples: {
    bad: [
      {
        text: "⟦We will not know until we start these conversations whether Russia is prepared to discuss in good faith.,⟧ he warned, specifying that the talks would begin on Sunday.",
        fixed: "“We will not know until we start these conversations whether Russia is prepared to discuss in good faith,” he warned, specifying that the talks would begin on Sunday.",
        safe: false,
      },
      {
        text: "⟦We approach these discussions realistically, not optimistically,⟧ the source further pointed out, indicating that they would be exploratory.",
        fixed: "“We approach these discussions realistically, not optimistically,” the source further pointed out, indicating that they would be exploratory.",
        safe: false,
      },
      {
        text: "⟦I wouldn’t be surprised if the media reported concessions. It is an attempt to divide the allies by manipulating you,⟧ he told reporters on his conference call.",
        fixed: "“I wouldn’t be surprised if the media reported concessions. It is an attempt to divide the allies by manipulating you,” he told reporters on his conference call.",
        safe: false,
      },
      {
        text: "⟦There are some areas […] in which we believe progress is possible,⟧ recalled this source, giving some details.",
        fixed: "“There are some areas […] in which we believe progress is possible,” recalled this source, giving some details.",
        safe: false,
      },
      {
        text: "⟦Our priority is Montréal and we will not back down 💪,⟧ said François Legault on Monday.",
        fixed: "“Our priority is Montréal and we will not back down 💪,” said François Legault on Monday.",
        safe: false,
      },
      {
        text: "⟦Why should we pay for their mistakes?,⟧ asked the mayor of Liège.",
        fixed: "“Why should we pay for their mistakes?” asked the mayor of Liège.",
        safe: false,
      },
      {
        text: "Talks resume in Geneva. ⟦Who can believe that these talks will be transparent?,⟧ asked the UN envoy at the end of the session.",
        fixed: "Talks resume in Geneva. “Who can believe that these talks will be transparent?” asked the UN envoy at the end of the session.",
        safe: false,
      },
      {
        text: "⟦It is a historic agreement for our members,⟧ declared the president of the union, who deplored the delays.",
        fixed: "“It is a historic agreement for our members,” declared the president of the union, who deplored the delays.",
        safe: false,
      },
      {
        text: "⟦We will not hesitate to act if the situation deteriorates,⟧ warned Health Minister Christian Dubé on Thursday during a briefing in Québec City.",
        fixed: "“We will not hesitate to act if the situation deteriorates,” warned Health Minister Christian Dubé on Thursday during a briefing in Québec City.",
        safe: false,
      },
      {
        text: "The minister spoke in Dakar on Tuesday. ⟦We will not give up,⟧ she said.",
        fixed: "The minister spoke in Dakar on Tuesday. “We will not give up,” she said.",
        safe: false,
      },
      {
        text: "⟦Moscow also expressed interest in discussing missile systems in Europe and we are open to a discussion about it⟧, said the senior official.",
        safe: false,
      },
    ],
    good: [
      "The minister said that talks would resume.",
      "Talks will resume after the holiday, the minister said.",
      "Talks will resume, the minister said, after the holiday.",
      "Washington is ready to discuss reciprocal restrictions on military exercises, the source said.",
      "“We will not give up,” he warned.",
      "“We will not give up”, he warned.",
      "He said: “We are ready, and we will be there, whatever happens,” he added.",
      "> We will not give up, he warned.",
      "When I took office, they said we could not do it.",
      "World War I ended in 1918, the historian noted.",
      "We will win this fight, I said.",
      "As we reported last week, the plant will close in June, the union said.",
      "She needs our help now, she told me.",
      "The US is ready to talk, the official said.",
      "Our economy is growing, and we will keep it growing.",
      "« Nous ne reculerons pas », a-t-il dit.",
      "Prices rose 3% in May, the agency said at the end of its quarterly review of the housing market.",
      "The plant will close, the union said, which surprised nobody.",
      "Talks resume Monday in Swiss., he said.",
    ],
  },
  // A reporting clause has a reporting verb (its first word, for `pointed out`).
  trigger: { words: REPORTING_VERB_WORDS },
  detect(doc, hits) {
    const found: Detection[] = [];
    let next = 0;
    for (const block of blocksWith(doc, hits.tokens.map((i) => doc.tokenStart[i]!))) {
      // The verbs of this block.
      const verbs: number[] = [];
      while (next < hits.tokens.length && doc.tokenStart[hits.tokens[next]!]! < block.end) {
        if (doc.tokenStart[hits.tokens[next]!]! >= block.start) verbs.push(hits.tokens[next]!);
        next++;
      }
      if (SKIPPED_BLOCKS.has(block.kind) || /^\s*>/mu.test(block.text) || !block.text.includes(",")) continue;
      let sentences: Sentence[] | undefined;
      // A quotation never reaches back over an earlier reporting clause of the paragraph.
      let floor = block.start;
      for (const clause of reportingClausesAt(doc, verbs)) {
        const comma = clause.index;
        const previousFloor = floor;
        floor = clause.end;
        sentences ??= sentencesOfBlock(doc, block.start, block.end);
        const k = sentences.findIndex((s) => s.start <= comma && comma < s.end);
        if (k < 0) continue;
        const sentence = sentences[k]!;
        const own = doc.text.slice(sentence.start, comma);
        if (/^[—–-]/u.test(own) || own.split(/\s+/u).length < 3) continue;

        // Where the quotation starts: the sentence, unless narration comes before any sign of speech
        // (`Moscow also expressed interest …, and we are open to it, said the official`).
        const ownEvidence = evidence(doc, sentence.start, comma);
        // A question or exclamation mark right before the comma (`transparent?, asked the leader`) ends a
        // quotation whose closing mark was lost: that sentence alone is the quotation. (A full stop there,
        // `in Swiss., he said`, is doubled punctuation, and reported speech without quotes is English too.)
        const ownEnd = own.trimEnd();
        const markedEnd = /\p{L}[?!]$/u.test(ownEnd) && !/\b[Aa]ccording to\b/u.test(own);
        const ambiguous = !markedEnd && (ownEvidence.first === "narration" || /\b[Aa]ccording to\b/u.test(own));
        // The sentence of the reporting clause must read as speech itself, not only the ones before it.
        if (!ownEvidence.pronoun && !ownEvidence.present && !markedEnd) continue;
        let first = k;
        let pronoun = ownEvidence.pronoun || markedEnd;
        if (!ambiguous && !markedEnd) {
          // Earlier sentences of the paragraph that are speech too belong to the quotation.
          while (first > 0) {
            const before = sentences[first - 1]!;
            if (QUOTE_MARKS.test(before.text) || hasReportingClause(before.text)) break;
            const e = evidence(doc, before.start, before.end);
            if (!(e.pronoun || (e.present && !e.narration))) break;
            pronoun ||= e.pronoun;
            first--;
          }
        }
        if (!pronoun) continue;
        const start = sentences[first]!.start;
        if (start < previousFloor) continue;
        const words = doc.text.slice(start, comma).trimEnd();
        if (QUOTE_MARKS.test(words) || insideQuotation(doc.text.slice(block.start, start))) continue;

        if (ambiguous) {
          found.push({
            start,
            end: start + words.length,
            replacement: null,
            confidence: 0.35,
            severity: "minor",
            message: "These may be the speaker's words, without their quotation marks; where the quotation starts is unclear.",
          });
          continue;
        }
        const fromParagraph = first === 0;
        // Only the question mark says so (no first person, no present tense): a minor suggestion.
        const markOnly = markedEnd && !ownEvidence.pronoun && !ownEvidence.present;
        found.push({
          start,
          end: comma + 1,
          replacement: quoted(words),
          confidence: markOnly ? 0.5 : fromParagraph ? 0.75 : 0.6,
          severity: markOnly ? "minor" : "major",
          message: "Reported speech without its quotation marks: put the speaker's words between “ and ”.",
        });
      }
    }
    return found;
  },
});
