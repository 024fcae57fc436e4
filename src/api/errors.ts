/**
 * One error format for every failure: `{ error: { code, message, details? } }`.
 * Handlers throw `ApiError`; `onError` turns it (and anything unexpected) into
 * that JSON.
 */
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";

export type ErrorCode =
  | "invalid_json"
  | "invalid_request"
  | "unknown_rule"
  | "unknown_finding"
  | "stale_finding"
  | "unsupported_media_type"
  | "payload_too_large"
  | "not_found"
  | "method_not_allowed"
  /** 401: a hook secret is configured and the request is unsigned, badly signed or too old. */
  | "invalid_signature"
  /** 400: a hook's `policy` names an unknown category, rule or severity. */
  | "invalid_policy"
  /** 404: no such review, or it expired. */
  | "review_not_found"
  /** 409: the review is completed; decisions can no longer change. */
  | "review_completed"
  /** 503: the review database has no tables (its migrations were never applied); the message says how to apply them. */
  | "storage_not_ready"
  | "internal_error";

export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export function errorBody(code: ErrorCode, message: string, details?: unknown) {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}

export function handleError(error: Error, c: Context): Response {
  if (error instanceof ApiError) {
    return c.json(errorBody(error.code, error.message, error.details), error.status);
  }
  if (error instanceof HTTPException) {
    const status = error.status as ContentfulStatusCode;
    return c.json(errorBody(status === 413 ? "payload_too_large" : "invalid_request", error.message || "request rejected"), status);
  }
  console.error("postedit: internal error", error);
  return c.json(errorBody("internal_error", "postedit failed on this request; the failure was logged"), 500);
}
