/**
 * Ghost: the `post.published` (or `page.published`, `post.published.edited`)
 * webhook, `{ post: { current: { id, title, html, custom_excerpt, updated_at… }, previous } }`.
 * Checks `title`, `html` and `custom_excerpt`; answers `cms` as the body of an
 * Admin API edit, `PUT /ghost/api/admin/posts/<id>/?source=html`
 * (`updated_at` included: Ghost refuses an edit of a post changed since).
 * Ghost sends no delivery id; its retries repeat the same post version, so
 * `id:updated_at` identifies the delivery.
 */
import type { Adapter, DocumentRef, FinalField, HookField } from "./types.js";
import { fieldFilter, idOf, invalid, isObject, queryPolicy } from "./shared.js";

const TEXT_FIELDS = [
  ["title", "text"],
  ["html", "html"],
  ["custom_excerpt", "text"],
] as const;

export const ghost: Adapter = {
  source: "ghost",
  scheme: "ghost",
  parse(body, request) {
    if (!isObject(body)) invalid("a Ghost webhook body is an object: { post: { current: {…} } }");
    const kind = isObject(body.post) ? "post" : isObject(body.page) ? "page" : null;
    if (kind === null) invalid("expected a Ghost post or page webhook: { post: { current: {…} } }");
    const current = (body[kind] as Record<string, unknown>).current;
    const policy = queryPolicy(request);
    if (!isObject(current) || Object.keys(current).length === 0) {
      return { document: { type: kind }, fields: [], policy, ignored: `no ${kind}.current in the payload (a deletion?)` };
    }
    const document: DocumentRef = { type: kind, id: idOf(current.id), uuid: idOf(current.uuid), updated_at: idOf(current.updated_at), url: idOf(current.url) };
    const wanted = fieldFilter(request);
    const fields: HookField[] = [];
    for (const [name, format] of TEXT_FIELDS) {
      const value = current[name];
      if (typeof value === "string" && value !== "" && wanted(name)) fields.push({ name, value, format });
    }
    const derivedKey = document.id !== null && document.updated_at !== null ? `${document.id}:${document.updated_at}` : undefined;
    return { document, fields, derivedKey, policy };
  },
  toCms(document: DocumentRef, fields: readonly FinalField[]) {
    const post: Record<string, unknown> = { id: document.id ?? null, updated_at: document.updated_at ?? null };
    for (const field of fields) post[field.name] = field.value;
    return { [document.type === "page" ? "pages" : "posts"]: [post] };
  },
};
