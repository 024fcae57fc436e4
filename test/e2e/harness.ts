/**
 * Shared set-up for the browser tests: the app on @hono/node-server on a
 * random localhost port, and Debian's Chromium driven by playwright-core
 * (never a downloaded browser: see ../shared/TOOLCHAIN.md). Requests that
 * leave the test server are aborted and recorded, so a test can assert the
 * page works offline. With `reviews: true` the app gets a review store on a
 * fresh SQLite file (migrations applied), as the Node entry does, so the
 * publish hook opens reviews and /review/<id> serves them.
 */
import { expect } from "vitest";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve, type ServerType } from "@hono/node-server";
import Database from "better-sqlite3";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import app from "../../src/app.js";
import { applyMigrations, SqliteReviewStore } from "../../src/storage/sqlite.js";
import { migrations } from "../hooks/helpers.js";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const hasChromium = existsSync(CHROMIUM);
export const ARTIFACTS = join(new URL("../..", import.meta.url).pathname, "test-results/review");

/** Chromium as root in a container (TOOLCHAIN.md); Playwright adds headless and a fresh profile. */
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
  "--font-render-hinting=none",
];

export interface Harness {
  origin: string;
  browser: Browser;
  close(): Promise<void>;
}

export async function startHarness(options: { reviews?: boolean } = {}): Promise<Harness> {
  const env: Record<string, unknown> = {};
  let db: Database.Database | undefined;
  let dir: string | undefined;
  if (options.reviews) {
    dir = mkdtempSync(join(tmpdir(), "postedit-e2e-"));
    db = new Database(join(dir, "postedit.sqlite"));
    db.pragma("journal_mode = WAL");
    db.pragma("foreign_keys = ON");
    applyMigrations(db, migrations());
    env.REVIEW_STORE = new SqliteReviewStore(db);
  }
  const server = await new Promise<ServerType>((resolve) => {
    const started: ServerType = serve({ fetch: (request) => app.fetch(request, env), port: 0, hostname: "127.0.0.1" }, () => resolve(started));
  });
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    origin: `http://127.0.0.1:${port}`,
    browser,
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      db?.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Tab {
  context: BrowserContext;
  page: Page;
  /** Requests to anywhere but the test server (aborted). */
  external: string[];
  /** Console errors and uncaught exceptions in the page (CSP violations show up here). */
  errors: string[];
}

/** A fresh context and page on `path`; `touch`: a phone (touch events, mobile viewport handling). */
export async function openPage(harness: Harness, viewport = { width: 1280, height: 900 }, path = "/", options: { touch?: boolean } = {}): Promise<Tab> {
  const touch = options.touch === true;
  const context = await harness.browser.newContext({ viewport, acceptDownloads: true, deviceScaleFactor: 1, hasTouch: touch, isMobile: touch });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: harness.origin });
  const external: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(`${harness.origin}/`) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    external.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${harness.origin}${path}`);
  await page.waitForSelector("html[data-ready=true]");
  return { context, page, external, errors };
}

/** POST to the API from the test (not through the page); GET when `body` is undefined. */
export async function api<T = Record<string, any>>(harness: Harness, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  const init: RequestInit = body === undefined ? {} : { method: "POST", headers: { "content-type": "application/json" }, body: typeof body === "string" ? body : JSON.stringify(body) };
  const response = await fetch(`${harness.origin}${path}`, init);
  return { status: response.status, body: (await response.json()) as T };
}

/** Waits until the preview reflects every decision made so far (the page debounces /v1/apply). */
export async function settled(page: Page): Promise<void> {
  await page.waitForSelector('#result[aria-busy="false"]');
}

export async function shot(page: Page, name: string, fullPage = true): Promise<string> {
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}

/** After a suite: no tab sent a request off the server or logged an error it did not provoke on purpose. */
export function expectCleanTabs(tabs: readonly { tab: Tab; allow?: RegExp }[]): void {
  for (const { tab, allow } of tabs) {
    expect(tab.external, "requests that left the server").toEqual([]);
    expect(tab.errors.filter((error) => !allow?.test(error)), "console errors (CSP violations included)").toEqual([]);
  }
}

/** The part of a finding the expected choice looks at. */
export interface Edit {
  id: string;
  offset: number;
  length: number;
  replacement: string | null;
}

/**
 * Two edits conflict (README, "Overlaps"): overlapping spans (half-open, so
 * touching spans do not), two insertions at one point, or an insertion
 * strictly inside a span. Written here again on purpose: the expected values
 * must not come from the code under test.
 */
export function conflict(a: Edit, b: Edit): boolean {
  const [aEnd, bEnd] = [a.offset + a.length, b.offset + b.length];
  if (a.length === 0 && b.length === 0) return a.offset === b.offset;
  if (a.length === 0) return b.offset < a.offset && a.offset < bEnd;
  if (b.length === 0) return a.offset < b.offset && b.offset < aEnd;
  return a.offset < bEnd && b.offset < aEnd;
}

/**
 * What the page applies, as the issue states it: the findings the editor
 * accepted (with a replacement), plus those accepted by default (`defaults`:
 * the safe fixes after Check, the applied ones in a review) that the editor
 * did not decide on and that no accepted finding conflicts with. In finding order.
 */
export function expectedChoice<F extends Edit>(findings: readonly F[], decisions: Record<string, "accept" | "reject">, defaults: (f: F) => boolean): string[] {
  const accepted = findings.filter((f) => decisions[f.id] === "accept" && f.replacement !== null);
  const chosen = new Set([...accepted, ...findings.filter((f) => defaults(f) && decisions[f.id] === undefined && !accepted.some((a) => conflict(a, f)))].map((f) => f.id));
  return findings.filter((f) => chosen.has(f.id)).map((f) => f.id);
}
