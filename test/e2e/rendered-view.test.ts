/**
 * The review page shows HTML and Markdown rendered, as they read, with the
 * findings highlighted in that text and the source one toggle away (issue
 * 12, item 8), in Debian's Chromium. Hostile documents (scripts, event
 * handlers, remote images, styles, frames, forms, javascript: links, mutation
 * XSS shapes), checked on the page and opened as a review, run nothing, load
 * nothing and add no element to the page: no dialog, no request but the
 * page's own API calls, no element or attribute from the document.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page, Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, CHROMIUM, expectCleanTabs, hasChromium, openPage, settled, shot, startHarness, type Harness, type Tab } from "./harness.js";

if (!hasChromium) {
  throw new Error(`the browser tests need Chromium at ${CHROMIUM}: apt-get install -y chromium (bash .ci/run does), or set CHROMIUM_PATH`);
}

const root = new URL("../..", import.meta.url).pathname;
const markdown = readFileSync(join(root, "fixtures/markup/article.md"), "utf8");

const HOSTILE_HTML = [
  "<!doctype html><html><head><title>pwned</title><meta http-equiv=refresh content='0;url=/pwned-refresh'>",
  "<base href='https://evil.example/'><link rel=stylesheet href='/pwned.css'><link rel=preload href='https://evil.example/font.woff2' as=font>",
  "<style>body{display:none} #card{display:none}</style><script>window.pwned = 1; alert('script')</script></head>",
  "<body onload=\"alert('onload')\">",
  "<p id='source' class='statusbar' style='background:url(/pwned-bg.png)' onclick=\"alert('click')\">Talks resume Monday in Swiss., he said.</p>",
  "<img src='https://evil.example/pixel.png' onerror=\"alert('img')\" alt='A photo of the talks'><img src='/pwned.png' srcset='/pwned-2x.png 2x'><img src=x onerror=\"alert('x')\">",
  "<svg onload=\"alert('svg')\"><image href='/pwned.svg'/><script>alert('svg script')</script></svg>",
  "<iframe src=\"javascript:alert('iframe')\"></iframe><iframe srcdoc=\"<script>parent.alert('srcdoc')</script>\"></iframe>",
  "<object data='/pwned.swf'></object><embed src='/pwned-embed'><video poster='/pwned-poster.png' src='/pwned.mp4' autoplay></video><audio src='/pwned.mp3' autoplay></audio>",
  "<form action='/pwned-form'><input autofocus onfocus=\"alert('focus')\"><button formaction='/pwned-form'>Go</button></form>",
  "<p>A <a href=\"javascript:alert('link')\">link</a>, <a href='/pwned-link' target=_top>another</a> and <details open ontoggle=\"alert('toggle')\"><summary>more</summary>text</details>.</p>",
  "<template><img src=x onerror=\"alert('template')\"></template><noscript><img src='/pwned-noscript.png'></noscript>",
  "<div style='position:fixed;inset:0;z-index:99;background:red'>cover</div><p>Talks resume Monday in Swiss., he said again.</p>",
  "<p>Moscow also expressed interest in discussing the future of certain missile systems in Europe, according to the principles of the INF Treaty and we are open to a discussion about it, said the senior official.</p>",
  "<math><mtext><table><mglyph><style><img src=x onerror=\"alert('mxss')\">",
].join("\n");

const HOSTILE_MARKDOWN = [
  "# Talks resume Monday in Swiss",
  "",
  "[click](javascript:alert('md-link')) ![pixel](/pwned-md.png) <https://evil.example/auto>",
  "",
  "<div onclick=\"alert('md-div')\"><script>alert('md-script')</script><img src=x onerror=\"alert('md-img')\">Block text in Swiss.</div>",
  "",
  "Inline <img src=/pwned-inline.png onerror=\"alert('md-inline')\"> and <b onmouseover=\"alert('md-b')\">bold</b>., he said.",
  "",
  "<style>body { display: none }</style>",
  "",
].join("\n");

describe("the rendered view in Chromium", { timeout: 120_000 }, () => {
  let harness: Harness;
  const tabs: { tab: Tab; allow?: RegExp }[] = [];

  beforeAll(async () => {
    harness = await startHarness({ reviews: true });
  }, 60_000);

  afterAll(async () => {
    expectCleanTabs(tabs);
    await harness?.close();
  });

  /** A page that records every dialog and every request after it loaded. */
  async function open(path = "/"): Promise<{ page: Page; dialogs: string[]; requests: string[] }> {
    const tab = await openPage(harness, { width: 1366, height: 900 }, path);
    tabs.push({ tab });
    const dialogs: string[] = [];
    const requests: string[] = [];
    tab.page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    tab.page.on("request", (request: Request) => requests.push(`${request.method()} ${request.url().replace(harness.origin, "")}`));
    return { page: tab.page, dialogs, requests };
  }

  async function check(page: Page, text: string, format: "html" | "markdown"): Promise<void> {
    await page.selectOption("#format", format);
    await page.fill("#source", text);
    await page.click("#check");
    await page.waitForSelector("#review:not([hidden])");
    await settled(page);
  }

  /** The page's own elements of the kinds a document could inject, counted. */
  const census = (page: Page) =>
    page.evaluate(() => {
      // Buttons and inputs are left out: the page adds its own (the list of findings, the fields of a review).
      const kinds = ["script", "style", "link", "meta", "base", "iframe", "object", "embed", "img", "svg", "video", "audio", "form", "template", "noscript"];
      return Object.fromEntries(kinds.map((kind) => [kind, document.querySelectorAll(kind).length]));
    });

  /** Nothing from the document ran, loaded or got into the page. */
  async function expectInert(page: Page, before: Record<string, number>, dialogs: string[], requests: string[]): Promise<void> {
    await page.waitForTimeout(300); // let anything that would fire (onerror, autoplay, refresh) fire
    expect(dialogs, "dialogs").toEqual([]);
    expect(requests.filter((request) => !/^(POST \/v1\/(check|apply)|POST \/v1\/reviews\/[\w-]+\/decisions|GET \/v1\/reviews\/[\w-]+)$/.test(request)), "requests").toEqual([]);
    expect(await census(page), "elements of the kinds a document could inject").toEqual(before);
    const injected = await page.evaluate(() => {
      const views = Array.from(document.querySelectorAll("#annotated, #preview-rendered"));
      const all = views.flatMap((view) => Array.from(view.querySelectorAll("*")));
      return {
        handlers: Array.from(document.querySelectorAll("*")).flatMap((e) => Array.from(e.attributes).filter((a) => a.name.startsWith("on")).map((a) => `${e.tagName}[${a.name}]`)),
        styled: all.filter((e) => e.hasAttribute("style") || e.hasAttribute("id") || e.hasAttribute("href") || e.hasAttribute("src")).map((e) => e.outerHTML.slice(0, 80)),
        classes: [...new Set(all.map((e) => e.className).filter((name) => name !== ""))].sort(),
        tags: [...new Set(all.map((e) => e.tagName.toLowerCase()))].sort(),
        source: document.getElementById("source")?.tagName,
        statusbars: document.querySelectorAll(".statusbar").length,
        title: document.title,
        pwned: (window as unknown as { pwned?: unknown }).pwned ?? null,
        bodyShown: getComputedStyle(document.body).display !== "none",
        cardShown: getComputedStyle(document.getElementById("card")!).display !== "none",
      };
    });
    expect(injected.handlers, "event handler attributes").toEqual([]);
    expect(injected.styled, "document attributes in the rendered view").toEqual([]);
    for (const name of injected.classes) expect(name).toMatch(/^(media|link|overlap|point|space|end|tail|current|\s)+$/);
    for (const tag of ["script", "style", "img", "iframe", "svg", "object", "embed", "video", "audio", "form", "input", "button", "link", "meta", "base"]) expect(injected.tags).not.toContain(tag);
    expect(injected.source).toBe("TEXTAREA");
    expect(injected.statusbars).toBe(1);
    expect(injected.title).toMatch(/postedit/);
    expect(injected.pwned).toBeNull();
    expect(injected.bodyShown && injected.cardShown).toBe(true);
  }

  it("a hostile HTML document, checked on the page: rendered, highlighted, and inert", async () => {
    const { page, dialogs, requests } = await open();
    const before = await census(page);
    await check(page, HOSTILE_HTML, "html");
    const reading = (await page.textContent("#annotated"))!;
    expect(reading).toContain("Talks resume Monday in Swiss., he said.");
    expect(reading).toContain("Image: A photo of the talks");
    expect(reading).not.toMatch(/alert|pwned|display:none/);
    expect(await page.$$eval("#annotated mark[data-id]", (marks) => marks.length)).toBeGreaterThan(0);
    expect((await page.textContent("#preview-rendered"))!).toContain("Talks resume Monday in Switzerland, he said.");
    await expectInert(page, before, dialogs, requests);
    await shot(page, "20-hostile-html", false);

    // The source view shows the markup as text, and runs nothing either.
    await page.check("#show-source");
    expect(await page.textContent("#annotated")).toBe(HOSTILE_HTML);
    await page.keyboard.press("j");
    await expectInert(page, before, dialogs, requests);
  });

  it("a hostile Markdown document, checked on the page: rendered and inert", async () => {
    const { page, dialogs, requests } = await open();
    const before = await census(page);
    await check(page, HOSTILE_MARKDOWN, "markdown");
    const reading = (await page.textContent("#annotated"))!;
    expect(reading).toContain("Block text in Swiss.");
    expect(reading).toContain("Image: pixel");
    expect(reading).not.toMatch(/alert|<|display/);
    expect(await page.$$eval("#annotated h1", (headings) => headings.length)).toBe(1);
    await expectInert(page, before, dialogs, requests);
  });

  it("a hostile HTML field opened as a review: rendered and inert, decisions still saved", async () => {
    // The harness's app has no hook secret configured: this unsigned generic delivery is accepted.
    const hook = await api<{ decision: string; review: { url: string } }>(harness, "/v1/hooks/publish", {
      id: "hostile-1",
      fields: { body: { value: HOSTILE_HTML, format: "html" } },
      policy: { review: "minor" },
    });
    expect(hook.status).toBe(200);
    expect(hook.body.decision).toBe("review");
    const { page, dialogs, requests } = await open(hook.body.review.url);
    const before = await census(page);
    await settled(page);
    expect((await page.textContent("#annotated"))!).toContain("Talks resume Monday in Swiss., he said.");
    await page.focus("#annotated");
    await page.keyboard.press("r");
    await page.waitForSelector('#save-state[data-state="saved"]');
    await expectInert(page, { ...before }, dialogs, requests);
  });

  it("Markdown reads as the article: headings, a table, a quote, each finding highlighted, the preview rendered too", async () => {
    const { page } = await open();
    await check(page, markdown, "markdown");
    const checked = await api<{ findings: { id: string }[] }>(harness, "/v1/check", { text: markdown, format: "markdown" });
    const marked = new Set((await page.$$eval("#annotated mark[data-ids]", (marks) => marks.map((m) => (m as HTMLElement).dataset.ids!))).flatMap((ids) => ids.split(" ")));
    expect(checked.body.findings.map((f) => f.id).filter((id) => !marked.has(id))).toEqual([]);
    expect(await page.$$eval("#annotated table td", (cells) => cells.length)).toBeGreaterThan(0);
    expect(await page.$$eval("#annotated blockquote", (quotes) => quotes.length)).toBe(1);
    expect(await page.textContent("#annotated")).not.toContain("|---");
    expect(await page.isVisible("#preview-rendered")).toBe(true);
    expect(await page.isHidden("#preview")).toBe(true);
    const fixed = await api<{ text: string }>(harness, "/v1/fix", { text: markdown, format: "markdown" });
    expect(await page.textContent("#preview")).toBe(fixed.body.text);
    expect((await page.textContent("#preview-rendered"))!).toContain("Switzerland");
    await shot(page, "21-markdown-rendered", false);
  });
});
