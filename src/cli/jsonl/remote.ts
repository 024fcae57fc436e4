/**
 * The remote engine: each document is sent to a deployed postedit
 * (`POST <url>/v1/check` or `/v1/fix`), at most `concurrency` at a time, so
 * an archive fans out over a Worker's network. 429 and 5xx answers, timeouts
 * and network failures are retried with exponential backoff and jitter
 * (honouring Retry-After); a document the server refuses (400, 413, 415)
 * becomes that line's error; anything else — a wrong URL, a refused
 * credential, retries exhausted — stops the run (exit 2) so it can be resumed.
 */
import type { AppliedFinding, RuleSelection, Stats } from "../../engine/index.js";
import { CliError } from "../errors.js";
import { answerResult, errorResult, parseLine, type LineResult, type Settings } from "./document.js";

export interface RemoteOptions {
  concurrency: number;
  retries: number;
  timeoutMs: number;
  headers: [string, string][];
  /** Told about each retry (for the summary). */
  onRetry?: (line: number, reason: string, delayMs: number) => void;
}

const BACKOFF_BASE_MS = 500;
const BACKOFF_CAP_MS = 30_000;
const RETRY_AFTER_CAP_MS = 120_000;
/** Statuses that say "this document is wrong", not "the service is". */
const DOCUMENT_ERRORS = new Set([400, 413, 415, 422]);

/** The endpoint under a deployment's base URL (a trailing /v1/check or /v1/fix is tolerated). */
export function endpointFor(base: URL, mode: Settings["mode"]): URL {
  const url = new URL(base);
  let path = url.pathname;
  while (path.endsWith("/")) path = path.slice(0, -1);
  for (const suffix of ["/v1/check", "/v1/fix"]) if (path.endsWith(suffix)) path = path.slice(0, -suffix.length);
  url.pathname = `${path}/v1/${mode}`;
  return url;
}

/** Retry-After as seconds or an HTTP date, in milliseconds; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (header === null || header.trim() === "") return undefined;
  const seconds = Number(header);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - now;
  if (!Number.isFinite(ms)) return undefined;
  return Math.min(RETRY_AFTER_CAP_MS, Math.max(0, ms));
}

/** Exponential backoff with equal jitter: between half and all of base·2^attempt, capped. */
export function backoffMs(attempt: number, random = Math.random): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** attempt);
  return ceiling / 2 + random() * (ceiling / 2);
}

/** Waits, or stops waiting (rejecting) when the run stops. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new CliError("stopped"));
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", stop);
      resolve();
    }, ms);
    const stop = () => {
      clearTimeout(timer);
      reject(new CliError("stopped"));
    };
    signal.addEventListener("abort", stop, { once: true });
  });
}

class Retryable extends Error {
  constructor(
    message: string,
    readonly waitMs: number | undefined,
  ) {
    super(message);
  }
}

export class RemoteEngine {
  private readonly endpoint: URL;
  private active = 0;
  private readonly queue: (() => void)[] = [];
  /** Aborts requests still in flight when the run stops. */
  private readonly stopped = new AbortController();
  retries = 0;

  constructor(
    base: URL,
    private readonly settings: Settings,
    private readonly selection: RuleSelection,
    private readonly options: RemoteOptions,
  ) {
    this.endpoint = endpointFor(base, settings.mode);
  }

  get url(): string {
    return this.endpoint.href;
  }

  async run(text: string, line: number): Promise<LineResult> {
    const parsed = parseLine(text, line, this.settings.format);
    if (!parsed.ok) return errorResult(parsed.id, parsed.error);
    const { id, format } = parsed.document;
    const body: Record<string, unknown> = { text: parsed.document.text, format };
    if (this.selection.only !== undefined || (this.selection.disable?.length ?? 0) > 0) body.rules = this.selection;
    if (this.settings.mode === "fix") body.apply = this.settings.apply;
    const payload = JSON.stringify(body);

    await this.acquire();
    try {
      for (let attempt = 0; ; attempt++) {
        try {
          const answer = await this.post(payload, line);
          if ("error" in answer) return errorResult(id, answer.error);
          return answerResult(id, this.settings.mode, answer, this.settings.failLevel);
        } catch (error) {
          if (!(error instanceof Retryable)) throw error;
          if (attempt >= this.options.retries) {
            throw new CliError(`gave up on line ${line} after ${attempt + 1} attempt${attempt === 0 ? "" : "s"}: ${error.message}`);
          }
          const delay = error.waitMs ?? backoffMs(attempt);
          this.retries++;
          this.options.onRetry?.(line, error.message, delay);
          await sleep(delay, this.stopped.signal);
        }
      }
    } finally {
      this.release();
    }
  }

  private async post(payload: string, line: number) {
    let response: Response;
    try {
      response = await fetch(this.endpoint, {
        method: "POST",
        headers: [["content-type", "application/json"], ["accept", "application/json"], ...this.options.headers],
        body: payload,
        signal: AbortSignal.any([this.stopped.signal, AbortSignal.timeout(this.options.timeoutMs)]),
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      const reason = (error as Error).name === "TimeoutError" ? `no answer within ${this.options.timeoutMs / 1000} s` : (cause?.code ?? cause?.message ?? (error as Error).message);
      throw new Retryable(`${this.endpoint.href}: ${reason}`, undefined);
    }
    const status = response.status;
    let raw: string;
    try {
      raw = await response.text();
    } catch (error) {
      throw new Retryable(`${this.endpoint.href}: the answer was cut off (${(error as Error).message})`, undefined);
    }
    let json: { error?: { code?: unknown; message?: unknown }; findings?: unknown; stats?: unknown; text?: unknown } | undefined;
    try {
      json = JSON.parse(raw) as typeof json;
    } catch {
      json = undefined;
    }
    const described = json?.error?.code ? `${status} ${json.error.code}: ${json.error.message}` : `${status} ${response.statusText}`.trim();
    if (status === 429 || status === 408 || status >= 500) {
      throw new Retryable(`${this.endpoint.href} answered ${described}`, retryAfterMs(response.headers.get("retry-after")));
    }
    if (status === 200) {
      if (!json || !Array.isArray(json.findings) || typeof json.stats !== "object" || (this.settings.mode === "fix" && typeof json.text !== "string")) {
        throw new CliError(`${this.endpoint.href} answered 200 with something that is not a postedit ${this.settings.mode} result: is it a postedit deployment?`);
      }
      return json as { text?: string; findings: AppliedFinding[]; stats: Stats };
    }
    if (DOCUMENT_ERRORS.has(status) && json?.error?.code) {
      return { error: { code: String(json.error.code), message: `line ${line}: ${json.error.message}`, line } };
    }
    throw new CliError(`${this.endpoint.href} answered ${described}; check --remote (the deployment's base URL) and --header`);
  }

  private acquire(): Promise<void> {
    if (this.active < this.options.concurrency) {
      this.active++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.queue.push(resolve));
  }

  private release(): void {
    const next = this.queue.shift();
    if (next) next();
    else this.active--;
  }

  async close(): Promise<void> {
    this.stopped.abort();
  }
}
