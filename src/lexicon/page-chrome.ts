/**
 * Page chrome of French news sites, as machine translation renders it:
 * *Lire aussi* → `Read also:`, *La suite après cette publicité* → `The rest
 * after this advertisement`, and so on. Each entry names its French original
 * and lists the English renderings seen in translated copy (plus the French
 * forms, for chrome left untranslated).
 *
 * Patterns are regular-expression sources, matched case-insensitively by the
 * `page-chrome` rule against a WHOLE line (after trimming bullets and
 * closing punctuation), never against part of a sentence, except the
 * `inline` ones, which are distinctive enough to point at inside a line
 * (as a suggestion only).
 *
 * Source: our own list, from French news pages (Le Monde, Le Figaro,
 * Radio-Canada, La Presse, Le Parisien, Ouest-France) and their machine
 * translations. Licence: same as this project.
 */

/**
 * What may follow the phrase on the same line:
 * - `none`: nothing;
 * - `headline`: a linked headline, after a separator (`Read also: …`);
 * - `duration`: a reading or listening time (`Listen to this article (3 min)`);
 * - `newsletter`: a short pitch (`… to receive the best of the news`).
 */
export type ChromeTail = "none" | "headline" | "duration" | "newsletter";

export interface ChromePhrase {
  /** The French original, as the site shows it. */
  french: string;
  /** English renderings (regex sources, lower case, matched case-insensitively). */
  english: readonly string[];
  /** Other French forms of the same chrome (regex sources). */
  frenchForms: readonly string[];
  tail: ChromeTail;
  /**
   * For `headline` phrases that prose also uses (`See also`): a headline after
   * a plain space is only a suggestion; a separator or ALL CAPS makes it safe.
   */
  needsSeparator?: boolean;
  /** Whole-line removal is only a suggestion (the phrase could be a heading). */
  unsafe?: boolean;
  /** Renderings distinctive enough to point at inside a line (suggestion only). */
  inline?: readonly string[];
}

const AD = "(?:advertisement|advertising|advert|ad|ads|publicity|commercial|pub)";

export const CHROME_PHRASES: readonly ChromePhrase[] = [
  {
    french: "Lire aussi",
    english: [
      "read also", "also read", "to read also", "to also read", "also to read", "to read too", "read too",
      "to read as well", "read as well", "also worth reading", "to read", "read more", "to read more",
    ],
    frenchForms: ["(?:à )?lire aussi", "(?:à )?lire également", "lire la suite", "lire plus"],
    tail: "headline",
    inline: ["read also", "also read", "to read also"],
  },
  {
    french: "Voir aussi",
    english: [
      "see also", "also see", "to see also", "also to see", "to see too", "see too", "on the same subject",
      "on the same topic", "in the same section", "to find out more", "to know more", "to learn more", "learn more",
      "find out more", "(?:to see )?also in video", "(?:to )?see also in video", "watch the video",
    ],
    frenchForms: [
      "(?:à )?voir aussi", "(?:à )?voir également", "sur le même sujet", "dans la même rubrique", "en savoir plus",
      "pour en savoir plus", "(?:à voir )?(?:aussi )?en vidéo",
    ],
    tail: "headline",
    needsSeparator: true,
  },
  {
    french: "La suite après cette publicité",
    english: [
      `(?:the )?(?:rest|continuation|remainder|sequel|suite|following|next|continued)(?: of (?:the|this) (?:article|text|story|page))?(?: is)? (?:after|below|under|beneath|following) (?:this|the|that|an) ${AD}(?: break)?`,
      `(?:the )?(?:article|story|text|reading) (?:continues?|resumes?|goes on) (?:after|below|under|beneath) (?:this |the |an )?${AD}(?: break)?`,
      `continue reading (?:after|below|under) (?:this|the) ${AD}`,
    ],
    frenchForms: [
      "la suite (?:après|sous) (?:cette|la) (?:publicité|pub)",
      "l['’]article continue (?:après|sous) (?:cette|la) publicité",
    ],
    tail: "none",
    inline: [
      `(?:the )?(?:rest|continuation|remainder|sequel|suite)(?: of (?:the|this) (?:article|text|story))?(?: is)? (?:after|below|under|beneath) (?:this|the|that|an) ${AD}`,
      `(?:the )?(?:article|story|text) (?:continues?|resumes?) (?:after|below|under|beneath) (?:this |the |an )?${AD}`,
      "la suite après cette publicité",
    ],
  },
  {
    french: "Publicité",
    english: ["advertisement", "advertisements", "ad", "sponsored content", "sponsored", "partner content"],
    frenchForms: ["publicité", "contenu (?:sponsorisé|commandité|partenaire)"],
    tail: "none",
  },
  {
    // "Advertising" alone can be a subheading of an article about advertising.
    french: "Publicité",
    english: ["advertising"],
    frenchForms: [],
    tail: "none",
    unsafe: true,
  },
  {
    french: "Ouvrir en mode plein écran",
    english: [
      "open in full[- ]?screen(?: mode)?", "open (?:the )?(?:image|photo|picture|video|gallery) in full[- ]?screen(?: mode)?",
      "open full[- ]?screen(?: mode)?", "(?:view|see|display|watch|switch to|go) (?:in )?full[- ]?screen(?: mode)?",
      "full[- ]?screen(?: mode)?", "(?:close|exit|leave|quit) (?:the )?full[- ]?screen(?: mode)?",
      "enlarge(?: the)? (?:image|photo|picture|photos|images)", "enlarge",
    ],
    frenchForms: ["ouvrir en (?:mode )?plein écran", "(?:mode )?plein écran", "(?:fermer|quitter) (?:le )?(?:mode )?plein écran", "agrandir(?: l['’](?:image|photo))?"],
    tail: "none",
    inline: ["open in full[- ]?screen mode", "ouvrir en mode plein écran"],
  },
  {
    french: "Voir le profil",
    english: [
      "see (?:the |his |her |their |its |full )?profile", "view (?:the |his |her |their |its |full )?profile",
      "see the (?:full )?profile", "consult (?:the|his|her|their) profile", "to see the profile", "see the author(?:['’]s)? profile",
      "view author profile", "see author profile",
    ],
    frenchForms: ["voir (?:le|son) profil", "consulter (?:le|son) profil"],
    tail: "none",
  },
  {
    french: "Écouter l'article",
    english: [
      "listen to (?:the|this) (?:article|story|text|report|audio version)", "listen to (?:the|this) audio(?: version)?",
      "listen to it", "listen", "(?:play|hear) (?:the|this) article", "audio version(?: of (?:the|this) article)?",
      "this article is available in audio(?: version)?",
    ],
    frenchForms: ["écouter (?:l['’]|cet )article", "écouter", "version audio"],
    tail: "duration",
  },
  {
    french: "Temps de lecture : 4 min",
    english: [
      "reading time\\s*:?\\s*\\d+\\s*(?:min|mins|minutes?|mn)\\.?", "reading\\s*:\\s*\\d+\\s*(?:min|mins|minutes?|mn)\\.?",
      "\\d+\\s*(?:min|mins|minutes?|mn)\\.? (?:read|reading)(?: time)?",
      "(?:estimated )?reading time(?: of)? (?:about |approximately )?\\d+\\s*(?:min|mins|minutes?|mn)\\.?",
    ],
    frenchForms: ["(?:temps de )?lecture\\s*:?\\s*\\d+\\s*(?:min|mn|minutes?)\\.?"],
    tail: "none",
  },
  {
    french: "Partager",
    english: [
      "share", "shares", "to share", "share (?:this|the) (?:article|story|page|post|video|content|photo|publication)",
      "share this", "share (?:it )?(?:on|via|by|with|through) (?:facebook|twitter|x|linkedin|whatsapp|messenger|e-?mail|mail|pinterest|reddit|bluesky|threads|telegram|sms)",
      "share (?:the link|link)", "copy (?:the )?link", "link copied", "send by e-?mail", "send (?:this|the) article(?: by e-?mail)?",
      "send to a friend", "email (?:this|the) article", "print", "print (?:this|the) article",
    ],
    frenchForms: [
      "partager(?: (?:cet|l['’])article)?", "partager sur (?:facebook|twitter|x|linkedin|whatsapp)", "partager par (?:courriel|e-?mail)",
      "copier le lien", "envoyer par (?:courriel|e-?mail)", "imprimer(?: l['’]article)?",
    ],
    tail: "none",
  },
  {
    french: "Abonnez-vous à notre infolettre",
    english: [
      "(?:subscribe|sign up|sign-up|signup|register|registering|sign on|enroll|join)(?: now)?(?: (?:to|for))? (?:our|the|this|my) (?:free |daily |weekly |morning |evening )?(?:newsletters?|infolettres?|e-?newsletters?|bulletins?)",
      "(?:receive|get|discover) our (?:free |daily |weekly )?newsletters?", "our newsletters?", "(?:the )?newsletters?",
      "(?:i )?subscribe to the newsletter", "newsletter subscription", "to subscribe to (?:our|the) newsletters?",
    ],
    frenchForms: [
      "(?:abonnez-vous|inscrivez-vous|s['’]inscrire|s['’]abonner) à (?:notre|la|nos) (?:newsletters?|infolettres?|lettres? d['’]information)",
      "(?:notre )?(?:infolettre|newsletter)",
    ],
    tail: "newsletter",
    inline: ["(?:subscribe|sign up|register) (?:to|for) our (?:free |daily )?newsletters?"],
  },
  {
    french: "Je m'abonne / Déjà abonné ? Se connecter",
    english: [
      "subscribe", "subscribe now", "i subscribe", "subscribe here", "become a subscriber", "to subscribe",
      "(?:are you |you are )?already (?:a )?(?:subscriber|subscribed)\\s*\\??\\s*(?:(?:log|sign) ?in|login|connect|to connect|log on|identify yourself|i log in|i connect|connection|login here|log in here)?",
      "log ?in", "login", "sign in", "log out", "logout", "sign out", "i log in", "create an account",
    ],
    frenchForms: [
      "je m['’]abonne", "s['’]abonner", "abonnez-vous", "déjà abonné\\s*\\?\\s*(?:se connecter|connectez-vous|je me connecte|connexion)?",
      "se connecter", "créer un compte",
    ],
    tail: "none",
    inline: [
      "already (?:a )?(?:subscriber|subscribed)\\s*\\?\\s*(?:(?:log|sign) ?in|login|connect|log on)",
    ],
  },
  {
    french: "Réservé aux abonnés",
    english: [
      "(?:this )?(?:article|content|story|text|page) (?:is )?(?:reserved|restricted) (?:for|to) (?:our )?(?:subscribers|members)",
      "(?:reserved|restricted) (?:for|to) (?:our )?(?:subscribers|members)", "(?:for )?subscribers only", "exclusive to subscribers",
      "subscriber (?:content|article|exclusive)", "premium (?:content|article)",
      "(?:the )?(?:rest|continuation|remainder|sequel|suite)(?: of (?:this|the) (?:article|text))? is (?:reserved|restricted) (?:for|to) (?:our )?(?:subscribers|members)",
      "you have (?:\\d+|\\w+) % of this article left to read\\. the rest is (?:reserved|restricted) (?:for|to) (?:our )?subscribers",
      "you (?:have|still have) (?:\\d+|\\w+) ?% of (?:this|the) article (?:left )?to read", "(?:\\d+|\\w+) ?% of (?:this|the) article (?:remains|is left) to (?:be )?read",
      "to read the (?:rest|remainder|continuation|full article|whole article)(?: of (?:this|the) article)?,? (?:subscribe|log in|sign in|become a subscriber)(?: now)?",
      "subscribe (?:now )?to (?:read|access|continue reading|unlock) (?:the rest|the full article|this article|more|all our (?:content|articles))",
      "(?:get |enjoy )?unlimited access(?: to (?:all )?(?:our )?(?:content|articles|journalism|the site))?", "(?:access|read) all our (?:content|articles)(?: without limits?)?",
      "you have read (?:\\d+|\\w+) (?:of (?:your )?(?:\\d+|\\w+) )?(?:free )?articles?(?: this month)?", "you have (?:\\d+|\\w+) (?:free )?articles? (?:left|remaining)(?: this month)?",
      "(?:discovery|special|limited[- ]time|introductory) offer", "already registered\\s*\\??\\s*(?:(?:log|sign) ?in)?",
      "(?:this )?(?:article|content) (?:is )?(?:available|accessible) (?:only )?(?:to|for) (?:our )?(?:subscribers|members)",
    ],
    frenchForms: [
      "(?:article |contenu )?réservé aux abonnés", "la suite est réservée aux abonnés", "contenu abonnés?",
      "il vous reste (?:\\d+|\\w+) ?% de cet article à lire", "pour lire la suite,? (?:abonnez-vous|connectez-vous)", "accès illimité(?: à (?:tous )?nos contenus)?",
      "offre (?:découverte|spéciale|limitée)",
    ],
    tail: "none",
    inline: [
      "(?:the )?(?:rest|continuation|remainder|sequel|suite)(?: of (?:this|the) (?:article|text))? is (?:reserved|restricted) (?:for|to) (?:our )?subscribers",
    ],
  },
  {
    french: "Les plus lus / À ne pas manquer / Sur le même thème",
    english: [
      "(?:the )?most (?:read|popular|viewed|shared|commented)(?: (?:articles|stories|news))?", "trending(?: now| news| topics)?",
      "top stories", "related(?: (?:articles?|stories|content|news|links|topics|posts))?", "recommended(?: for you| articles| reading)?",
      "you (?:may|might|could|will) also (?:like|enjoy|be interested in|read)", "you (?:may|might) be interested in", "also of interest",
      "(?:don['’]t|do not|not to) miss", "not to be missed", "our (?:selection|picks|recommendations)", "editor['’]?s['’]? (?:picks?|choice|selection)",
      "in the same (?:section|category|theme|file|series)", "on the same (?:theme|themes|subject)", "(?:the )?latest (?:news|articles|stories|headlines)",
      "more (?:news|stories|articles)(?: (?:on|about|from) (?:this|the same) (?:topic|subject|theme))?", "in (?:the )?same (?:vein|category)",
      "elsewhere on the (?:site|web)", "read (?:our|the) (?:file|dossier|special report)",
    ],
    frenchForms: [
      "(?:les )?(?:plus lus|\\+ lus|plus partagés|plus commentés)", "à ne pas manquer", "notre sélection", "(?:vous )?(?:aimerez|pourriez aimer) (?:aussi|également|peut-être aussi)",
      "articles? (?:liés?|similaires|connexes|recommandés)", "(?:dans|sur) (?:la même rubrique|le même thème)", "les dernières (?:actualités|nouvelles|infos)",
      "notre dossier", "(?:à )?découvrir (?:aussi|également)",
    ],
    tail: "headline",
    needsSeparator: true,
  },
  {
    french: "Suivez-nous sur Facebook",
    english: [
      "follow us(?: (?:on|via) (?:facebook|twitter|x|instagram|linkedin|tiktok|youtube|threads|bluesky|mastodon|google news|whatsapp|telegram)(?:(?:,| and| or|,? &) (?:facebook|twitter|x|instagram|linkedin|tiktok|youtube|threads|bluesky|mastodon|google news|whatsapp|telegram))*)?(?: for (?:more|the latest)(?: news| updates)?)?",
      "(?:find|join|like) us on (?:facebook|twitter|x|instagram|linkedin|tiktok|youtube|threads|bluesky|mastodon|google news|whatsapp|telegram)(?:(?:,| and| or) (?:facebook|twitter|x|instagram|linkedin|tiktok|youtube|threads|bluesky|mastodon|google news|whatsapp|telegram))*",
      "follow (?:the author|the journalist|this author|this journalist|the live|our live|the live coverage)",
      "follow @[\\w.]+(?: on (?:facebook|twitter|x|instagram|linkedin|tiktok|youtube|threads|bluesky|mastodon|google news|whatsapp|telegram))?", "follow (?:him|her|them) on (?:facebook|twitter|x|instagram|linkedin|tiktok|youtube|threads|bluesky|mastodon|google news|whatsapp|telegram)",
      "(?:get|receive) (?:the latest )?(?:alerts|notifications|push notifications)", "(?:turn on|enable|activate) (?:the )?notifications",
    ],
    frenchForms: [
      "(?:suivez|retrouvez|rejoignez)-nous(?: sur (?:facebook|twitter|x|instagram|linkedin|tiktok|youtube|threads|bluesky|mastodon|google news|whatsapp|telegram)(?:(?:,| et| ou) (?:facebook|twitter|x|instagram|linkedin|tiktok|youtube|threads|bluesky|mastodon|google news|whatsapp|telegram))*)?",
      "suivre (?:l['’]auteur|ce journaliste|le direct)", "(?:activer|activez) les notifications",
    ],
    tail: "none",
  },
  {
    french: "À propos de l'auteur / Voir tous ses articles",
    english: [
      "about the (?:author|journalist|writer)", "(?:see|view|read|all) (?:all )?(?:his|her|their|the author['’]s|the journalist['’]s) (?:articles|stories|posts|publications)",
      "(?:see|view|read) all (?:the )?(?:articles|stories|posts)(?: (?:by|of|from) (?:this|the) (?:author|journalist|writer))?",
      "more (?:articles|stories|posts) (?:by|from) (?:this|the) (?:author|journalist|writer)", "(?:the )?other articles (?:by|of) (?:this|the) (?:author|journalist)",
      "(?:see|view) (?:more|all) (?:from|by) (?:this|the) (?:author|journalist)",
    ],
    frenchForms: ["à propos de l['’]auteur", "voir tous (?:ses|les) articles(?: de l['’]auteur)?", "tous (?:ses|les) articles(?: de l['’]auteur)?", "(?:les )?autres articles de l['’]auteur"],
    tail: "none",
  },
  {
    french: "Ajouter à mes favoris / Réagir",
    english: [
      "add to (?:my |your )?(?:favou?rites|list|reading list|selection|bookmarks)", "save (?:this|the) article",
      "(?:\\d+ )?comments?", "leave a comment", "(?:to )?react", "(?:to )?comment(?: (?:on )?(?:this|the) article)?",
      "see (?:the )?comments", "view comments", "\\d+ reactions?",
    ],
    frenchForms: ["ajouter à (?:mes )?favoris", "(?:\\d+ )?commentaires?", "réagir", "commenter", "voir les commentaires"],
    tail: "none",
  },
];

/**
 * Regex sources (lower case) of which every `inline` rendering above contains
 * at least one: a cheap gate before the inline patterns run on a line.
 */
export const INLINE_HINTS: readonly string[] = [
  "advert", "\\bads?\\b", "publicit", "\\bpub\\b", "commercial", "screen", "écran", "newsletter", "subscri", "read also",
  "also read",
];

/** *Publié le* / *Mis à jour le*: the words before the date of a dateline of the page. */
export const DATE_LINE_PREFIXES: readonly string[] = [
  "published(?: on(?: the)?| the)?", "first published(?: on)?", "publication(?: date)?(?: on)?", "posted(?: on(?: the)?| the)?",
  "updated(?: on(?: the)?| the)?", "last updated(?: on)?", "update(?: on)?", "last update(?: on)?", "modified(?: on)?",
  "last modified(?: on)?", "put online(?: on(?: the)?| the)?", "put on line(?: on)?", "uploaded(?: on)?", "online since",
  "online(?: on)?", "released(?: on)?", "publié(?: le)?", "mis à jour(?: le)?", "mise à jour(?: le)?", "mis en ligne(?: le)?",
  "modifié(?: le)?", "en ligne depuis",
];

/** Month names and abbreviations, English then French (lower case). */
export const MONTHS: readonly string[] = [
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
  "janv", "févr", "avr", "juil", "déc",
];

/** Weekday names, English then French (lower case). */
export const WEEKDAYS: readonly string[] = [
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
];

/** Time-zone labels that follow a time on a dateline. */
export const TIME_ZONES: readonly string[] = [
  "et", "est", "edt", "pt", "pst", "pdt", "cet", "cest", "gmt", "utc", "bst", "he", "hne", "hae", "paris time",
  "local time", "quebec time", "montreal time", "eastern time", "heure de paris", "heure locale", "heure de l['’]est",
];

/** Words of a share toolbar (`Share Facebook Twitter E-mail`), lower case. */
export const SHARE_NETWORKS: ReadonlySet<string> = new Set([
  "facebook", "twitter", "x", "linkedin", "whatsapp", "messenger", "pinterest", "reddit", "telegram", "bluesky",
  "threads", "instagram", "tiktok", "flipboard", "mastodon", "sms",
]);
export const SHARE_WORDS: ReadonlySet<string> = new Set([
  "share", "partager", "print", "imprimer", "email", "e-mail", "mail", "courriel", "copy", "link", "copier", "lien",
  "send", "envoyer", "comment", "comments", "commenter", "save", "favorites", "favourites", "favoris",
]);

/**
 * Words that open a photo or video credit line (`Photo: AFP`, *Crédit photo :*
 * → `Photo credit:`), matched case-insensitively before a colon or `©`.
 */
export const CREDIT_LABELS: readonly string[] = [
  "photos?", "photograph", "photo credits?", "credit photos?", "credits? photos?", "photo and video", "photos and videos",
  "image", "images", "credits?", "picture", "pictures", "illustration", "illustration photo", "photo illustration",
  "photomontage", "video", "videos", "video credits?", "credit video", "archive photo", "archives photo", "photo archives?",
  "file photo", "photo d['’]archives?", "crédits? photos?", "crédits? vidéos?", "vidéo", "source photo", "photo source",
];

/**
 * Agencies and papers that end an ALL-CAPS credit without a colon
 * (La Presse style: `PHOTO OLIVIER JEAN, LA PRESSE`).
 */
export const CREDIT_AGENCIES: readonly string[] = [
  "AFP", "REUTERS", "AP", "ASSOCIATED PRESS", "PC", "LA PRESSE CANADIENNE", "THE CANADIAN PRESS", "CANADIAN PRESS",
  "LA PRESSE", "LE DEVOIR", "GETTY IMAGES", "EPA", "EPA-EFE", "ARCHIVES", "ARCHIVES AFP", "RADIO-CANADA", "CBC",
  "SHUTTERSTOCK", "ISTOCK", "BELGA", "KEYSTONE", "ANSA", "DPA", "XINHUA", "ABACA", "MAXPPP", "SIPA", "HANDOUT",
];

/**
 * The only lower-case words a credit holds (`Photo: courtesy of the family`,
 * `Radio-Canada / archives`); any other (`Video: Macron arrives in Kyiv`)
 * makes the line a title or a caption, not a credit.
 */
export const CREDIT_LOWERCASE: ReadonlySet<string> = new Set([
  "via", "for", "and", "of", "the", "by", "with", "from", "courtesy", "archives", "archive", "file", "handout", "provided",
  "submitted", "supplied", "screenshot", "screen", "capture", "illustration", "photo", "photos", "video", "pool", "staff",
  "de", "du", "des", "la", "le", "les", "et", "pour", "avec", "d'archives", "d’archives", "fournie", "gracieuseté", "d'écran",
  "d’écran",
]);
