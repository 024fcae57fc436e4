/**
 * French phrases translated word for word, each kept for the evidence that
 * machine translation produces it and professional English does not, with
 * the context that makes it a calque and an example written for postedit.
 *
 * Evidence: counts of segments from `scripts/mine-calques.ts` and the
 * corpora in ../shared/corpora (measured, never copied): "MT n" = WMT13
 * system outputs and Potet MT segments with the phrase; "ref 0" = none of
 * the 13,755 professional translations (WMT13 `ref`, Potet `reference_ht`);
 * "SOTU 0" = none of the 18,237 sentences of clean English; "holdout" = seen
 * in fixtures/holdout (French political news, 2020s, which the 2012 corpora
 * predate).
 *
 * Patterns are regular-expression sources without nested quantifiers,
 * matched with the `u` flag, case-insensitively on the first letter only;
 * `$<name>` in a replacement is the named group. All are suggestions.
 */

export interface Calque {
  id: string;
  /** The French behind the calque. */
  french: string;
  pattern: string;
  /** The English, with `$<group>` references; null: flag only (the fix needs the source). */
  replacement: string | null;
  /** Why the context makes it a calque (the condition the pattern encodes). */
  context: string;
  evidence: string;
  /** Lowercase literals one of which every match contains: the entry is tried only on texts that have one. */
  trigger: readonly string[];
  /** Our own example: the span in ⟦…⟧ and the text after the suggestion. */
  example: { text: string; fixed?: string };
  confidence: number;
}

const NUMBER_WORD = "(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|several|many|some|a few)";
const EVENT = "(?:meeting|council|cabinet meeting|hearing|trial|talks|interview|summit|session|debate|vote|negotiations|audience|conference|ceremony|match|game|consultation)";

export const CALQUES: readonly Calque[] = [
  {
    id: "moment-where",
    trigger: ["moment where", "day where", "year where", "time where", "week where", "month where", "night where", "morning where", "evening where", "instant where", "period where"],
    french: "le moment où, le jour où",
    pattern: "(?<=\\b(?:the|that|this) (?:moment|day|year|time|week|month|night|morning|evening|instant|period) )where\\b",
    replacement: "when",
    context: "`where` right after a noun of time: the French relative `où` of time",
    evidence: "MT 8, ref 0, SOTU 0",
    example: { text: "It rained on the day ⟦where⟧ the talks opened in Geneva.", fixed: "It rained on the day when the talks opened in Geneva." },
    confidence: 0.75,
  },
  {
    id: "in-the-framework-of",
    trigger: ["framework of"],
    french: "dans le cadre de",
    pattern: "\\bin the framework of\\b",
    replacement: "as part of",
    context: "the whole phrase; English says `within the framework of` or `as part of`",
    evidence: "MT 52, ref 0, SOTU 0",
    example: { text: "Three arrests were made ⟦in the framework of⟧ the inquiry in Lyon.", fixed: "Three arrests were made as part of the inquiry in Lyon." },
    confidence: 0.7,
  },
  {
    id: "at-the-origin-of",
    trigger: ["at the origin of"],
    french: "être à l'origine de",
    pattern: "\\b(?<verb>is|was|are|were|be|been) at the origin of\\b",
    replacement: "$<verb> behind",
    context: "after a form of `be`: `X is at the origin of Y` (X caused Y)",
    evidence: "MT 53, ref 0, SOTU 0",
    example: { text: "A short circuit ⟦was at the origin of⟧ the fire in the depot.", fixed: "A short circuit was behind the fire in the depot." },
    confidence: 0.7,
  },
  {
    id: "the-one-of",
    trigger: ["the one of "],
    french: "celui de, celle de",
    pattern: "\\bthe one of (?=the |his |her |their |its |our |this |that |[\\p{Lu}])",
    replacement: "that of ",
    context: "`the one of` before a noun phrase or a name: the French pronoun `celui de`",
    evidence: "MT 39, ref 0, SOTU 0",
    example: { text: "Her salary is lower than ⟦the one of ⟧her predecessor.", fixed: "Her salary is lower than that of her predecessor." },
    confidence: 0.65,
  },
  {
    id: "in-altitude",
    trigger: ["in altitude"],
    french: "en altitude",
    pattern: "\\bin altitude\\b",
    replacement: "at altitude",
    context: "the whole phrase",
    evidence: "MT 78, ref 0, SOTU 0",
    example: { text: "Snow is expected ⟦in altitude⟧ in the Alps tonight ❄️.", fixed: "Snow is expected at altitude in the Alps tonight ❄️." },
    confidence: 0.8,
  },
  {
    id: "votes-against",
    trigger: ["votes against"],
    french: "par 305 voix contre 199",
    pattern: "(?<=\\b\\d[\\d,]* votes )against(?= \\d)",
    replacement: "to",
    context: "between two vote counts: `305 votes against 199`",
    evidence: "MT 6, ref 0, SOTU 0; holdout",
    example: { text: "The bill passed by 305 votes ⟦against⟧ 199 on Monday.", fixed: "The bill passed by 305 votes to 199 on Monday." },
    confidence: 0.8,
  },
  {
    id: "allows-to",
    trigger: ["allows to ", "allowing to ", "permits to ", "permitting to "],
    french: "permettre de",
    pattern: "\\b(?:allows|allowing|permits|permitting) to (?=\\p{Ll})",
    replacement: null,
    context: "`allows to` + a verb with no object in between (the passive `is allowed to` is English)",
    evidence: "MT 34 (allows 27, permits 7), ref 2, SOTU 0",
    example: { text: "The new law ⟦allows to ⟧reduce waiting times in hospitals." },
    confidence: 0.55,
  },
  {
    id: "in-what-concerns",
    trigger: ["what concerns"],
    french: "en ce qui concerne",
    pattern: "\\b(?:[Ii]n|[Ff]or) what concerns\\b",
    replacement: "regarding",
    context: "the whole phrase",
    evidence: "MT 7, ref 0, SOTU 0",
    example: { text: "⟦In what concerns⟧ pensions, the unions are divided.", fixed: "Regarding pensions, the unions are divided." },
    confidence: 0.75,
  },
  {
    id: "since-duration",
    trigger: ["since "],
    french: "depuis trois ans",
    pattern: `\\bsince (?<length>${NUMBER_WORD} (?:years|months|weeks|days|decades|hours)|a long time|long)\\b(?! ago)`,
    replacement: "for $<length>",
    context: "`since` before a length of time, not a point in time: the French `depuis` + duration",
    evidence: "MT 18 (since + number 16, since long 2), ref 0, SOTU 0",
    example: { text: "She has lived in Dakar ⟦since three years⟧ with her family.", fixed: "She has lived in Dakar for three years with her family." },
    confidence: 0.75,
  },
  {
    id: "interested-by",
    trigger: ["interested by"],
    french: "intéressé par",
    pattern: "\\b(?<be>am|is|are|was|were|be|been|very|not|more|less) interested by\\b",
    replacement: "$<be> interested in",
    context: "after a form of `be` or an adverb: the adjective (not the passive `interested by the offer`, which English also avoids)",
    evidence: "MT 4, ref 0, SOTU 0",
    example: { text: "Investors ⟦are interested by⟧ the Québec market.", fixed: "Investors are interested in the Québec market." },
    confidence: 0.7,
  },
  {
    id: "explained-us",
    trigger: ["explain us", "explain me", "explain him", "explain her", "explain them", "explains us", "explains me", "explains him", "explains her", "explains them", "explained us", "explained me", "explained him", "explained her", "explained them", "explaining us", "explaining me", "explaining him", "explaining her", "explaining them"],
    french: "il nous a expliqué",
    pattern: "\\b(?<verb>explain|explains|explained|explaining) (?<who>us|me|him|her|them)\\b(?= that| how| why| what| the)",
    replacement: "$<verb> to $<who>",
    context: "before a clause or an object: `explained us that` (English: `explained to us that`)",
    evidence: "MT 2, ref 0, SOTU 0",
    example: { text: "The mayor ⟦explained us⟧ that the bridge was closed.", fixed: "The mayor explained to us that the bridge was closed." },
    confidence: 0.8,
  },
  {
    id: "without-counting",
    trigger: ["without counting"],
    french: "sans compter",
    pattern: "\\bwithout counting\\b",
    replacement: "not counting",
    context: "the whole phrase, before what is left out",
    evidence: "MT 8, ref 0, SOTU 0",
    example: { text: "Forty people were hurt, ⟦without counting⟧ the firefighters.", fixed: "Forty people were hurt, not counting the firefighters." },
    confidence: 0.65,
  },
  {
    id: "to-the-profit-of",
    trigger: ["profit of"],
    french: "au profit de",
    pattern: "\\bto the profit of\\b",
    replacement: "for the benefit of",
    context: "the whole phrase",
    evidence: "MT 3, ref 0, SOTU 0",
    example: { text: "A concert was held ⟦to the profit of⟧ the flood victims.", fixed: "A concert was held for the benefit of the flood victims." },
    confidence: 0.7,
  },
  {
    id: "motion-of-censure",
    trigger: ["of censure"],
    french: "motion de censure",
    pattern: "\\bmotions? of censure\\b",
    replacement: null,
    context: "the whole phrase: English says `no-confidence motion` or `censure motion`",
    evidence: "holdout; MT 0 (the 2012 corpora hold no French government crisis)",
    example: { text: "The government survived the ⟦motion of censure⟧ by nine votes." },
    confidence: 0.75,
  },
  {
    id: "in-clear-increase",
    trigger: ["in clear ", "in net ", "in sharp ", "in strong ", "in slight ", "in light ", "in marked ", "in steady ", "in constant ", "in continuous ", "in full "],
    french: "en nette hausse, en forte baisse",
    pattern: "\\bin (?<how>clear|net|sharp|strong|slight|light|marked|steady|constant|continuous|full) (?<what>increase|decrease|decline|rise|drop|fall|growth|progression|regression)\\b",
    replacement: null,
    context: "`in` + adjective + a noun of change, describing a figure: the French `en nette hausse`",
    evidence: "holdout; MT 0, ref 0, SOTU 0",
    example: { text: "Exports are ⟦in sharp decline⟧ since January." },
    confidence: 0.7,
  },
  {
    id: "sanitary-measures",
    trigger: ["sanitary "],
    french: "mesures sanitaires, crise sanitaire",
    pattern: "\\bsanitary (?<what>measures|crisis|situation|rules|pass|passport|protocol|protocols|restrictions|emergency|context|authorities|security|reasons)\\b",
    replacement: "health $<what>",
    context: "before a noun of public health policy (not `sanitary conditions` or `sanitary napkins`, which are English)",
    evidence: "holdout; MT 0, ref 0, SOTU 0",
    example: { text: "The prefect tightened the ⟦sanitary measures⟧ in Marseille.", fixed: "The prefect tightened the health measures in Marseille." },
    confidence: 0.75,
  },
  {
    id: "in-organized-gang",
    trigger: ["organized gang", "organised gang", "organized band", "organised band"],
    french: "en bande organisée",
    pattern: "\\bin (?:an )?organi[sz]ed (?:gang|band)\\b",
    replacement: "by an organized gang",
    context: "the French legal qualification after an offence: `fraud in organized gang`",
    evidence: "holdout; MT 0, ref 0, SOTU 0",
    example: { text: "Six men were charged with theft ⟦in organized gang⟧ in Nice.", fixed: "Six men were charged with theft by an organized gang in Nice." },
    confidence: 0.7,
  },
  {
    id: "the-twenty-seven",
    trigger: ["the twenty"],
    french: "les Vingt-Sept",
    pattern: "\\b(?<the>the) (?<n>Twenty-Seven|Twenty-Eight|Twenty-Five|Twenty-seven|Twenty-eight|Twenty-five|Twenty Seven|Twenty Eight)\\b",
    replacement: null,
    context: "capitalised after `the`: the EU member states as a group (`the 27 EU countries`)",
    evidence: "holdout; MT 0, ref 0, SOTU 0",
    example: { text: "The proposal divides ⟦the Twenty-Seven⟧ on energy." },
    confidence: 0.7,
  },
  {
    id: "at-the-microphone-of",
    trigger: ["microphone of"],
    french: "au micro de",
    pattern: "\\bat the microphone of\\b",
    replacement: "speaking to",
    context: "the whole phrase, before a broadcaster",
    evidence: "holdout; MT 0, ref 0, SOTU 0",
    example: { text: "“We will win,” she said ⟦at the microphone of⟧ France Inter.", fixed: "“We will win,” she said speaking to France Inter." },
    confidence: 0.7,
  },
  {
    id: "at-the-exit-of",
    trigger: ["exit of"],
    french: "à la sortie de",
    pattern: `\\bat the exit of (?=(?:the |this |a |his |her |their )?${EVENT}\\b)`,
    replacement: "after ",
    context: "before an event (`at the exit of the meeting`), not a place (`at the exit of the tunnel`)",
    evidence: "holdout; MT 2, ref 1 (a place), SOTU 0",
    example: { text: "The minister spoke ⟦at the exit of ⟧the cabinet meeting.", fixed: "The minister spoke after the cabinet meeting." },
    confidence: 0.65,
  },
  {
    id: "financed-at",
    trigger: ["% by"],
    french: "financé à 60 % par",
    pattern: "\\b(?<verb>financed|funded|paid|covered) at (?<share>\\d+(?:[.,]\\d+)? ?%) by\\b",
    replacement: "$<share> $<verb> by",
    context: "a percentage between the participle and `by`",
    evidence: "holdout; MT 0, ref 0, SOTU 0",
    example: { text: "The bridge will be ⟦financed at 60% by⟧ Ottawa.", fixed: "The bridge will be 60% financed by Ottawa." },
    confidence: 0.7,
  },
  {
    id: "calendar-of",
    trigger: ["calendar of", "calendar for"],
    french: "le calendrier de la transition",
    pattern: "\\bthe calendar (?:of|for) the (?<what>transition|negotiations|talks|reforms?|elections?|withdrawal|vaccination|works|return|reopening)\\b",
    replacement: "the timetable for the $<what>",
    context: "`calendar` for the schedule of a political process",
    evidence: "holdout; MT 0, ref 0, SOTU 0",
    example: { text: "The junta published ⟦the calendar of the transition⟧ on Friday.", fixed: "The junta published the timetable for the transition on Friday." },
    confidence: 0.65,
  },
];
