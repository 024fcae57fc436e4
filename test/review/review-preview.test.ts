/**
 * Review mode's preview equals what finishing the review produces. For
 * random decisions (accept, reject or none on each finding) on the reviews
 * the Ghost, Contentful and Sanity fixtures open, the page's choice
 * (model.mts `chosenIds`, with the applied fixes accepted by default, sent to POST /v1/apply on the field's original,
 * as the page does) gives, field by field, the same text and the same
 * applied fixes as POST /v1/reviews/<id>/complete. On Node with SQLite (a
 * temp file); the browser run is test/e2e/review-mode.test.ts.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chosenIds, Decisions, decisionChange, type Finding } from "../../src/review/client/model.mjs";
import { fixture, testServer, type Json, type TestServer } from "../hooks/helpers.js";

const SOURCES: { route: string; body: string; headers: Record<string, string> }[] = [
  { route: "/v1/hooks/ghost", body: fixture("ghost-post-published.json"), headers: {} },
  { route: "/v1/hooks/contentful", body: fixture("contentful-entry-publish.json"), headers: { "x-contentful-topic": "ContentManagement.Entry.publish" } },
  { route: "/v1/hooks/sanity", body: fixture("sanity-article.json"), headers: {} },
];

let server: TestServer;
beforeAll(() => {
  server = testServer();
});
afterAll(() => server.close());

let delivery = 0;

async function openReview(source: (typeof SOURCES)[number]): Promise<Json> {
  const hook = await server.post(source.route, source.body, { ...source.headers, "webhook-id": `preview-${++delivery}` });
  expect(hook.body.decision).toBe("review");
  return (await server.request(`/v1/reviews/${hook.body.review.id}`)).body;
}

describe("review mode: preview = completion", () => {
  it("for random decisions on three CMS payloads, every field's preview is its final value", { timeout: 60_000 }, async () => {
    const choice = fc.constantFrom("accepted", "rejected", undefined);
    await fc.assert(
      fc.asyncProperty(fc.nat(SOURCES.length - 1), fc.array(choice, { minLength: 20, maxLength: 20 }), async (which, picks) => {
        const state = await openReview(SOURCES[which]!);
        const id = state.id as string;
        const previews: Record<string, { text: string; applied: string[] }> = {};
        let k = 0;
        for (const [name, field] of Object.entries<Json>(state.fields)) {
          const findings = (field.findings as (Finding & { decision: unknown })[]).map(({ decision: _, ...f }) => f);
          const decisions = new Decisions();
          decisions.setDefaults(findings.filter((f) => f.applied).map((f) => f.id));
          for (const f of findings) {
            const pick = picks[k++ % picks.length];
            if (pick) decisions.set([f.id], pick);
          }
          if (findings.length > 0) {
            const saved = await server.post(`/v1/reviews/${id}/decisions`, decisionChange(name, findings.map((f) => f.id), decisions));
            expect(saved.status).toBe(200);
          }
          const accept = chosenIds(findings, decisions);
          const preview = await server.post("/v1/apply", { text: field.original, format: field.format, accept, findings: findings.filter((f) => accept.includes(f.id)) });
          expect(preview.status).toBe(200);
          previews[name] = { text: preview.body.text, applied: [...preview.body.applied].sort() };
        }
        const done = (await server.post(`/v1/reviews/${id}/complete`, {})).body;
        for (const [name, final] of Object.entries<Json>(done.final.fields)) {
          expect(final.value, name).toBe(previews[name]!.text);
          expect([...final.applied].sort(), name).toEqual(previews[name]!.applied);
        }
      }),
      { numRuns: 40 },
    );
  });

  it("an accepted finding outranks a safe fix it overlaps, in the preview as in completion", async () => {
    const state = await openReview(SOURCES[0]!);
    const findings = (state.fields.html.findings as (Finding & { decision: unknown })[]).map(({ decision: _, ...f }) => f);
    const quote = findings.find((f) => f.rule === "lost-quotation-marks" && f.replacement !== null)!;
    const dots = findings.find((f) => f.rule === "doubled-punctuation")!;
    expect(dots.applied).toBe(true);
    expect(dots.confidence).toBeGreaterThan(quote.confidence); // by the overlap rule alone, the safe fix would win
    const decisions = new Decisions();
    decisions.setDefaults(findings.filter((f) => f.applied).map((f) => f.id));
    decisions.set([quote.id], "accepted");
    const accept = chosenIds(findings, decisions);
    expect(accept).toContain(quote.id);
    expect(accept).not.toContain(dots.id);
    // Undo is saved as `clear`: the decision is withdrawn, and the safe fix is back.
    decisions.undo();
    expect(decisionChange("html", [quote.id], decisions)).toEqual({ field: "html", accept: [], reject: [], clear: [quote.id] });
    expect(chosenIds(findings, decisions)).toContain(dots.id);
  });
});
