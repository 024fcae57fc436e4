/**
 * A worker thread of the Node entry's engine pool (engine-pool.ts): runs one
 * job at a time, as the request's thread would (src/api/engine-jobs.ts), and
 * answers with the whole result or the error. The pool terminates the thread
 * when a job outlives its deadline.
 */
import { parentPort } from "node:worker_threads";
import { runJob, type EngineJob } from "../api/engine-jobs.js";

const encoder = new TextEncoder();

parentPort!.on("message", ({ id, job }: { id: number; job: EngineJob }) => {
  try {
    const result = runJob(job);
    if (typeof result === "string") {
      // An answer's JSON goes back as UTF-8 bytes, moved rather than copied: the event loop only writes them out.
      const bytes = encoder.encode(result);
      parentPort!.postMessage({ id, result: bytes }, [bytes.buffer]);
      return;
    }
    parentPort!.postMessage({ id, result });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ""}` : String(error) });
  }
});
parentPort!.postMessage({ ready: true });
