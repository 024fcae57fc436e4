/**
 * postedit's version (package.json's), reported by GET /health, the /v2
 * answers and the OpenAPI document, and the date it was released.
 */
export const VERSION = "0.1.0";

/** LanguageTool's `buildDate` format (`YYYY-MM-DD HH:mm`). */
export const BUILD_DATE = "2026-12-02 00:00";
