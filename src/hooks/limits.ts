/**
 * The hook's limits (README, "Publish hook"): a CMS payload carries the
 * article more than once (Ghost sends html, lexical and plaintext), hence a
 * body limit above the fields' total.
 */

/** Largest webhook body, in bytes. */
export const MAX_HOOK_BODY_BYTES = 4 * 1024 * 1024;

/** Most fields checked in one delivery (Contentful counts each locale of a field). */
export const MAX_HOOK_FIELDS = 64;

/** Longest field, in UTF-16 code units (about 30,000 words). */
export const MAX_FIELD_LENGTH = 200_000;

/** Longest total of all fields, in UTF-16 code units. */
export const MAX_FIELDS_TOTAL = 500_000;

/** Longest delivery id (webhook-id, idempotency key). */
export const MAX_DELIVERY_ID_LENGTH = 256;
