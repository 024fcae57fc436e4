/**
 * GET /review/<id> inside workerd, on the Worker's real default export and
 * its D1 binding: the page in review mode for a review the (signed) Ghost
 * hook opened, an HTML 404 for a link that opens nothing, and the assets
 * and the JSON API unchanged beside it; the page's undo (`clear`) on D1.
 */
import { applyD1Migrations } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import ghostFixture from "../../fixtures/hooks/ghost-post-published.json?raw";
import { signGhost } from "../../src/hooks/signatures.js";

const worker = exports.default;

beforeAll(async () => {
  await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
});

describe("review page in workerd with D1", () => {
  it("serves /review/<id> for a stored review, an HTML 404 otherwise", async () => {
    const payload = JSON.parse(ghostFixture) as { post: { current: { updated_at: string } } };
    payload.post.current.updated_at = "2026-04-22T10:00:00.000Z";
    const body = JSON.stringify(payload);
    const hook = await worker.fetch("http://postedit.test/v1/hooks/ghost", {
      method: "POST",
      headers: { "content-type": "application/json", "x-ghost-signature": await signGhost(env.POSTEDIT_GHOST_SECRET, body, Date.now()) },
      body,
    });
    expect(hook.status).toBe(200);
    const { review } = (await hook.json()) as { review: { id: string; url: string } };

    const page = await worker.fetch(`http://postedit.test${review.url}`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    expect(page.headers.get("cache-control")).toBe("no-store");
    expect(await page.text()).toContain(`<body data-review="${review.id}">`);

    const missing = await worker.fetch("http://postedit.test/review/AAAAAAAAAAAAAAAAAAAAAAAA");
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await missing.text()).toContain("No review at this link");

    const script = await worker.fetch("http://postedit.test/review/app.js");
    expect(script.status).toBe(200);
    expect(script.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    await script.body?.cancel();

    // The page saves an undo as `clear`: the decision is gone from D1.
    type State = { fields: { html: { findings: { id: string; decision: string | null }[] } } };
    const decide = async (change: object) => {
      const response = await worker.fetch(`http://postedit.test/v1/reviews/${review.id}/decisions`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ field: "html", ...change }),
      });
      expect(response.status).toBe(200);
      return ((await response.json()) as State).fields.html.findings;
    };
    const [first, second] = (await decide({})).map((f) => f.id);
    expect((await decide({ accept: [first], reject: [second] })).slice(0, 2).map((f) => f.decision)).toEqual(["accept", "reject"]);
    expect((await decide({ clear: [first] })).slice(0, 2).map((f) => f.decision)).toEqual([null, "reject"]);
    const { results } = await env.DB.prepare("SELECT finding_id FROM review_decisions WHERE review_id = ?").bind(review.id).all<{ finding_id: string }>();
    expect(results.map((row) => row.finding_id)).toEqual([second]);

    const api = await worker.fetch("http://postedit.test/v1/reviews/AAAAAAAAAAAAAAAAAAAAAAAA");
    expect(api.status).toBe(404);
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe("review_not_found");
  });
});
