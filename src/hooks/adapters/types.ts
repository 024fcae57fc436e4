/**
 * What every adapter does: turn one CMS's webhook payload into named fields
 * for the core, and turn the final fields back into the shape that CMS stores
 * them in (`cms` in the responses and the completion callback).
 */
import type { Format } from "../../engine/index.js";
import type { PolicyInput } from "../policy.js";
import type { SchemeId } from "../signatures.js";
import type { StructureKind } from "../structures.js";

export type Source = "generic" | "ghost" | "wordpress" | "contentful" | "sanity";

/** The CMS's identifiers for the document: kept with a review, echoed in `cms` and the callback. */
export type DocumentRef = Record<string, string | number | null>;

export interface HookField {
  /** Unique in the delivery: `html`, `title`, `body.en-US`… */
  name: string;
  /** The text the engine checks (for a structured field, its blocks as text: see spans.ts). */
  value: string;
  format: Format;
  /** Rich Text or Portable Text: the original structure, rebuilt with the fixes. */
  structure?: { kind: StructureKind; original: unknown };
}

export interface Delivery {
  document: DocumentRef;
  fields: HookField[];
  /** An id for this delivery derived from the payload (document id and revision), used when no delivery id came in the headers. */
  derivedKey?: string | undefined;
  /** Policy given in the payload (generic body) or the query string. */
  policy?: PolicyInput | undefined;
  /** Set when the payload holds nothing to check (a deletion, an asset, a draft): why. Answered `publish` with no fields. */
  ignored?: string | undefined;
}

export interface RequestInfo {
  headers: Headers;
  query: URLSearchParams;
}

/** A field's final state: `value` as text, `structured` for Rich Text and Portable Text. */
export interface FinalField {
  name: string;
  value: string;
  structured?: unknown;
}

export interface Adapter {
  source: Source;
  /** The CMS's own signature scheme (Standard Webhooks is accepted on every route). */
  scheme?: SchemeId;
  /** The header in which the CMS sends a delivery id. */
  deliveryHeader?: string;
  /** Throws HookError 400 on a payload of the wrong shape. */
  parse(body: unknown, request: RequestInfo): Delivery;
  /** The final fields as this CMS takes them back. */
  toCms?(document: DocumentRef, fields: readonly FinalField[]): unknown;
}
