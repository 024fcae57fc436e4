/**
 * Each adapter on a realistic payload (fixtures/hooks/): which fields are
 * checked, what is fixed, and the answer in the shape the CMS stores them.
 */
import { afterEach, describe, expect, it } from "vitest";
import { fixture, testServer, type Json, type TestServer, UNSIGNED } from "./helpers.js";

let server: TestServer;
afterEach(() => server?.close());

const applied = (field: Json) => (field.findings as Json[]).filter((f) => f.applied).map((f) => f.rule);
const pending = (field: Json) => (field.findings as Json[]).filter((f) => !f.applied);

describe("Ghost post.published", () => {
  const body = fixture("ghost-post-published.json");

  it("checks title, html and custom_excerpt and answers an Admin API edit", async () => {
    server = testServer(UNSIGNED);
    const { status, body: out } = await server.post("/v1/hooks/ghost", body);
    expect(status).toBe(200);
    expect(Object.keys(out.fields)).toEqual(["title", "html", "custom_excerpt"]);
    expect(out.decision).toBe("review");
    const html = out.fields.html.value as string;
    expect(html).toContain("the <strong>North</strong> Atlantic");
    expect(html).toContain("INF Treaty and we are open");
    expect(html).toContain("in good faith, he warned");
    expect(html).not.toContain("Photo: Reuters / HANDOUT");
    expect(html).toContain('<figure class="kg-card kg-image-card kg-card-hascaption">');
    expect(applied(out.fields.html).sort()).toEqual(["demonym-as-place", "doubled-punctuation", "french-gloss", "glued-camel-case", "photo-credit"]);
    expect(pending(out.fields.html).map((f) => f.rule)).toContain("lost-quotation-marks");
    expect(out.cms).toEqual({
      posts: [
        {
          id: "6627a1f0c4e2b80001a3d5e7",
          updated_at: "2026-04-20T09:12:44.000Z",
          title: "Washington ready to discuss military exercises with Moscow in Switzerland",
          html,
          custom_excerpt: "Talks resume Monday in Geneva, officials said.",
        },
      ],
    });
  });

  it("a page answers `pages`, and ?fields= limits what is checked", async () => {
    server = testServer(UNSIGNED);
    const page = JSON.parse(body) as Json;
    const out = (await server.post("/v1/hooks/ghost?fields=title", { page: page.post })).body;
    expect(Object.keys(out.fields)).toEqual(["title"]);
    expect(out.decision).toBe("publish");
    expect(out.cms.pages[0].title).toBe("Washington ready to discuss military exercises with Moscow in Switzerland");
  });
});

describe("WordPress REST post", () => {
  const body = fixture("wordpress-post.json");

  it("checks the raw title and content (block comments kept) and answers a REST update", async () => {
    server = testServer(UNSIGNED);
    const out = (await server.post("/v1/hooks/wordpress", body)).body;
    // The raw excerpt is empty: not checked, not sent back.
    expect(Object.keys(out.fields)).toEqual(["title", "content"]);
    expect(out.decision).toBe("publish");
    expect(out.cms).toEqual({
      id: 4127,
      title: "Talks resume Monday in Switzerland",
      content:
        "<!-- wp:paragraph -->\n<p>Talks resume Monday in Switzerland, a spokesperson said on Sunday.</p>\n<!-- /wp:paragraph -->\n\n" +
        "<!-- wp:paragraph -->\n<p>The delegations will meet at the Palais des Nations, the spokesperson added.</p>\n<!-- /wp:paragraph -->",
    });
  });

  it("falls back to rendered (view context), wrapped in { post }", async () => {
    server = testServer(UNSIGNED);
    const post = JSON.parse(body) as Json;
    for (const key of ["title", "content", "excerpt"]) delete post[key].raw;
    const out = (await server.post("/v1/hooks/wordpress", { post })).body;
    expect(Object.keys(out.fields)).toEqual(["title", "content", "excerpt"]);
    expect(out.fields.excerpt.value).toBe("<p>Talks resume Monday in Switzerland, a spokesperson said on Sunday. The delegations will meet&hellip;</p>\n");
  });

  it("takes a WP_Post too", async () => {
    server = testServer(UNSIGNED);
    const out = (await server.post("/v1/hooks/wordpress", { ID: 12, post_type: "post", post_modified_gmt: "2026-04-20 09:12:44", post_title: "Vote in Swiss", post_content: "<p>Voters went to the polls., officials said.</p>", post_excerpt: "" })).body;
    expect(out.cms).toEqual({ id: 12, title: "Vote in Switzerland", content: "<p>Voters went to the polls, officials said.</p>" });
  });
});

describe("Contentful Entry.publish", () => {
  const body = fixture("contentful-entry-publish.json");
  const headers = { "x-contentful-topic": "ContentManagement.Entry.publish" };

  it("checks English locales, cleans Rich Text text nodes and keeps the tree", async () => {
    server = testServer(UNSIGNED);
    const out = (await server.post("/v1/hooks/contentful", body, headers)).body;
    expect(Object.keys(out.fields)).toEqual(["title.en-US", "slug.en-US", "body.en-US"]);
    expect(out.fields["title.en-US"].value).toBe("Geneva talks resume Monday in Switzerland");

    const patch = out.cms.patch as Json[];
    expect(out.cms.entryId).toBe("5KsDBWseXY6QegucYAoacS");
    expect(out.cms.version).toBe(7);
    expect(patch.map((op) => op.path)).toEqual(["/fields/title/en-US", "/fields/slug/en-US", "/fields/body/en-US"]);
    const original = JSON.parse(body).fields.body["en-US"] as Json;
    const cleaned = patch[2]!.value as Json;
    // Same tree: only text values differ, except the photo credit paragraph, removed.
    const shape = (node: Json): unknown => ({ t: node.nodeType, m: node.marks, d: node.data, c: (node.content ?? []).map(shape) });
    const withoutCredit = { ...original, content: original.content.filter((n: Json) => n.content?.[0]?.value !== "Photo: Reuters / HANDOUT") };
    expect(shape(cleaned)).toEqual(shape(withoutCredit));
    expect(cleaned.content[0].content.map((n: Json) => n.value)).toEqual(["Talks resume Monday in ", "Switzerland", ", he said."]);
    expect(cleaned.content[0].content[1].marks).toEqual([{ type: "italic" }]);
    expect(cleaned.content[1].content[0].value).toBe("The United States and the ");
    expect(cleaned.content[1].content[3]).toMatchObject({ nodeType: "hyperlink", data: { uri: "https://www.state.gov/" } });
    expect(cleaned.content[3].content[1].content[0].content[0].value).toBe("Military exercises in Switzerland");
    expect(cleaned.content[4].nodeType).toBe("embedded-asset-block");
    // The quotation is left for review.
    expect(out.decision).toBe("review");
    expect(pending(out.fields["body.en-US"]).map((f) => f.rule)).toContain("lost-quotation-marks");
  });

  it("?locales= chooses locales; the delivery id comes from X-Contentful-Idempotency-Key", async () => {
    server = testServer(UNSIGNED);
    const out = (await server.post("/v1/hooks/contentful?locales=fr-CA&fields=title", body, headers)).body;
    expect(Object.keys(out.fields)).toEqual(["title.fr-CA"]);
    const first = await server.post("/v1/hooks/contentful", body, { ...headers, "x-contentful-idempotency-key": "abc123" });
    const again = await server.post("/v1/hooks/contentful", body, { ...headers, "x-contentful-idempotency-key": "abc123" });
    expect(again.text).toBe(first.text);
    expect(server.db.prepare("SELECT key FROM deliveries WHERE key LIKE 'contentful:id:%'").all()).toEqual([{ key: "contentful:id:abc123" }]);
  });
});

describe("Sanity projection with Portable Text", () => {
  const body = fixture("sanity-article.json");

  it("cleans strings and spans, keeps marks, keys and objects, removes page chrome blocks", async () => {
    server = testServer(UNSIGNED);
    const out = (await server.post("/v1/hooks/sanity", body, { "idempotency-key": "sanity-delivery-1", "sanity-operation": "update" })).body;
    expect(Object.keys(out.fields)).toEqual(["title", "excerpt", "body"]);
    const mutation = out.cms.mutations[0].patch as Json;
    expect(mutation.id).toBe("article-geneva-talks");
    expect(mutation.ifRevisionID).toBe("Xk2p9mNq7rVb4TzL1sYw3a");
    expect(mutation.set.title).toBe("Geneva talks resume Monday in Switzerland");
    const blocks = mutation.set.body as Json[];
    expect(blocks.map((b) => b._key)).toEqual(["b1", "b2", "i1", "b4", "b5"]);
    expect(blocks[0]!.children.map((s: Json) => [s._key, s.text, s.marks])).toEqual([
      ["s1", "Talks resume Monday in ", []],
      ["s2", "Switzerland", ["em"]],
      ["s3", ", he said.", []],
    ]);
    expect(blocks[1]!.children[0].text).toBe("The United States and the ");
    expect(blocks[1]!.markDefs).toEqual([{ _type: "link", _key: "l1", href: "https://www.state.gov/" }]);
    expect(blocks[2]).toEqual(JSON.parse(body).body[2]);
    expect(blocks[4]).toMatchObject({ listItem: "bullet", level: 1 });
  });

  it("a fix across spans (an italic French gloss) is a suggestion: the block is unchanged, the document goes to review", async () => {
    server = testServer(UNSIGNED);
    const out = (await server.post("/v1/hooks/sanity", body)).body;
    const gloss = (out.fields.body.findings as Json[]).find((f) => f.rule === "french-gloss")!;
    expect(gloss).toMatchObject({ safe: false, applied: false, replacement: "" });
    expect(gloss.message).toContain("crosses formatting");
    expect(out.decision).toBe("review");
    const b4 = (out.cms.mutations[0].patch.set.body as Json[]).find((b) => b._key === "b4")!;
    expect(b4.children.map((s: Json) => s.text).join("")).toBe("Moscow wants to discuss the INF Treaty [traité sur les armes nucléaires de portée intermédiaire] and missile systems in Europe.");
  });

  it("a deletion is ignored; the delivery id is the idempotency-key header, else _id:_rev", async () => {
    server = testServer(UNSIGNED);
    expect((await server.post("/v1/hooks/sanity", body, { "sanity-operation": "delete" })).body).toMatchObject({ decision: "publish", ignored: "a deletion" });
    await server.post("/v1/hooks/sanity", body, { "idempotency-key": "k1" });
    expect((await server.post("/v1/hooks/sanity", body)).body.ignored).toBeUndefined();
    const keys = (server.db.prepare("SELECT key FROM deliveries ORDER BY key").all() as Json[]).map((r) => r.key);
    expect(keys).toEqual(["sanity:doc:article-geneva-talks:Xk2p9mNq7rVb4TzL1sYw3a", "sanity:id:k1"]);
  });
});
