/**
 * WordPress: a REST API post object (`/wp-json/wp/v2/posts/<id>?context=edit`:
 * `title`, `content`, `excerpt` as `{ raw, rendered }`), bare or as `{ post }`;
 * also a `WP_Post` (`post_title`, `post_content`, `post_excerpt`), as plugins
 * that forward `save_post` send it. WordPress signs nothing itself: sign with
 * Standard Webhooks (README). `raw` is checked when present (it keeps the
 * block comments), else `rendered`. Answers `cms` as the body of
 * `POST /wp-json/wp/v2/posts/<id>`. Delivery key: `id:modified_gmt`.
 */
import type { Adapter, DocumentRef, FinalField, HookField } from "./types.js";
import { fieldFilter, idOf, invalid, isObject, queryPolicy } from "./shared.js";

const FIELDS = ["title", "content", "excerpt"] as const;

function restValue(value: unknown): { text: string; from: "raw" | "rendered" } | null {
  if (typeof value === "string") return { text: value, from: "raw" };
  if (!isObject(value)) return null;
  if (typeof value.raw === "string") return { text: value.raw, from: "raw" };
  if (typeof value.rendered === "string") return { text: value.rendered, from: "rendered" };
  return null;
}

export const wordpress: Adapter = {
  source: "wordpress",
  parse(body, request) {
    if (!isObject(body)) invalid("a WordPress body is a REST post object ({ id, title, content, excerpt }) or a WP_Post");
    const post = isObject(body.post) ? body.post : body;
    const wpPost = "post_content" in post || "post_title" in post;
    const document: DocumentRef = wpPost
      ? { id: idOf(post.ID), type: idOf(post.post_type), modified_gmt: idOf(post.post_modified_gmt), source: "raw" }
      : { id: idOf(post.id), type: idOf(post.type), modified_gmt: idOf(post.modified_gmt ?? post.modified), link: idOf(post.link), source: "raw" };
    const wanted = fieldFilter(request);
    const fields: HookField[] = [];
    for (const name of FIELDS) {
      const value = wpPost ? (typeof post[`post_${name}`] === "string" ? { text: post[`post_${name}`] as string, from: "raw" as const } : null) : restValue(post[name]);
      if (!value || value.text === "" || !wanted(name)) continue;
      if (value.from === "rendered") document.source = "rendered";
      fields.push({ name, value: value.text, format: "html" });
    }
    if (fields.length === 0 && !wpPost && !("title" in post) && !("content" in post)) {
      invalid("expected a WordPress post: { id, title, content, excerpt } (REST, context=edit) or { ID, post_title, post_content, post_excerpt }");
    }
    const derivedKey = document.id !== null && document.modified_gmt !== null ? `${document.id}:${document.modified_gmt}` : undefined;
    return { document, fields, derivedKey, policy: queryPolicy(request) };
  },
  toCms(document: DocumentRef, fields: readonly FinalField[]) {
    const post: Record<string, unknown> = { id: document.id ?? null };
    for (const field of fields) post[field.name] = field.value;
    return post;
  },
};
