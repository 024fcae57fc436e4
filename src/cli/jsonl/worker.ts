/**
 * A worker thread of the local pool: loads the engine and rules once, then
 * answers `{ seq, text, line }` messages with `{ seq, result }`.
 */
import { parentPort } from "node:worker_threads";
import type { RuleSelection } from "../../engine/index.js";
import { rulesFor } from "../engine.js";
import { processLine, type Settings } from "./document.js";

export const WORKER_ROLE = "postedit-jsonl-worker";

export interface WorkerData {
  role: typeof WORKER_ROLE;
  settings: Settings;
  selection: RuleSelection;
}

export interface Job {
  seq: number;
  text: string;
  line: number;
}

export function serveJobs(data: WorkerData): void {
  const rules = rulesFor(data.selection);
  const port = parentPort;
  if (!port) throw new Error("serveJobs runs in a worker thread");
  port.on("message", (job: Job) => {
    port.postMessage({ seq: job.seq, result: processLine(job.text, job.line, data.settings, rules) });
  });
}
