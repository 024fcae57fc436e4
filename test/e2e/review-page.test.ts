/**
 * The review page (issue 5) end to end, in Debian's Chromium driven by
 * playwright-core, against the app on @hono/node-server on a random port.
 * Every export is compared with what POST /v1/apply answers for the same
 * decisions, called directly by the test. Screenshots of the main states go
 * to test-results/review/ (gitignored); UPDATE_README_SCREENSHOT=1 also
 * refreshes docs/review-page.png, the one in the README.
 */
import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, hasChromium, CHROMIUM, openPage, settled, shot, startHarness, type Harness, type Tab, expectCleanTabs } from "./harness.js";

type Finding = {
  id: string;
  category: string;
  offset: number;
  length: number;
  original: string;
  replacement: string | null;
  safe: boolean;
  rule: string;
};
type Applied = { text: string; diff: { patch: string; changes: { type: string; value: string }[] }; applied: string[]; skipped: unknown[] };

const root = new URL("../..", import.meta.url).pathname;
const seed = readFileSync(join(root, "fixtures/seed/geneva-talks.txt"), "utf8");
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

// No skipping: without a browser these tests fail and say how to get one.
if (!hasChromium) {
  throw new Error(`the browser tests need Chromium at ${CHROMIUM}: apt-get install -y chromium (bash .ci/run does), or set CHROMIUM_PATH`);
}

describe("review page in Chromium", { timeout: 90_000 }, () => {
  let harness: Harness;
  const tabs: { tab: Tab; allow?: RegExp }[] = [];

  beforeAll(async () => {
    harness = await startHarness();
  }, 60_000);

  afterAll(async () => {
    expectCleanTabs(tabs);
    await harness?.close();
  });

  /** A fresh context and page; `allow` matches console errors the test provokes on purpose. */
  async function open(viewport?: { width: number; height: number }, allow?: RegExp): Promise<Page> {
    const tab = await openPage(harness, viewport);
    tabs.push({ tab, allow });
    return tab.page;
  }

  async function checkText(page: Page, text: string): Promise<Finding[]> {
    await page.fill("#source", text);
    await page.focus("#source");
    await page.keyboard.press("Tab"); // → the Check button
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("check");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#review:not([hidden])");
    await settled(page);
    const ids = await page.$$eval("#list button[data-id]", (buttons) => buttons.map((b) => (b as HTMLElement).dataset.id));
    const checked = await api<{ findings: Finding[] }>(harness, "/v1/check", { text, format: await page.inputValue("#format") });
    expect(ids).toEqual(checked.body.findings.map((f) => f.id));
    return checked.body.findings;
  }

  const position = (page: Page) => page.textContent("#card-pos");
  const statuses = (page: Page) => page.$$eval("#list button[data-id]", (buttons) => buttons.map((b) => (b as HTMLElement).dataset.status));

  async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
    const [file] = await Promise.all([page.waitForEvent("download"), page.click(button)]);
    return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, "utf8") };
  }

  async function axe(page: Page): Promise<string[]> {
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const result = await (window as unknown as { axe: { run(context: Document, options: unknown): Promise<{ passes: unknown[]; violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe.run(document, {
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
      });
      return { passes: result.passes.length, violations: result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(", ")}`) };
    });
    expect(violations.passes, "axe ran its checks").toBeGreaterThan(20);
    return violations.violations;
  }

  it("loads offline, in a sensible focus order, with no accessibility violations", async () => {
    const page = await open();
    expect(await page.title()).toContain("postedit");
    const order: string[] = [];
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press("Tab");
      order.push(await page.evaluate(() => document.activeElement?.id || document.activeElement?.className || ""));
    }
    expect(order).toEqual(["skip", "file", "format", "source", "check"]);
    expect(await page.isVisible("a.skip")).toBe(true); // the skip link shows when focused
    await shot(page, "01-empty", false);
    expect(await axe(page)).toEqual([]);
  });

  it("reviews the seed article by keyboard; every export equals POST /v1/apply", async () => {
    const page = await open();
    const findings = await checkText(page, seed);
    expect(findings.length).toBeGreaterThanOrEqual(6);
    const n = findings.length;
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("annotated");
    await shot(page, "02-checked", false);

    // Step through by keyboard.
    expect(await position(page)).toBe(`1 of ${n}`);
    await page.keyboard.press("j");
    expect(await position(page)).toBe(`2 of ${n}`);
    await page.keyboard.press("ArrowDown");
    expect(await position(page)).toBe(`3 of ${n}`);
    await page.keyboard.press("k");
    await page.keyboard.press("ArrowUp");
    expect(await position(page)).toBe(`1 of ${n}`);
    const current = await page.$eval("#annotated mark.current", (mark) => (mark as HTMLElement).dataset.ids);
    expect(current?.split(" ")).toContain(findings[0]!.id);

    // Decide: accept 0, reject 1, accept 2, undo, accept 2 (Enter), reject 3 (x), accept 4, undo (Ctrl+Z).
    await page.keyboard.press("a");
    expect(await position(page)).toBe(`2 of ${n}`);
    await page.keyboard.press("r");
    await page.keyboard.press("a");
    await page.keyboard.press("u");
    expect(await position(page)).toBe(`3 of ${n}`);
    await page.keyboard.press("Enter");
    await page.keyboard.press("x");
    await page.keyboard.press("a");
    await page.keyboard.press("Control+z");
    expect(await position(page)).toBe(`5 of ${n}`);
    expect((await statuses(page)).slice(0, 5)).toEqual(["accepted", "rejected", "accepted", "rejected", "pending"]);
    await settled(page);
    await page.evaluate(() => document.getElementById("review")!.scrollIntoView({ block: "start" }));
    const readme = await shot(page, "03-keyboard", false);
    if (process.env.UPDATE_README_SCREENSHOT === "1") copyFileSync(readme, join(root, "docs/review-page.png"));

    // Several at once, by keyboard too: everything pending in the rejected finding's category, then every safe fix.
    const category = findings[1]!.category;
    await page.focus("#bulk-category");
    await page.selectOption("#bulk-category", category);
    await page.focus("#accept-category");
    await page.keyboard.press("Enter");
    await page.focus("#accept-safe");
    await page.keyboard.press("Space");
    await settled(page);

    const decided = new Set([1, 3]);
    const accept = findings.filter((f, i) => i === 0 || i === 2 || (!decided.has(i) && (f.category === category || f.safe))).map((f) => f.id);
    const expected = await api<Applied>(harness, "/v1/apply", { text: seed, accept, findings });
    expect(expected.status).toBe(200);
    expect(expected.body.text).not.toBe(seed);
    const shown = await statuses(page);
    expect(findings.filter((_, i) => shown[i] === "accepted").map((f) => f.id)).toEqual(accept);
    expect(shown[1]).toBe("rejected");
    expect(shown[3]).toBe("rejected");

    expect(await page.textContent("#preview")).toBe(expected.body.text);
    expect(await page.$$eval("#changes del", (els) => els.map((e) => e.textContent))).toEqual(
      expected.body.diff.changes.filter((c) => c.type === "delete").map((c) => c.value),
    );
    expect(await page.$$eval("#changes ins", (els) => els.map((e) => e.textContent))).toEqual(
      expected.body.diff.changes.filter((c) => c.type === "insert").map((c) => c.value),
    );
    await page.click("details.patch > summary");
    expect(await page.textContent("#patch")).toBe(expected.body.diff.patch);
    await page.evaluate(() => document.getElementById("review")!.scrollIntoView({ block: "start" }));
    await shot(page, "04-decided", false);
    await shot(page, "04-decided-full");

    const text = await download(page, "#download-text");
    expect(text).toEqual({ name: "postedit.corrected.txt", text: expected.body.text });
    const patch = await download(page, "#download-patch");
    expect(patch).toEqual({ name: "postedit.txt.patch", text: expected.body.diff.patch });
    await page.click("#copy-text");
    await page.waitForFunction(() => document.getElementById("status")?.textContent?.startsWith("Copied"));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected.body.text);

    expect(await axe(page)).toEqual([]);
  });

  it("marks a finding stale after an edit, leaves it out, and handles a 409 from the API", async () => {
    const page = await open(undefined, /status of 409 \(Conflict\)/);
    const findings = await checkText(page, seed);
    const target = findings.find((f) => f.safe && f.length >= 3 && f.length <= 40 && /\w/.test(f.original) && f.offset > 0)!;
    expect(target, "a short safe finding to edit").toBeDefined();
    await page.click("#accept-safe");
    await settled(page);

    // The editor types over the target's text (same length, so the other findings still hold).
    const replacement = "x".repeat(target.length);
    await page.evaluate(({ start, end }) => {
      const source = document.getElementById("source") as HTMLTextAreaElement;
      source.focus();
      source.setSelectionRange(start, end);
    }, { start: target.offset, end: target.offset + target.length });
    await page.keyboard.type(replacement);
    const edited = seed.slice(0, target.offset) + replacement + seed.slice(target.offset + target.length);
    expect(await page.inputValue("#source")).toBe(edited);
    await page.waitForSelector(`#list button[data-id="${target.id}"][data-status="stale"]`);
    await settled(page);

    const stale = findings.filter((f) => edited.slice(f.offset, f.offset + f.length) !== f.original).map((f) => f.id);
    expect(stale).toContain(target.id);
    const shown = await statuses(page);
    expect(findings.filter((_, i) => shown[i] === "stale").map((f) => f.id)).toEqual(stale);
    expect(await page.isVisible("#stale-note")).toBe(true);
    expect(await page.$$(`#annotated mark[data-ids~="${target.id}"]`)).toHaveLength(0);
    await page.click(`#list button[data-id="${target.id}"]`);
    expect(await page.isDisabled("#accept")).toBe(true);
    expect(await page.textContent("#card-status")).toContain("stale");
    await page.evaluate(() => document.getElementById("review")!.scrollIntoView({ block: "start" }));
    await shot(page, "05-stale", false);

    const accept = findings.filter((f) => f.safe && !stale.includes(f.id)).map((f) => f.id);
    const expected = await api<Applied>(harness, "/v1/apply", { text: edited, accept, findings });
    expect(expected.status).toBe(200);
    expect((await download(page, "#download-text")).text).toBe(expected.body.text);
    // Sent blindly, the stale finding makes the API refuse: the page must not send it.
    const blind = await api(harness, "/v1/apply", { text: edited, accept: [...accept, target.id], findings });
    expect(blind.status).toBe(409);

    // A 409 the page did not see coming (a race): the finding it names becomes stale and the rest is applied.
    const pending = findings.find((f) => !f.safe && f.replacement !== null && !stale.includes(f.id))!;
    let intercepted = 0;
    await page.route("**/v1/apply", async (route) => {
      if (intercepted++ > 0) return route.continue();
      await route.fulfill({
        status: 409,
        contentType: "application/json",
        body: JSON.stringify({ error: { code: "stale_finding", message: "1 accepted finding(s) no longer match the text; check it again", details: { stale: [{ id: pending.id }] } } }),
      });
    });
    await page.click(`#list button[data-id="${pending.id}"]`);
    await page.click("#accept");
    await page.waitForSelector(`#list button[data-id="${pending.id}"][data-status="stale"]`);
    await settled(page);
    expect(intercepted).toBe(2);
    expect(await page.textContent("#preview")).toBe(expected.body.text);
    await page.unroute("**/v1/apply");
  });

  it("keeps the markup of an HTML document loaded from a file", async () => {
    const page = await open();
    const paragraphs = seed.split(/\n{2,}/).flatMap((block) => block.split("\n")).filter((line) => line.trim() !== "");
    const html = [
      "<!doctype html>",
      '<html lang="en"><head><meta charset="utf-8"><title>Geneva talks</title></head>',
      "<body><article>",
      ...paragraphs.map((line, i) => (i === 1 ? `<h1 class="title">${line}</h1>` : `<p>${line.replace(/&/g, "&amp;")}</p>`)),
      '<p>Source: <a href="https://example.com/geneva">AFP &amp; Reuters</a></p>',
      "</article></body></html>",
      "",
    ].join("\n");
    await page.setInputFiles("#file", { name: "geneva-talks.html", mimeType: "text/html", buffer: Buffer.from(html) });
    await page.waitForFunction(() => (document.getElementById("source") as HTMLTextAreaElement).value.length > 0);
    expect(await page.inputValue("#format")).toBe("html");
    expect(await page.inputValue("#source")).toBe(html);

    const findings = await checkText(page, html);
    expect(findings.length).toBeGreaterThan(0);
    expect(await page.textContent("#annotated")).toBe(html); // the source, not rendered HTML
    const accept = findings.filter((f) => f.safe).map((f) => f.id);
    const expected = await api<Applied>(harness, "/v1/apply", { text: html, format: "html", accept, findings });
    const fixed = await api<Applied>(harness, "/v1/fix", { text: html, format: "html" });
    expect(expected.body.text).toBe(fixed.body.text);

    // Export at once, without waiting for the debounced preview: the export must still carry the decision.
    await page.focus("#accept-safe");
    await page.keyboard.press("Enter");
    const exported = await download(page, "#download-text");
    await settled(page);
    await shot(page, "06-html", false);
    expect(exported).toEqual({ name: "geneva-talks.corrected.html", text: expected.body.text });
    for (const markup of ["<!doctype html>", '<h1 class="title">', '<a href="https://example.com/geneva">AFP &amp; Reuters</a>', "</article></body></html>"]) {
      expect(exported.text).toContain(markup);
    }
    expect(exported.text.match(/<p>/g)!.length).toBeLessThanOrEqual(html.match(/<p>/g)!.length);
  });

  it("fits a tablet (one column, no sideways scrolling) and a laptop (two columns)", async () => {
    for (const [name, viewport] of [
      ["07-tablet", { width: 768, height: 1024 }],
      ["08-laptop", { width: 1366, height: 768 }],
    ] as const) {
      const page = await open(viewport);
      await checkText(page, seed);
      const layout = await page.evaluate(() => {
        const box = (id: string) => document.getElementById(id)!.getBoundingClientRect();
        return { scrollWidth: document.documentElement.scrollWidth, width: window.innerWidth, text: box("annotated").toJSON(), card: box("card").toJSON() };
      });
      expect(layout.scrollWidth).toBeLessThanOrEqual(layout.width);
      if (viewport.width < 900) expect(layout.card.top).toBeGreaterThanOrEqual(layout.text.bottom);
      else expect(layout.card.left).toBeGreaterThanOrEqual(layout.text.right);
      await shot(page, name, false);
    }
  });
});
