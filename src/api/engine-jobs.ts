/**
 * The engine's work as jobs a request hands over: check, fix, apply, and the
 * publish hook's cleaning of fields. A job is plain data, so the same job runs
 * in the request's own thread (the Worker, tests) or in a pool of worker
 * threads with a deadline (the Node entry: src/node/engine-pool.ts), where a
 * slow input cannot hold up the event loop and the requests behind it.
 */
import { applyFindings, check, fix, selectRules, type ApplyMode, type ApplyResult, type CheckResult, type Finding, type FixResult, type Format, type RuleSelection } from "../engine/index.js";
import { RULES } from "../rules/index.js";
import type { HookField } from "../hooks/adapters/types.js";
import { cleanField, type CleanedField } from "../hooks/clean.js";

type CheckJob = { kind: "check"; text: string; format: Format; rules?: RuleSelection | undefined };
type FixJob = { kind: "fix"; text: string; format: Format; rules?: RuleSelection | undefined; apply: ApplyMode };
type ApplyJob = { kind: "apply"; text: string; findings: Finding[] };

export type EngineJob =
  | CheckJob
  | FixJob
  | ApplyJob
  | { kind: "clean"; fields: HookField[] }
  /**
   * A /v1 endpoint's whole answer, as the JSON text of its body: serialized
   * where the work is done, so that a large answer (a finding on every
   * character of a megabyte is 300 MB of JSON) is never stringified on the
   * event loop. `skipped` is added to /v1/apply's list.
   */
  | { kind: "response"; job: CheckJob | FixJob | ApplyJob; skipped?: unknown[] };

export interface EngineResults {
  check: CheckResult;
  fix: FixResult;
  apply: ApplyResult;
  clean: CleanedField[];
  /** The JSON text, or its UTF-8 bytes (from a worker thread). */
  response: string | Uint8Array;
}

/** Runs jobs; the Node entry's pool answers 503 `timeout` past its deadline and 503 `overloaded` when its queue is full. */
export interface EngineRunner {
  run<J extends EngineJob>(job: J): Promise<EngineResults[J["kind"]]>;
}

/** Does the work of one job, synchronously. Rule selections are checked by the caller first (400 on an unknown rule). */
export function runJob<J extends EngineJob>(job: J): EngineResults[J["kind"]] {
  type Result = EngineResults[J["kind"]];
  switch (job.kind) {
    case "check":
      return check(job.text, selectRules(RULES, job.rules), job.format) as Result;
    case "fix":
      return fix(job.text, selectRules(RULES, job.rules), job.apply, job.format) as Result;
    case "apply":
      return applyFindings(job.text, job.findings) as Result;
    case "clean":
      return job.fields.map(cleanField) as Result;
    case "response":
      return responseBody(job.job, job.skipped ?? []) as Result;
  }
  throw new Error(`unknown engine job ${(job as { kind: string }).kind}`);
}

/** The body of the /v1 endpoint that runs `job`, as src/api/text-endpoints.ts answers it. */
function responseBody(job: CheckJob | FixJob | ApplyJob, extraSkipped: unknown[]): string {
  switch (job.kind) {
    case "check": {
      const { findings, stats } = runJob(job);
      return JSON.stringify({ findings, stats });
    }
    case "fix": {
      const result = runJob(job);
      return JSON.stringify({ text: result.text, findings: result.findings, diff: result.diff, skipped: result.skipped, stats: result.stats });
    }
    case "apply": {
      const result = runJob(job);
      return JSON.stringify({ text: result.text, diff: result.diff, applied: result.applied, skipped: [...result.skipped, ...extraSkipped] });
    }
  }
}

/** Runs each job in the request's own thread (the Worker: the platform's CPU limit applies). */
export const inThisThread: EngineRunner = {
  run: async (job) => runJob(job),
};

/** The runner the app was given (binding ENGINE), or this thread. */
export function engineFor(env: unknown): EngineRunner {
  const runner = (env as { ENGINE?: EngineRunner } | undefined)?.ENGINE;
  return runner ?? inThisThread;
}

/** Rough size of a job's input in UTF-16 code units, to tell small jobs from large ones. */
export function jobSize(job: EngineJob): number {
  if (job.kind === "clean") return job.fields.reduce((n, field) => n + field.value.length, 0);
  if (job.kind === "response") return jobSize(job.job);
  return (job as { text?: string }).text?.length ?? 0;
}
