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

export type EngineJob =
  | { kind: "check"; text: string; format: Format; rules?: RuleSelection | undefined }
  | { kind: "fix"; text: string; format: Format; rules?: RuleSelection | undefined; apply: ApplyMode }
  | { kind: "apply"; text: string; findings: Finding[] }
  | { kind: "clean"; fields: HookField[] };

export interface EngineResults {
  check: CheckResult;
  fix: FixResult;
  apply: ApplyResult;
  clean: CleanedField[];
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
  }
  throw new Error(`unknown engine job ${(job as { kind: string }).kind}`);
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
  return (job as { text?: string }).text?.length ?? 0;
}
