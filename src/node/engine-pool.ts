/**
 * The Node entry's engine: a small pool of worker threads that runs the
 * engine off the event loop, so that `/health` and small requests stay fast
 * while a large input is being cleaned, with a deadline per job.
 *
 * - One thread is kept for small jobs (at most SMALL_JOB code units); the
 *   others take any job. A small job takes whichever thread is free.
 * - A job that runs past the deadline has its thread terminated (and
 *   replaced): the request gets 503 `timeout` with `Retry-After`, never a
 *   partial result. A job that waits for a thread longer than that gets the
 *   same answer; a full queue answers 503 `overloaded` at once. A thread
 *   takes jobs once it has loaded the engine, so its start-up never counts
 *   against a job's deadline.
 * - A thread that crashes fails its job (a 500: a bug in postedit) and is
 *   replaced.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { ApiError } from "../api/errors.js";
import { jobSize, type EngineJob, type EngineResults, type EngineRunner } from "../api/engine-jobs.js";

export interface PoolOptions {
  /** Threads that take any job (default: cores − 1, at least 1); one more is kept for small jobs. */
  workers?: number;
  /** Longest a job may run, in milliseconds (default 20,000). */
  deadlineMs?: number;
  /** Longest a job may wait for a thread, in milliseconds (default: the deadline). */
  maxWaitMs?: number;
  /** Largest job, in UTF-16 code units of input, that the small-job thread takes (default 20,000). */
  smallJob?: number;
  /** Most jobs waiting (default 256). */
  maxQueue?: number;
}

interface Pending {
  job: EngineJob;
  small: boolean;
  resolve(result: unknown): void;
  reject(error: unknown): void;
  queueTimer?: ReturnType<typeof setTimeout> | undefined;
}

interface Slot {
  worker: Worker;
  /** Kept for small jobs. */
  smallOnly: boolean;
  /** The thread has loaded the engine. */
  ready: boolean;
  running?: { id: number; pending: Pending; timer: ReturnType<typeof setTimeout> } | undefined;
}

const WORKER_SCRIPT = new URL("./engine-worker.ts", import.meta.url);
// The Node entry runs from TypeScript sources (tsx): a thread registers tsx's loader before importing them.
const TSX_API = import.meta.resolve("tsx/esm/api");
const WORKER_BOOT = new URL(
  `data:text/javascript,${encodeURIComponent(
    'import { workerData } from "node:worker_threads"; const { register } = await import(workerData.tsx); register(); await import(workerData.script);',
  )}`,
);

export class EnginePool implements EngineRunner {
  readonly deadlineMs: number;
  readonly maxWaitMs: number;
  readonly smallJob: number;
  private readonly maxQueue: number;
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;

  constructor(options: PoolOptions = {}) {
    this.deadlineMs = options.deadlineMs ?? 20_000;
    this.maxWaitMs = options.maxWaitMs ?? this.deadlineMs;
    this.smallJob = options.smallJob ?? 20_000;
    this.maxQueue = options.maxQueue ?? 256;
    const general = Math.max(1, options.workers ?? availableParallelism() - 1);
    for (let i = 0; i < general; i++) this.slots.push(this.spawn(false));
    this.slots.push(this.spawn(true));
  }

  /** Threads, counting the one kept for small jobs. */
  get size(): number {
    return this.slots.length;
  }

  run<J extends EngineJob>(job: J): Promise<EngineResults[J["kind"]]> {
    if (this.closed) return Promise.reject(new Error("the engine pool is closed"));
    if (this.queue.length >= this.maxQueue) {
      return Promise.reject(new ApiError(503, "overloaded", `postedit is busy (${this.queue.length} requests waiting): try again shortly`, { retryAfter: 5 }));
    }
    return new Promise((resolve, reject) => {
      const pending: Pending = { job, small: jobSize(job) <= this.smallJob, resolve: resolve as (result: unknown) => void, reject };
      pending.queueTimer = setTimeout(() => {
        const at = this.queue.indexOf(pending);
        if (at >= 0) this.queue.splice(at, 1);
        reject(this.timeout("waited"));
      }, this.maxWaitMs);
      this.queue.push(pending);
      this.dispatch();
    });
  }

  /** Terminates every thread; jobs still waiting or running fail. */
  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) {
      clearTimeout(pending.queueTimer);
      pending.reject(new Error("the engine pool is closed"));
    }
    await Promise.all(
      this.slots.map((slot) => {
        if (slot.running) {
          clearTimeout(slot.running.timer);
          slot.running.pending.reject(new Error("the engine pool is closed"));
        }
        return slot.worker.terminate();
      }),
    );
  }

  private timeout(how: "ran" | "waited"): ApiError {
    const seconds = Math.ceil(this.deadlineMs / 1000);
    return new ApiError(
      503,
      "timeout",
      how === "ran"
        ? `this input took longer than the ${seconds} s allowed per request and was stopped; nothing was changed`
        : `postedit was busy for longer than ${Math.ceil(this.maxWaitMs / 1000)} s before it could start on this request; try again shortly`,
      { deadlineSeconds: seconds, retryAfter: seconds },
    );
  }

  private spawn(smallOnly: boolean): Slot {
    const worker = new Worker(WORKER_BOOT, { workerData: { script: WORKER_SCRIPT.href, tsx: TSX_API } });
    const slot: Slot = { worker, smallOnly, ready: false };
    worker.on("message", (message: { id?: number; result?: unknown; error?: string; ready?: boolean }) => {
      if (message.ready) {
        slot.ready = true;
        this.dispatch();
        return;
      }
      const running = slot.running;
      if (!running || message.id !== running.id) return;
      clearTimeout(running.timer);
      slot.running = undefined;
      if (message.error !== undefined) running.pending.reject(new Error(`engine worker: ${message.error}`));
      else running.pending.resolve(message.result);
      this.dispatch();
    });
    worker.on("error", (error) => this.replace(slot, error));
    worker.on("exit", (code) => {
      if (!this.closed && this.slots.includes(slot) && slot.worker === worker) this.replace(slot, new Error(`engine worker exited with code ${code}`));
    });
    worker.unref();
    return slot;
  }

  /** Replaces a slot's thread, failing its job with `error`. */
  private replace(slot: Slot, error: unknown): void {
    const running = slot.running;
    slot.running = undefined;
    if (running) {
      clearTimeout(running.timer);
      running.pending.reject(error);
    }
    const old = slot.worker;
    if (this.closed) return;
    const fresh = this.spawn(slot.smallOnly);
    this.slots[this.slots.indexOf(slot)] = fresh;
    void old.terminate();
    this.dispatch();
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (!slot.ready || slot.running || this.queue.length === 0) continue;
      const at = this.queue.findIndex((pending) => pending.small || !slot.smallOnly);
      if (at < 0) continue;
      const pending = this.queue.splice(at, 1)[0]!;
      clearTimeout(pending.queueTimer);
      const id = this.nextId++;
      const timer = setTimeout(() => {
        if (slot.running?.id !== id) return;
        slot.running = undefined;
        pending.reject(this.timeout("ran"));
        this.replace(slot, undefined);
      }, this.deadlineMs);
      slot.running = { id, pending, timer };
      slot.worker.postMessage({ id, job: pending.job });
    }
  }
}
