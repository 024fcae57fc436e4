/**
 * French false friends that machine translation renders with the English
 * look-alike (*assister à la réunion* → `assisted to the meeting`), each
 * only in a context that shows the French sense. Patterns are regular
 * expression sources, compiled once by `rules/false-friend.ts` with the `u`
 * flag; they match case-sensitively, except the form's first letter.
 *
 * Left out on purpose, because no context we can test makes them precise:
 * `actually` (actuellement), `eventually` (éventuellement), `pass an exam`
 * (passer un examen), `control` (contrôle), `formation`, `delay` (délai).
 *
 * Source: our own list (the classic faux amis of French-English translation
 * manuals). Licence: same as the project.
 */

export interface FalseFriend {
  id: string;
  /** The French word behind the calque. */
  french: string;
  /** Wrong form → right form, lowercase: `assisted` → `attended`. Multi-word forms use single spaces. */
  forms: Readonly<Record<string, string>>;
  /** Matched right after the form and removed with it: ` to` in `assisted to the meeting`. */
  drop?: string;
  /** The text before the form must end with this. */
  before?: string;
  /** The text after the form (and `drop`) must start with this. */
  after: string;
  /** Applied by the default mode: only where the context leaves no other reading. */
  safe: boolean;
  confidence: number;
  /** What the French meant, for the message. */
  meaning: string;
}

const DETERMINER = String.raw`(?:the|a|an|this|that|these|those|his|her|their|its|our|my|your|today['’]s|yesterday['’]s|Monday['’]s|Tuesday['’]s|Wednesday['’]s|Thursday['’]s|Friday['’]s|Saturday['’]s|Sunday['’]s)`;
// Up to two modifiers between the determiner and the noun: `the annual general meeting`, `the president's funeral`.
const MODIFIERS = String.raw`(?:[\p{L}\p{N}'’-]+\s+){0,2}?`;
const EVENTS = [
  "meeting", "meetings", "conference", "conferences", "summit", "ceremony", "ceremonies", "funeral", "funerals",
  "concert", "concerts", "match", "matches", "game", "games", "show", "shows", "performance", "session", "sessions",
  "trial", "hearing", "hearings", "debate", "debates", "rally", "rallies", "wedding", "inauguration", "launch",
  "parade", "festival", "screening", "premiere", "opening", "event", "events", "gathering", "congress",
  "convention", "mass", "signing", "assembly", "talks", "negotiations", "celebration", "celebrations",
  "commemoration", "commemorations", "tribute", "briefing", "lecture", "swearing-in", "investiture", "race",
  "final", "semi-final", "forum", "symposium", "vigil", "march", "demonstration", "exhibition", "auction",
].join("|");
const SENSITIVE_THINGS = [
  "data", "information", "subject", "subjects", "topic", "topics", "issue", "issues", "question", "questions",
  "file", "files", "dossier", "dossiers", "area", "areas", "zone", "zones", "site", "sites", "document",
  "documents", "matter", "matters", "neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods", "skin",
  "teeth", "installations", "infrastructure", "sector", "sectors", "post", "posts", "positions",
].join("|");
const RESULTS = [
  "result", "results", "outcome", "performance", "performances", "score", "turnout", "figures", "numbers",
  "response", "decision", "season", "start", "record", "campaign", "showing", "sales", "ratings", "harvest",
].join("|");
// Who `recalled` (a rappelé = pointed out) in an inverted attribution: `…, recalled this source, …`.
const SPEAKERS = [
  "source", "sources", "minister", "president", "official", "officials", "spokesperson", "spokesman",
  "spokeswoman", "diplomat", "expert", "experts", "lawyer", "prosecutor", "prosecutors", "judge", "mayor",
  "premier", "leader", "senator", "deputy", "MP", "ambassador", "director", "chairman", "chairwoman", "chief",
  "head", "researcher", "professor", "economist", "analyst", "union", "ministry", "government", "police",
  "general", "commander", "coach", "manager", "doctor", "specialist", "elected", "representative", "secretary",
  "negotiator", "envoy", "candidate", "activist", "organization", "organisation", "report", "statement",
  "communiqué", "press", "release",
].join("|");

export const FALSE_FRIENDS: readonly FalseFriend[] = [
  {
    id: "assist-to",
    french: "assister à",
    // Not `assists`: also a noun in sport (`two assists to the …`).
    forms: { assist: "attend", assisted: "attended", assisting: "attending" },
    drop: String.raw`\s+to`,
    after: String.raw`\s+${DETERMINER}\s+${MODIFIERS}(?:${EVENTS})(?![\p{L}\p{N}-])`,
    safe: true,
    confidence: 0.93,
    meaning: "“assister à” means to attend, not to help",
  },
  {
    id: "assist-at",
    french: "assister à",
    forms: { assist: "attend", assists: "attends", assisted: "attended", assisting: "attending" },
    drop: String.raw`\s+at`,
    after: String.raw`\s+${DETERMINER}\s+${MODIFIERS}(?:${EVENTS})(?![\p{L}\p{N}-])`,
    safe: false,
    confidence: 0.75,
    meaning: "“assister à” means to attend (in English, “assist at” means to help at)",
  },
  {
    id: "sensible",
    french: "sensible",
    forms: { sensible: "sensitive" },
    after: String.raw`\s+(?:(?:${SENSITIVE_THINGS})(?![\p{L}\p{N}])|to\s+(?:criticism|pressure|heat|cold|light|noise|price|prices|changes?|fluctuations|the\s+(?:issue|question|subject|concerns?|needs?|plight|suffering|situation))(?![\p{L}\p{N}]))`,
    safe: false,
    confidence: 0.75,
    meaning: "French “sensible” means sensitive",
  },
  {
    id: "deceived-very",
    french: "déçu",
    forms: { deceived: "disappointed" },
    before: String.raw`(?:very|deeply|extremely|bitterly|really|so|quite|rather|a\s+bit|a\s+little|somewhat|particularly|greatly|enormously|terribly)\s+`,
    after: String.raw`(?![\p{L}\p{N}])`,
    safe: false,
    confidence: 0.7,
    meaning: "French “déçu” means disappointed",
  },
  {
    id: "deceived-by-result",
    french: "déçu",
    forms: { deceived: "disappointed" },
    after: String.raw`\s+(?:by|with)\s+(?:the|his|her|their|its|this|these|our)\s+(?:${RESULTS})(?![\p{L}\p{N}])`,
    safe: false,
    confidence: 0.55,
    meaning: "French “déçu” means disappointed",
  },
  {
    id: "deceiving-result",
    french: "décevant",
    forms: { deceiving: "disappointing" },
    after: String.raw`\s+(?:${RESULTS})(?![\p{L}\p{N}])`,
    safe: false,
    confidence: 0.5,
    meaning: "French “décevant” means disappointing",
  },
  {
    id: "library-bookstore",
    french: "librairie",
    forms: { library: "bookstore", libraries: "bookstores" },
    before: String.raw`(?:sold|on\s+sale|selling|sells|arrives|arrived|arriving|hits|hitting|released)\s+in\s+(?:the\s+)?`,
    after: String.raw`(?![\p{L}\p{N}])`,
    safe: false,
    confidence: 0.7,
    meaning: "French “librairie” means bookstore",
  },
  {
    id: "recalled-noted",
    french: "a rappelé",
    forms: { recalled: "noted" },
    before: String.raw`[\p{L}\p{N}],\s`,
    after: String.raw`\s+(?:(?:this|the|that|a|an|one|our|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:${SPEAKERS})|\p{Lu}[\p{Ll}\p{M}'’-]+(?:\s+\p{Lu}[\p{Ll}\p{M}'’-]+){0,2})\s*[,.;]`,
    safe: false,
    confidence: 0.4,
    meaning: "French “a rappelé” here means noted or pointed out, not remembered",
  },
  {
    id: "manifestation",
    french: "manifestation",
    forms: { manifestation: "demonstration", manifestations: "demonstrations" },
    after: String.raw`\s+(?:against|in\s+support\s+of|in\s+favou?r\s+of|in\s+front\s+of|outside\s+the|organi[sz]ed\s+by|called\s+by|took\s+place|were\s+held|was\s+held|in\s+the\s+streets|across\s+the\s+country|turned\s+violent|were\s+banned|was\s+banned)(?![\p{L}\p{N}])`,
    safe: false,
    confidence: 0.8,
    meaning: "French “manifestation” means a demonstration or protest",
  },
  {
    id: "in-the-frame-of",
    french: "dans le cadre de",
    forms: { "in the frame of": "as part of" },
    after: String.raw`\s+(?:the|a|an|this|its|their|his|her|our)\s+(?:[\p{Ll}-]+\s+)?(?:investigation|inquiry|probe|reform|reforms|project|programme|program|negotiations|talks|agreement|cooperation|partnership|operation|plan|strategy|mission|law|bill|procedure|process|summit|visit|case|trial|review|budget|policy|campaign|partnership)(?![\p{L}\p{N}])`,
    safe: false,
    confidence: 0.85,
    meaning: "“dans le cadre de” means as part of, under or during",
  },
];
