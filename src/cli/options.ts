/**
 * The command line's grammar: `postedit <check|fix|rules|help> [inputs] [options]`
 * parsed with node:util's parseArgs into one typed object, with every
 * combination that makes no sense refused up front (exit 2).
 */
import { parseArgs } from "node:util";
import type { Format, Severity } from "../engine/index.js";
import { SEVERITIES } from "../engine/index.js";
import { CliError } from "./errors.js";

export type Command = "check" | "fix";
export type OutputFormat = "pretty" | "json" | "github";

export interface RunOptions {
  command: Command;
  /** Paths, folders, globs, or `-` for standard input. */
  inputs: string[];
  /** Forces one format on every input; otherwise the extension decides. */
  format: Format | undefined;
  stdinFilename: string | undefined;
  only: string[] | undefined;
  ignore: string[];
  /** Undefined: the configuration's, else `minor`. */
  failLevel: Severity | undefined;
  output: OutputFormat;
  apply: "safe" | "all";
  dryRun: boolean;
  /** A path given with --config, `false` for --no-config, undefined to search upward. */
  config: string | false | undefined;
  /** Undefined: colour when stdout is a terminal and NO_COLOR is unset. */
  color: boolean | undefined;
  quiet: boolean;
  jsonl: JsonlOptions | undefined;
}

export interface JsonlOptions {
  /** Where the lines go (undefined: stdout). With --resume, the file resumed. */
  out: string | undefined;
  resume: boolean;
  /** Worker threads for the local engine. */
  jobs: number | undefined;
  remote: URL | undefined;
  concurrency: number;
  retries: number;
  timeoutMs: number;
  headers: [string, string][];
  /** Undefined: a progress bar when stderr is a terminal. */
  progress: boolean | undefined;
}

export type Invocation =
  | { kind: "help"; command?: Command | "rules" }
  | { kind: "version" }
  | { kind: "rules"; json: boolean }
  | { kind: "run"; options: RunOptions };

const FORMATS: readonly Format[] = ["text", "html", "markdown"];
const OUTPUTS: readonly OutputFormat[] = ["pretty", "json", "github"];

const optionSpec = {
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
  format: { type: "string" },
  "stdin-filename": { type: "string" },
  only: { type: "string", multiple: true },
  ignore: { type: "string", multiple: true },
  "fail-level": { type: "string" },
  output: { type: "string" },
  apply: { type: "string" },
  "dry-run": { type: "boolean" },
  config: { type: "string" },
  "no-config": { type: "boolean" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  quiet: { type: "boolean", short: "q" },
  json: { type: "boolean" },
  jsonl: { type: "boolean" },
  out: { type: "string" },
  resume: { type: "string" },
  jobs: { type: "string" },
  remote: { type: "string" },
  concurrency: { type: "string" },
  retries: { type: "string" },
  timeout: { type: "string" },
  header: { type: "string", multiple: true },
  progress: { type: "boolean" },
  "no-progress": { type: "boolean" },
} as const;

const JSONL_ONLY = ["out", "resume", "jobs", "remote", "concurrency", "retries", "timeout", "header", "progress", "no-progress"] as const;
const FIX_ONLY = ["apply", "dry-run"] as const;

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new CliError(`--${name} must be one of ${allowed.join(", ")}, not “${value}”`);
  return value as T;
}

function integer(name: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < min || number > max) throw new CliError(`--${name} must be a whole number from ${min} to ${max}, not “${value}”`);
  return number;
}

/** `--only a,b --only c` → [a, b, c]. */
function idList(values: string[] | undefined): string[] | undefined {
  if (values === undefined) return undefined;
  const ids = values.flatMap((value) => value.split(",")).map((id) => id.trim()).filter((id) => id !== "");
  return ids;
}

function header(value: string): [string, string] {
  const colon = value.indexOf(":");
  const name = colon > 0 ? value.slice(0, colon).trim() : "";
  if (!/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/.test(name)) throw new CliError(`--header must look like “Name: value”, not “${value}”`);
  return [name, value.slice(colon + 1).trim()];
}

function remoteUrl(value: string | undefined): URL | undefined {
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new CliError(`--remote must be the URL of a postedit deployment (https://…), not “${value}”`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new CliError(`--remote must be an http or https URL, not “${value}”`);
  return url;
}

export function parseInvocation(argv: readonly string[]): Invocation {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: typeof optionSpec; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: optionSpec, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError((error as Error).message.replace(/\. To specify a positional argument.*$/s, ""));
  }
  const { values, positionals } = parsed;
  const [first, ...rest] = positionals;

  if (values.version && first === undefined) return { kind: "version" };
  if (first === undefined) {
    if (values.help) return { kind: "help" };
    throw new CliError("missing command: postedit check|fix [files, folders, globs or -]");
  }
  if (first === "help") {
    const topic = rest[0];
    if (topic === undefined) return { kind: "help" };
    if (topic === "check" || topic === "fix" || topic === "rules") return { kind: "help", command: topic };
    throw new CliError(`no help on “${topic}”: try postedit help check, fix or rules`);
  }
  if (first === "rules") {
    if (values.help) return { kind: "help", command: "rules" };
    if (rest.length > 0) throw new CliError(`postedit rules takes no arguments (got ${rest.join(" ")})`);
    return { kind: "rules", json: values.json === true || values.output === "json" };
  }
  if (first !== "check" && first !== "fix") {
    throw new CliError(`unknown command “${first}”: use postedit check or postedit fix (postedit --help)`);
  }
  const command: Command = first;
  if (values.help) return { kind: "help", command };

  if (command === "check") {
    for (const name of FIX_ONLY) if (values[name] !== undefined) throw new CliError(`--${name} is an option of postedit fix`);
  }
  const jsonl = values.jsonl === true;
  if (!jsonl) {
    for (const name of JSONL_ONLY) if (values[name] !== undefined) throw new CliError(`--${name} is an option of --jsonl (archives)`);
  }
  if (values.color && values["no-color"]) throw new CliError("--color and --no-color contradict each other");
  if (values.config !== undefined && values["no-config"]) throw new CliError("--config and --no-config contradict each other");
  if (values.json) throw new CliError("--json is an option of postedit rules; use --output json");

  const options: RunOptions = {
    command,
    inputs: rest,
    format: oneOf("format", values.format, FORMATS),
    stdinFilename: values["stdin-filename"],
    only: idList(values.only),
    ignore: idList(values.ignore) ?? [],
    failLevel: oneOf("fail-level", values["fail-level"], SEVERITIES),
    output: oneOf("output", values.output, OUTPUTS) ?? "pretty",
    apply: oneOf("apply", values.apply, ["safe", "all"] as const) ?? "safe",
    dryRun: values["dry-run"] === true,
    config: values["no-config"] ? false : values.config,
    color: values.color ? true : values["no-color"] ? false : undefined,
    quiet: values.quiet === true,
    jsonl: undefined,
  };
  if (options.only !== undefined && options.only.length === 0) throw new CliError("--only needs at least one rule or category id");

  if (!jsonl) {
    if (options.inputs.length === 0) {
      throw new CliError(`nothing to ${command}: name files, folders or globs, or - for standard input`);
    }
    if (options.inputs.filter((input) => input === "-").length > 1) throw new CliError("- (standard input) can be named only once");
    if (options.stdinFilename !== undefined && !options.inputs.includes("-")) throw new CliError("--stdin-filename names standard input: add -");
    return { kind: "run", options };
  }

  if (values.output !== undefined && values.output !== "json") throw new CliError("--jsonl writes JSON Lines: --output pretty and github do not apply");
  if (options.dryRun) throw new CliError("--dry-run does not apply to --jsonl (the corrected text is in each output line)");
  if (options.stdinFilename !== undefined) throw new CliError("--stdin-filename does not apply to --jsonl (give each line a format)");
  if (options.inputs.length > 1) throw new CliError("--jsonl reads one file (or - for standard input)");
  if (values.out !== undefined && values.resume !== undefined) throw new CliError("--resume appends to its own file: drop --out");
  const remote = remoteUrl(values.remote);
  if (remote && values.jobs !== undefined) throw new CliError("--jobs sets local worker threads; with --remote use --concurrency");
  if (!remote) {
    for (const name of ["concurrency", "retries", "timeout", "header"] as const) {
      if (values[name] !== undefined) throw new CliError(`--${name} is an option of --remote`);
    }
  }
  if (values.progress && values["no-progress"]) throw new CliError("--progress and --no-progress contradict each other");
  const timeout = values.timeout === undefined ? 60 : Number(values.timeout);
  if (!(Number.isFinite(timeout) && timeout > 0 && timeout <= 3600)) throw new CliError(`--timeout is in seconds, more than 0 and at most 3600, not “${values.timeout}”`);

  options.jsonl = {
    out: values.resume ?? values.out,
    resume: values.resume !== undefined,
    jobs: integer("jobs", values.jobs, 1, 256),
    remote,
    concurrency: integer("concurrency", values.concurrency, 1, 256) ?? 8,
    retries: integer("retries", values.retries, 0, 20) ?? 6,
    timeoutMs: timeout * 1000,
    headers: (values.header ?? []).map(header),
    progress: values.progress ? true : values["no-progress"] ? false : undefined,
  };
  return { kind: "run", options };
}
