/**
 * The review page in review mode (issue 6) end to end, in Debian's Chromium
 * driven by playwright-core, against the app on @hono/node-server on a random
 * port with a review store on a temp SQLite file: a Ghost `post.published`
 * through the real hook endpoint opens a review; the editor opens its
 * `review.url`, decides by keyboard (undo included), reloads and finds the
 * decisions saved, finishes, and sees the final fields. Every final field is
 * compared with GET /v1/reviews/<id> and with the expected value computed
 * here, independently of the page and of src/hooks/choice.ts, through
 * POST /v1/apply. Screenshots go to test-results/review/ (gitignored).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, CHROMIUM, expectedChoice, hasChromium, openPage, settled, shot, startHarness, type Harness, type Tab, expectCleanTabs } from "./harness.js";

type Finding = {
  id: string;
  rule: string;
  offset: number;
  length: number;
  original: string;
  replacement: string | null;
  safe: boolean;
  applied: boolean;
  decision: "accept" | "reject" | null;
};
type Field = { format: string; original: string; cleaned: string; findings: Finding[] };
type FinalField = { value: string; applied: string[] };
type State = { id: string; url: string; status: string; fields: Record<string, Field>; final: { fields: Record<string, FinalField>; cms?: unknown } | null };

const root = new URL("../..", import.meta.url).pathname;
const ghost = readFileSync(join(root, "fixtures/hooks/ghost-post-published.json"), "utf8");
const contentful = readFileSync(join(root, "fixtures/hooks/contentful-entry-publish.json"), "utf8");
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

if (!hasChromium) {
  throw new Error(`the browser tests need Chromium at ${CHROMIUM}: apt-get install -y chromium (bash .ci/run does), or set CHROMIUM_PATH`);
}

/** Completion: the accepted findings, plus the applied safe fixes nobody decided on that no accepted finding overlaps. */
const expectedIds = (field: Field, decisions: Record<string, "accept" | "reject">) => expectedChoice(field.findings, decisions, (f) => f.applied);

describe("review mode in Chromium", { timeout: 120_000 }, () => {
  let harness: Harness;
  const tabs: { tab: Tab; allow?: RegExp }[] = [];

  beforeAll(async () => {
    harness = await startHarness({ reviews: true });
  }, 60_000);

  afterAll(async () => {
    expectCleanTabs(tabs);
    await harness?.close();
  });

  /** A fresh context and page on `path`; `allow` matches console errors the test provokes on purpose. */
  async function open(path: string, allow?: RegExp): Promise<Page> {
    const tab = await openPage(harness, { width: 1280, height: 900 }, path);
    tabs.push({ tab, allow });
    return tab.page;
  }

  const state = async (id: string) => (await api<State>(harness, `/v1/reviews/${id}`)).body;
  const statuses = (page: Page) => page.$$eval("#list button[data-id]", (buttons) => buttons.map((b) => (b as HTMLElement).dataset.status));
  const position = (page: Page) => page.textContent("#card-pos");
  const shownField = (page: Page) => page.$eval("#fields input:checked", (input) => (input as HTMLInputElement).value);
  /** Waits until every decision made on the page is saved (the page sets data-state synchronously on each decision). */
  const saved = (page: Page) => page.waitForSelector('#save-state[data-state="saved"]');

  async function axe(page: Page): Promise<string[]> {
    await page.evaluate(axeSource);
    return page.evaluate(async () => {
      const result = await (window as unknown as { axe: { run(context: Document, options: unknown): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe.run(document, {
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
      });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(", ")}`);
    });
  }

  async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
    const [file] = await Promise.all([page.waitForEvent("download"), click()]);
    return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, "utf8") };
  }

  /** Moves to another field by keyboard: the field picker is a radio group (arrow keys). */
  async function switchField(page: Page, to: string): Promise<void> {
    const names = await page.$$eval("#fields input", (inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    const from = names.indexOf(await shownField(page));
    await page.focus("#fields input:checked");
    const steps = names.indexOf(to) - from;
    for (let i = 0; i < Math.abs(steps); i++) await page.keyboard.press(steps > 0 ? "ArrowRight" : "ArrowLeft");
    expect(await shownField(page)).toBe(to);
    await page.focus("#annotated");
    await settled(page);
  }

  it("Ghost publish → review.url → decisions by keyboard, saved as made → reload → finish → the final fields", async () => {
    const hook = await api<{ decision: string; review: { id: string; url: string }; fields: Record<string, { value: string }> }>(harness, "/v1/hooks/ghost", ghost);
    expect(hook.status).toBe(200);
    expect(hook.body.decision).toBe("review");
    const { id, url } = hook.body.review;
    expect(url).toBe(`/review/${id}`);
    const opened = await state(id);
    const html = opened.fields.html!;
    const title = opened.fields.title!;
    expect(Object.keys(opened.fields)).toEqual(["title", "html", "custom_excerpt"]);

    // The page opens on the first field with something pending, its original with every finding in place.
    const page = await open(url);
    expect(await page.isHidden("#input")).toBe(true);
    expect(await page.textContent("#document-info")).toContain("A Ghost post 6627a1f0c4e2b80001a3d5e7");
    expect(await page.$$eval("#fields input", (inputs) => inputs.map((input) => (input as HTMLInputElement).value))).toEqual(["title", "html", "custom_excerpt"]);
    // The title's one finding is a fix the hook applied: it starts accepted, as safe fixes do after Check on the page,
    // so nothing is pending there and the page opens on the HTML body.
    expect(await shownField(page)).toBe("html");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("annotated");
    await switchField(page, "title");
    expect(await page.textContent("#annotated")).toBe(title.original);
    expect(await statuses(page)).toEqual(["accepted"]);
    expect(await page.textContent("#list .st")).toBe("accepted by default");

    // The HTML body, rendered as it reads (the source one click away), its seven findings each highlighted in it.
    await switchField(page, "html");
    const ids = html.findings.map((f) => f.id);
    const reading = (await page.textContent("#annotated"))!;
    expect(reading).not.toMatch(/<|kg-card/);
    expect(reading).toContain("Image: Diplomats in front of the flags of the United States and Russia");
    const marked = new Set((await page.$$eval("#annotated mark[data-ids]", (marks) => marks.map((m) => (m as HTMLElement).dataset.ids!))).flatMap((list) => list.split(" ")));
    expect(ids.filter((id) => !marked.has(id))).toEqual([]);
    await page.check("#show-source");
    expect(await page.textContent("#annotated")).toBe(html.original);
    await page.uncheck("#show-source");
    await page.focus("#annotated");
    expect(await page.$$eval("#list button[data-id]", (buttons) => buttons.map((b) => (b as HTMLElement).dataset.id))).toEqual(ids);
    const n = ids.length;
    expect(html.findings.map((f) => f.rule)).toEqual(["lost-quotation-marks", "french-gloss", "glued-camel-case", "lost-quotation-marks", "doubled-punctuation", "demonym-as-place", "photo-credit"]);
    expect(await position(page)).toBe(`1 of ${n}`);

    // The applied fixes (1, 2, 4, 5, 6) start accepted; after a decision the page moves to the next pending finding.
    expect(await statuses(page)).toEqual(["pending", "accepted", "accepted", "pending", "accepted", "accepted", "accepted"]);
    // Accept the flag (0: on to 3, the next pending), go back and reject the gloss removal (1: on to 3 again), accept
    // the quotation (3: it overlaps the safe “.,” fix, 4; nothing is pending after it), reject 5 and wait until it is
    // saved, undo it (a saved undo: 5 is accepted by default again), reject the photo credit's removal (6).
    await page.keyboard.press("a");
    expect(await position(page)).toBe(`4 of ${n}`);
    await page.keyboard.press("k");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("r");
    expect(await position(page)).toBe(`4 of ${n}`);
    await page.keyboard.press("Enter");
    expect(await position(page)).toBe(`4 of ${n}`);
    expect(await page.textContent("#status")).toContain("Every finding has a decision.");
    await page.keyboard.press("j");
    await page.keyboard.press("ArrowDown");
    expect(await position(page)).toBe(`6 of ${n}`);
    await page.keyboard.press("r");
    await saved(page);
    expect((await state(id)).fields.html!.findings[5]!.decision).toBe("reject");
    await page.keyboard.press("u");
    expect(await position(page)).toBe(`6 of ${n}`);
    await page.keyboard.press("j");
    await page.keyboard.press("x");
    await saved(page);
    await settled(page);

    const htmlDecisions = { [ids[0]!]: "accept", [ids[1]!]: "reject", [ids[3]!]: "accept", [ids[6]!]: "reject" } as const;
    const expectedStatuses = ["accepted", "rejected", "accepted", "accepted", "accepted", "accepted", "rejected"];
    expect(await statuses(page)).toEqual(expectedStatuses);
    expect(await page.textContent(`#list button[data-id="${ids[4]}"] .st`)).toBe("accepted by default, not applied: a fix you accepted overlaps it");
    expect(await page.textContent(`#list button[data-id="${ids[5]}"] .st`)).toBe("accepted by default");

    // The title: reject its one fix.
    await switchField(page, "title");
    await page.keyboard.press("r");
    await saved(page);

    // Saved as made: the API has exactly these decisions, the undone one cleared.
    const decided = await state(id);
    expect(Object.fromEntries(decided.fields.html!.findings.filter((f) => f.decision !== null).map((f) => [f.id, f.decision]))).toEqual(htmlDecisions);
    expect(decided.fields.title!.findings.map((f) => f.decision)).toEqual(["reject"]);
    expect(decided.fields.custom_excerpt!.findings.map((f) => f.decision)).toEqual([null]);

    // What finishing will produce, computed here through POST /v1/apply.
    const decisions: Record<string, Record<string, "accept" | "reject">> = { html: htmlDecisions, title: { [title.findings[0]!.id]: "reject" }, custom_excerpt: {} };
    const expected: Record<string, string> = {};
    for (const [name, field] of Object.entries(opened.fields)) {
      const accept = expectedIds(field, decisions[name]!);
      const applied = await api<{ text: string }>(harness, "/v1/apply", { text: field.original, format: field.format, accept, findings: field.findings.map(({ decision: _, ...f }) => f) });
      expect(applied.status).toBe(200);
      expected[name] = applied.body.text;
    }
    expect(expected.title).toBe(title.original);
    expect(expected.custom_excerpt).toBe(hook.body.fields.custom_excerpt!.value);
    expect(expected.html).toContain("“We will not know until we start these conversations tomorrow night whether Russia is prepared to discuss seriously and in good faith,” he warned");
    expect(expected.html).toContain("<p>Photo: Reuters / HANDOUT</p>");
    expect(expected.html).toContain("[traité sur les armes nucléaires de portée intermédiaire]");
    expect(expected.html).toContain("Monday in Switzerland");

    // Reload: the decisions come back from the server, on every field.
    await page.reload();
    await page.waitForSelector("html[data-ready=true]");
    expect(await shownField(page)).toBe("title"); // nothing is pending any more: the first field
    expect(await statuses(page)).toEqual(["rejected"]);
    await switchField(page, "html");
    expect(await statuses(page)).toEqual(expectedStatuses);

    // Before finishing, the preview of each field is what finishing gives.
    const previews: Record<string, string> = {};
    for (const name of ["title", "html", "custom_excerpt"]) {
      await switchField(page, name);
      previews[name] = (await page.textContent("#preview"))!;
    }
    expect(previews).toEqual(expected);
    expect(await statuses(page)).toEqual(["accepted"]); // custom_excerpt: its applied fix
    await switchField(page, "html");
    await page.evaluate(() => document.getElementById("document")!.scrollIntoView({ block: "start" }));
    await shot(page, "10-review-mode", false);
    await shot(page, "10-review-mode-full");
    expect(await axe(page)).toEqual([]);

    // Finish, by keyboard, through the confirmation.
    await page.focus("#finish");
    await page.keyboard.press("Enter");
    expect(await page.isVisible("#confirm")).toBe(true);
    expect(await page.textContent("#confirm-text")).toContain("Every finding has a decision.");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("finish-now");
    await page.keyboard.press("Escape");
    expect(await page.isHidden("#confirm")).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("finish");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#final:not([hidden])");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("final-h");

    const done = await state(id);
    expect(done.status).toBe("completed");
    const shownFinal = async () =>
      Object.fromEntries(await page.$$eval("#final-fields pre[data-field]", (pres) => pres.map((pre) => [(pre as HTMLElement).dataset.field!, pre.textContent!])));
    const finals = Object.fromEntries(Object.entries(done.final!.fields).map(([name, field]) => [name, field.value]));
    expect(await shownFinal()).toEqual(finals);
    expect(finals).toEqual(expected);
    expect(await page.isHidden("#review")).toBe(true);
    expect(await page.isHidden("#finish-bar")).toBe(true);

    const all = await download(page, () => page.click("#download-final"));
    expect(all.name).toBe(`review-${id}.final.json`);
    expect(JSON.parse(all.text)).toEqual(done.final);
    const body = await download(page, () => page.click('#final-fields .final-field:nth-of-type(2) button:has-text("Download")'));
    expect(body).toEqual({ name: "html.final.html", text: expected.html });
    await page.click('#final-fields .final-field:nth-of-type(1) button:has-text("Copy")');
    await page.waitForFunction(() => document.getElementById("status")?.textContent?.startsWith("Copied"));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected.title);
    await shot(page, "11-review-finished");
    expect(await axe(page)).toEqual([]);

    // A finished review opens read-only on its final fields.
    const again = await open(url);
    expect(await again.isVisible("#final")).toBe(true);
    expect(await again.isHidden("#review")).toBe(true);
    expect(await again.isHidden("#field-picker")).toBe(true);
    expect(await again.textContent("#document-info")).toContain("the review was finished on");
    expect(
      Object.fromEntries(await again.$$eval("#final-fields pre[data-field]", (pres) => pres.map((pre) => [(pre as HTMLElement).dataset.field!, pre.textContent!]))),
    ).toEqual(finals);
    await again.keyboard.press("a"); // keys do nothing on a finished review
    expect((await state(id)).fields.html!.findings.filter((f) => f.decision !== null)).toHaveLength(4);
  });

  it("Contentful: a field without findings, a save that fails and is retried, the Rich Text structure in the final fields", async () => {
    const hook = await api<{ decision: string; review: { id: string; url: string }; fields: Record<string, { value: string }> }>(
      harness,
      "/v1/hooks/contentful",
      contentful,
    );
    expect(hook.body.decision).toBe("review");
    const { id, url } = hook.body.review;
    const opened = await state(id);
    expect(Object.keys(opened.fields)).toEqual(["title.en-US", "slug.en-US", "body.en-US"]);
    expect(opened.fields["slug.en-US"]!.findings).toEqual([]);

    const page = await open(url, /status of 503/);
    await switchField(page, "slug.en-US");
    expect(await page.textContent("#annotated")).toBe(opened.fields["slug.en-US"]!.original);
    expect(await page.textContent("#counts")).toContain("0 findings");
    expect(await page.isHidden("#card")).toBe(true);
    expect(await page.textContent("#preview")).toBe(opened.fields["slug.en-US"]!.original);

    // The first save fails (the server is away): the page says so, keeps the decision and tries again on its own.
    await switchField(page, "body.en-US");
    let failures = 0;
    await page.route("**/decisions", (route) =>
      failures++ === 0 ? route.fulfill({ status: 503, contentType: "application/json", body: '{"error":{"code":"unavailable","message":"try later"}}' }) : route.continue(),
    );
    const body = opened.fields["body.en-US"]!;
    const glued = body.findings.find((f) => f.rule === "glued-camel-case")!;
    await page.click(`#list button[data-id="${glued.id}"]`);
    await page.focus("#annotated");
    await page.keyboard.press("r");
    await page.waitForSelector('#save-state[data-state="unsaved"]');
    expect(await page.textContent("#error")).toContain("not saved yet");
    expect((await state(id)).fields["body.en-US"]!.findings.find((f) => f.id === glued.id)!.decision).toBeNull();
    await page.waitForSelector('#save-state[data-state="saved"]', { timeout: 10_000 });
    expect(failures).toBe(2);
    expect(await page.isHidden("#error")).toBe(true);
    expect((await state(id)).fields["body.en-US"]!.findings.find((f) => f.id === glued.id)!.decision).toBe("reject");
    await page.unroute("**/decisions");
    await settled(page);
    const preview = await page.textContent("#preview");

    await page.click("#finish");
    await page.click("#finish-now");
    await page.waitForSelector("#final:not([hidden])");
    const done = await state(id);
    expect(done.final!.fields["body.en-US"]!.value).toBe(preview);
    expect(done.final!.fields["slug.en-US"]!.value).toBe(opened.fields["slug.en-US"]!.original);
    const structure = await download(page, () => page.click('#final-fields .final-field:nth-of-type(3) button:has-text("structure")'));
    expect(structure.name).toBe("body.en-US.final.json");
    expect(JSON.parse(structure.text)).toEqual((done.final!.fields["body.en-US"] as FinalField & { structured: unknown }).structured);
    expect(await page.$$eval("#final-fields pre[data-field]", (pres) => pres.map((pre) => pre.textContent))).toEqual(
      Object.values(done.final!.fields).map((field) => field.value),
    );
  });

  it("an unknown review link is a helpful HTML 404; the API stays JSON", async () => {
    const tab = await harness.browser.newContext();
    const page = await tab.newPage();
    const response = await page.goto(`${harness.origin}/review/AAAAAAAAAAAAAAAAAAAAAAAA`);
    expect(response?.status()).toBe(404);
    expect(await page.textContent("h2")).toBe("No review at this link");
    expect(await page.textContent("main")).toContain("expired");
    expect(await page.getAttribute('main a[href="/"]', "href")).toBe("/");
    expect(await page.evaluate(() => getComputedStyle(document.querySelector(".top")!).borderBottomStyle)).toBe("solid"); // the styles loaded
    await shot(page, "12-review-not-found", false);
    await tab.close();
    const json = await api(harness, "/v1/reviews/AAAAAAAAAAAAAAAAAAAAAAAA");
    expect(json.status).toBe(404);
    expect(json.body.error.code).toBe("review_not_found");
  });
});
