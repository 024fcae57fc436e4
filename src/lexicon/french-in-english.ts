/**
 * French that English uses: none of these is ever an untranslated leftover.
 * Matching is case-insensitive and ignores diacritics (`detente` = `détente`,
 * `Quebec` = `Québec`); words are compared as the tokenizer splits them, so a
 * hyphen and a space match each other (`laissez faire` = `laissez-faire`), and
 * a plural -s or -x on a one-word entry is accepted (`cafés`, `châteaux`).
 *
 *  - FRENCH_LOANWORDS: words and phrases English borrowed from French, as
 *    listed by English dictionaries (Merriam-Webster, Oxford/Lexico "French
 *    words and phrases used by English speakers"), plus the French terms
 *    English-language news uses untranslated (`gilets jaunes`, `laïcité`,
 *    `banlieues`, `rentrée`) and Canadian English usage (`dépanneur`, `cégep`).
 *  - LATIN_IN_ENGLISH: Latin phrases whose words the French lists know
 *    (`ad valorem`, `habeas corpus`), so they never look French.
 *  - FRENCH_NAMES_IN_ENGLISH: names of institutions, parties, media, places,
 *    people and events that English writes in French, especially those with
 *    lowercase words or a leading article (`Assemblée nationale`, `Le Monde`,
 *    `Quai d'Orsay`); capitalised names need no entry (rules treat any
 *    capitalised run as a name), these are the ones that would otherwise look
 *    like running French.
 *  - FRENCH_PARTIES: party names, which follow a person's name in brackets as
 *    an affiliation, never as a gloss.
 *  - FRENCH_MOTTOS and FRENCH_TITLES: mottos, slogans and sayings, and titles
 *    of works, quoted in French in English text.
 *  - MENTION_CUES: words right before a French expression that show it is
 *    mentioned, not used (`the so-called loi travail`, `French for`).
 *
 * Source: our own lists, written from general knowledge and the dictionaries
 * named above. Licence: same as the project.
 */

export const FRENCH_LOANWORDS: readonly string[] = [
  // single words
  "à-propos", "abattoir", "accoutrement", "adieu", "agent provocateur", "aide-de-camp", "aide-mémoire", "amour", "amuse-bouche",
  "appellation", "après-ski", "arrondissement", "attaché", "au pair", "auteur", "avant-garde", "baccalauréat", "baguette",
  "banlieue", "beau", "belle", "bête noire", "bijou", "bistro", "bistrot", "blasé", "bonbon", "bonhomie", "boudoir",
  "bouillabaisse", "bouillon", "boulangerie", "boules", "bourgeois", "bourgeoisie", "boutique", "brasserie", "brioche", "brûlée",
  "bureau", "cabaret", "café", "cafés", "calèche", "camaraderie", "canapé", "carte blanche", "cause célèbre", "cégep",
  "chaise longue", "champagne", "chanson", "chanteuse", "chargé d'affaires", "charcuterie", "château", "châteaux", "chauffeur",
  "chef", "chef d'œuvre", "chic", "chignon", "cinéma vérité", "cliché", "clientèle", "cloisonné", "cohabitation",
  "communiqué", "concierge", "confrère", "consommé", "cortège", "coterie", "couchette", "coulis", "coup", "coup d'état",
  "coup de grâce", "coup de foudre", "coup de théâtre", "coups d'état", "couture", "couturier", "crème", "crème brûlée",
  "crème de la crème", "crème fraîche", "crêpe", "crêperie", "croissant", "croque-monsieur", "croûton", "cuisine", "cul-de-sac",
  "cuvée", "début", "débutante", "décolleté", "décor", "déjà vu", "démarche", "démodé", "dénouement", "dépanneur",
  "département", "dernier cri", "détente", "détour", "divorcée", "doyenne", "dossier", "éclair", "éclat", "élan", "élite",
  "émigré", "éminence grise", "en bloc", "en masse", "en passant", "en route", "en suite", "enfant terrible", "ennui",
  "entente", "entente cordiale", "entrée", "entrepreneur", "entre nous", "épée", "escargot", "espionnage", "esprit de corps",
  "étude", "exposé", "façade", "fait accompli", "faux", "faux pas", "femme fatale", "fiancé", "fiancée", "film noir",
  "fin de siècle", "flambé", "fleur-de-lis", "fleur-de-lys", "foie gras", "fondue", "force majeure", "fracas", "frappé",
  "gaffe", "garçon", "gendarme", "gendarmerie", "genre", "gîte", "glacé", "gourmand", "gourmet", "grand cru", "grand prix",
  "grandes écoles", "gratin", "habitué", "haute couture", "haute cuisine", "hors d'œuvre", "hors de combat", "idée fixe",
  "ingénue", "je ne sais quoi", "joie de vivre", "jus", "laïcité", "laissez-faire", "laissez-passer", "lamé", "lèse-majesté",
  "liaison", "lingerie", "louche", "lycée", "macramé", "madame", "mademoiselle", "maillot", "maillot jaune", "maître d'",
  "maître d'hôtel", "malaise", "mange-tout", "marché", "matinée", "mélange", "mêlée", "ménage à trois", "menu", "métier",
  "métro", "milieu", "mirage", "mise en place", "mise en scène", "monsieur", "montage", "mot juste", "moulin", "naïf", "naïve",
  "naïveté", "née", "négligée", "noblesse oblige", "nom de guerre", "nom de plume", "nouveau riche", "nouvelle cuisine",
  "nouvelle vague", "objet d'art", "œuvre", "outré", "papier-mâché", "papier mâché", "par excellence", "parvenu", "passé",
  "pastiche", "pâté", "pâtisserie", "peloton", "pétanque", "petit bourgeois", "petit four", "petite", "pièce de résistance",
  "pied-à-terre", "pince-nez", "piqué", "plat du jour", "poutine", "précis", "première", "prêt-à-porter", "prix fixe",
  "protégé", "protégée", "purée", "quiche", "raconteur", "raison d'être", "rapprochement", "ratatouille", "recherché",
  "réclame", "régime", "rendez-vous", "rentrée", "repartee", "repertoire", "résumé", "restaurateur", "riposte", "risqué",
  "rôle", "rosé", "roué", "roulette", "sabotage", "salon", "sang-froid", "sans-papiers", "saucisson", "sauté", "savant",
  "savoir-faire", "savoir-vivre", "séance", "soirée", "soupçon", "souvenir", "soufflé", "sous-chef", "succès de scandale",
  "suède", "tableau vivant", "table d'hôte", "tête-à-tête", "terroir", "touché", "toupée", "tour de force", "tourtière",
  "trompe-l'œil", "troupe", "vichyssoise", "vinaigrette", "vis-à-vis", "voilà", "vol-au-vent", "volte-face", "voyeur",
  // phrases
  "à la", "à la carte", "à la française", "à la mode", "à propos", "ancien régime", "art déco", "art nouveau", "au contraire",
  "au fait", "au naturel", "au revoir", "avant la lettre", "bon appétit", "bon mot", "bon vivant", "bon voyage", "c'est la vie",
  "chacun à son goût", "comme il faut", "cordon bleu", "cordon sanitaire", "coq au vin", "de rigueur", "de trop", "droit de seigneur",
  "du jour", "eau de cologne", "eau de toilette", "en famille", "en plein air", "fête champêtre", "garde-robe", "grande dame",
  "haute école", "l'esprit de l'escalier", "nouveau roman", "ooh là là", "oh là là", "pas de deux", "plus ça change",
  "pot-au-feu", "pot-pourri", "premier cru", "répondez s'il vous plaît", "s'il vous plaît", "sans serif", "soupe du jour",
  "tout court", "tout de suite", "tout le monde", "vin de table", "vive la différence", "belle époque", "cinq à sept",
  // food and drink on English menus
  "steak frites", "moules frites", "tarte tatin", "pain au chocolat", "croque-madame", "crème caramel", "mille-feuille",
  "macaron", "madeleine", "profiterole", "cassoulet", "confit", "gratin dauphinois", "quiche lorraine", "salade niçoise",
  "sole meunière", "steak tartare", "tartare", "bœuf bourguignon", "galette", "galette des rois", "bûche de Noël",
  "café au lait", "café crème", "pain perdu", "crème anglaise", "tarte flambée", "choucroute", "raclette", "omelette",
  "tartine", "terrine", "rillettes", "vin rouge", "vin blanc", "crémant", "beaujolais nouveau", "eau de vie", "digestif",
  "apéritif", "apéro", "sommelier", "nouvelle", "crêpe suzette", "crêpes suzette", "chantilly", "crème pâtissière",
  "gilets jaunes", "gilet jaune", "bonjour", "bonsoir", "merci", "merci beaucoup", "oui", "non", "n'est-ce pas", "mon dieu",
  "mon ami", "mon cher", "ma chère", "zut alors", "sacré bleu", "sacrebleu", "bien sûr", "quelle horreur", "la francophonie",
  "francophonie", "francophone", "anglophone", "allophone", "québécois", "québécoise", "métis", "acadien", "patriote",
  "souverainiste", "indépendantiste", "péquiste", "fleurdelisé", "cabane à sucre", "caisse populaire", "sous-préfet",
  "préfet", "préfecture", "énarque", "agrégation", "grande école", "françafrique", "franc cfa", "burkini",
];

export const LATIN_IN_ENGLISH: readonly string[] = [
  "ad hoc", "ad hominem", "ad infinitum", "ad nauseam", "ad valorem", "a priori", "a posteriori", "bona fide", "bona fides",
  "carpe diem", "caveat emptor", "de facto", "de jure", "de novo", "de minimis", "e pluribus unum", "et al", "et cetera",
  "habeas corpus", "in absentia", "in extremis", "in loco parentis", "in situ", "in toto", "in vitro", "in vivo", "ipso facto",
  "magna carta", "mea culpa", "modus operandi", "modus vivendi", "non sequitur", "per capita", "per diem", "per se",
  "persona non grata", "post mortem", "prima facie", "pro bono", "pro forma", "pro rata", "pro tempore", "quid pro quo",
  "sine die", "sine qua non", "status quo", "sub judice", "sui generis", "terra incognita", "vice versa", "vox populi",
  "annus horribilis", "annus mirabilis", "alma mater", "a mari usque ad mare", "novus ordo seclorum", "fluctuat nec mergitur",
];

export const FRENCH_NAMES_IN_ENGLISH: readonly string[] = [
  // institutions
  "Assemblée nationale", "Assemblée nationale du Québec", "Conseil d'État", "Conseil constitutionnel",
  "Cour de cassation", "Cour des comptes", "Cour d'appel", "Cour suprême", "Conseil des ministres", "Conseil supérieur de la magistrature",
  "Palais Bourbon", "Palais du Luxembourg", "Palais de justice", "Palais de l'Élysée", "Élysée", "Hôtel Matignon", "Matignon",
  "Quai d'Orsay", "Hôtel de Ville", "Hôtel-Dieu", "Académie française", "Banque de France", "Caisse des dépôts",
  "Caisse de dépôt et placement du Québec", "Sûreté du Québec", "Légion d'honneur", "Croix de guerre", "Fête nationale",
  "Fête de la musique", "Saint-Jean-Baptiste", "Sciences Po", "École normale supérieure", "École polytechnique",
  "Institut Pasteur", "Institut de France", "Comédie-Française", "Opéra Garnier", "Opéra Bastille", "Centre Pompidou",
  "Musée d'Orsay", "Musée du Louvre", "Grand Palais", "Petit Palais", "Palais de Tokyo", "Palais des Papes", "Invalides",
  "Hôtel des Invalides", "Arc de Triomphe", "Tour Eiffel", "Notre-Dame", "Notre-Dame de Paris", "Sacré-Cœur",
  "Place de la Concorde", "Place de la République", "Place de la Bastille", "Champs-Élysées", "Rive Gauche", "Rive Droite",
  "Île de la Cité", "Île-de-France", "Côte d'Azur", "Côte d'Ivoire", "Hauts-de-France", "Provence-Alpes-Côte d'Azur",
  "Nouvelle-Aquitaine", "Pays de la Loire", "Centre-Val de Loire", "Bourgogne-Franche-Comté", "Auvergne-Rhône-Alpes",
  "Seine-Saint-Denis", "Val-de-Marne", "Hauts-de-Seine", "Saint-Denis", "Saint-Étienne", "Aix-en-Provence", "Trois-Rivières",
  "Québec", "Montréal", "Lévis", "Chicoutimi", "Saguenay", "Lac-Saint-Jean", "Val-d'Or", "Rouyn-Noranda", "Sept-Îles",
  "Île d'Orléans", "Vieux-Québec", "Vieux-Montréal", "Plateau Mont-Royal", "Mont-Royal", "Rivière-du-Loup", "Baie-Comeau",
  "Saint-Laurent", "Roland-Garros", "Stade de France", "Parc des Princes", "Tour de France", "Vendée Globe",
  "Ligue 1", "Les Bleus", "Les Bleues", "Le Classique", "Paris Saint-Germain", "Olympique de Marseille", "Olympique lyonnais",
  "Françafrique",
  // media
  "Le Monde", "Le Figaro", "Le Parisien", "Le Point", "Le Devoir", "Le Soleil", "Le Droit", "Le Journal de Montréal",
  "Le Journal de Québec", "Le Canard enchaîné", "Le Nouvel Obs", "Le Nouvel Observateur", "Le Temps", "Le Soir", "Le Matin",
  "Le Journal du Dimanche", "Le Monde diplomatique", "Les Échos", "Les Inrockuptibles", "La Presse", "La Presse canadienne",
  "La Croix", "La Tribune", "La Dépêche", "La Voix du Nord", "Libération", "L'Express", "L'Obs", "L'Humanité", "L'Équipe",
  "L'Opinion", "L'Actualité", "Ouest-France", "Charlie Hebdo", "Paris Match", "Marianne", "Mediapart", "France Télévisions",
  "France Info", "franceinfo", "Radio-Canada", "Télé-Québec", "Radio France", "France Inter", "France Culture", "TV5 Monde",
  "TV5Monde", "Jeune Afrique", "Agence France-Presse",
  // people and places with particles
  "Jean-Luc Godard", "Charles de Gaulle", "de Gaulle", "de Tocqueville", "Alexis de Tocqueville", "Antoine de Saint-Exupéry",
  "de Saint-Exupéry", "Simone de Beauvoir", "de Beauvoir", "de Villepin", "Le Pen", "Le Drian", "Le Maire", "Le Corbusier",
  "La Fontaine", "La Rochelle", "Le Havre", "Le Mans", "La Défense", "La Villette", "Le Marais", "Le Bourget", "Les Halles",
  "Saint-Germain-des-Prés", "Montparnasse", "Pigalle", "Belleville", "Trois-Pistoles",
];

export const FRENCH_PARTIES: readonly string[] = [
  "Les Républicains", "Rassemblement national", "Front national", "La France insoumise", "France insoumise", "Parti socialiste",
  "Parti communiste", "Parti communiste français", "Renaissance", "La République en marche", "En marche", "Ensemble",
  "MoDem", "Mouvement démocrate", "Horizons", "Reconquête", "Europe Écologie Les Verts", "Les Écologistes", "Les Verts",
  "Debout la France", "Lutte ouvrière", "Nouveau Parti anticapitaliste", "Union des démocrates et indépendants",
  "Nouveau Front populaire", "Front populaire", "Nupes", "Parti radical", "Union pour un mouvement populaire",
  "Parti québécois", "Bloc québécois", "Coalition avenir Québec", "Québec solidaire", "Parti libéral du Québec",
  "Parti libéral", "Parti conservateur", "Nouveau Parti démocratique", "Parti vert", "Mouvement réformateur",
  "Parti socialiste belge", "Les Engagés", "Ecolo",
];

export const FRENCH_MOTTOS: readonly string[] = [
  "liberté, égalité, fraternité", "liberté égalité fraternité", "je me souviens", "vive la France", "vive la République",
  "vive le Québec libre", "vive le Québec", "honi soit qui mal y pense", "honni soit qui mal y pense", "dieu et mon droit",
  "l'union fait la force", "je maintiendrai", "je suis Charlie", "l'État, c'est moi", "après moi, le déluge",
  "qu'ils mangent de la brioche", "ils ne passeront pas", "on ne passe pas", "on ne lâche rien", "métro, boulot, dodo",
  "laissez les bons temps rouler", "travail, famille, patrie", "paix, travail, patrie", "un peuple, un but, une foi",
  "cogito ergo sum", "noblesse oblige", "plus ça change, plus c'est la même chose", "tout est pardonné",
  "sous les pavés, la plage", "il est interdit d'interdire", "l'enfer, c'est les autres", "maîtres chez nous",
  "égalité, fraternité", "c'est la vie", "à la guerre comme à la guerre",
];

export const FRENCH_TITLES: readonly string[] = [
  "Les Misérables", "À la recherche du temps perdu", "Du côté de chez Swann", "La Marseillaise", "Ô Canada", "Le Petit Prince",
  "L'Étranger", "La Peste", "La Chute", "Huis clos", "L'Être et le néant", "Le Deuxième Sexe", "Madame Bovary",
  "Le Rouge et le Noir", "Les Fleurs du mal", "Les Liaisons dangereuses", "Le Comte de Monte-Cristo", "Les Trois Mousquetaires",
  "Vingt mille lieues sous les mers", "Le Tour du monde en quatre-vingts jours", "Notre-Dame de Paris", "Germinal", "Candide",
  "Bonjour tristesse", "Le Bourgeois gentilhomme", "Le Malade imaginaire", "Le Misanthrope", "Tartuffe", "Cyrano de Bergerac",
  "La Vie en rose", "Ne me quitte pas", "Non, je ne regrette rien", "La Mer", "Clair de lune", "Au clair de la lune",
  "Frère Jacques", "Le Sacre du printemps", "Boléro", "La Bohème", "Carmen", "La Traviata", "Le Déjeuner sur l'herbe",
  "La Liberté guidant le peuple", "Les Demoiselles d'Avignon", "La Grande Illusion", "La Règle du jeu", "Les Quatre Cents Coups",
  "À bout de souffle", "Jules et Jim", "Et Dieu… créa la femme", "Les Parapluies de Cherbourg", "La Haine", "Amélie",
  "Le Fabuleux Destin d'Amélie Poulain", "Intouchables", "Les Intouchables", "La Cage aux folles", "Les Choristes",
  "Portrait de la jeune fille en feu", "Anatomie d'une chute", "Le Dîner de cons", "Astérix", "Tintin", "Les Aventures de Tintin",
  "Un homme et une femme", "Belle de jour", "Au revoir les enfants", "Le Mépris", "Pierrot le fou", "Hiroshima mon amour",
  "Les Yeux sans visage", "La Dolce Vita", "Maria Chapdelaine", "Les Belles-sœurs", "Kamouraska", "Bonheur d'occasion",
  "Les Plouffe", "Les Invasions barbares", "Le Déclin de l'empire américain", "Incendies", "Mommy", "Monsieur Lazhar",
];

/** Words just before a French expression that mark it as mentioned, not used. */
export const MENTION_CUES: readonly string[] = [
  "french for", "in french", "french word", "french words", "french term", "french phrase", "french expression", "french name",
  "the french call", "french call", "known as", "so called", "so-called", "dubbed", "called", "nicknamed", "named", "titled",
  "entitled", "the motto", "motto", "slogan", "the slogan", "chanting", "chanted", "chant", "shouting", "shouted", "crying",
  "banner reading", "sign reading", "placards reading", "reading", "the word", "the term", "the phrase", "the expression",
  "what the french call", "what québécois call", "literally", "meaning", "a k a", "aka",
];
