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
  | "unsupported_format"
  | "unsupported_media_type"
  | "payload_too_large"
  | "not_found"
  | "method_not_allowed"
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
