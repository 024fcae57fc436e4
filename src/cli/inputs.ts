/**
 * From the arguments to the documents: files, folders (recursing over the
 * supported extensions), globs and `-` (standard input); each with its format,
 * decoded as strict UTF-8. Everything named is resolved before anything is
 * read or written, so a missing file stops a `fix` before it changes a thing.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, isAbsolute, join, relative, resolve, sep } from "node:path";
import picomatch from "picomatch";
import { globSync, isDynamicPattern } from "tinyglobby";
import type { Format } from "../engine/index.js";
import { MAX_TEXT_LENGTH } from "../api/limits.js";
import { CliError } from "./errors.js";

export const EXTENSIONS: Readonly<Record<string, Format>> = {
  ".txt": "text",
  ".md": "markdown",
  ".markdown": "markdown",
  ".html": "html",
  ".htm": "html",
};

/** How standard input is named in reports without --stdin-filename. */
export const STDIN_NAME = "<stdin>";

const EXTENSION_LIST = ".txt, .md, .markdown, .html or .htm";

/** Folders a walk never enters (their files can still be named one by one). */
const SKIPPED_FOLDERS = new Set(["node_modules"]);

export type Input =
  | { kind: "file"; /** as shown in reports */ path: string; absolute: string; format: Format }
  | { kind: "stdin"; path: string; format: Format };

export function formatOf(name: string): Format | undefined {
  return EXTENSIONS[extname(name).toLowerCase()];
}

/** How a file is shown: relative to the working directory when it is inside it. */
function shown(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel : absolute;
}

/**
 * Every supported file under `root`, in path order (a folder's entries by
 * name, each folder walked where its name falls). Iterative, so a deep tree
 * cannot overflow the stack; hidden entries and node_modules are skipped, and
 * symbolic links to folders are not followed (no cycles).
 */
function walk(root: string): string[] {
  const found: string[] = [];
  const stack: { path: string; folder: boolean }[] = [{ path: root, folder: true }];
  while (stack.length > 0) {
    const { path: current, folder } = stack.pop()!;
    if (!folder) {
      found.push(current);
      continue;
    }
    let entries;
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch (error) {
      throw new CliError(`cannot read the folder ${current}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    // Pushed in reverse, so the first name is taken next.
    for (let i = entries.length - 1; i >= 0; i--) {
      const entry = entries[i]!;
      if (entry.name.startsWith(".")) continue;
      const path = join(current, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) stack.push({ path, folder: true });
      } else if (formatOf(entry.name) !== undefined && (entry.isFile() || (entry.isSymbolicLink() && isFile(path)))) {
        stack.push({ path, folder: false });
      }
    }
  }
  return found;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export interface CollectOptions {
  cwd: string;
  format: Format | undefined;
  stdinFilename: string | undefined;
  /** Globs relative to `ignoreBase` (the configuration's folder). */
  ignore: readonly string[];
  ignoreBase: string;
  /** Told about explicitly named files that the configuration ignores. */
  warn: (message: string) => void;
}

export function collectInputs(args: readonly string[], options: CollectOptions): Input[] {
  const { cwd } = options;
  const ignored = options.ignore.length > 0 ? picomatch([...options.ignore], { dot: true }) : () => false;
  const isIgnored = (absolute: string) => {
    const rel = relative(options.ignoreBase, absolute);
    return !rel.startsWith("..") && !isAbsolute(rel) && ignored(rel.split(sep).join("/"));
  };
  const inputs: Input[] = [];
  const seen = new Set<string>();
  const add = (absolute: string, explicit: boolean) => {
    if (seen.has(absolute)) return;
    seen.add(absolute);
    if (isIgnored(absolute)) {
      if (explicit) options.warn(`${shown(absolute, cwd)} is ignored by the configuration`);
      return;
    }
    inputs.push({ kind: "file", path: shown(absolute, cwd), absolute, format: options.format ?? formatOf(absolute) ?? "text" });
  };

  for (const arg of args) {
    if (arg === "-") {
      const name = options.stdinFilename;
      inputs.push({ kind: "stdin", path: name ?? STDIN_NAME, format: options.format ?? (name ? formatOf(name) : undefined) ?? "text" });
      continue;
    }
    const absolute = resolve(cwd, arg);
    let stats;
    try {
      stats = statSync(absolute);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== "ENOENT" && code !== "ENOTDIR") throw new CliError(`cannot read ${arg}: ${code ?? (error as Error).message}`);
    }
    if (stats?.isDirectory()) {
      const files = walk(absolute);
      if (files.length === 0) throw new CliError(`no ${EXTENSION_LIST} files in ${arg}`);
      for (const file of files) add(file, false);
    } else if (stats) {
      if (!stats.isFile()) throw new CliError(`${arg} is not a file or a folder`);
      add(absolute, true);
    } else if (isDynamicPattern(arg)) {
      const matches = globSync(arg, { cwd, absolute: true, onlyFiles: true, ignore: ["**/node_modules/**"], expandDirectories: false })
        .filter((file) => formatOf(file) !== undefined)
        .sort();
      if (matches.length === 0) throw new CliError(`no ${EXTENSION_LIST} files match ${arg}`);
      for (const file of matches) add(resolve(file), false);
    } else {
      throw new CliError(`no such file or folder: ${arg}`);
    }
  }
  return inputs;
}

/** The text of a document, and whether it started with a byte order mark (kept on writing). */
export interface Decoded {
  text: string;
  bom: boolean;
}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Strict UTF-8 (never a silent replacement character), within the engine's documented limit. */
export function decode(bytes: Uint8Array, name: string): Decoded {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new CliError(`${name} is not UTF-8 text`);
  }
  if (text.includes("\0")) throw new CliError(`${name} looks binary (it contains NUL characters)`);
  const bom = text.startsWith("\uFEFF");
  if (bom) text = text.slice(1);
  if (text.length > MAX_TEXT_LENGTH) {
    throw new CliError(`${name} is ${text.length.toLocaleString("en-US")} characters; the limit is ${MAX_TEXT_LENGTH.toLocaleString("en-US")} (UTF-16 code units)`);
  }
  return { text, bom };
}

export function readInputFile(input: Extract<Input, { kind: "file" }>): Decoded {
  let bytes: Buffer;
  try {
    const { size } = statSync(input.absolute);
    // UTF-8 takes at most 3 bytes per UTF-16 code unit: anything larger is over the limit, unread.
    if (size > MAX_TEXT_LENGTH * 3 + 3) {
      throw new CliError(`${input.path} is ${size.toLocaleString("en-US")} bytes; the limit is ${MAX_TEXT_LENGTH.toLocaleString("en-US")} characters`);
    }
    bytes = readFileSync(input.absolute);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot read ${input.path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  return decode(bytes, input.path);
}

/** Standard input, read to the end but never past the limit. */
export async function readStdin(name: string): Promise<Decoded> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of process.stdin) {
      const buffer = chunk as Buffer;
      size += buffer.length;
      if (size > MAX_TEXT_LENGTH * 3 + 3) {
        throw new CliError(`standard input is over ${MAX_TEXT_LENGTH.toLocaleString("en-US")} characters, the limit`);
      }
      chunks.push(buffer);
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot read standard input: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  return decode(Buffer.concat(chunks), name);
}
