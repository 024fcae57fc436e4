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
import { api, hasChromium, CHROMIUM, expectedChoice, openPage, settled, shot, startHarness, type Harness, type Tab, expectCleanTabs } from "./harness.js";

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

  it("reviews the seed article by keyboard; safe fixes start accepted; every export equals POST /v1/apply", async () => {
    const page = await open();
    const findings = await checkText(page, seed);
    expect(findings.length).toBeGreaterThanOrEqual(6);
    const n = findings.length;
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("annotated");
    await shot(page, "02-checked", false);

    // After Check, safe fixes are accepted (as the API applies them by default): the preview is POST /v1/fix's text.
    const safe = (f: Finding) => f.safe;
    expect(await statuses(page)).toEqual(findings.map((f) => (safe(f) ? "accepted" : "pending")));
    await settled(page);
    const fixed = await api<Applied & { findings: (Finding & { applied: boolean })[] }>(harness, "/v1/fix", { text: seed });
    expect(await page.textContent("#preview")).toBe(fixed.body.text);
    const applied = fixed.body.findings.filter((f) => f.applied).length;
    expect(applied).toBeGreaterThan(0);
    expect(await page.textContent("#result-summary")).toContain(`${applied} fixes applied`);

    // Step through by keyboard: J/K and the arrows.
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

    // Decide by keyboard, the page moving to the next pending finding after each decision. `decisions` is what the
    // editor decided; `nextPending` says where the page must go (the spec, written here again).
    const decisions: Record<string, "accept" | "reject"> = {};
    const status = (i: number) => decisions[findings[i]!.id] ?? (safe(findings[i]!) ? "accept" : undefined);
    const nextPending = (from: number) => {
      for (let k = 1; k <= n; k++) if (status((from + k) % n) === undefined) return (from + k) % n;
      return from;
    };
    let at = 0;
    /** Presses `key` on the current finding: `decision` unless it already holds, then on to the next pending one. */
    const press = async (key: string, decision: "accept" | "reject") => {
      const decidedOn = at;
      if (status(at) !== decision) decisions[findings[at]!.id] = decision;
      await page.keyboard.press(key);
      at = nextPending(at);
      expect(await position(page), `${key} on finding ${decidedOn + 1}`).toBe(`${at + 1} of ${n}`);
      return decidedOn;
    };
    /** Undo (U or Ctrl+Z) of the decision on finding `on`: it is selected again. */
    const undo = async (key: string, on: number) => {
      delete decisions[findings[on]!.id];
      await page.keyboard.press(key);
      at = on;
      expect(await position(page), `${key} after finding ${on + 1}`).toBe(`${on + 1} of ${n}`);
    };
    const first = findings.findIndex(safe);
    for (let i = 0; i < first; i++) await page.keyboard.press("j");
    at = first;
    await undo("u", await press("x", "reject")); // a safe fix rejected, then accepted by default again
    expect((await statuses(page))[first]).toBe("accepted");
    await press("a", "accept"); // already accepted: on to the next pending one
    await press("a", "accept");
    await press("r", "reject");
    await undo("Control+z", await press("Enter", "accept"));
    await press("Enter", "accept");
    await settled(page);
    const expectStatuses = async () =>
      expect(await statuses(page)).toEqual(findings.map((_, i) => (status(i) === "accept" ? "accepted" : status(i) === "reject" ? "rejected" : "pending")));
    await expectStatuses();
    await page.evaluate(() => document.getElementById("review")!.scrollIntoView({ block: "start" }));
    const readme = await shot(page, "03-keyboard", false);
    if (process.env.UPDATE_README_SCREENSHOT === "1") copyFileSync(readme, join(root, "docs/review-page.png"));

    // Several at once, by keyboard too: reject everything not decided yet in the category of a safe fix (its
    // default acceptance included), then accept everything not decided in another category.
    const category = findings[first]!.category;
    await page.focus("#bulk-category");
    await page.selectOption("#bulk-category", category);
    await page.focus("#reject-category");
    await page.keyboard.press("Enter");
    for (const f of findings) if (f.category === category && decisions[f.id] === undefined) decisions[f.id] = "reject";
    const other = findings.find((f) => f.category !== category && status(findings.indexOf(f)) === undefined);
    if (other) {
      await page.selectOption("#bulk-category", other.category);
      await page.focus("#accept-category");
      await page.keyboard.press("Space");
      for (const f of findings) if (f.category === other.category && decisions[f.id] === undefined && !safe(f)) decisions[f.id] = "accept";
    }
    await settled(page);
    await expectStatuses();

    const accept = expectedChoice(findings, decisions, safe);
    const expected = await api<Applied>(harness, "/v1/apply", { text: seed, accept, findings });
    expect(expected.status).toBe(200);
    expect(expected.body.text).not.toBe(seed);
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
    await settled(page); // safe fixes start accepted

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
    // Rendered as it reads (the heading and paragraphs, no markup); the source one click away.
    expect(await page.isVisible("#view-toggle")).toBe(true);
    const reading = (await page.textContent("#annotated"))!;
    expect(reading).not.toContain("<");
    expect(reading).toContain(paragraphs[1]);
    expect(await page.$$eval("#annotated h1", (headings) => headings.length)).toBe(1);
    await page.check("#show-source");
    expect(await page.textContent("#annotated")).toBe(html);
    await page.uncheck("#show-source");
    expect(await page.textContent("#annotated")).toBe(reading);
    // After Check the safe fixes are accepted: the preview is POST /v1/fix's default result.
    const fixed = await api<Applied>(harness, "/v1/fix", { text: html, format: "html" });
    await settled(page);
    expect(await page.textContent("#preview")).toBe(fixed.body.text);

    // Reject one safe fix and export at once, without waiting for the debounced preview: the export must carry the decision.
    const rejected = findings.find((f) => f.safe)!;
    const accept = findings.filter((f) => f.safe && f.id !== rejected.id).map((f) => f.id);
    const expected = await api<Applied>(harness, "/v1/apply", { text: html, format: "html", accept, findings });
    expect(expected.body.text).not.toBe(fixed.body.text);
    await page.click(`#list button[data-id="${rejected.id}"]`);
    await page.keyboard.press("r");
    const exported = await download(page, "#download-text");
    await settled(page);
    await shot(page, "06-html", false);
    expect(exported).toEqual({ name: "geneva-talks.corrected.html", text: expected.body.text });
    for (const markup of ["<!doctype html>", '<h1 class="title">', '<a href="https://example.com/geneva">AFP &amp; Reuters</a>', "</article></body></html>"]) {
      expect(exported.text).toContain(markup);
    }
    expect(exported.text.match(/<p>/g)!.length).toBeLessThanOrEqual(html.match(/<p>/g)!.length);
  });

  it("fits a tablet (one column, the card docked at the bottom, no sideways scrolling) and a laptop (two columns)", async () => {
    for (const [name, viewport] of [
      ["07-tablet", { width: 768, height: 1024 }],
      ["08-laptop", { width: 1366, height: 768 }],
    ] as const) {
      const page = await open(viewport);
      await checkText(page, seed);
      const layout = await page.evaluate(() => {
        const box = (id: string) => document.getElementById(id)!.getBoundingClientRect();
        return { scrollWidth: document.documentElement.scrollWidth, width: window.innerWidth, height: window.innerHeight, text: box("annotated").toJSON(), card: box("card").toJSON(), status: box("status").toJSON() };
      });
      expect(layout.scrollWidth).toBeLessThanOrEqual(layout.width);
      if (viewport.width < 900) {
        expect(layout.card.width).toBeGreaterThan(layout.text.width * 0.9); // one column
        expect(Math.abs(layout.card.bottom - layout.status.top)).toBeLessThanOrEqual(1); // docked on the status bar
        expect(layout.card.height).toBeLessThanOrEqual(layout.height / 2);
      } else {
        expect(layout.card.left).toBeGreaterThanOrEqual(layout.text.right);
        expect(layout.card.bottom).toBeLessThanOrEqual(layout.status.top);
      }
      await shot(page, name, false);
    }
  });
});
