/**
 * `postedit check|fix` on files, folders, globs and standard input: resolve
 * every input first, then check or fix each one in order, write fixed files
 * in place atomically (or print a diff with --dry-run), and report in the
 * chosen output format. Returns the exit code.
 */
import { dirname } from "node:path";
import type { Severity } from "../engine/index.js";
import { sweepStaleTemps, writeFileAtomic } from "./atomic-write.js";
import { loadConfig } from "./config.js";
import { checkText, fixText, outstanding, rulesFor, type CheckResponse, type FixResponse } from "./engine.js";
import { CliError, EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS } from "./errors.js";
import { collectInputs, readInputFile, readStdin, STDIN_NAME, type Decoded, type Input } from "./inputs.js";
import type { RunOptions } from "./options.js";
import { locatedIn, remainingAfterFix, type Located } from "./positions.js";
import { githubFile } from "./report/github.js";
import { emptyTotals, prettyFile, prettySummary, type FileReport, type Totals } from "./report/pretty.js";
import { style, useColour, type Style } from "./report/style.js";

export interface Streams {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

type Sink = Streams["stdout"];

/** A unified patch of one file, with git-style names so `git apply` and `patch -p1` take it. */
export function filePatch(patch: string, path: string): string {
  const name = path.split("\\").join("/");
  const lines = patch.split("\n");
  const from = lines.findIndex((line) => line.startsWith("--- "));
  if (from === -1 || !lines[from + 1]?.startsWith("+++ ")) return patch;
  return [`--- a/${name}`, `+++ b/${name}`, ...lines.slice(from + 2)].join("\n");
}

function tally(totals: Totals, located: readonly Located[], failLevel: Severity): void {
  totals.files++;
  if (located.length > 0) totals.filesWithFindings++;
  totals.findings += located.length;
  for (const { finding } of located) {
    totals.bySeverity[finding.severity]++;
    if (finding.safe) totals.safe++;
  }
  totals.failing += outstanding(
    located.map(({ finding }) => finding),
    failLevel,
  );
}

export async function runFiles(options: RunOptions, io: Streams): Promise<number> {
  const config = loadConfig(options.config, io.cwd);
  const rules = rulesFor({ only: options.only ?? config.only, disable: [...config.disable, ...options.ignore] });
  const failLevel: Severity = options.failLevel ?? config.failLevel ?? "minor";
  const warn = (message: string) => io.stderr.write(`postedit: ${message}\n`);
  const inputs = collectInputs(options.inputs, {
    cwd: io.cwd,
    format: options.format,
    stdinFilename: options.stdinFilename,
    ignore: config.ignore,
    ignoreBase: config.dir,
    warn,
  });

  const fixing = options.command === "fix";
  // Where the report goes: stdout, unless stdout carries the fixed text (fix -) or the diff (--dry-run).
  const reportsOnStderr = (input: Input) => fixing && options.output !== "json" && (options.dryRun || input.kind === "stdin");
  const sinkFor = (input: Input): Sink => (reportsOnStderr(input) ? io.stderr : io.stdout);
  const styles = new Map<Sink, Style>();
  const styleFor = (sink: Sink) => {
    if (!styles.has(sink)) styles.set(sink, style(useColour(options.color, sink, io.env)));
    return styles.get(sink)!;
  };
  const widthOf = (sink: Sink) => (sink.isTTY && sink.columns ? sink.columns : 120);

  const totals = emptyTotals();
  let jsonItems = 0;
  if (options.output === "json") io.stdout.write("[");

  const report = (input: Input, fileReport: FileReport) => {
    if (options.output === "json") return;
    const sink = sinkFor(input);
    if (options.quiet && sink === io.stderr) return;
    const text = options.output === "github" ? githubFile(fileReport) : prettyFile(fileReport, styleFor(sink), widthOf(sink));
    if (text !== "") sink.write(text);
  };
  const json = (item: object) => {
    io.stdout.write(`${jsonItems === 0 ? "" : ","}\n${JSON.stringify(item)}`);
    jsonItems++;
  };

  for (const input of inputs) {
    let decoded: Decoded;
    try {
      decoded = input.kind === "stdin" ? await readStdin(input.path === STDIN_NAME ? "standard input" : input.path) : readInputFile(input);
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      io.stderr.write(`postedit: error: ${error.message}\n`);
      totals.errors++;
      continue;
    }
    const bom = decoded.bom ? "\uFEFF" : "";

    if (!fixing) {
      const response: CheckResponse = checkText(decoded.text, rules, input.format);
      const located = locatedIn(response.findings);
      tally(totals, located, failLevel);
      if (options.output === "json") json({ path: input.path, format: input.format, ...response });
      report(input, { path: input.path, text: decoded.text, located });
      continue;
    }

    const response: FixResponse = fixText(decoded.text, rules, options.apply, input.format);
    const changed = response.text !== decoded.text;
    let written = false;
    if (input.kind === "stdin") {
      if (options.output !== "json") {
        if (!options.dryRun) io.stdout.write(bom + response.text);
        else if (changed) io.stdout.write(filePatch(response.diff.patch, input.path === STDIN_NAME ? "stdin" : input.path));
      }
    } else if (options.dryRun) {
      if (changed && options.output !== "json") io.stdout.write(filePatch(response.diff.patch, input.path));
    } else if (changed) {
      try {
        sweepStaleTemps(dirname(input.absolute));
        await writeFileAtomic(input.absolute, bom + response.text);
        written = true;
      } catch (error) {
        io.stderr.write(`postedit: error: cannot write ${input.path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
        totals.errors++;
        continue;
      }
    }
    const applied = response.findings.filter((finding) => finding.applied).length;
    totals.applied += applied;
    if (changed) totals.filesChanged++;
    const located = remainingAfterFix(response.findings);
    tally(totals, located, failLevel);
    if (options.output === "json") json({ path: input.path, format: input.format, written, ...response });
    report(input, { path: input.path, text: response.text, located });
  }

  if (options.output === "json") io.stdout.write(jsonItems === 0 ? "]\n" : "\n]\n");
  else if (!options.quiet && inputs.length > 0) {
    const sink = inputs.every(reportsOnStderr) ? io.stderr : io.stdout;
    const summary = prettySummary(totals, options.command, failLevel, options.dryRun, styleFor(sink));
    sink.write(options.output === "github" ? `postedit: ${summary.replace(/^\S+ /, "")}` : summary);
  } else if (inputs.length === 0 && !options.quiet) {
    io.stderr.write("postedit: every file named is ignored by the configuration: nothing to do\n");
  }

  if (totals.errors > 0) return EXIT_ERROR;
  return totals.failing > 0 ? EXIT_FINDINGS : EXIT_CLEAN;
}
