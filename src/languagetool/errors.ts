/**
 * Errors as LanguageTool sends them: a plain-text body `Error: …` with the
 * status (400 bad request, 403 wrong API key, 404 unknown path, 413 too
 * long), because LanguageTool clients show that text to the user as it is.
 */
import type { Context } from "hono";
import { ApiError } from "../api/errors.js";

export type LanguageToolStatus = 400 | 403 | 404 | 405 | 413;

export class LanguageToolError extends Error {
  constructor(
    readonly status: LanguageToolStatus,
    message: string,
  ) {
    super(message);
  }
}

export function badRequest(message: string): never {
  throw new LanguageToolError(400, message);
}

export function errorResponse(c: Context, status: LanguageToolStatus | 500, message: string): Response {
  return c.text(`Error: ${message}`, status);
}

/** The /v2 sub-app's onError: LanguageTool's plain text for every failure, 500 only for postedit's own faults. */
export function handleLanguageToolError(error: Error, c: Context): Response {
  if (error instanceof LanguageToolError) return errorResponse(c, error.status, error.message);
  if (error instanceof ApiError && error.status === 413) return errorResponse(c, 413, error.message);
  console.error("postedit: internal error on /v2", error);
  return errorResponse(c, 500, "Internal Error: postedit failed on this request; the failure was logged");
}
