/**
 * The local engine on every core: a pool of worker threads (one per
 * available core by default), each running the same bundle as the command
 * line in its worker role. Jobs go to the least busy worker, at most two at
 * a time each so none waits for its next message. A worker that dies fails
 * the run (exit 2): nothing is presented as done that was not.
 */
import { Worker } from "node:worker_threads";
import type { RuleSelection } from "../../engine/index.js";
import { CliError } from "../errors.js";
import type { LineResult, Settings } from "./document.js";
import { WORKER_ROLE, type Job, type WorkerData } from "./worker.js";

const IN_FLIGHT_PER_WORKER = 2;

interface Slot {
  worker: Worker;
  busy: number;
}

interface Waiting {
  job: Job;
  resolve: (result: LineResult) => void;
  reject: (error: Error) => void;
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Waiting[] = [];
  private readonly running = new Map<number, Waiting & { slot: Slot }>();
  private failure: Error | undefined;
  private seq = 0;
  private closing = false;

  constructor(entry: URL, size: number, settings: Settings, selection: RuleSelection) {
    const workerData: WorkerData = { role: WORKER_ROLE, settings, selection };
    for (let i = 0; i < size; i++) {
      const slot: Slot = { worker: new Worker(entry, { workerData }), busy: 0 };
      slot.worker.on("message", ({ seq, result }: { seq: number; result: LineResult }) => {
        const task = this.running.get(seq);
        if (!task) return;
        this.running.delete(seq);
        slot.busy--;
        task.resolve(result);
        this.dispatch();
      });
      slot.worker.on("error", (error) => this.fail(new CliError(`a worker thread failed: ${error.message}`)));
      slot.worker.on("exit", (code) => {
        if (!this.closing) this.fail(new CliError(`a worker thread stopped (exit code ${code})`));
      });
      this.slots.push(slot);
    }
  }

  get size(): number {
    return this.slots.length;
  }

  run(text: string, line: number): Promise<LineResult> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.waiting.push({ job: { seq: this.seq++, text, line }, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.waiting.length > 0) {
      let best: Slot | undefined;
      for (const slot of this.slots) if (slot.busy < IN_FLIGHT_PER_WORKER && (!best || slot.busy < best.busy)) best = slot;
      if (!best) return;
      const task = this.waiting.shift()!;
      best.busy++;
      this.running.set(task.job.seq, { ...task, slot: best });
      best.worker.postMessage(task.job);
    }
  }

  private fail(error: Error): void {
    if (this.failure) return;
    this.failure = error;
    for (const task of [...this.waiting, ...this.running.values()]) task.reject(error);
    this.waiting.length = 0;
    this.running.clear();
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }
}
