/**
 * `.postedit.json`: a project's rules, fail level and ignored files, found by
 * searching upward from the working directory (or named with --config).
 * Command-line options win over it: --only replaces its `rules.only`,
 * --ignore adds to its `rules.disable`, --fail-level replaces `failLevel`.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import * as z from "zod";
import { SEVERITIES, type Severity } from "../engine/index.js";
import { CliError } from "./errors.js";

export const CONFIG_FILE = ".postedit.json";

const configSchema = z
  .object({
    $schema: z.string().optional(),
    rules: z
      .object({
        only: z.array(z.string()).optional(),
        disable: z.array(z.string()).optional(),
      })
      .strict()
      .optional(),
    failLevel: z.enum(SEVERITIES as [Severity, ...Severity[]]).optional(),
    /** Globs of files never checked nor fixed, relative to the configuration's folder. */
    ignore: z.array(z.string()).optional(),
  })
  .strict();

export interface Config {
  /** The file read, or null when there is none. */
  path: string | null;
  /** The folder `ignore` globs are relative to. */
  dir: string;
  only: string[] | undefined;
  disable: string[];
  failLevel: Severity | undefined;
  ignore: string[];
}

/** The nearest `.postedit.json` in `start` or a folder above it. */
export function findConfig(start: string): string | null {
  let dir = resolve(start);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

export function loadConfig(option: string | false | undefined, cwd: string): Config {
  const path = option === false ? null : option === undefined ? findConfig(cwd) : resolve(cwd, option);
  if (path === null) return { path: null, dir: cwd, only: undefined, disable: [], failLevel: undefined, ignore: [] };
  let raw: string;
  try {
    raw = readFileSync(path, "utf8");
  } catch (error) {
    throw new CliError(`cannot read the configuration ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new CliError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = configSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join(".") || "(top level)"}: ${issue.message}`);
    throw new CliError(`${path} is not a valid postedit configuration: ${issues.join("; ")}`);
  }
  const config = parsed.data;
  return {
    path,
    dir: dirname(path),
    only: config.rules?.only,
    disable: config.rules?.disable ?? [],
    failLevel: config.failLevel,
    ignore: config.ignore ?? [],
  };
}
