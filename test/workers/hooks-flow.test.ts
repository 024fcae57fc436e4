/**
 * The publish hook end to end inside workerd, on the Worker's real default
 * export and its D1 binding (wrangler.toml, migrations/ applied here): a
 * signed Ghost `post.published` → `review` → the editor's decisions through
 * the reviews API → complete → `GET /v1/reviews/<id>` gives the final HTML.
 */
import { applyD1Migrations } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import ghostFixture from "../../fixtures/hooks/ghost-post-published.json?raw";
import { signGhost, signStandard } from "../../src/hooks/signatures.js";

type Json = Record<string, any>;
const worker = exports.default;

beforeAll(async () => {
  await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
});

/** The fixture as Ghost would send it now: a post version of its own, so tests do not share deliveries. */
function ghostBody(updatedAt: string): string {
  const payload = JSON.parse(ghostFixture) as Json;
  payload.post.current.updated_at = updatedAt;
  return JSON.stringify(payload);
}

async function postGhost(body: string, signature?: string) {
  const response = await worker.fetch("http://postedit.test/v1/hooks/ghost", {
    method: "POST",
    headers: { "content-type": "application/json", ...(signature ? { "x-ghost-signature": signature } : {}) },
    body,
  });
  return { status: response.status, text: await response.text(), headers: response.headers };
}

async function call(path: string, body?: unknown) {
  const response = await worker.fetch(`http://postedit.test${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Json };
}

const EXPECTED_HTML =
  "<p>American and Russian diplomats are gathering in Switzerland to try to defuse geopolitical tensions, while the United States and the Europeans accuse Moscow of preparing a new invasion of Ukraine.</p>" +
  "<p>Moscow also expressed interest in discussing the future of certain missile systems in Europe, according to the principles of the INF Treaty and we are open to a discussion about it, said the senior official.</p>" +
  "<p>Finally, Washington is ready to discuss reciprocal restrictions on military exercises led by Russia as well as by the United States and the<strong>North</strong> Atlantic Treaty Organization, the source said.</p>" +
  "<h2>A first discussion on Sunday evening</h2>" +
  "<p>“We will not know until we start these conversations tomorrow night whether Russia is prepared to discuss seriously and in good faith,” he warned, before the main meeting Monday in Switzerland.</p>" +
  '<figure class="kg-card kg-image-card kg-card-hascaption"><img src="https://example.ghost.io/content/images/2026/04/geneva.jpg" class="kg-image" alt="Diplomats in front of the flags of the United States and Russia" loading="lazy" width="2000" height="1333"><figcaption><span style="white-space: pre-wrap;">Wendy Sherman and Sergei Ryabkov meet in Geneva.</span></figcaption></figure>' +
  "<p>US Deputy Secretary of State Wendy Sherman is due to meet with her Russian counterpart Sergei Ryabkov on Sunday evening, according to a State Department spokesperson.</p>";

describe("publish hook in workerd with D1", () => {
  it("signed Ghost publish → review → decisions → complete → final HTML", async () => {
    const body = ghostBody("2026-04-20T09:12:44.000Z");
    const signature = await signGhost(env.POSTEDIT_GHOST_SECRET, body, Date.now());

    const first = await postGhost(body, signature);
    expect(first.status).toBe(200);
    const hook = JSON.parse(first.text) as Json;
    expect(hook.decision).toBe("review");
    expect(hook.review.url).toBe(`/review/${hook.review.id}`);
    expect(hook.review.id).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(hook.fields.title.value).toBe("Washington ready to discuss military exercises with Moscow in Switzerland");
    expect(hook.cms.posts[0]).toMatchObject({ id: "6627a1f0c4e2b80001a3d5e7", updated_at: "2026-04-20T09:12:44.000Z" });
    expect(hook.cms.posts[0].html).not.toContain("Photo: Reuters");

    // Ghost retries with the same signature: same answer, byte for byte, and no second review.
    const retry = await postGhost(body, signature);
    expect(retry.status).toBe(200);
    expect(retry.text).toBe(first.text);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    const { results } = await env.DB.prepare("SELECT COUNT(*) AS n FROM reviews WHERE document LIKE ?").bind('%"2026-04-20T09:12:44.000Z"%').all<{ n: number }>();
    expect(results[0]!.n).toBe(1);

    const id = hook.review.id as string;
    const state = await call(`/v1/reviews/${id}`);
    expect(state.status).toBe(200);
    expect(state.body.status).toBe("open");
    const html = state.body.fields.html as Json;
    expect(html.format).toBe("html");
    expect(html.cleaned).toBe(hook.fields.html.value);
    const quote = html.findings.find((f: Json) => f.rule === "lost-quotation-marks" && f.original.startsWith("We will not know"));
    const glued = html.findings.find((f: Json) => f.rule === "glued-camel-case");
    expect(quote.applied).toBe(false);
    expect(glued.applied).toBe(true);

    // Decisions are saved as they are made: one call each, visible at once.
    const accepted = await call(`/v1/reviews/${id}/decisions`, { field: "html", accept: [quote.id] });
    expect(accepted.status).toBe(200);
    expect(accepted.body.fields.html.findings.find((f: Json) => f.id === quote.id).decision).toBe("accept");
    const rejected = await call(`/v1/reviews/${id}/decisions`, { field: "html", reject: [glued.id] });
    expect(rejected.body.fields.html.findings.find((f: Json) => f.id === glued.id).decision).toBe("reject");
    expect(rejected.body.fields.html.findings.find((f: Json) => f.id === quote.id).decision).toBe("accept");

    const completed = await call(`/v1/reviews/${id}/complete`, {});
    expect(completed.status).toBe(200);
    expect(completed.body.status).toBe("completed");

    const final = await call(`/v1/reviews/${id}`);
    expect(final.body.status).toBe("completed");
    expect(final.body.final.fields.html.value).toBe(EXPECTED_HTML);
    expect(final.body.final.fields.title.value).toBe("Washington ready to discuss military exercises with Moscow in Switzerland");
    expect(final.body.final.fields.custom_excerpt.value).toBe("Talks resume Monday in Geneva, officials said.");
    expect(final.body.final.cms.posts[0]).toEqual({
      id: "6627a1f0c4e2b80001a3d5e7",
      updated_at: "2026-04-20T09:12:44.000Z",
      title: "Washington ready to discuss military exercises with Moscow in Switzerland",
      html: EXPECTED_HTML,
      custom_excerpt: "Talks resume Monday in Geneva, officials said.",
    });

    // Completed: decisions are closed, completing again changes nothing.
    expect((await call(`/v1/reviews/${id}/decisions`, { field: "html", accept: [glued.id] })).status).toBe(409);
    const again = await call(`/v1/reviews/${id}/complete`, {});
    expect(again.body.final).toEqual(final.body.final);
    expect(again.body.completedAt).toBe(final.body.completedAt);
  });

  it("refuses an unsigned or badly signed delivery with 401 and stores nothing", async () => {
    const body = ghostBody("2026-04-21T07:00:00.000Z");
    const count = async () => (await env.DB.prepare("SELECT COUNT(*) AS n FROM deliveries WHERE key LIKE ?").bind("%2026-04-21T07:00:00.000Z%").first<{ n: number }>())!.n;
    const unsigned = await postGhost(body);
    expect(unsigned.status).toBe(401);
    expect(JSON.parse(unsigned.text).error.code).toBe("invalid_signature");
    const wrong = await postGhost(body, await signGhost("not-the-secret", body, Date.now()));
    expect(wrong.status).toBe(401);
    const tampered = await postGhost(body.replace("Monday in Swiss", "Tuesday in Swiss"), await signGhost(env.POSTEDIT_GHOST_SECRET, body, Date.now()));
    expect(tampered.status).toBe(401);
    expect(await count()).toBe(0);
    expect(unsigned.text).not.toContain(env.POSTEDIT_GHOST_SECRET);
  });

  it("accepts a Standard Webhooks signature on the generic endpoint and answers a replayed webhook-id the same", async () => {
    const body = JSON.stringify({ id: "doc-7", fields: { title: { value: "Talks in Swiss" }, body: { value: "<p>Photo: Reuters / HANDOUT</p><p>He said yes.</p>", format: "html" } } });
    const id = `msg_${crypto.randomUUID()}`;
    const timestamp = Math.floor(Date.now() / 1000);
    const headers = {
      "content-type": "application/json",
      "webhook-id": id,
      "webhook-timestamp": String(timestamp),
      "webhook-signature": await signStandard(env.POSTEDIT_WEBHOOK_SECRET, id, timestamp, body),
    };
    const send = () => worker.fetch("http://postedit.test/v1/hooks/publish", { method: "POST", headers, body });
    const first = await send();
    expect(first.status).toBe(200);
    const text = await first.text();
    expect(JSON.parse(text)).toMatchObject({ decision: "publish", fields: { title: { value: "Talks in Switzerland" }, body: { value: "<p>He said yes.</p>" } } });
    const second = await send();
    expect(await second.text()).toBe(text);
    expect(second.headers.get("idempotent-replayed")).toBe("true");
  });
});
