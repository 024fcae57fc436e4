/**
 * Contentful: an Entry webhook (`X-Contentful-Topic:
 * ContentManagement.Entry.publish`), `{ sys, fields: { <id>: { <locale>: value } } }`.
 * Checks text fields (Symbol, Text) and Rich Text documents in English locales
 * (`en`, `en-US`…; `?locales=en-US,en-GB` to choose), each as the field
 * `<id>.<locale>`. Rich Text: the text nodes are cleaned, the tree and marks kept.
 * Answers `cms` as a JSON Patch for `PATCH /spaces/…/entries/<id>`
 * (`Content-Type: application/json-patch+json`, `X-Contentful-Version`).
 * Delivery id: `X-Contentful-Idempotency-Key`, else `id:r<revision>` (`id:v<version>` for a draft).
 */
import { isRichTextDocument } from "../rich-text.js";
import { layoutStructure } from "../structures.js";
import type { Adapter, DocumentRef, FinalField, HookField } from "./types.js";
import { fieldFilter, idOf, invalid, isObject, queryPolicy } from "./shared.js";

function linkId(value: unknown): string | null {
  return isObject(value) && isObject(value.sys) && typeof value.sys.id === "string" ? value.sys.id : null;
}

/** RFC 6901 escaping for a JSON Pointer segment. */
function pointer(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

export const contentful: Adapter = {
  source: "contentful",
  scheme: "contentful",
  deliveryHeader: "x-contentful-idempotency-key",
  parse(body, request) {
    if (!isObject(body) || !isObject(body.sys)) invalid("a Contentful webhook body is an entity: { sys, fields }");
    const sys = body.sys as Record<string, unknown>;
    const topic = request.headers.get("x-contentful-topic") ?? "";
    const document: DocumentRef = {
      id: idOf(sys.id),
      type: linkId(sys.contentType),
      space: linkId(sys.space),
      environment: linkId(sys.environment),
      version: idOf(sys.version),
      revision: idOf(sys.revision),
      topic: topic || null,
    };
    const policy = queryPolicy(request);
    if (sys.type !== "Entry" || !isObject(body.fields)) {
      return { document, fields: [], policy, ignored: `not an entry with fields (${String(sys.type)}${topic ? `, ${topic}` : ""})` };
    }
    const locales = request.query.get("locales");
    const localeWanted = locales
      ? ((wanted: Set<string>) => (locale: string) => wanted.has(locale))(new Set(locales.split(",").map((l) => l.trim())))
      : (locale: string) => /^en(?:-|$)/i.test(locale);
    const wanted = fieldFilter(request);
    const fields: HookField[] = [];
    for (const [fieldId, perLocale] of Object.entries(body.fields)) {
      if (!isObject(perLocale)) continue;
      for (const [locale, value] of Object.entries(perLocale)) {
        const name = `${fieldId}.${locale}`;
        if (!localeWanted(locale) || !wanted(name)) continue;
        if (typeof value === "string" && value !== "") fields.push({ name, value, format: "text" });
        else if (isRichTextDocument(value)) {
          const structure = { kind: "rich-text" as const, original: value };
          fields.push({ name, value: layoutStructure("rich-text", value).text, format: "text", structure });
        }
      }
    }
    // A published entity has a revision; a saved draft only its version: keep them apart.
    const version = document.revision !== null ? `r${document.revision}` : document.version !== null ? `v${document.version}` : null;
    const derivedKey = document.id !== null && version !== null ? `${document.id}:${version}` : undefined;
    return { document, fields, derivedKey, policy };
  },
  toCms(document: DocumentRef, fields: readonly FinalField[]) {
    return {
      entryId: document.id ?? null,
      version: document.version ?? null,
      patch: fields.map((field) => {
        const at = field.name.indexOf(".");
        const fieldId = field.name.slice(0, at);
        const locale = field.name.slice(at + 1);
        return { op: "replace", path: `/fields/${pointer(fieldId)}/${pointer(locale)}`, value: field.structured ?? field.value };
      }),
    };
  },
};
