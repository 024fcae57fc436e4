/**
 * Sanity: a GROQ-powered webhook whose projection returns the document's text,
 * e.g. `{_id, _rev, _type, title, excerpt, body}`. Every top-level string and
 * every Portable Text array (not starting with `_`) is checked (`?fields=` to
 * choose); Portable Text: spans cleaned, marks and keys kept; a fix across
 * spans of a block is only suggested. Answers `cms` as a mutation for
 * `POST /vX/data/mutate/<dataset>` (a patch with `ifRevisionID`).
 * Delivery id: the `idempotency-key` header, else `_id:_rev`.
 */
import { isPortableText } from "../portable-text.js";
import { layoutStructure } from "../structures.js";
import type { Adapter, DocumentRef, FinalField, HookField } from "./types.js";
import { fieldFilter, idOf, invalid, isObject, queryPolicy } from "./shared.js";

export const sanity: Adapter = {
  source: "sanity",
  scheme: "sanity",
  deliveryHeader: "idempotency-key",
  parse(body, request) {
    if (!isObject(body)) invalid("a Sanity webhook body is the projection of a document: { _id, _rev, title, body… }");
    const document: DocumentRef = {
      id: idOf(body._id) ?? request.headers.get("sanity-document-id"),
      rev: idOf(body._rev),
      type: idOf(body._type),
      dataset: request.headers.get("sanity-dataset"),
      operation: request.headers.get("sanity-operation"),
    };
    const policy = queryPolicy(request);
    if (document.operation === "delete") return { document, fields: [], policy, ignored: "a deletion" };
    const wanted = fieldFilter(request);
    const fields: HookField[] = [];
    for (const [name, value] of Object.entries(body)) {
      if (name.startsWith("_") || !wanted(name)) continue;
      if (typeof value === "string" && value !== "") fields.push({ name, value, format: "text" });
      else if (isPortableText(value)) {
        const structure = { kind: "portable-text" as const, original: value };
        fields.push({ name, value: layoutStructure("portable-text", value).text, format: "text", structure });
      }
    }
    const derivedKey = document.id !== null && document.rev !== null ? `${document.id}:${document.rev}` : undefined;
    return { document, fields, derivedKey, policy };
  },
  toCms(document: DocumentRef, fields: readonly FinalField[]) {
    // Built from entries, not by assignment: a field named `__proto__` stays a field.
    const set = Object.fromEntries(fields.map((field) => [field.name, field.structured ?? field.value]));
    const patch: Record<string, unknown> = { id: document.id ?? null };
    if (document.rev !== null && document.rev !== undefined) patch.ifRevisionID = document.rev;
    patch.set = set;
    return { mutations: [{ patch }] };
  },
};
