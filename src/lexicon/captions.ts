/**
 * Cues of an image caption left in the body of an article: captions describe
 * the picture in the present tense and end with where and when it was taken
 * (`… meet in Geneva on September 30, 2021.`), and never report speech.
 * Source: our own list, from agency caption style (AFP, Reuters, AP, CP).
 * Licence: same as this project.
 */

/** Present-tense verbs of agency captions (lower case). */
export const CAPTION_VERBS: ReadonlySet<string> = new Set([
  "meet", "meets", "speak", "speaks", "arrive", "arrives", "attend", "attends", "pose", "poses", "walk", "walks",
  "gesture", "gestures", "wave", "waves", "shake", "shakes", "hold", "holds", "deliver", "delivers", "leave", "leaves",
  "address", "addresses", "greet", "greets", "listen", "listens", "sit", "sits", "stand", "stands", "look", "looks",
  "vote", "votes", "cast", "casts", "celebrate", "celebrates", "react", "reacts", "march", "marches", "gather",
  "gathers", "demonstrate", "demonstrate", "protest", "protests", "chat", "chats", "embrace", "embraces", "hug", "hugs",
  "sign", "signs", "visit", "visits", "inspect", "inspects", "lay", "lays", "pay", "pays", "take", "takes", "talk",
  "talks", "watch", "watches", "wait", "waits", "queue", "queues", "carry", "carries", "display", "displays", "hold",
  "kneel", "kneels", "smile", "smiles", "shout", "shouts", "run", "runs", "play", "plays", "score", "scores",
  "participate", "participates", "answer", "answers", "applaud", "applauds", "board", "boards", "enter", "enters",
  "exit", "exits", "pictured", "seen",
]);

/** Words of reported speech or of argument, which captions do not contain (lower case). */
export const NON_CAPTION_WORDS: ReadonlySet<string> = new Set([
  "said", "says", "say", "told", "tells", "tell", "added", "adds", "warned", "warns", "explained", "explains",
  "declared", "declares", "stated", "states", "insisted", "insists", "stressed", "stresses", "argued", "argues",
  "according", "asked", "asks", "replied", "replies", "noted", "notes", "believe", "believes", "think", "thinks",
  "because", "however", "therefore", "although", "but", "if", "should", "would", "could", "will", "must", "might",
  "i", "we", "our", "us", "you", "your", "my", "me",
]);

/** Finite auxiliaries: a line with none of them and no caption verb reads as a noun phrase (alt text). */
export const FINITE_AUXILIARIES: ReadonlySet<string> = new Set([
  "is", "are", "was", "were", "has", "have", "had", "do", "does", "did", "can", "may", "shall", "am", "be", "been",
  // and the irregular past tenses of narrative prose (a regular one ends in -ed)
  "took", "made", "gave", "went", "came", "saw", "found", "thought", "became", "began", "brought", "built", "bought",
  "chose", "drew", "drove", "fell", "felt", "fought", "forgot", "got", "grew", "held", "kept", "knew", "led", "left",
  "lost", "meant", "met", "paid", "ran", "rose", "sent", "shot", "sold", "spent", "spoke", "stood", "struck", "taught",
  "threw", "understood", "won", "wrote", "broke", "heard", "sought", "caught", "fled", "hit", "laid", "lay",
]);

/** First words of a sentence that continues the text around it, which a caption never does (lower case). */
export const PROSE_OPENERS: ReadonlySet<string> = new Set([
  "it", "its", "they", "their", "them", "he", "she", "his", "her", "this", "these", "those", "there", "that", "such",
  "each", "yet", "and", "or", "so", "then", "thus", "also", "moreover", "meanwhile", "finally", "today", "now", "here",
]);
