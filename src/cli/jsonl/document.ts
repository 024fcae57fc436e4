/**
 * One archive line in, one line out: `{"id", "text", "format"?}` is checked
 * or fixed, and answered `{"id", "text" (fix), "findings", "stats"}` — the
 * API's findings and stats — or `{"id"?, "error": {code, message, line}}`
 * when the line cannot be processed. Other fields of an input line are
 * ignored, so archives can carry their own metadata.
 */
import type { AppliedFinding, Finding, Format, Rule, Severity, Stats } from "../../engine/index.js";
import { MAX_TEXT_LENGTH } from "../../api/limits.js";
import { checkText, fixText, outstanding } from "../engine.js";

export type DocumentId = string | number;

export interface ArchiveDocument {
  id: DocumentId;
  text: string;
  format: Format;
}

export interface LineError {
  code: "invalid_json" | "invalid_request" | "payload_too_large" | "line_too_long" | "not_utf8" | "internal_error" | string;
  message: string;
  /** The input line, 1-based. */
  line: number;
}

/** What the main thread needs of a processed line: the output line and what it counts for. */
export interface LineResult {
  output: string;
  /** Findings left at or above the fail level. */
  failing: boolean;
  error: boolean;
}

export interface Settings {
  mode: "check" | "fix";
  apply: "safe" | "all";
  failLevel: Severity;
  /** For lines without a `format`. */
  format: Format;
}

const FORMATS: readonly string[] = ["text", "html", "markdown"];

export type Parsed = { ok: true; document: ArchiveDocument } | { ok: false; id?: DocumentId; error: LineError };

function isId(value: unknown): value is DocumentId {
  return typeof value === "string" || (typeof value === "number" && Number.isFinite(value));
}

export function parseLine(text: string, line: number, defaultFormat: Format): Parsed {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: { code: "invalid_json", message: `line ${line} is not valid JSON: ${(error as Error).message}`, line } };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { ok: false, error: { code: "invalid_request", message: `line ${line} is not a JSON object {"id", "text", "format"?}`, line } };
  }
  const fields = value as Record<string, unknown>;
  const id = isId(fields.id) ? fields.id : undefined;
  const fail = (code: LineError["code"], message: string): Parsed =>
    id === undefined ? { ok: false, error: { code, message, line } } : { ok: false, id, error: { code, message, line } };
  if (id === undefined) {
    return fail("invalid_request", `line ${line}: "id" must be a string or a number${"id" in fields ? "" : " (it is missing)"}`);
  }
  if (typeof fields.text !== "string") {
    return fail("invalid_request", `line ${line}: "text" must be a string${"text" in fields ? "" : " (it is missing)"}`);
  }
  if (fields.format !== undefined && !(typeof fields.format === "string" && FORMATS.includes(fields.format))) {
    return fail("invalid_request", `line ${line}: "format" must be "text", "html" or "markdown"`);
  }
  if (fields.text.length > MAX_TEXT_LENGTH) {
    return fail("payload_too_large", `line ${line}: text is ${fields.text.length} characters; the limit is ${MAX_TEXT_LENGTH}`);
  }
  return { ok: true, document: { id, text: fields.text, format: (fields.format as Format | undefined) ?? defaultFormat } };
}

export function errorResult(id: DocumentId | undefined, error: LineError): LineResult {
  const output = JSON.stringify(id === undefined ? { error } : { id, error });
  return { output, failing: false, error: true };
}

/** The output line for a document's API answer (from the local engine or a remote). */
export function answerResult(
  id: DocumentId,
  mode: Settings["mode"],
  answer: { text?: string; findings: (Finding | AppliedFinding)[]; stats: Stats },
  failLevel: Severity,
): LineResult {
  const output = JSON.stringify(mode === "fix" ? { id, text: answer.text, findings: answer.findings, stats: answer.stats } : { id, findings: answer.findings, stats: answer.stats });
  return { output, failing: outstanding(answer.findings, failLevel) > 0, error: false };
}

/** A whole line through the local engine. Never throws: a failure becomes the line's error. */
export function processLine(text: string, line: number, settings: Settings, rules: readonly Rule[]): LineResult {
  const parsed = parseLine(text, line, settings.format);
  if (!parsed.ok) return errorResult(parsed.id, parsed.error);
  const { id, format } = parsed.document;
  try {
    const answer = settings.mode === "fix" ? fixText(parsed.document.text, rules, settings.apply, format) : checkText(parsed.document.text, rules, format);
    return answerResult(id, settings.mode, answer, settings.failLevel);
  } catch (error) {
    return errorResult(id, { code: "internal_error", message: `postedit failed on line ${line}: ${(error as Error).message}`, line });
  }
}

/** The error line for an input line that could not even be read. */
export function unreadableResult(line: number, problem: "too_long" | "not_utf8", maxBytes: number): LineResult {
  return problem === "too_long"
    ? errorResult(undefined, { code: "line_too_long", message: `line ${line} is longer than ${maxBytes} bytes`, line })
    : errorResult(undefined, { code: "not_utf8", message: `line ${line} is not UTF-8`, line });
}
