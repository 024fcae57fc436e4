/**
 * In-place writes that an interrupted run cannot leave half done: the new
 * text goes to a temporary file beside the original (same folder, so the same
 * file system), is flushed to disk, takes the original's permissions, and
 * replaces it with one rename. A run stopped by a signal removes its
 * temporary file; one killed outright leaves it, and the next run that fixes
 * files in that folder removes it (its name carries the dead process's id).
 */
import { randomBytes } from "node:crypto";
import { closeSync, fsyncSync, openSync, readdirSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, chmodSync, chownSync } from "node:fs";
import { basename, dirname, join } from "node:path";

const TEMP_MARK = ".postedit-";
const TEMP_SUFFIX = ".tmp";

/** Temporary files this process has open, removed if it is interrupted. */
const pending = new Set<string>();
/** Folders already swept for stale temporary files in this run. */
const swept = new Set<string>();

function tempName(base: string): string {
  return `.${base}${TEMP_MARK}${process.pid}-${randomBytes(4).toString("hex")}${TEMP_SUFFIX}`;
}

/** The process id in a temporary file's name, or null if the name is not one of ours. */
function ownerOf(name: string): number | null {
  if (!name.startsWith(".") || !name.endsWith(TEMP_SUFFIX)) return null;
  const mark = name.lastIndexOf(TEMP_MARK);
  if (mark <= 0) return null;
  const [pid, random, ...rest] = name.slice(mark + TEMP_MARK.length, -TEMP_SUFFIX.length).split("-");
  if (rest.length > 0 || !/^\d{1,10}$/.test(pid ?? "") || !/^[0-9a-f]{8}$/.test(random ?? "")) return null;
  return Number(pid);
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Removes the temporary files that runs killed before their rename left in `dir`. Returns their names. */
export function sweepStaleTemps(dir: string): string[] {
  if (swept.has(dir)) return [];
  swept.add(dir);
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const pid = ownerOf(name);
    if (pid === null || isAlive(pid)) continue;
    try {
      unlinkSync(join(dir, name));
      removed.push(name);
    } catch {
      // Gone already, or not ours to remove: leave it.
    }
  }
  return removed;
}

/** Writes `content` to `path` atomically (the file a symbolic link points to, if it is one). */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  const target = realpathSync(path);
  const dir = dirname(target);
  const original = statSync(target);
  const temp = join(dir, tempName(basename(target)));
  pending.add(temp);
  try {
    const fd = openSync(temp, "wx", original.mode & 0o7777);
    try {
      writeSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    chmodSync(temp, original.mode & 0o7777);
    if (typeof process.getuid === "function" && (original.uid !== process.getuid() || original.gid !== process.getgid?.())) {
      try {
        chownSync(temp, original.uid, original.gid);
      } catch {
        // Only root may give a file away; the new file keeps this user as owner.
      }
    }
    await pauseForTests(temp);
    renameSync(temp, target);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // never created, or already renamed
    }
    throw error;
  } finally {
    pending.delete(temp);
  }
}

/**
 * Test hook: POSTEDIT_TEST_PAUSE_BEFORE_RENAME=<ms> holds each write between
 * the temporary file and the rename, and says so on stderr, so a test can
 * kill the process at the worst moment. Unset in normal use.
 */
async function pauseForTests(temp: string): Promise<void> {
  const pause = Number(process.env.POSTEDIT_TEST_PAUSE_BEFORE_RENAME);
  if (!(pause > 0)) return;
  process.stderr.write(`postedit: test pause before rename: ${temp}\n`);
  await new Promise((resolve) => setTimeout(resolve, pause));
}

/** Removes this process's temporary files (on SIGINT or SIGTERM, before exiting). */
export function removePendingTemps(): void {
  for (const temp of pending) {
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
  }
  pending.clear();
}
