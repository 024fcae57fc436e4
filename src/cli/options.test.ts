import { describe, expect, it } from "vitest";
import { CliError } from "./errors.js";
import { parseInvocation } from "./options.js";

describe("the command line's grammar", () => {
  const refused: [string, string[], RegExp][] = [
    ["no command", [], /missing command/],
    ["an unknown command", ["lint", "x.txt"], /unknown command “lint”/],
    ["an unknown option", ["check", "--bogus", "x.txt"], /Unknown option '--bogus'$/],
    ["a missing option value", ["check", "x.txt", "--only"], /--only <value>' argument missing/],
    ["a bad --format", ["check", "--format", "rtf", "-"], /--format must be one of text, html, markdown, not “rtf”/],
    ["a bad --fail-level", ["check", "--fail-level", "high", "-"], /--fail-level must be one of minor, major, critical/],
    ["a bad --output", ["check", "--output", "xml", "-"], /--output must be one of pretty, json, github/],
    ["a bad --apply", ["fix", "--apply", "none", "-"], /--apply must be one of safe, all/],
    ["--apply on check", ["check", "--apply", "all", "-"], /--apply is an option of postedit fix/],
    ["--dry-run on check", ["check", "--dry-run", "-"], /--dry-run is an option of postedit fix/],
    ["nothing to check", ["check"], /nothing to check: name files, folders or globs, or - for standard input/],
    ["stdin twice", ["check", "-", "-"], /can be named only once/],
    ["--stdin-filename without -", ["check", "a.txt", "--stdin-filename", "x.md"], /--stdin-filename names standard input: add -/],
    ["an empty --only", ["check", "--only", ",", "-"], /--only needs at least one/],
    ["--color with --no-color", ["check", "--color", "--no-color", "-"], /contradict/],
    ["--config with --no-config", ["check", "--config", "x.json", "--no-config", "-"], /contradict/],
    ["a JSONL option without --jsonl", ["check", "--resume", "out.jsonl", "-"], /--resume is an option of --jsonl/],
    ["--jsonl with two inputs", ["check", "--jsonl", "a.jsonl", "b.jsonl"], /--jsonl reads one file/],
    ["--jsonl with --output github", ["check", "--jsonl", "--output", "github"], /--output pretty and github do not apply/],
    ["--jsonl with --dry-run", ["fix", "--jsonl", "--dry-run"], /--dry-run does not apply to --jsonl/],
    ["--out with --resume", ["fix", "--jsonl", "--out", "a", "--resume", "b"], /--resume appends to its own file: drop --out/],
    ["--jobs with --remote", ["fix", "--jsonl", "--remote", "http://x", "--jobs", "2"], /with --remote use --concurrency/],
    ["--concurrency without --remote", ["fix", "--jsonl", "--concurrency", "4"], /--concurrency is an option of --remote/],
    ["a bad --remote", ["fix", "--jsonl", "--remote", "ftp://x"], /--remote must be an http or https URL/],
    ["a bad --jobs", ["fix", "--jsonl", "--jobs", "0"], /--jobs must be a whole number from 1 to 256, not “0”/],
    ["a bad --timeout", ["fix", "--jsonl", "--remote", "http://x", "--timeout", "0"], /--timeout is in seconds/],
    ["a bad --header", ["fix", "--jsonl", "--remote", "http://x", "--header", "no colon"], /--header must look like “Name: value”/],
  ];
  for (const [what, argv, message] of refused) {
    it(`refuses ${what}`, () => {
      expect(() => parseInvocation(argv)).toThrow(CliError);
      expect(() => parseInvocation(argv)).toThrow(message);
    });
  }

  it("reads a full check", () => {
    const invocation = parseInvocation(["check", "docs/", "-", "--only", "calque,typography", "--only", "punctuation", "--ignore", "false-friend", "--fail-level", "major", "--output", "github", "--stdin-filename", "a.md", "--no-config"]);
    expect(invocation).toEqual({
      kind: "run",
      options: {
        command: "check",
        inputs: ["docs/", "-"],
        format: undefined,
        stdinFilename: "a.md",
        only: ["calque", "typography", "punctuation"],
        ignore: ["false-friend"],
        failLevel: "major",
        output: "github",
        apply: "safe",
        dryRun: false,
        config: false,
        color: undefined,
        quiet: false,
        jsonl: undefined,
      },
    });
  });

  it("reads a remote JSONL run with its defaults", () => {
    const invocation = parseInvocation(["fix", "--jsonl", "a.jsonl", "--resume", "out.jsonl", "--remote", "https://postedit.example.workers.dev", "--header", "Authorization: Bearer x:y"]);
    expect(invocation.kind === "run" && invocation.options.jsonl).toEqual({
      out: "out.jsonl",
      resume: true,
      jobs: undefined,
      remote: new URL("https://postedit.example.workers.dev"),
      concurrency: 8,
      retries: 6,
      timeoutMs: 60_000,
      headers: [["Authorization", "Bearer x:y"]],
      progress: undefined,
    });
  });

  it("help, version and rules", () => {
    expect(parseInvocation(["--help"])).toEqual({ kind: "help" });
    expect(parseInvocation(["help", "fix"])).toEqual({ kind: "help", command: "fix" });
    expect(parseInvocation(["check", "-h"])).toEqual({ kind: "help", command: "check" });
    expect(parseInvocation(["-v"])).toEqual({ kind: "version" });
    expect(parseInvocation(["rules", "--json"])).toEqual({ kind: "rules", json: true });
  });
});
