/**
 * The review page keeps the current finding's card and its highlighted span
 * in view together (issue 12, items 9, 11, 12), in Debian's Chromium:
 *
 * - laptop, 1366×900: after Check and at every finding reached by J, the
 *   card (title, Original, Accept and Reject) and the span are inside the
 *   window and above the status bar; in review mode too, on opening;
 * - phone, 390×844: a one-line status bar, no sideways scrolling, the text
 *   part of the page (no scrolling box), the card docked at the bottom above
 *   the status bar, and the span visible above the card after Check, after a
 *   tap on a highlight and after each decision;
 * - arrow keys move between findings wherever the focus is, outside form
 *   fields and the result's scrolling panels.
 *
 * Each state is checked on bounding boxes and saved as a screenshot under
 * test-results/review/.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, CHROMIUM, expectCleanTabs, hasChromium, openPage, settled, shot, startHarness, type Harness, type Tab } from "./harness.js";

if (!hasChromium) {
  throw new Error(`the browser tests need Chromium at ${CHROMIUM}: apt-get install -y chromium (bash .ci/run does), or set CHROMIUM_PATH`);
}

const root = new URL("../..", import.meta.url).pathname;
const seed = readFileSync(join(root, "fixtures/seed/geneva-talks.txt"), "utf8");
const ghost = readFileSync(join(root, "fixtures/hooks/ghost-post-published.json"), "utf8");

const LAPTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };

type Box = { top: number; bottom: number; left: number; right: number; height: number; width: number };

/** Where things are, in the window's coordinates. */
async function boxes(page: Page) {
  return page.evaluate(() => {
    const box = (element: Element | null | undefined): Box | null => {
      if (!element) return null;
      const { top, bottom, left, right, height, width } = element.getBoundingClientRect();
      return { top, bottom, left, right, height, width };
    };
    const id = (name: string) => box(document.getElementById(name));
    const current = document.querySelector("#annotated mark.current");
    return {
      window: { width: window.innerWidth, height: window.innerHeight, scrollWidth: document.documentElement.scrollWidth },
      status: id("status")!,
      card: id("card")!,
      title: id("card-h")!,
      original: id("card-original")!,
      accept: id("accept")!,
      reject: id("reject")!,
      text: id("annotated")!,
      textScrolls: document.getElementById("annotated")!.scrollHeight > document.getElementById("annotated")!.clientHeight + 1,
      mark: box(current),
      position: document.getElementById("card-pos")!.textContent,
    };
  });
}

const inside = (inner: Box, top: number, bottom: number) => inner.top >= top - 0.5 && inner.bottom <= bottom + 0.5;

describe("the card and the span in view together", { timeout: 150_000 }, () => {
  let harness: Harness;
  const tabs: { tab: Tab; allow?: RegExp }[] = [];

  beforeAll(async () => {
    harness = await startHarness({ reviews: true });
  }, 60_000);

  afterAll(async () => {
    expectCleanTabs(tabs);
    await harness?.close();
  });

  async function open(viewport: { width: number; height: number }, path = "/"): Promise<Page> {
    const tab = await openPage(harness, viewport, path, { touch: viewport === PHONE });
    tabs.push({ tab });
    return tab.page;
  }

  async function check(page: Page): Promise<number> {
    await page.fill("#source", seed);
    await page.click("#check");
    await page.waitForSelector("#review:not([hidden])");
    await settled(page);
    return page.$$eval("#list button[data-id]", (buttons) => buttons.length);
  }

  /** Laptop: the card's title, Original and buttons, and the span, all in the window above the status bar; the span also in the text panel's visible part. */
  async function expectLaptopInView(page: Page, what: string): Promise<void> {
    const b = await boxes(page);
    const bottom = b.status.top;
    for (const [name, part] of [["card title", b.title], ["Original", b.original], ["Accept", b.accept], ["Reject", b.reject]] as const) {
      expect(inside(part, 0, bottom), `${what}: ${name} ${JSON.stringify(part)} in the window (status bar at ${bottom})`).toBe(true);
    }
    expect(b.mark, `${what}: a highlighted span`).not.toBeNull();
    const visibleTop = Math.max(0, b.text.top);
    const visibleBottom = Math.min(bottom, b.text.bottom);
    expect(b.mark!.top < visibleBottom && b.mark!.bottom > visibleTop, `${what}: the span ${JSON.stringify(b.mark)} is visible (text panel ${visibleTop}–${visibleBottom})`).toBe(true);
    expect(b.mark!.top >= visibleTop - 0.5 || b.mark!.height > visibleBottom - visibleTop, `${what}: the span starts in view`).toBe(true);
  }

  /** Phone: the card docked on the status bar, its buttons in the window, the span above the card. */
  async function expectPhoneInView(page: Page, what: string): Promise<void> {
    const b = await boxes(page);
    expect(b.window.scrollWidth, `${what}: no sideways scrolling`).toBeLessThanOrEqual(b.window.width);
    expect(Math.abs(b.card.bottom - b.status.top), `${what}: the card is docked on the status bar`).toBeLessThanOrEqual(1);
    expect(b.card.height, `${what}: the card leaves at least half of the window to the text`).toBeLessThanOrEqual(b.window.height / 2);
    for (const [name, part] of [["card title", b.title], ["Accept", b.accept], ["Reject", b.reject]] as const) {
      expect(inside(part, 0, b.status.top), `${what}: ${name} ${JSON.stringify(part)} in the window`).toBe(true);
    }
    expect(b.mark, `${what}: a highlighted span`).not.toBeNull();
    expect(b.mark!.top, `${what}: the span ${JSON.stringify(b.mark)} is below the top of the window`).toBeGreaterThanOrEqual(-0.5);
    expect(b.mark!.top, `${what}: the span starts above the card (${b.card.top})`).toBeLessThan(b.card.top);
    if (b.mark!.height < b.card.top / 2) expect(b.mark!.bottom, `${what}: the span is wholly above the card`).toBeLessThanOrEqual(b.card.top + 0.5);
  }

  it("laptop 1366×900: after Check and at every finding", async () => {
    const page = await open(LAPTOP);
    const n = await check(page);
    await expectLaptopInView(page, "after Check");
    await shot(page, "30-laptop-after-check", false);
    for (let i = 2; i <= n; i++) {
      await page.keyboard.press("j");
      expect((await boxes(page)).position).toBe(`${i} of ${n}`);
      await expectLaptopInView(page, `finding ${i}`);
    }
    await shot(page, "31-laptop-last-finding", false);
    // Scrolled away and back by a decision: both come back into view.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.keyboard.press("k");
    await expectLaptopInView(page, "after scrolling to the top and pressing K");
  });

  it("laptop 1366×900: a review opens with the card and its span in view", async () => {
    const hook = await api<{ review: { url: string } }>(harness, "/v1/hooks/ghost", ghost);
    const page = await open(LAPTOP, hook.body.review.url);
    await settled(page);
    await expectLaptopInView(page, "review opened");
    await shot(page, "32-laptop-review", false);
    await page.keyboard.press("j");
    await expectLaptopInView(page, "review, next finding");

    // An insertion (a space before <strong>North</strong>) is a caret big enough to see and click.
    const point = page.locator("#annotated mark.point").first();
    const box = (await point.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(12);
    expect(box.height).toBeGreaterThanOrEqual(18);
    await point.click();
    const id = await point.getAttribute("data-id");
    expect(await page.$eval("#list button[aria-current=true]", (button) => (button as HTMLElement).dataset.id)).toBe(id);
    expect(await page.textContent("#card-action")).toMatch(/^Insert a space after “the”/);
    await expectLaptopInView(page, "review, the insertion clicked");
    await shot(page, "32-laptop-review-insertion", false);
  });

  it("phone 390×844: one-line status bar, the text in the page, the card docked with the span above it", async () => {
    const page = await open(PHONE);
    const n = await check(page);
    const b = await boxes(page);
    expect(b.status.height, "a one-line status bar").toBeLessThanOrEqual(44);
    expect(b.textScrolls, "the text scrolls with the page, not in a box of its own").toBe(false);
    await expectPhoneInView(page, "after Check");
    await shot(page, "33-phone-after-check", false);

    // Tap a highlight further down: its card, docked, with the span above it.
    const target = await page.evaluate(() => {
      const card = document.getElementById("card")!.getBoundingClientRect();
      const marks = Array.from(document.querySelectorAll<HTMLElement>("#annotated mark[data-id]:not(.current)"));
      const mark = marks.find((m) => {
        const r = m.getBoundingClientRect();
        return r.top > card.bottom + 200 && r.height > 0;
      })!;
      mark.scrollIntoView({ block: "center" });
      return mark.dataset.id!;
    });
    const tapped = page.locator(`#annotated mark[data-id="${target}"]`).first();
    await page.evaluate(() => window.scrollBy(0, -window.innerHeight / 4)); // above the docked card
    await tapped.tap();
    expect(await page.$eval("#list button[aria-current=true]", (button) => (button as HTMLElement).dataset.id)).toBe(target);
    await expectPhoneInView(page, "after a tap");
    await shot(page, "34-phone-tapped", false);

    // Decide: the next pending finding comes into view above the card.
    await page.tap("#reject");
    await expectPhoneInView(page, "after Reject");
    for (let i = 0; i < Math.min(6, n); i++) {
      await page.keyboard.press("j");
      await expectPhoneInView(page, `after J ×${i + 1}`);
    }
    await shot(page, "35-phone-stepping", false);
  });

  it("arrow keys move between findings wherever the focus is, but not in form fields or the result's panels", async () => {
    const page = await open(LAPTOP);
    const n = await check(page);
    const position = async () => (await boxes(page)).position;
    expect(await position()).toBe(`1 of ${n}`);
    await page.click("h1"); // the page's heading: the focus leaves the findings
    await page.keyboard.press("ArrowDown");
    expect(await position()).toBe(`2 of ${n}`);
    await page.click("#card-message");
    await page.keyboard.press("ArrowRight");
    expect(await position()).toBe(`3 of ${n}`);
    await page.click("#counts");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("j");
    await page.keyboard.press("ArrowLeft");
    expect(await position()).toBe(`2 of ${n}`);
    // Form fields keep their arrows: the category list.
    await page.focus("#bulk-category");
    await page.keyboard.press("ArrowDown");
    expect(await position()).toBe(`2 of ${n}`);
    // The result's panels scroll with the arrows.
    await page.focus("#preview");
    await page.keyboard.press("ArrowDown");
    expect(await position()).toBe(`2 of ${n}`);
  });
});
