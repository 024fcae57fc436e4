/**
 * Invariants of HTML and Markdown cleaning on generated documents:
 * applying no finding returns the input byte for byte; applying any subset of
 * findings keeps the markup well-formed, with the input's tag structure less
 * only the elements removed whole; and no change lands inside a protected
 * region (tags, code, scripts, comments, URLs, front matter) unless it removes
 * that region whole.
 */
import fc from "fast-check";
import { Parser } from "htmlparser2";
import { fromMarkdown } from "mdast-util-from-markdown";
import { describe, expect, it } from "vitest";
import { applyFindings, check, fix, type Finding } from "../src/engine/index.js";
import { RULES } from "../src/rules/index.js";

const TEXT = [
  "theNorth", "in Swiss", "in Swiss.", "faith.,", " ?", "INF Treaty [traité sur les armes]", "Photo: AFP", "Previous articleAt least",
  "AT&amp;T", "&eacute;t&eacute;", "&nbsp;", "&lt;tag&gt;", "😀", "é", "word", "Word", ".", ",", " ", " ", "\n",
];
const INLINE = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...TEXT) },
  fc.constantFrom("<em>North</em>", "<strong>in</strong>", '<a href="https://ex.com/theNorth?a=1&amp;b=2">theNorth</a>', "<code>theNorth in Swiss.,</code>", "<br>", "<!-- theNorth -->", '<img src="x.png" alt="in Swiss">'),
);
const inline = fc.array(INLINE, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(""));
const BLOCK_WRAPPERS: ((s: string) => string)[] = [
  (s) => `<p>${s}</p>`,
  (s) => `<h2>${s}</h2>`,
  (s) => `<ul><li>${s}</li></ul>`,
  (s) => `<blockquote><p>${s}</p></blockquote>`,
  (s) => `<figure><img src="a.jpg"><figcaption>${s}</figcaption></figure>`,
  (s) => `<div>${s}</div>`,
  () => `<pre>theNorth in Swiss.,</pre>`,
  () => `<script>var theNorth = "in Swiss";</script>`,
  (s) => `<p>${s}</p>\n<p>Photo: Reuters / HANDOUT</p>`,
];
const htmlDocument = fc
  .array(fc.tuple(fc.integer({ min: 0, max: BLOCK_WRAPPERS.length - 1 }), inline), { minLength: 1, maxLength: 6 })
  .chain((blocks) => fc.constantFrom("\n", "", "\n\n").map((joiner) => blocks.map(([w, s]) => BLOCK_WRAPPERS[w]!(s)).join(joiner)));

interface Region {
  start: number;
  end: number;
}

function htmlProtected(html: string): { tags: { name: string; kind: "open" | "close"; start: number; end: number }[]; regions: Region[] } {
  const tags: { name: string; kind: "open" | "close"; start: number; end: number }[] = [];
  const regions: Region[] = [];
  const openAt = new Map<string, number[]>();
  const parser: Parser = new Parser(
    {
      onopentag(name, _a, implied) {
        if (implied) return;
        tags.push({ name, kind: "open", start: parser.startIndex, end: parser.endIndex + 1 });
        // A tag is protected, except the alt and title texts the checker reads.
        let cursor = parser.startIndex;
        const tag = html.slice(parser.startIndex, parser.endIndex + 1);
        for (const match of tag.matchAll(/\s(?:alt|title)="([^"]*)"/g)) {
          const valueStart = parser.startIndex + match.index + match[0].length - 1 - match[1]!.length;
          regions.push({ start: cursor, end: valueStart });
          cursor = valueStart + match[1]!.length;
        }
        regions.push({ start: cursor, end: parser.endIndex + 1 });
        openAt.set(name, [...(openAt.get(name) ?? []), parser.startIndex]);
      },
      onclosetag(name, implied) {
        const start = openAt.get(name)?.pop();
        if (implied) return;
        tags.push({ name, kind: "close", start: parser.startIndex, end: parser.endIndex + 1 });
        regions.push({ start: parser.startIndex, end: parser.endIndex + 1 });
        if (start !== undefined && ["pre", "script", "code"].includes(name)) regions.push({ start, end: parser.endIndex + 1 });
      },
      oncomment() {
        regions.push({ start: parser.startIndex, end: parser.endIndex + 1 });
      },
    },
    { decodeEntities: false, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  return { tags, regions };
}

function appliedFindings(text: string, format: "html" | "markdown", coin: fc.Stream<boolean>) {
  const { findings } = check(text, RULES, format);
  const subset = findings.filter(() => coin.next().value);
  const result = applyFindings(text, subset);
  const applied = subset.filter((f) => result.applied.includes(f.id));
  return { result, applied, findings };
}

const touchesInside = (f: Finding, r: Region) => {
  const start = f.offset;
  const end = f.offset + f.length;
  const overlaps = start < r.end && r.start < end;
  const strictlyInside = f.length === 0 && r.start < start && start < r.end;
  const wholly = start <= r.start && r.end <= end;
  return (overlaps && !wholly) || strictlyInside;
};

describe("HTML invariants (property-based)", () => {
  it("applying no finding returns the input byte for byte", () => {
    fc.assert(
      fc.property(htmlDocument, (html) => {
        expect(fix(html, RULES, "none", "html").text).toBe(html);
      }),
      { numRuns: 200 },
    );
  }, 120_000);

  it("any subset of findings keeps the tag structure and leaves protected regions alone", () => {
    fc.assert(
      fc.property(htmlDocument, fc.infiniteStream(fc.boolean()), (html, coin) => {
        const { result, applied } = appliedFindings(html, "html", coin);
        const input = htmlProtected(html);
        for (const finding of applied) {
          expect(finding.replacement ?? "").not.toMatch(/[<>]/);
          for (const region of input.regions) expect(touchesInside(finding, region), `${finding.rule} ${JSON.stringify(finding.original)}`).toBe(false);
        }
        const removed = (tag: { start: number; end: number }) => applied.some((f) => f.offset <= tag.start && tag.end <= f.offset + f.length);
        const expectedTags = input.tags.filter((tag) => !removed(tag)).map((tag) => `${tag.kind}:${tag.name}`);
        expect(htmlProtected(result.text).tags.map((tag) => `${tag.kind}:${tag.name}`)).toEqual(expectedTags);
        // Entities stay valid: no bare ampersand appears.
        const bare = /&(?!(?:#[0-9]+|#x[0-9a-f]+|[a-z][a-z0-9]*);)/gi;
        expect(result.text.match(bare)?.length ?? 0).toBe(html.match(bare)?.length ?? 0);
      }),
      { numRuns: 300 },
    );
  }, 120_000);
});

const MD_INLINE = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom("theNorth", "in Swiss", "in Swiss.", "faith.,", " ?", "Photo: AFP", "AT&amp;T", "😀", "é", "word", " ", " ", "\\*") },
  fc.constantFrom("*North*", "**in**", "[theNorth](https://ex.com/theNorth)", "`theNorth in Swiss.,`", "<span>theNorth</span>", "![in Swiss](x.png)", "<https://ex.com/in.Swiss>"),
);
const mdInline = fc.array(MD_INLINE, { minLength: 1, maxLength: 8 }).map((parts) => parts.join("").trim() || "word");
const MD_BLOCKS: ((s: string) => string)[] = [
  (s) => s,
  (s) => `## ${s}`,
  (s) => `- ${s}\n- ${s}`,
  (s) => `> ${s}`,
  () => "```\ntheNorth in Swiss.,\n```",
  () => "    indented theNorth in Swiss.,",
  () => "<div>\ntheNorth in Swiss.,\n</div>",
  (s) => `| a | b |\n|---|---|\n| ${s.replace(/\|/g, "")} | x |`,
  (s) => `${s}\n\nPhoto: Reuters / HANDOUT`,
];
const markdownDocument = fc
  .tuple(fc.boolean(), fc.array(fc.tuple(fc.integer({ min: 0, max: MD_BLOCKS.length - 1 }), mdInline), { minLength: 1, maxLength: 6 }))
  .map(([frontMatter, blocks]) => (frontMatter ? "---\ntitle: theNorth in Swiss.,\n---\n\n" : "") + blocks.map(([b, s]) => MD_BLOCKS[b]!(s)).join("\n\n"));

function markdownProtected(markdown: string): { regions: Region[]; values: string[] } {
  const regions: Region[] = [];
  const values: string[] = [];
  const walk = (node: { type: string; position?: { start: { offset?: number }; end: { offset?: number } }; children?: unknown[]; url?: string; value?: string }) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (["code", "inlineCode", "html", "image", "yaml"].includes(node.type) && start !== undefined && end !== undefined) {
      regions.push({ start, end });
      values.push(`${node.type}:${node.value ?? node.url}`);
    }
    if (node.type === "link" && node.url && start !== undefined && end !== undefined) {
      values.push(`link:${node.url}`);
      // The destination is protected; the link text is prose.
      const slice = markdown.slice(start, end);
      const destination = slice.startsWith("<") ? 0 : slice.lastIndexOf("](");
      if (destination >= 0) regions.push({ start: start + destination, end });
    }
    for (const child of node.children ?? []) walk(child as typeof node);
  };
  walk(fromMarkdown(markdown) as unknown as Parameters<typeof walk>[0]);
  // Front matter is not parsed without the extension here: protect it by position.
  const front = /^---\n[\s\S]*?\n---\n/.exec(markdown);
  if (front) regions.push({ start: 0, end: front[0].length });
  return { regions, values };
}

describe("Markdown invariants (property-based)", () => {
  it("applying no finding returns the input byte for byte", () => {
    fc.assert(
      fc.property(markdownDocument, (markdown) => {
        expect(fix(markdown, RULES, "none", "markdown").text).toBe(markdown);
      }),
      { numRuns: 200 },
    );
  }, 120_000);

  it("any subset of findings leaves code, HTML, URLs and front matter as they were", () => {
    fc.assert(
      fc.property(markdownDocument, fc.infiniteStream(fc.boolean()), (markdown, coin) => {
        const { result, applied } = appliedFindings(markdown, "markdown", coin);
        const input = markdownProtected(markdown);
        for (const finding of applied) {
          for (const region of input.regions) expect(touchesInside(finding, region), `${finding.rule} ${JSON.stringify(finding.original)}`).toBe(false);
        }
        const removedWhole = input.regions.filter((r) => applied.some((f) => f.offset <= r.start && r.end <= f.offset + f.length)).length;
        if (removedWhole === 0) expect(markdownProtected(result.text).values).toEqual(input.values);
      }),
      { numRuns: 300 },
    );
  }, 120_000);
});
