/**
 * `postedit check|fix` on files, folders, globs and standard input, spawned
 * as a process: outputs, exit codes, in-place writes, dry runs, the
 * configuration file, rule selection, colours.
 */
import { execFileSync } from "node:child_process";
import { chmodSync, lstatSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { run, SEED, SEED_EXPECTED, tempDir } from "./harness.js";

vi.setConfig({ testTimeout: 30_000 });

const seed = readFileSync(SEED, "utf8");
const expectedSeed = readFileSync(SEED_EXPECTED, "utf8");
const CLEAN = "The talks resumed on Monday in Geneva, the source said.\n";
/** Only safe fixes: after `fix`, nothing is left. */
const SAFE_ONLY = "Talks resume Monday in Swiss., he said.\n";

let dir: { path: string; remove: () => void };
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.remove());

const file = (name: string, text: string | Buffer) => {
  const path = join(dir.path, name);
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, text);
  return path;
};

describe("the done-when of issue 14", () => {
  it("fix - turns the seed article into expected-default.txt on stdout", async () => {
    const result = await run(["fix", "-"], { input: seed });
    expect(result.stdout).toBe(expectedSeed);
    // Suggestions are left for a person: at the default fail level that is exit 1, and the report says what is left.
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("<stdin>:");
    expect(result.stderr).toMatch(/8 fixes applied.*10 findings left for a person/);
  });

  it("check exits 1 on the seed, 0 on clean text, 2 on a missing file", async () => {
    const seedRun = await run(["check", SEED]);
    expect(seedRun.code).toBe(1);
    expect(seedRun.stdout).toMatch(/geneva-talks\.txt:1:1 major breadcrumb \(safe fix\)/);

    const clean = await run(["check", file("clean.txt", CLEAN)]);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toBe("✔ 1 file checked: no findings\n");

    const missing = await run(["check", join(dir.path, "missing.txt")]);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe("");
    expect(missing.stderr).toBe(`postedit: error: no such file or folder: ${join(dir.path, "missing.txt")}\n`);
  });
});

describe("exit codes and errors", () => {
  it("exits 2 with a one-line message on bad usage (every case of the grammar: src/cli/options.test.ts)", async () => {
    for (const [args, message] of [
      [["check", "--bogus", "x.txt"], /^postedit: error: Unknown option '--bogus'\n$/],
      [["check", "--only", "no-such-rule", "-"], /^postedit: error: unknown rule or category: no-such-rule \(postedit rules lists them\)\n$/],
      [[], /^postedit: error: missing command/],
    ] as const) {
      const result = await run(args, { input: "text" });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr).toMatch(message);
    }
  });

  it("exits 2 on a file that is not UTF-8 or is binary, and still reports the others", async () => {
    const latin1 = file("latin1.txt", Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a])); // "Café" in Latin-1
    const binary = file("archive.txt", Buffer.from("PK\x03\x04\x00\x00\x08\x00", "latin1"));
    const swiss = file("swiss.txt", SAFE_ONLY);
    const result = await run(["check", latin1, binary, swiss]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("latin1.txt is not UTF-8 text");
    expect(result.stderr).toContain("archive.txt looks binary");
    expect(result.stdout).toContain("swiss.txt:1:24 major demonym-as-place");
    expect(result.stdout).toContain("2 files could not be read");
  });

  it("exits 0 after fix when nothing is left at the fail level, 1 when something is", async () => {
    const safeOnly = file("safe.txt", SAFE_ONLY);
    const fixed = await run(["fix", safeOnly]);
    expect(fixed.code).toBe(0);
    expect(readFileSync(safeOnly, "utf8")).toBe("Talks resume Monday in Switzerland, he said.\n");
    const seedCopy = file("seed.txt", seed);
    expect((await run(["fix", seedCopy])).code).toBe(1);
    // What is left on the seed is major and minor: nothing critical.
    expect((await run(["check", "--fail-level", "critical", seedCopy])).code).toBe(0);
  });

  it("--fail-level major ignores minor findings for the exit code, not for the report", async () => {
    const minorOnly = file("minor.txt", "He said « yes ».\n");
    const result = await run(["check", "--fail-level", "major", minorOnly]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("minor french-quotes");
    expect(result.stdout).toContain("none at major or above");
    expect((await run(["check", minorOnly])).code).toBe(1);
  });

  it("--help and --version", async () => {
    const help = await run(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("postedit check [files|folders|globs|-]");
    expect(help.stdout).toContain("Examples");
    const fixHelp = await run(["fix", "--help"]);
    expect(fixHelp.stdout).toContain("--dry-run prints a unified diff");
    const version = await run(["--version"]);
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, "../../package.json"), "utf8")) as { version: string };
    expect(version).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });

  it("postedit rules lists every category and rule id", async () => {
    const result = await run(["rules", "--json"]);
    const listing = JSON.parse(result.stdout) as { categories: { id: string }[]; rules: { id: string; category: string }[] };
    expect(listing.categories.map((c) => c.id)).toContain("calque");
    expect(listing.rules.find((r) => r.id === "demonym-as-place")?.category).toBe("calque");
    expect((await run(["rules"])).stdout).toMatch(/^calque: .*\n(?: {2}\S+ +.+\n)+/m);
  });
});

describe("inputs", () => {
  it("recurses folders over .txt, .md, .markdown, .html, .htm, skipping hidden entries, node_modules and other files", async () => {
    file("a.txt", SAFE_ONLY);
    file("sub/b.md", "# Title\n\nMonday in Swiss.\n");
    file("sub/deeper/c.html", "<p>Monday in Swiss.</p>");
    file("sub/d.markdown", CLEAN);
    file("sub/e.htm", "<p>ok</p>");
    file(".hidden/x.txt", SAFE_ONLY);
    file("node_modules/pkg/y.txt", SAFE_ONLY);
    file("image.png", "not text");
    file("notes.rst", SAFE_ONLY);
    const result = await run(["check", "--output", "json", "."], { cwd: dir.path });
    const reports = JSON.parse(result.stdout) as { path: string; format: string }[];
    expect(reports.map(({ path, format }) => [path, format])).toEqual([
      ["a.txt", "text"],
      ["sub/b.md", "markdown"],
      ["sub/d.markdown", "markdown"],
      ["sub/deeper/c.html", "html"],
      ["sub/e.htm", "html"],
    ]);
  });

  it("expands globs, and reports one that matches nothing", async () => {
    file("posts/one.md", CLEAN);
    file("posts/2024/two.md", CLEAN);
    file("posts/three.txt", CLEAN);
    const result = await run(["check", "--output", "json", "posts/**/*.md"], { cwd: dir.path });
    expect((JSON.parse(result.stdout) as { path: string }[]).map((r) => r.path)).toEqual(["posts/2024/two.md", "posts/one.md"]);
    const none = await run(["check", "drafts/**/*.md"], { cwd: dir.path });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("no .txt, .md, .markdown, .html or .htm files match drafts/**/*.md");
  });

  it("reads an explicitly named file whatever its extension (as text), and --format overrides the extension", async () => {
    const rst = file("notes.rst", SAFE_ONLY);
    const asText = JSON.parse((await run(["check", "--output", "json", rst])).stdout) as { format: string; findings: unknown[] }[];
    expect(asText[0]).toMatchObject({ format: "text" });
    expect(asText[0]!.findings).toHaveLength(2);
    const html = file("page.txt", "<p>theNorth</p>");
    const asHtml = JSON.parse((await run(["check", "--output", "json", "--format", "html", html])).stdout) as { format: string; findings: { offset: number }[] }[];
    expect(asHtml[0]).toMatchObject({ format: "html" });
    expect(asHtml[0]!.findings[0]!.offset).toBe(3);
  });

  it("--stdin-filename names standard input and sets its format", async () => {
    const result = await run(["fix", "-", "--stdin-filename", "post.html"], { input: "<p>Monday in <b>Swiss</b>.</p>\n<p>Photo: Reuters / HANDOUT</p>\n" });
    expect(result.stdout).toBe("<p>Monday in <b>Switzerland</b>.</p>\n");
    const report = await run(["check", "-", "--stdin-filename", "post.html"], { input: "<p>theNorth</p>" });
    expect(report.stdout).toContain("post.html:1:4 major glued-camel-case");
  });

  it("keeps a byte order mark, and an unchanged stdin comes back byte for byte", async () => {
    const withBom = file("bom.txt", `\uFEFF${SAFE_ONLY}`);
    await run(["fix", withBom]);
    expect(readFileSync(withBom, "utf8")).toBe("\uFEFFTalks resume Monday in Switzerland, he said.\n");
    const odd = "Line one\r\nno final newline\t😀 é";
    const result = await run(["fix", "-"], { input: odd });
    expect(result.stdout).toBe(odd);
    expect(result.code).toBe(0);
  });

  it("refuses a file over the engine's 1,000,000-character limit", async () => {
    const big = file("big.txt", "a".repeat(1_000_001));
    const result = await run(["check", big]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("big.txt is 1,000,001 characters; the limit is 1,000,000");
  });
});

describe("fix on files", () => {
  it("writes in place, leaves unchanged files alone, keeps permissions, writes through a symbolic link", async () => {
    const seedCopy = file("articles/seed.txt", seed);
    const clean = file("articles/clean.txt", CLEAN);
    const link = join(dir.path, "articles/link.txt");
    const target = file("elsewhere/target.txt", SAFE_ONLY);
    symlinkSync(target, link);
    chmodSync(seedCopy, 0o640);
    const old = new Date("2020-01-01T00:00:00Z");
    utimesSync(clean, old, old);

    const result = await run(["fix", "articles"], { cwd: dir.path });
    expect(result.code).toBe(1);
    expect(readFileSync(seedCopy, "utf8")).toBe(expectedSeed);
    expect(statSync(seedCopy).mode & 0o777).toBe(0o640);
    expect(statSync(clean).mtime.getTime()).toBe(old.getTime());
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, "utf8")).toBe("Talks resume Monday in Switzerland, he said.\n");
    expect(readdirSync(join(dir.path, "articles")).sort()).toEqual(["clean.txt", "link.txt", "seed.txt"]);
    expect(result.stdout).toContain("✖ 10 fixes applied, changed 2 of 3 files; 10 findings left for a person (5 major, 5 minor)");
  });

  it("reports what is left at its place in the written file", async () => {
    const seedCopy = file("seed.txt", seed);
    const result = await run(["fix", "seed.txt"], { cwd: dir.path });
    const written = readFileSync(seedCopy, "utf8").split("\n");
    // Each reported line:col points at the remaining finding in the file as written.
    const located = [...result.stdout.matchAll(/^seed\.txt:(\d+):(\d+) \w+ (\S+)/gm)].map((m) => ({ line: Number(m[1]), column: Number(m[2]), rule: m[3]! }));
    expect(located).toHaveLength(10);
    const falseFriend = located.find((l) => l.rule === "false-friend")!;
    expect(written[falseFriend.line - 1]!.slice(falseFriend.column - 1)).toMatch(/^recalled/);
    const ofComplement = located.find((l) => l.rule === "missing-of-complement")!;
    expect(written[ofComplement.line - 1]!.slice(ofComplement.column - 1)).toMatch(/^size and extent military/);
  });

  it("--dry-run prints a unified diff that git apply takes, and writes nothing", async () => {
    const seedCopy = file("seed.txt", seed);
    const swiss = file("notes/swiss.md", SAFE_ONLY);
    const clean = file("clean.txt", CLEAN);
    const result = await run(["fix", "--dry-run", "."], { cwd: dir.path });
    expect(readFileSync(seedCopy, "utf8")).toBe(seed);
    expect(readFileSync(swiss, "utf8")).toBe(SAFE_ONLY);
    expect(result.stdout).toContain("--- a/seed.txt\n+++ b/seed.txt\n");
    expect(result.stdout).toContain("--- a/notes/swiss.md\n+++ b/notes/swiss.md\n");
    expect(result.stdout).not.toContain("clean.txt");
    expect(result.stderr).toContain("10 fixes would apply, would change 2 of 3 files");
    writeFileSync(join(dir.path, "changes.patch"), result.stdout);
    execFileSync("git", ["apply", "--unsafe-paths", "changes.patch"], { cwd: dir.path });
    expect(readFileSync(seedCopy, "utf8")).toBe(expectedSeed);
    expect(readFileSync(swiss, "utf8")).toBe("Talks resume Monday in Switzerland, he said.\n");
    expect(readFileSync(clean, "utf8")).toBe(CLEAN);
  });

  it("--apply all applies suggestions too", async () => {
    const text = "Talks went on.\n\nNext article In Nigeria, the army moved north.\n";
    const safe = await run(["fix", "-"], { input: text });
    expect(safe.stdout).toBe(text);
    const all = await run(["fix", "--apply", "all", "-"], { input: text });
    expect(all.stdout).toBe("Talks went on.\n");
  });
});

describe("rule selection and configuration", () => {
  it("--only and --ignore take rule and category ids, comma-separated or repeated", async () => {
    const text = "Monday in Swiss., he said « yes ».";
    const ids = async (...args: string[]) =>
      ((JSON.parse((await run(["check", "--output", "json", "-", ...args], { input: text })).stdout) as { findings: { rule: string }[] }[])[0]!.findings).map((f) => f.rule);
    expect(await ids()).toEqual(["demonym-as-place", "doubled-punctuation", "french-quotes", "french-quotes"]);
    expect(await ids("--only", "calque")).toEqual(["demonym-as-place"]);
    expect(await ids("--only", "calque,doubled-punctuation")).toEqual(["demonym-as-place", "doubled-punctuation"]);
    expect(await ids("--ignore", "typography", "--ignore", "calque")).toEqual(["doubled-punctuation"]);
  });

  it("finds .postedit.json upward: rules, fail level and ignored files; options win; --no-config ignores it", async () => {
    file(
      ".postedit.json",
      JSON.stringify({ rules: { disable: ["typography"] }, failLevel: "major", ignore: ["drafts/**", "**/*.generated.md"] }),
    );
    file("content/post.md", "He said « yes ».\n\nMonday in Swiss.\n");
    file("content/drafts/draft.md", SAFE_ONLY);
    file("content/page.generated.md", SAFE_ONLY);
    file("drafts/old.md", SAFE_ONLY);
    const cwd = join(dir.path, "content");
    const result = await run(["check", "--output", "json", "."], { cwd });
    const reports = JSON.parse(result.stdout) as { path: string; findings: { rule: string }[] }[];
    // drafts/** is relative to the configuration's folder: content/drafts is not ignored, the top-level drafts/ is.
    expect(reports.map((r) => r.path)).toEqual(["drafts/draft.md", "post.md"]);
    expect(reports[1]!.findings.map((f) => f.rule)).toEqual(["demonym-as-place"]);

    const minorOnly = file("content/minor.md", "A fine text, he said ,again.\n");
    const minor = await run(["check", "minor.md"], { cwd });
    expect(minor.stdout).toContain("minor space-before-punctuation");
    expect(minor.code).toBe(0); // failLevel major from the configuration
    expect((await run(["check", "--fail-level", "minor", "minor.md"], { cwd })).code).toBe(1);

    const ignored = await run(["check", "../drafts/old.md"], { cwd });
    expect(ignored.stderr).toContain("is ignored by the configuration");
    expect(ignored.code).toBe(0);

    const noConfig = await run(["check", "--output", "json", "--no-config", "post.md"], { cwd });
    expect((JSON.parse(noConfig.stdout) as { findings: unknown[] }[])[0]!.findings.length).toBe(3);
    void minorOnly;
  });

  it("exits 2 on a configuration that is not valid", async () => {
    file(".postedit.json", JSON.stringify({ failLevel: "high", rulez: [] }));
    const result = await run(["check", "-"], { cwd: dir.path, input: "x" });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/\.postedit\.json is not a valid postedit configuration: .*failLevel/);
  });
});

describe("output formats", () => {
  it("pretty: file:line:col, severity, rule, kind, message, the line with the span marked, the replacement", async () => {
    const result = await run(["check", "-", "--stdin-filename", "t.txt"], { input: "First line.\n😀 Monday in Swiss., he said.\n" });
    expect(result.stdout).toBe(
      [
        "t.txt:2:14 major demonym-as-place (safe fix)",
        "  “in Swiss” uses the adjective for the place: “in Switzerland”.",
        "  2 | 😀 Monday in Swiss., he said.",
        // The emoji takes two columns on a terminal: the marker stays under “Swiss”.
        "    |              ^^^^^ → Switzerland",
        "t.txt:2:19 minor doubled-punctuation (safe fix)",
        "  “.,” is doubled punctuation: keep “,”.",
        "  2 | 😀 Monday in Swiss., he said.",
        "    |                   ^^ → ,",
        "✖ 2 findings in 1 of 1 file (1 major, 1 minor); 2 safe fixes: postedit fix applies them",
        "",
      ].join("\n"),
    );
  });

  it("pretty: colour only when forced or on a terminal, and never with NO_COLOR", async () => {
    const input = "Monday in Swiss.";
    expect((await run(["check", "-"], { input })).stdout).not.toContain("\x1b[");
    expect((await run(["check", "-"], { input, env: { FORCE_COLOR: "1" } })).stdout).toContain("\x1b[33mmajor\x1b[39m");
    expect((await run(["check", "-", "--color"], { input })).stdout).toContain("\x1b[");
    expect((await run(["check", "-"], { input, env: { FORCE_COLOR: "1", NO_COLOR: "1" } })).stdout).not.toContain("\x1b[");
  });

  it("pretty: a long line is cut to a window around the span", async () => {
    const input = `${"word ".repeat(100)}Monday in Swiss. ${"more ".repeat(100)}`;
    const lines = (await run(["check", "-"], { input })).stdout.split("\n");
    expect(lines[2]!.length).toBeLessThanOrEqual(125);
    expect(lines[2]).toMatch(/^ {2}1 \| …[a-z]* (word )+Monday in Swiss\. (more )+[a-z]*…$/);
    expect(lines[3]!.indexOf("^")).toBe(lines[2]!.indexOf("Swiss"));
  });

  it("github: workflow annotations with escaped properties", async () => {
    const result = await run(["check", "--output", "github", "-", "--stdin-filename", "a,b.txt"], {
      input: "Photo: Reuters / HANDOUT\nMonday in Swiss.\n",
    });
    expect(result.code).toBe(1);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe(
      "::warning file=a%2Cb.txt,line=1,endLine=1,col=1,endColumn=24,title=postedit photo-credit (major boilerplate%2C safe fix)::Photo or video credit from the source page: remove it. Suggested: delete it.",
    );
    expect(lines[1]).toBe(
      "::warning file=a%2Cb.txt,line=2,endLine=2,col=11,endColumn=15,title=postedit demonym-as-place (major calque%2C safe fix)::“in Swiss” uses the adjective for the place: “in Switzerland”. Suggested: “Switzerland”.",
    );
    expect(lines.at(-1)).toMatch(/^postedit: 2 findings in 1 of 1 file/);
  });

  it("json: an array with the API's answer per file, stdout valid JSON even when a file fails", async () => {
    const swiss = file("swiss.txt", SAFE_ONLY);
    const result = await run(["fix", "--output", "json", swiss, join(dir.path, "clean.txt"), "--dry-run"]);
    expect(result.code).toBe(2); // clean.txt does not exist: nothing is read or written
    expect(result.stdout).toBe("");
    file("clean.txt", CLEAN);
    const ok = await run(["fix", "--output", "json", "swiss.txt", "clean.txt", "--dry-run"], { cwd: dir.path });
    const reports = JSON.parse(ok.stdout) as Record<string, unknown>[];
    expect(reports.map((r) => Object.keys(r))).toEqual([
      ["path", "format", "written", "text", "findings", "diff", "skipped", "stats"],
      ["path", "format", "written", "text", "findings", "diff", "skipped", "stats"],
    ]);
    expect(reports[0]).toMatchObject({ path: "swiss.txt", format: "text", written: false, text: "Talks resume Monday in Switzerland, he said.\n" });
  });
});
