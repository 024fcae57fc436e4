/**
 * French and Québec names that machine translation renders word by word, and
 * names that show a French honorific is meant.
 *
 *  - PARTICLE_SURNAMES: surnames with a particle (`Le Drian`, `de Gaulle`)
 *    and the literal renderings MT produces (`the Drian`, `of Gaulle`), with
 *    the given names that make the pattern certain.
 *  - FRENCH_MEDIA: newspapers and magazines whose names have a literal
 *    translation (`Le Parisien` → `The Parisian`). `cue`: how sure a rendering
 *    is once a word like `newspaper` or `daily` stands next to it ("safe": no
 *    English title of that name is known; "suggest": one exists, as `The
 *    World` or `The Press`). `reported`: whether `told The Parisian` alone is
 *    already worth a suggestion (false when the rendering is ordinary English
 *    or an English outlet's name).
 *  - FRENCH_GIVEN_NAMES: common French and Québec given names.
 *  - FRENCH_PUBLIC_FIGURES: surnames of French-speaking public figures (and
 *    of leaders French news often cites) that French news writes after
 *    `M.` / `Mme`; none is written with an initial M in English.
 *
 * Source: our own lists, written from general knowledge of French and Québec
 * public life and media. Licence: same as the project.
 */

export interface ParticleSurname {
  /** The name as it is written: `Le Drian`. */
  name: string;
  /** Literal renderings, words separated by one space: `the Drian`. */
  renderings: readonly string[];
  /** Given names (or the first part of a double surname) that go before it. */
  given: readonly string[];
}

export const PARTICLE_SURNAMES: readonly ParticleSurname[] = [
  { name: "Le Drian", renderings: ["the Drian"], given: ["Jean-Yves"] },
  { name: "Le Pen", renderings: ["the Pen"], given: ["Marine", "Jean-Marie", "Marion", "Marie-Caroline"] },
  { name: "Le Maire", renderings: ["the Mayor", "the Maire"], given: ["Bruno"] },
  { name: "Le Foll", renderings: ["the Foll"], given: ["Stéphane"] },
  { name: "Le Gendre", renderings: ["the Son-in-law", "the Gendre"], given: ["Gilles"] },
  { name: "Le Roux", renderings: ["the Roux"], given: ["Bruno"] },
  { name: "Le Guen", renderings: ["the Guen"], given: ["Jean-Marie"] },
  { name: "Le Graët", renderings: ["the Graët"], given: ["Noël"] },
  { name: "Le Clézio", renderings: ["the Clézio", "the Clezio"], given: ["Jean-Marie", "Gustave"] },
  { name: "Le Scouarnec", renderings: ["the Scouarnec"], given: ["Joël"] },
  { name: "Le Goff", renderings: ["the Goff"], given: ["Jacques"] },
  { name: "Le Corbusier", renderings: ["the Corbusier"], given: [] },
  { name: "Le Nôtre", renderings: ["the Nôtre", "the Notre"], given: ["André"] },
  { name: "Le Cam", renderings: ["the Cam"], given: ["Jean"] },
  { name: "Le Bras", renderings: ["the Bras"], given: ["Hervé"] },
  { name: "La Fontaine", renderings: ["the Fontaine", "of La Fontaine", "of the Fountain"], given: ["Jean"] },
  { name: "de Gaulle", renderings: ["of Gaulle"], given: ["Charles", "Yvonne", "Philippe"] },
  { name: "de Villepin", renderings: ["of Villepin"], given: ["Dominique"] },
  { name: "de Villiers", renderings: ["of Villiers"], given: ["Philippe", "Pierre"] },
  { name: "de Rugy", renderings: ["of Rugy"], given: ["François"] },
  { name: "de Montchalin", renderings: ["of Montchalin"], given: ["Amélie"] },
  { name: "de Courson", renderings: ["of Courson"], given: ["Charles"] },
  { name: "d'Estaing", renderings: ["of Estaing"], given: ["Giscard"] },
  { name: "d'Ormesson", renderings: ["of Ormesson"], given: ["Jean"] },
];

export type MediaCue = "safe" | "suggest";

export interface FrenchMedia {
  name: string;
  renderings: readonly string[];
  cue: MediaCue;
  reported: boolean;
}

export const FRENCH_MEDIA: readonly FrenchMedia[] = [
  { name: "Le Parisien", renderings: ["The Parisian"], cue: "safe", reported: true },
  { name: "Le Monde", renderings: ["The World"], cue: "suggest", reported: false },
  { name: "Le Figaro", renderings: ["The Figaro"], cue: "safe", reported: false },
  { name: "Les Échos", renderings: ["The Echoes", "The Echos"], cue: "safe", reported: true },
  { name: "Le Devoir", renderings: ["The Duty"], cue: "safe", reported: true },
  { name: "La Presse", renderings: ["The Press"], cue: "suggest", reported: false },
  { name: "Le Journal de Montréal", renderings: ["The Journal of Montreal", "The Journal of Montréal", "The Montreal Journal"], cue: "safe", reported: true },
  { name: "Le Journal de Québec", renderings: ["The Journal of Quebec", "The Journal of Québec", "The Quebec Journal"], cue: "safe", reported: true },
  { name: "Le Canard enchaîné", renderings: ["The Chained Duck", "The Enchained Duck", "The Chained Canard"], cue: "safe", reported: true },
  { name: "La Croix", renderings: ["The Cross"], cue: "safe", reported: false },
  { name: "L'Équipe", renderings: ["The Team"], cue: "safe", reported: false },
  { name: "Le Journal du Dimanche", renderings: ["The Sunday Journal", "The Journal of Sunday"], cue: "safe", reported: true },
  { name: "La Voix du Nord", renderings: ["The Voice of the North"], cue: "safe", reported: true },
  { name: "Le Point", renderings: ["The Point"], cue: "suggest", reported: false },
  { name: "L'Express", renderings: ["The Express"], cue: "suggest", reported: false },
  { name: "Le Nouvel Obs", renderings: ["The New Obs", "The New Observer"], cue: "safe", reported: true },
  { name: "Le Temps", renderings: ["The Time"], cue: "safe", reported: false },
  { name: "Le Soleil", renderings: ["The Sun"], cue: "suggest", reported: false },
  { name: "Le Droit", renderings: ["The Right"], cue: "suggest", reported: false },
  { name: "Le Progrès", renderings: ["The Progress"], cue: "suggest", reported: false },
  { name: "Ouest-France", renderings: ["West France", "West-France"], cue: "safe", reported: true },
  { name: "Sud Ouest", renderings: ["South West", "Southwest"], cue: "suggest", reported: false },
  { name: "Le Dauphiné libéré", renderings: ["The Liberated Dauphiné", "The Freed Dauphiné", "The Dauphiné Liberated"], cue: "safe", reported: true },
  { name: "Jeune Afrique", renderings: ["Young Africa"], cue: "safe", reported: true },
  { name: "L'Humanité", renderings: ["Humanity"], cue: "safe", reported: false },
];

/** Words that name a publication when they stand right before or after its title. */
export const MEDIA_CUE_WORDS: ReadonlySet<string> = new Set([
  "newspaper", "newspapers", "daily", "weekly", "magazine", "newsmagazine", "paper", "tabloid", "broadsheet",
  "publication",
]);

export const FRENCH_GIVEN_NAMES: ReadonlySet<string> = new Set([
  "Alain", "Alexandre", "Amélie", "André", "Anne", "Annie", "Antoine", "Arnaud", "Aurélien", "Benoît", "Bernard",
  "Brigitte", "Bruno", "Catherine", "Cécile", "Charles", "Christiane", "Christine", "Christophe", "Claude",
  "Clément", "Danielle", "Didier", "Dominique", "Édouard", "Élisabeth", "Emmanuel", "Éric", "Fabien", "Florence",
  "François", "Françoise", "Frédéric", "Gabriel", "Geneviève", "Gérald", "Gérard", "Gilles", "Guillaume", "Hélène",
  "Henri", "Hervé", "Isabelle", "Jacques", "Jean", "Jean-Claude", "Jean-François", "Jean-Luc", "Jean-Marc",
  "Jean-Marie", "Jean-Michel", "Jean-Noël", "Jean-Paul", "Jean-Pierre", "Jean-Yves", "Jérôme", "Joël", "Julien",
  "Laurent", "Lionel", "Louis", "Luc", "Manon", "Marc", "Marie", "Marie-Caroline", "Marine", "Marion", "Martine",
  "Mathilde", "Michel", "Michèle", "Nathalie", "Nicolas", "Noël", "Olivier", "Pascal", "Patrick", "Philippe",
  "Pierre", "Pierre-Yves", "Rachida", "Raphaël", "Rémi", "Sébastien", "Ségolène", "Simone", "Sophie", "Stéphane",
  "Sylvie", "Thierry", "Valérie", "Valéry", "Xavier", "Yannick", "Yves", "Yvonne",
]);

export const FRENCH_PUBLIC_FIGURES: ReadonlySet<string> = new Set([
  // France
  "Attal", "Ayrault", "Balladur", "Bardella", "Barnier", "Barrot", "Bayrou", "Bertrand", "Borne", "Bruni",
  "Castex", "Cazeneuve", "Chirac", "Ciotti", "Cresson", "Darmanin", "Dati", "Fabius", "Faure", "Fillon",
  "Glucksmann", "Hidalgo", "Hollande", "Jospin", "Juppé", "Lecornu", "Macron", "Mélenchon", "Mitterrand",
  "Montebourg", "Moscovici", "Pécresse", "Philippe", "Raffarin", "Retailleau", "Rocard", "Roussel", "Royal",
  "Ruffin", "Sarkozy", "Valls", "Véran", "Wauquiez", "Zemmour", "Dupond-Moretti", "Lagarde", "Kohler",
  // Québec and Canada
  "Legault", "Couillard", "Charest", "Marois", "Lévesque", "Bourassa", "Plante", "Blanchet", "Trudeau", "Carney",
  "Poilievre", "Nadeau-Dubois", "Guilbault", "Jolin-Barrette", "Duclos", "Champagne", "Joly", "Mulcair",
  // Belgium, Switzerland, Africa
  "Michel", "Di Rupo", "De Croo", "Cassis", "Berset", "Ouattara", "Tshisekedi", "Tebboune", "Sall", "Faye",
  "Biya", "Kagame", "Traoré", "Goïta", "Tiani",
  // leaders French news often names with M./Mme
  "Biden", "Trump", "Obama", "Poutine", "Putin", "Zelensky", "Zelenskyy", "Scholz", "Merkel", "Merz", "Meloni",
  "Sánchez", "Sunak", "Starmer", "Netanyahu", "Erdogan", "Xi", "Lavrov", "Blinken",
]);
