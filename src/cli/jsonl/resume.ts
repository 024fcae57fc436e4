/**
 * `--resume OUT`: what an earlier run already wrote to OUT. Every complete
 * line's id is done (and an id-less error line's input line number, so it is
 * not reported twice); a last line cut short by a killed run is truncated
 * away before appending. Reading OUT streams it like the input.
 */
import { createReadStream, existsSync, statSync, truncateSync } from "node:fs";
import { CliError } from "../errors.js";
import { readLines } from "./lines.js";

export interface ResumeState {
  /** JSON of each id written (so 7 and "7" stay apart). */
  ids: Set<string>;
  /** Input line numbers of id-less error lines written. */
  lines: Set<number>;
  /** Complete lines found. */
  written: number;
  /** Bytes of a cut-off last line that were removed. */
  truncated: number;
}

/** Output lines can be far longer than input lines (findings): this only bounds a corrupt file. */
const MAX_OUTPUT_LINE_BYTES = 256 * 1024 * 1024;

/**
 * The id at the start of a line this command wrote (`{"id":…,`), without
 * parsing the rest: output lines carry whole texts and findings.
 */
export function leadingId(line: string): string | undefined {
  const prefix = '{"id":';
  if (!line.startsWith(prefix)) return undefined;
  let end = prefix.length;
  if (line[end] === '"') {
    end++;
    while (end < line.length && line[end] !== '"') end += line[end] === "\\" ? 2 : 1;
    end++;
  } else {
    while (end < line.length && line[end] !== "," && line[end] !== "}") end++;
  }
  try {
    return JSON.stringify(JSON.parse(line.slice(prefix.length, end)));
  } catch {
    return undefined;
  }
}

export async function readResume(path: string): Promise<ResumeState> {
  const state: ResumeState = { ids: new Set(), lines: new Set(), written: 0, truncated: 0 };
  if (!existsSync(path)) return state;
  if (!statSync(path).isFile()) throw new CliError(`--resume ${path} is not a file`);
  let complete = 0;
  try {
    for await (const line of readLines(createReadStream(path, { highWaterMark: 1 << 20 }), MAX_OUTPUT_LINE_BYTES)) {
      if (!line.terminated) break;
      complete = line.end;
      if (line.text === null || line.text.trim() === "") continue;
      state.written++;
      const id = leadingId(line.text);
      if (id !== undefined) {
        state.ids.add(id);
        continue;
      }
      try {
        const value = JSON.parse(line.text) as { id?: unknown; error?: { line?: unknown } };
        if (typeof value.id === "string" || typeof value.id === "number") state.ids.add(JSON.stringify(value.id));
        else if (typeof value.error?.line === "number") state.lines.add(value.error.line);
      } catch {
        // A damaged line: its document is done again and appended.
      }
    }
  } catch (error) {
    throw new CliError(`cannot read ${path} to resume: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const size = statSync(path).size;
  if (size > complete) {
    truncateSync(path, complete);
    state.truncated = size - complete;
  }
  return state;
}
