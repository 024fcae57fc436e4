/**
 * Chooses the document builder for an input format.
 */
import type { Format } from "./types.js";
import { buildPlainDocument, type Document } from "./document.js";

export class UnsupportedFormatError extends Error {
  constructor(readonly format: Format) {
    super(`format "${format}" is not supported yet; send "text"`);
  }
}

export function buildDocument(source: string, format: Format): Document {
  if (format === "text") return buildPlainDocument(source);
  throw new UnsupportedFormatError(format);
}
