/**
 * The hook's settings, read from the environment on every request: Worker
 * bindings and secrets (`c.env`) in the Worker, `process.env` on Node (which
 * `src/node.ts` passes in as the same bindings). Secrets are only read here
 * and handed to the verifiers; they are never logged or echoed.
 */
import { D1ReviewStore, type D1Like } from "../storage/d1.js";
import type { ReviewStore } from "../storage/review-store.js";
import type { SchemeId } from "./signatures.js";

export interface HookBindings {
  /** Cloudflare D1 (wrangler.toml `[[d1_databases]]`, binding `DB`). */
  DB?: D1Like;
  /** A ready store (the Node entry's SQLite); wins over `DB`. */
  REVIEW_STORE?: ReviewStore;
  /** The Standard Webhooks secret (`whsec_…`): /v1/hooks/publish, /v1/hooks/wordpress, and any route when the request carries `webhook-signature`. */
  POSTEDIT_WEBHOOK_SECRET?: string;
  /** The Ghost custom integration's webhook secret. */
  POSTEDIT_GHOST_SECRET?: string;
  /** The Contentful space's webhook signing secret (64 characters). */
  POSTEDIT_CONTENTFUL_SECRET?: string;
  /** The Sanity webhook's secret. */
  POSTEDIT_SANITY_SECRET?: string;
  /** While rotating: the secret being replaced, still accepted (each `…_SECRET` has its `…_SECRET_PREVIOUS`). */
  POSTEDIT_WEBHOOK_SECRET_PREVIOUS?: string;
  POSTEDIT_GHOST_SECRET_PREVIOUS?: string;
  POSTEDIT_CONTENTFUL_SECRET_PREVIOUS?: string;
  POSTEDIT_SANITY_SECRET_PREVIOUS?: string;
  /**
   * `true` accepts unsigned deliveries while no hook secret is set: for local testing only. Without it,
   * and without a secret, every delivery is refused (401): a deployment that forgot its secrets fails closed.
   */
  POSTEDIT_ALLOW_UNSIGNED?: string;
  /** Largest accepted age (or lead) of a signature's timestamp, in seconds. Default 300. */
  POSTEDIT_SIGNATURE_TOLERANCE?: string;
  /** Default policy: the lowest severity of a remaining finding that sends the document to review (`minor`, `major`, `critical`, `never`). Default `major`. */
  POSTEDIT_HOOK_REVIEW?: string;
  /** Default policy: block rules, comma-separated, e.g. `untranslated@title`. Default none. */
  POSTEDIT_HOOK_BLOCK?: string;
  /** How long a review stays reachable, in days. Default 30. */
  POSTEDIT_REVIEW_TTL_DAYS?: string;
  /** Base URL for review links (`https://postedit.example.com`); without it `review.url` is the path `/review/<id>`. */
  POSTEDIT_PUBLIC_URL?: string;
  /** Where to POST `review.completed` (Standard Webhooks-signed with the secret below). */
  POSTEDIT_CALLBACK_URL?: string;
  POSTEDIT_CALLBACK_SECRET?: string;
}

export interface HookConfig {
  secrets: Record<SchemeId, string[]>;
  /** POSTEDIT_ALLOW_UNSIGNED=true: unsigned deliveries are accepted while no secret is set. */
  allowUnsigned: boolean;
  toleranceSeconds: number;
  review: string | undefined;
  block: string | undefined;
  reviewTtlMs: number;
  deliveryTtlMs: number;
  publicUrl: string;
  callback: { url: string; secret: string | undefined } | undefined;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The current secret and, while rotating, the previous one; any character may be in a secret, only outer whitespace is trimmed. */
function secretList(current: unknown, previous: unknown): string[] {
  return [current, previous].filter((secret): secret is string => typeof secret === "string" && secret.trim() !== "").map((secret) => secret.trim());
}

function positiveNumber(value: unknown, fallback: number): number {
  const number = typeof value === "string" && value.trim() !== "" ? Number(value) : NaN;
  return Number.isFinite(number) && number > 0 ? number : fallback;
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

/** Only an explicit `true` (any case) lets unsigned deliveries in. */
export function allowsUnsigned(value: unknown): boolean {
  return typeof value === "string" && value.trim().toLowerCase() === "true";
}

export function hookConfig(env: unknown): HookConfig {
  const e = (env ?? {}) as HookBindings;
  const callbackUrl = text(e.POSTEDIT_CALLBACK_URL);
  return {
    secrets: {
      standard: secretList(e.POSTEDIT_WEBHOOK_SECRET, e.POSTEDIT_WEBHOOK_SECRET_PREVIOUS),
      ghost: secretList(e.POSTEDIT_GHOST_SECRET, e.POSTEDIT_GHOST_SECRET_PREVIOUS),
      contentful: secretList(e.POSTEDIT_CONTENTFUL_SECRET, e.POSTEDIT_CONTENTFUL_SECRET_PREVIOUS),
      sanity: secretList(e.POSTEDIT_SANITY_SECRET, e.POSTEDIT_SANITY_SECRET_PREVIOUS),
    },
    allowUnsigned: allowsUnsigned(e.POSTEDIT_ALLOW_UNSIGNED),
    toleranceSeconds: positiveNumber(e.POSTEDIT_SIGNATURE_TOLERANCE, 300),
    review: text(e.POSTEDIT_HOOK_REVIEW),
    block: text(e.POSTEDIT_HOOK_BLOCK),
    reviewTtlMs: positiveNumber(e.POSTEDIT_REVIEW_TTL_DAYS, 30) * DAY_MS,
    deliveryTtlMs: 7 * DAY_MS,
    publicUrl: (text(e.POSTEDIT_PUBLIC_URL) ?? "").replace(/\/+$/, ""),
    callback: callbackUrl ? { url: callbackUrl, secret: text(e.POSTEDIT_CALLBACK_SECRET) } : undefined,
  };
}

/** The review store for this request: the Node entry's, or one on the Worker's D1 binding; undefined when neither is configured. */
export function reviewStoreFor(env: unknown): ReviewStore | undefined {
  const e = (env ?? {}) as HookBindings;
  if (e.REVIEW_STORE) return e.REVIEW_STORE;
  if (e.DB && typeof e.DB.prepare === "function") return new D1ReviewStore(e.DB);
  return undefined;
}
