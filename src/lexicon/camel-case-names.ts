/**
 * Names written with an inner capital (brands, products, people, places), so
 * the glued-words rules must never split them: `TikTok`, `McCain`, `iPad`,
 * `easyJet`. Besides this list, the rules have structural guards (a name
 * starting with a capital is only ever split before a function word or a verb
 * of saying; `Mc`, `Mac`, `De`, `Di`, `La`, `O'` prefixes never), so the list
 * holds mainly names those guards would not catch, plus the well-known ones
 * for the tests.
 *
 * Source: our own list, from brands and names common in news copy (English,
 * French, Québec). Public domain.
 */
export const CAMEL_CASE_NAMES: ReadonlySet<string> = new Set([
  // Lowercase start: candidates for `theNorth`-type glue.
  "theScore", "myHeritage", "myTaxi", "inDrive", "theSkimm", "thePlatform", "myFitnessPal", "theGuardian",
  "onSemi", "upGrad", "anTuTu", "inVision", "isNaN", "toString", "forEach", "onClick", "onLoad",
  "onChange", "inHand", "asEnumerable", "byId",
  "easyJet", "easyHotel", "easyGroup", "airBaltic", "iPhone", "iPad", "iPod", "iMac", "iCloud", "iTunes",
  "eBay", "ePrix", "eSports", "eDreams", "youGov", "smartThings", "openSUSE", "freeCodeCamp", "hiQ", "bioRxiv",
  "medRxiv", "jQuery", "nVidia", "eToro", "ownCloud", "nextCloud", "macOS", "watchOS", "tvOS", "iOS", "iPadOS",
  "visionOS", "webOS", "mRNA", "pH", "kWh", "mAh", "theCUBE", "dailyMotion", "bitCoin", "payLah", "mySpace",
  "goFundMe", "toGo", "oneWorld", "skyTeam", "starAlliance", "lastMinute", "weTransfer", "doctoLib",
  // Capital start: never split, whatever the structural guards say.
  "TikTok", "GitHub", "GitLab", "TimeWarner", "McCain", "McDonald", "McDonalds", "McKinsey", "McConnell",
  "McCarthy", "McGill", "McMaster", "DiCaprio", "DiMaggio", "MacArthur", "MacDonald", "MacKenzie",
  "MacBook", "MacGyver", "O'Neill", "O'Brien", "O'Connor", "PayPal", "LinkedIn", "FedEx", "WhatsApp",
  "PowerPoint", "YouTube", "JPMorgan", "BlackRock", "BlackBerry", "SpaceX", "OpenAI", "DeSantis",
  "LaGuardia", "DeLay", "DeVos", "DeGaulle", "LeBron", "LaFontaine", "DuPont", "VanHollen", "FaceTime",
  "AirBnB", "WeChat", "WeWork", "SoundCloud", "DropBox", "HuffPost", "BuzzFeed", "PlayStation", "SmackDown",
  "MasterCard", "MasterChef", "EasyJet", "RyanAir", "AstraZeneca", "GlaxoSmithKline", "BioNTech", "TotalEnergies",
  "ArcelorMittal", "BlaBlaCar", "DailyMotion", "SoftBank", "MicroStrategy", "CoinBase", "DoorDash", "StubHub",
  "TripAdvisor", "TaskRabbit", "ZipRecruiter", "SiriusXM", "PricewaterhouseCoopers", "ExxonMobil",
  "ConocoPhillips", "JetBlue", "WestJet", "AirAsia", "EuroNews", "TechCrunch", "HydroQuébec", "VidéoTron",
  "LeMonde", "LaPresse", "CineGroupe", "SaskTel", "TransCanada", "PetroCanada", "CanWest", "RioTinto",
  "QAnon", "MySpace", "NetFlix", "UberEats", "WordPress", "JavaScript", "TypeScript", "GoPro", "PayLah",
  "YouGov", "ParisMatch", "StarAlliance", "SkyTeam", "OneWorld", "ChatGPT", "DeepMind", "DeepSeek",
  "CrowdStrike", "SolarWinds", "FireEye", "PeopleSoft", "SalesForce", "PowerShell", "NordVPN", "OnlyFans",
  // Brands usually written as one plain word, which the glued-words rule would otherwise split when lowercase.
  "Bluesky", "Eurostar", "Mediapart", "Transdev", "Keolis", "Lactalis", "Danone", "Michelin", "Bouygues",
  "Decathlon", "Leclerc", "Carrefour", "Intermarche", "Ubisoft", "Dailymotion", "Deezer", "Qwant", "Criteo",
]);

let lowercaseNames: ReadonlySet<string> | undefined;

/** The names above in lowercase, for tokens written without their capitals (`soundcloud`, `onlyfans`). */
export function isCamelCaseNameInAnyCase(word: string): boolean {
  lowercaseNames ??= new Set([...CAMEL_CASE_NAMES].map((name) => name.toLowerCase()));
  return lowercaseNames.has(word.toLowerCase());
}

/**
 * Name particles: a capitalised word starting with one of them followed by a
 * capital is a surname (`MacArthur`, `VanDyke`, `DelVecchio`), never glue.
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  "Mc", "Mac", "De", "Di", "Da", "Du", "Des", "Del", "Della", "Dos", "Das", "La", "Le", "Les", "Lo", "Los",
  "Las", "Van", "Von", "Der", "Den", "Ten", "Ter", "San", "Santa", "Saint", "St", "Fitz", "Ap", "Ben", "Bin",
  "Al", "El", "Abu", "Ibn",
]);
