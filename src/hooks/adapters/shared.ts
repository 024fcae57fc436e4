/**
 * Small helpers the adapters share: shape errors in the app's format, and the
 * query-string settings every adapter route takes (`review`, `block`, `fields`).
 */
import type * as z from "zod";
import { HookError } from "../errors.js";
import type { PolicyInput } from "../policy.js";
import type { RequestInfo } from "./types.js";

export function invalid(message: string, details?: unknown): never {
  throw new HookError(400, "invalid_request", message, details);
}

export function parseWith<S extends z.ZodType>(schema: S, body: unknown, what: string): z.infer<S> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const details = parsed.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message, code: issue.code }));
    invalid(`${what}: ${details.map((d) => `${d.path || "(body)"}: ${d.message}`).join("; ")}`, details);
  }
  return parsed.data;
}

/** `?review=major&block=untranslated@title` on an adapter route. */
export function queryPolicy(request: RequestInfo): PolicyInput | undefined {
  const review = request.query.get("review") ?? undefined;
  const block = request.query.get("block") ?? undefined;
  return review === undefined && block === undefined ? undefined : { review, block };
}

/** `?fields=title,body`: only these fields (by name, or by the part before the first dot). */
export function fieldFilter(request: RequestInfo): (name: string) => boolean {
  const list = request.query.get("fields");
  if (!list) return () => true;
  const names = new Set(list.split(",").map((name) => name.trim()).filter(Boolean));
  return (name) => names.has(name) || names.has(name.split(".")[0]!);
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function idOf(value: unknown): string | number | null {
  return typeof value === "string" || typeof value === "number" ? value : null;
}
