/**
 * `postedit check|fix --jsonl`: an archive in, one line out per document, in
 * input order. Lines stream through a bounded window (reading waits while
 * the window is full; output waits for the oldest document), so memory
 * depends on the window and the longest line, not on the archive. The work
 * goes to worker threads (the local engine) or to a remote deployment.
 */
import { once } from "node:events";
import { createReadStream, createWriteStream, existsSync, fstatSync, realpathSync, statSync, type WriteStream } from "node:fs";
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import type { Severity } from "../../engine/index.js";
import { MAX_BODY_BYTES } from "../../api/limits.js";
import { loadConfig } from "../config.js";
import { rulesFor } from "../engine.js";
import { CliError, EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS } from "../errors.js";
import { onInterrupt } from "../interrupt.js";
import type { RunOptions } from "../options.js";
import type { Streams } from "../run-files.js";
import { unreadableResult, type LineResult, type Settings } from "./document.js";
import { readLines } from "./lines.js";
import { WorkerPool } from "./local-pool.js";
import { Progress } from "./progress.js";
import { RemoteEngine } from "./remote.js";
import { readResume, type ResumeState } from "./resume.js";

/** The longest input line read: the API's body limit (a 1,000,000-character text, JSON-escaped, fits). */
export const MAX_LINE_BYTES = MAX_BODY_BYTES;

interface Engine {
  run(text: string, line: number): Promise<LineResult>;
  close(): Promise<void>;
}

interface Pending {
  result: Promise<LineResult>;
  end: number;
  bytes: number;
}

/** The id of an input line, as resume keys it; undefined when it has none. */
function inputId(text: string): string | undefined {
  try {
    const value = JSON.parse(text) as { id?: unknown };
    if (typeof value?.id === "string" || (typeof value?.id === "number" && Number.isFinite(value.id))) return JSON.stringify(value.id);
  } catch {
    // not JSON: it has no id, and gets an error line
  }
  return undefined;
}

function sameFile(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

export async function runJsonl(options: RunOptions, io: Streams, entry: URL): Promise<number> {
  const jsonl = options.jsonl!;
  const config = loadConfig(options.config, io.cwd);
  const selection = { only: options.only ?? config.only, disable: [...config.disable, ...options.ignore] };
  rulesFor(selection); // unknown ids stop the run here, before any work
  const failLevel: Severity = options.failLevel ?? config.failLevel ?? "minor";
  const settings: Settings = { mode: options.command, apply: options.apply, failLevel, format: options.format ?? "text" };

  // The input.
  const inputArg = options.inputs[0] ?? "-";
  let input: AsyncIterable<Buffer>;
  let totalBytes: number | undefined;
  let inputPath: string | undefined;
  if (inputArg === "-") {
    input = process.stdin;
    const stats = fstatSync(0);
    totalBytes = stats.isFile() ? stats.size : undefined;
  } else {
    inputPath = resolve(io.cwd, inputArg);
    let stats;
    try {
      stats = statSync(inputPath);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new CliError(code === "ENOENT" ? `no such file: ${inputArg}` : `cannot read ${inputArg}: ${code}`);
    }
    if (!stats.isFile()) throw new CliError(`--jsonl reads a file: ${inputArg} is not one`);
    totalBytes = stats.size;
    input = createReadStream(inputPath, { highWaterMark: 1 << 20 });
  }

  // The output.
  const outPath = jsonl.out === undefined ? undefined : resolve(io.cwd, jsonl.out);
  if (outPath && inputPath && existsSync(outPath) && sameFile(outPath, inputPath)) {
    throw new CliError(`the output ${jsonl.out} is the input: write the results to another file`);
  }
  const resume: ResumeState | undefined = jsonl.resume && outPath ? await readResume(outPath) : undefined;
  let out: NodeJS.WritableStream = io.stdout;
  if (outPath) {
    const file = createWriteStream(outPath, { flags: resume ? "a" : "w" });
    await Promise.race([once(file, "open"), once(file, "error").then(([error]) => Promise.reject(error as Error))]).catch((error: NodeJS.ErrnoException) => {
      throw new CliError(`cannot write ${jsonl.out}: ${error.code ?? error.message}`);
    });
    out = file;
  }
  let outputError: Error | undefined;
  out.on("error", (error: Error) => (outputError ??= error));
  const write = async (text: string) => {
    if (outputError) throw outputError;
    if (!out.write(text)) {
      // Wait for the reader of the output (backpressure), or for the stream to fail.
      await new Promise<void>((resolve) => {
        const done = () => {
          out.off("drain", done);
          out.off("error", done);
          resolve();
        };
        out.on("drain", done);
        out.on("error", done);
      });
    }
    if (outputError) throw outputError;
  };

  // The engine.
  let retryNotes = 0;
  const engine: Engine & { size?: number } = jsonl.remote
    ? new RemoteEngine(jsonl.remote, settings, selection, {
        concurrency: jsonl.concurrency,
        retries: jsonl.retries,
        timeoutMs: jsonl.timeoutMs,
        headers: jsonl.headers,
        onRetry: (line, reason, delay) => {
          // The first few retries are worth a line on stderr; the count is in the summary.
          if (!options.quiet && retryNotes++ < 5) {
            progress?.clear();
            io.stderr.write(`postedit: line ${line}: ${reason}; retrying in ${(delay / 1000).toFixed(1)} s\n`);
          }
        },
      })
    : new WorkerPool(entry, jsonl.jobs ?? availableParallelism(), settings, selection);
  const window = jsonl.remote ? jsonl.concurrency * 4 : (jsonl.jobs ?? availableParallelism()) * 8;

  const showProgress = !options.quiet && (jsonl.progress ?? io.stderr.isTTY === true);
  const progress: Progress | undefined = showProgress ? new Progress(io.stderr, totalBytes) : undefined;
  const forgetInterrupt = onInterrupt(() => {
    progress?.clear();
    io.stderr.write(`postedit: interrupted${outPath ? `; continue with --resume ${jsonl.out}` : ""}\n`);
  });

  const started = performance.now();
  let documents = 0;
  let failing = 0;
  let errors = 0;
  let skipped = 0;
  let fatal: Error | undefined;
  // Documents in input order, from reading to writing. The reader adds to the
  // queue and waits while it is full; the writer takes the oldest as soon as
  // its result is in, even while the reader waits for more input.
  const queue: Pending[] = [];
  let inputDone = false;
  let wakeWriter: (() => void) | undefined;
  let wakeReader: (() => void) | undefined;
  const nudge = (wake: (() => void) | undefined) => wake?.();

  const writer = (async () => {
    for (;;) {
      const pending = queue[0];
      if (!pending) {
        if (inputDone) return;
        await new Promise<void>((resolve) => (wakeWriter = resolve));
        continue;
      }
      const result = await pending.result;
      queue.shift();
      nudge(wakeReader);
      await write(`${result.output}\n`);
      documents++;
      if (result.error) errors++;
      if (result.failing) failing++;
      progress?.done(pending.end, pending.bytes);
    }
  })().catch((error: Error) => {
    fatal ??= error;
    nudge(wakeReader);
    // The reader may be waiting for input that will not be needed.
    (input as { destroy?: () => void }).destroy?.();
  });

  let previousEnd = 0;
  try {
    for await (const line of readLines(input, MAX_LINE_BYTES)) {
      if (fatal) break;
      const bytes = line.end - previousEnd;
      previousEnd = line.end;
      let result: Promise<LineResult>;
      if (line.text === null) {
        if (resume?.lines.has(line.number)) {
          skipped++;
          progress?.skipped(line.end);
          continue;
        }
        result = Promise.resolve(unreadableResult(line.number, line.problem!, MAX_LINE_BYTES));
      } else {
        if (line.text.trim() === "") continue;
        if (resume) {
          const id = inputId(line.text);
          if (id !== undefined ? resume.ids.has(id) : resume.lines.has(line.number)) {
            skipped++;
            progress?.skipped(line.end);
            continue;
          }
        }
        result = engine.run(line.text, line.number);
        result.catch(() => {}); // awaited in order by the writer; this only keeps a failure from being "unhandled" meanwhile
      }
      queue.push({ result, end: line.end, bytes });
      nudge(wakeWriter);
      while (queue.length >= window && !fatal) await new Promise<void>((resolve) => (wakeReader = resolve));
    }
  } catch (error) {
    // A read failure (or the input destroyed after a failure of the writer).
    if (!fatal) fatal = new CliError(`cannot read ${inputArg === "-" ? "standard input" : inputArg}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  } finally {
    inputDone = true;
    nudge(wakeWriter);
    await writer;
    forgetInterrupt();
    await engine.close();
  }
  if (outPath) {
    (out as WriteStream).end();
    await once(out, "close").catch(() => {});
  }
  if (progress) {
    if (fatal) progress.clear();
    else progress.finish();
  }

  const seconds = (performance.now() - started) / 1000;
  if (fatal) {
    const message = fatal instanceof CliError ? fatal.message : outputError ? `cannot write the output: ${(outputError as NodeJS.ErrnoException).code ?? outputError.message}` : fatal.message;
    io.stderr.write(`postedit: error: ${message}\n`);
    io.stderr.write(
      `postedit: stopped after ${documents.toLocaleString("en-US")} documents, all written in order${outPath ? `; continue with --resume ${jsonl.out}` : "; write to a file with --resume OUT to be able to continue"}\n`,
    );
    return EXIT_ERROR;
  }
  if (!options.quiet) {
    const parts = [
      `${documents.toLocaleString("en-US")} document${documents === 1 ? "" : "s"} in ${seconds.toFixed(1)} s (${documents > 0 && seconds > 0 ? Math.round(documents / seconds).toLocaleString("en-US") : 0}/s, ${jsonl.remote ? `${jsonl.concurrency} at a time to ${(engine as RemoteEngine).url}` : `${engine.size} worker thread${engine.size === 1 ? "" : "s"}`})`,
      `${failing.toLocaleString("en-US")} with findings${options.command === "fix" ? " left" : ""}${failLevel === "minor" ? "" : ` at ${failLevel} or above`}`,
    ];
    if (errors > 0) parts.push(`${errors.toLocaleString("en-US")} line${errors === 1 ? "" : "s"} could not be processed (see their "error")`);
    if (resume) parts.push(`${skipped.toLocaleString("en-US")} already in ${jsonl.out}${resume.truncated > 0 ? ` (a cut-off last line of ${resume.truncated} bytes was removed)` : ""}`);
    if (jsonl.remote && (engine as RemoteEngine).retries > 0) parts.push(`${(engine as RemoteEngine).retries} retr${(engine as RemoteEngine).retries === 1 ? "y" : "ies"}`);
    io.stderr.write(`postedit: ${parts.join("; ")}\n`);
  }
  if (errors > 0) return EXIT_ERROR;
  return failing > 0 ? EXIT_FINDINGS : EXIT_CLEAN;
}
