/**
 * The progress line on stderr while an archive runs (on a terminal, or with
 * --progress): documents done, documents per second, and — when the input's
 * size is known — a bar and the time left, estimated from the bytes read.
 */

export interface ProgressStream {
  write(text: string): boolean;
  columns?: number;
}

const REFRESH_MS = 200;

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return "--";
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m`;
}

export class Progress {
  private documents = 0;
  /** Bytes of the input behind the documents done (skipped lines included). */
  private position = 0;
  /** Bytes processed in this run (not skipped): the rate the time left is estimated from. */
  private processed = 0;
  private lastDraw = 0;
  private readonly started: number;
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly stream: ProgressStream,
    private readonly totalBytes: number | undefined,
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
    this.timer = setInterval(() => this.draw(), 1000);
    this.timer.unref();
  }

  /** A document was written; `position` is where its line ends in the input. */
  done(position: number, bytes: number): void {
    this.documents++;
    this.position = position;
    this.processed += bytes;
    if (this.now() - this.lastDraw >= REFRESH_MS) this.draw();
  }

  /** Lines skipped (resume): they move the position, not the rate. */
  skipped(position: number): void {
    this.position = position;
  }

  line(): string {
    const elapsed = (this.now() - this.started) / 1000;
    const rate = elapsed > 0 ? this.documents / elapsed : 0;
    const parts = [`${this.documents.toLocaleString("en-US")} docs`, `${rate >= 100 ? Math.round(rate).toLocaleString("en-US") : rate.toFixed(1)} docs/s`];
    if (this.totalBytes !== undefined && this.totalBytes > 0) {
      const fraction = Math.min(1, this.position / this.totalBytes);
      const width = 20;
      const filled = Math.round(fraction * width);
      const byteRate = elapsed > 0 ? this.processed / elapsed : 0;
      const eta = byteRate > 0 ? (this.totalBytes - this.position) / byteRate : Number.NaN;
      parts.unshift(`[${"#".repeat(filled)}${".".repeat(width - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}%`);
      parts.push(`ETA ${formatDuration(eta)}`);
    }
    const text = `postedit ${parts.join("  ")}`;
    const columns = this.stream.columns || 80; // 0 or unset: not a real terminal size
    return text.length >= columns ? text.slice(0, columns - 1) : text;
  }

  draw(): void {
    this.lastDraw = this.now();
    this.stream.write(`\r\x1b[2K${this.line()}`);
  }

  /** Leaves the final figures on their own line. */
  finish(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.draw();
    this.stream.write("\n");
  }

  /** Clears the line (interrupted run). */
  clear(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.stream.write("\r\x1b[2K");
  }
}
