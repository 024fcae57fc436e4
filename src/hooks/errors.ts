/**
 * The hook's and the reviews API's error codes. They travel as `ApiError`s, so
 * the app's one `onError` renders them in the one format
 * (`{ error: { code, message, details? } }`, src/api/errors.ts).
 */
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { ApiError, type ErrorCode } from "../api/errors.js";

/** The hook's codes are part of the app's one list (src/api/errors.ts). */
export type HookErrorCode = ErrorCode;

export class HookError extends ApiError {
  constructor(status: ContentfulStatusCode, code: HookErrorCode, message: string, details?: unknown) {
    super(status, code, message, details);
  }
}
