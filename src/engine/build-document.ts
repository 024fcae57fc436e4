/**
 * Chooses the document reader for an input format.
 */
import type { Format } from "./types.js";
import { buildPlainDocument, type Document } from "./document.js";
import { buildHtmlDocument } from "./markup/html.js";
import { buildMarkdownDocument } from "./markup/markdown.js";

export function buildDocument(source: string, format: Format): Document {
  switch (format) {
    case "text":
      return buildPlainDocument(source);
    case "html":
      return buildHtmlDocument(source);
    case "markdown":
      return buildMarkdownDocument(source);
  }
}
