/**
 * The adapters by route name, and the choice of one for `POST /v1/hooks/publish`
 * by header: `X-Postedit-Source` names one; otherwise `X-Ghost-Signature` means
 * Ghost, `X-Contentful-Topic` Contentful, `sanity-webhook-signature` or
 * `sanity-project-id` Sanity, and anything else the generic body.
 */
import { contentful } from "./contentful.js";
import { generic } from "./generic.js";
import { ghost } from "./ghost.js";
import { sanity } from "./sanity.js";
import type { Adapter, Source } from "./types.js";
import { wordpress } from "./wordpress.js";

export const ADAPTERS: Record<Source, Adapter> = { generic, ghost, wordpress, contentful, sanity };

export function isSource(value: string): value is Source {
  return Object.hasOwn(ADAPTERS, value);
}

export function detectAdapter(headers: Headers): Adapter | null {
  const named = headers.get("x-postedit-source")?.trim().toLowerCase();
  if (named) return isSource(named) ? ADAPTERS[named] : null;
  if (headers.has("x-ghost-signature")) return ghost;
  if (headers.has("x-contentful-topic")) return contentful;
  if (headers.has("sanity-webhook-signature") || headers.has("sanity-project-id")) return sanity;
  return generic;
}

export type { Adapter, Delivery, DocumentRef, FinalField, HookField, Source } from "./types.js";
