/**
 * JSON Lines from a byte stream, one line at a time: memory stays bounded by
 * the longest line allowed, never by the file (a 10 GB archive is read in
 * 1 MiB chunks). A longer line is skipped without being held, and reported.
 */

export interface Line {
  /** 1-based. */
  number: number;
  /** The line without its line break; null when it was longer than allowed or not UTF-8 (see `problem`). */
  text: string | null;
  problem?: "too_long" | "not_utf8";
  /** Bytes of the stream consumed up to the end of this line, its line break included. */
  end: number;
  /** False for a last line without a line break (possibly cut short by a killed writer). */
  terminated: boolean;
}

const NEWLINE = 0x0a;
const utf8 = new TextDecoder("utf-8", { fatal: true });

export async function* readLines(source: AsyncIterable<Buffer | Uint8Array>, maxBytes: number): AsyncGenerator<Line> {
  let pieces: Uint8Array[] = [];
  let length = 0;
  let tooLong = false;
  let number = 0;
  let consumed = 0;

  const finish = (terminated: boolean): Line => {
    number++;
    let text: string | null = null;
    let problem: Line["problem"];
    if (tooLong) {
      problem = "too_long";
    } else {
      try {
        text = utf8.decode(pieces.length === 1 ? pieces[0] : Buffer.concat(pieces));
        if (text.endsWith("\r")) text = text.slice(0, -1);
        if (number === 1 && text.startsWith("\uFEFF")) text = text.slice(1);
      } catch {
        problem = "not_utf8";
      }
    }
    pieces = [];
    length = 0;
    tooLong = false;
    return problem === undefined ? { number, text, end: consumed, terminated } : { number, text: null, problem, end: consumed, terminated };
  };

  const keep = (part: Uint8Array) => {
    if (tooLong) return;
    if (length + part.length > maxBytes) {
      tooLong = true;
      pieces = [];
      return;
    }
    if (part.length > 0) pieces.push(part);
    length += part.length;
  };

  for await (const chunk of source) {
    let position = 0;
    for (;;) {
      const newline = chunk.indexOf(NEWLINE, position);
      if (newline === -1) {
        keep(chunk.subarray(position));
        consumed += chunk.length - position;
        break;
      }
      keep(chunk.subarray(position, newline));
      consumed += newline + 1 - position;
      yield finish(true);
      position = newline + 1;
    }
  }
  if (length > 0 || tooLong) yield finish(false);
}
