/**
 * French honorifics and titles that machine translation leaves abbreviated
 * (`M. Bayrou`, `Mme Borne`, `Me Dupond`), with the English form to use.
 * `english: null` means there is no one-word equivalent: flag only.
 * Source: our own list (French typographic usage: Lexique des règles
 * typographiques; English: AP and Chicago style). Licence: same as the project.
 */

export interface FrenchHonorific {
  /** The English abbreviation, or null when the title has none. */
  english: string | null;
  meaning: string;
}

export const FRENCH_HONORIFICS: Readonly<Record<string, FrenchHonorific>> = {
  M: { english: "Mr.", meaning: "Monsieur" },
  MM: { english: "Messrs.", meaning: "Messieurs" },
  Mme: { english: "Ms.", meaning: "Madame" },
  Mlle: { english: "Ms.", meaning: "Mademoiselle" },
  Mmes: { english: null, meaning: "Mesdames" },
  Mlles: { english: null, meaning: "Mesdemoiselles" },
  Me: { english: null, meaning: "Maître, the title of a lawyer" },
  Pr: { english: "Prof.", meaning: "Professeur" },
};

/**
 * Names after which `Mme` is part of a title English keeps as it is:
 * historical and fictional figures (`Mme Curie`, `Mme Bovary`).
 */
export const HONORIFIC_KEPT_BEFORE: ReadonlySet<string> = new Set([
  "Curie", "Bovary", "Tussaud", "Tussauds", "Butterfly", "Récamier", "Roland", "Defarge", "Verdurin", "Pompadour",
  "Bonaparte", "Sans-Gêne", "Guillotine", "Web",
]);
