/**
 * Reads and validates a request body: content type, size, JSON syntax, shape.
 * `text/plain` bodies are accepted where a bare text makes sense.
 */
import type { Context } from "hono";
import type * as z from "zod";
import { ApiError } from "./errors.js";
import { MAX_TEXT_LENGTH } from "./limits.js";
import { bodyText } from "./body-text.js";

export async function readBody<S extends z.ZodType>(c: Context, schema: S, options: { plainText?: boolean } = {}): Promise<z.infer<S>> {
  const type = (c.req.header("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  let raw: unknown;
  if (type === "application/json" || type.endsWith("+json")) {
    const body = await bodyText(c);
    try {
      raw = JSON.parse(body);
    } catch (error) {
      throw new ApiError(400, "invalid_json", `the body is not valid JSON: ${(error as Error).message}`);
    }
  } else if (options.plainText && type === "text/plain") {
    raw = { text: await bodyText(c) };
  } else {
    const accepted = options.plainText ? "application/json or text/plain" : "application/json";
    throw new ApiError(415, "unsupported_media_type", `send the body as ${accepted}${type ? `, not ${type}` : ""}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const details = parsed.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message, code: issue.code }));
    throw new ApiError(400, "invalid_request", `the request does not have the expected shape: ${details.map((d) => `${d.path || "(body)"}: ${d.message}`).join("; ")}`, details);
  }
  const value = parsed.data as { text?: unknown };
  if (typeof value.text === "string" && value.text.length > MAX_TEXT_LENGTH) {
    throw new ApiError(413, "payload_too_large", `text is ${value.text.length} characters; the limit is ${MAX_TEXT_LENGTH}`);
  }
  return parsed.data;
}
