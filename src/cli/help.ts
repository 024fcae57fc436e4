/**
 * `postedit --help` and `postedit help <command>`: what each command does,
 * its options, and examples to copy.
 */

const MAIN = `postedit: find and fix the artifacts of French-to-English machine translation

Usage
  postedit check [files|folders|globs|-] [options]   report findings
  postedit fix   [files|folders|globs|-] [options]   apply the safe fixes in place
  postedit check|fix --jsonl [archive.jsonl|-]        a whole archive, one JSON line per document
  postedit rules                                      the rules and categories (ids for --only/--ignore)
  postedit help <command>                             more on check, fix or rules

Folders are searched for .txt, .md, .markdown, .html and .htm files (hidden
files and node_modules are skipped); the format follows the extension.
- reads standard input (fix - prints the corrected text to standard output).

Options
  --format text|html|markdown     the format of every input, whatever its extension
  --stdin-filename NAME           a name for standard input in reports (its extension sets the format)
  --only IDS                      run only these rules or categories (comma-separated or repeated)
  --ignore IDS                    leave these rules or categories out
  --fail-level minor|major|critical
                                  exit 1 only for findings at this severity or above (default minor)
  --output pretty|json|github     pretty for people (default), json (the API's answer per file),
                                  github (workflow annotations on the pull request)
  --config FILE | --no-config     a .postedit.json to use, or none (default: the nearest one upward)
  --color | --no-color            colour (default: on a terminal, unless NO_COLOR is set)
  -q, --quiet                     no summary line and no progress
  -h, --help                      this help
  -v, --version                   the version

fix
  --apply safe|all                safe fixes only (default), or every replacement (suggestions too)
  --dry-run                       print a unified diff instead of writing

Archives (--jsonl)
  Input lines {"id", "text", "format"?}; output lines {"id", "text" (fix), "findings", "stats"}
  in input order, or {"id"?, "error": {"code", "message", "line"}} for a line that cannot be processed.
  --out FILE                      write the lines to FILE instead of standard output
  --resume FILE                   append to FILE, skipping the ids already in it
  --jobs N                        worker threads (default: every core)
  --remote URL                    send the documents to a deployed postedit instead (its base URL)
  --concurrency N                 requests at a time with --remote (default 8)
  --retries N                     retries of a 429, 5xx or network failure (default 6)
  --timeout SECONDS               per request (default 60)
  --header "Name: value"          an HTTP header for every request (repeatable)
  --progress | --no-progress      the progress line on stderr (default: on a terminal)

Exit codes
  0  no findings at or above the fail level (after fix: none left)
  1  findings at or above the fail level
  2  usage or runtime error: a bad option, a missing or unreadable file, a line that could not be processed

Configuration (.postedit.json, found in the working folder or a folder above it)
  { "rules": { "only": [...], "disable": [...] }, "failLevel": "major", "ignore": ["drafts/**"] }
  --only replaces rules.only, --ignore adds to rules.disable, --fail-level replaces failLevel;
  "ignore" lists globs of files (relative to the configuration's folder) never checked or fixed.

Examples
  postedit fix - < article.txt > article.clean.txt
  postedit check content/ --fail-level major
  postedit check "content/**/*.md" --output github
  postedit fix content/ --dry-run | less
  postedit fix --apply all --only typography,punctuation post.html
  postedit fix --jsonl archive.jsonl --resume cleaned.jsonl
  postedit check --jsonl archive.jsonl --remote https://postedit.example.workers.dev --concurrency 32 --out report.jsonl
`;

const CHECK = `postedit check [files|folders|globs|-] [options]

Reports every finding: file:line:col, severity, rule, whether it is a safe
fix, a suggestion or a flag, the message, the line with the span marked, and
the replacement. Nothing is written.

  postedit check article.txt
  postedit check content/ --output github --fail-level major
  cat post.html | postedit check - --stdin-filename post.html --output json

See postedit --help for every option.
`;

const FIX = `postedit fix [files|folders|globs|-] [options]

Applies the safe fixes (--apply all: every replacement) and reports what is
left for a person. Files are rewritten in place atomically (a temporary file
beside them, then a rename: an interrupted run never leaves half a file);
unchanged files are not touched. Standard input goes to standard output, with
the report on stderr. --dry-run prints a unified diff (git apply takes it)
instead of writing. Exit 0 only when nothing is left at the fail level.

  postedit fix - < article.txt > article.clean.txt
  postedit fix content/ --dry-run
  postedit fix "content/**/*.md" --apply all --only typography

See postedit --help for every option.
`;

const RULES = `postedit rules [--json]

Lists the categories and rules: the ids that --only and --ignore (and the
configuration's rules.only and rules.disable) take.
`;

export function helpText(topic?: "check" | "fix" | "rules"): string {
  return topic === "check" ? CHECK : topic === "fix" ? FIX : topic === "rules" ? RULES : MAIN;
}
