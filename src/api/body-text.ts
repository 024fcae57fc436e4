/**
 * The one rule for request bodies, on every route: sent uncompressed, and
 * valid UTF-8. A compressed body is refused (415 `unsupported_encoding`)
 * rather than read as garbage; a byte sequence that is not UTF-8 is refused
 * (400 `invalid_utf8`, with the offset of the first bad byte) rather than
 * silently turned into U+FFFD. A byte order mark at the start is dropped, as
 * UTF-8 decoders do.
 */
import type { Context } from "hono";
import { ApiError } from "./errors.js";

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** Refuses a body sent with a Content-Encoding (gzip, br, deflate…): postedit reads bodies as sent. */
export function refuseEncodedBody(c: Context): void {
  const encoding = (c.req.header("content-encoding") ?? "").trim().toLowerCase();
  if (encoding !== "" && encoding !== "identity") {
    throw new ApiError(415, "unsupported_encoding", `send the body uncompressed: Content-Encoding ${encoding} is not accepted`, { encoding });
  }
}

/** The body as text: uncompressed, valid UTF-8. */
export async function bodyText(c: Context): Promise<string> {
  refuseEncodedBody(c);
  return decodeUtf8(new Uint8Array(await c.req.arrayBuffer()));
}

export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return decoder.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    throw new ApiError(400, "invalid_utf8", `the body is not valid UTF-8: bad byte 0x${(bytes[offset] ?? 0).toString(16).padStart(2, "0")} at byte offset ${offset}`, { offset });
  }
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence (the Unicode standard's table 3-7), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) low = 0xa0;
      else if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) low = 0x90;
      else if (b === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      const min = k === 1 ? low : 0x80;
      const max = k === 1 ? high : 0xbf;
      if (next === undefined || next < min || next > max) return i;
    }
    i += length;
  }
  return -1;
}
