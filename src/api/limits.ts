/**
 * Documented size limits (README, "Limits").
 */

/** Longest `text` accepted, in UTF-16 code units (about 1 MB of prose). */
export const MAX_TEXT_LENGTH = 1_000_000;

/** Largest request body in bytes: the text, JSON-escaped, plus findings sent back to /v1/apply. */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;

/** Most findings one /v1/apply request may carry. */
export const MAX_FINDINGS = 50_000;
