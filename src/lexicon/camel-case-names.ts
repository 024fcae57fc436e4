/**
 * Names written with an inner capital that starts with a lowercase word, so
 * the glued-words rule must never split them. Names that start with a capital
 * (`PayPal`, `McCain`) are never candidates in the first place.
 */
export const CAMEL_CASE_NAMES: ReadonlySet<string> = new Set([
  "theScore", "myHeritage", "myTaxi", "inDrive", "theSkimm", "thePlatform", "myFitnessPal", "theGuardian",
  "onSemi", "upGrad", "anTuTu", "inVision", "isNaN", "toString", "forEach", "onClick", "onLoad",
  "onChange", "inHand", "asEnumerable", "byId",
]);
