/**
 * The review page's pure logic (src/review/client/model.mts): segments of
 * overlapping findings, staleness, decisions with undo, the card's word diff.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  acceptedIds,
  apiDecision,
  decisionChange,
  Decisions,
  exportNames,
  formatFromName,
  isStale,
  kindOf,
  pageDecision,
  reviewChoice,
  segment,
  statusOf,
  visible,
  wordDiff,
  type Finding,
} from "../../src/review/client/model.mjs";

function finding(id: string, text: string, offset: number, length: number, extra: Partial<Finding> = {}): Finding {
  return {
    id,
    rule: "r",
    category: "calque",
    severity: "minor",
    confidence: 0.9,
    offset,
    length,
    original: text.slice(offset, offset + length),
    replacement: "x",
    safe: false,
    message: "m",
    ...extra,
  };
}

describe("segment", () => {
  it("splits overlapping findings into non-overlapping runs, most specific first", () => {
    const text = "We will not know, in good faith., he warned";
    const quote = finding("q", text, 0, 32);
    const punct = finding("p", text, 30, 2);
    const parts = segment(text, [quote, punct]).map((s) => [text.slice(s.start, s.end), s.ids]);
    expect(parts).toEqual([
      ["We will not know, in good fait", ["q"]],
      ["h.", ["p", "q"]],
      [", he warned", []],
    ]);
  });

  it("marks zero-length findings as points and ignores spans past the end", () => {
    const text = "size and extent military";
    const parts = segment(text, [finding("ins", text, 15, 0), finding("gone", text, 20, 10)]);
    expect(parts).toEqual([
      { start: 0, end: 15, ids: [] },
      { start: 15, end: 15, ids: ["ins"], point: true },
      { start: 15, end: 24, ids: [] },
    ]);
  });

  it("covers the text exactly and lists exactly the findings over each run (UTF-16, emoji included)", () => {
    const text = "🇨🇭 Réunion à Genève 😀 lundi in Swiss.\r\n\r\nthe North";
    const spans = fc.array(fc.tuple(fc.nat(text.length), fc.nat(12)), { maxLength: 12 });
    fc.assert(
      fc.property(spans, (pairs) => {
        const findings = pairs.map(([offset, length], i) => finding(`f${i}`, text, offset, Math.min(length, text.length - offset)));
        const parts = segment(text, findings);
        expect(parts.map((p) => text.slice(p.start, p.end)).join("")).toBe(text);
        let at = 0;
        for (const part of parts) {
          expect(part.start).toBe(at);
          at = part.end;
          const covering = findings.filter((f) => (part.point ? f.length === 0 && f.offset === part.start : f.length > 0 && f.offset <= part.start && f.offset + f.length >= part.end));
          expect([...part.ids].sort()).toEqual(covering.map((f) => f.id).sort());
        }
        expect(at).toBe(text.length);
      }),
    );
  });
});

describe("staleness and decisions", () => {
  const text = "Monday in Swiss, and theNorth.";
  const swiss = finding("swiss", text, 10, 5, { replacement: "Switzerland", safe: true });
  const north = finding("north", text, 21, 8, { replacement: "the North", safe: true });
  const flag = finding("flag", text, 0, 6, { replacement: null });

  it("a finding is stale when its span no longer holds its original", () => {
    expect(isStale(text, swiss)).toBe(false);
    expect(isStale(`Tuesday${text.slice(6)}`, swiss)).toBe(true);
    expect(isStale(text.slice(0, 12), swiss)).toBe(true);
  });

  it("kinds: safe fix, suggestion, flag", () => {
    expect([swiss, { ...swiss, safe: false }, flag].map(kindOf)).toEqual(["safe", "suggestion", "flag"]);
  });

  it("undoes single and bulk decisions, and never accepts a stale finding", () => {
    const decisions = new Decisions();
    decisions.set(["swiss"], "accepted");
    decisions.set(["swiss", "north", "flag"], "rejected", "north");
    expect(statusOf(swiss, decisions, new Set())).toBe("rejected");
    expect(decisions.undo()).toEqual({ focus: "north", ids: ["swiss", "north", "flag"] });
    expect(statusOf(swiss, decisions, new Set())).toBe("accepted");
    expect(statusOf(north, decisions, new Set())).toBe("pending");
    decisions.set(["north"], "accepted");
    expect(acceptedIds([swiss, north, flag], decisions, new Set())).toEqual(["swiss", "north"]);
    expect(acceptedIds([swiss, north, flag], decisions, new Set(["swiss"]))).toEqual(["north"]);
    expect(statusOf(swiss, decisions, new Set(["swiss"]))).toBe("stale");
    expect(decisions.set(["north"], "accepted")).toEqual([]); // no change, no undo step
    decisions.undo();
    decisions.undo();
    expect(decisions.undo()).toBeUndefined();
    expect(decisions.canUndo).toBe(false);
  });
});

describe("review mode", () => {
  const text = "Monday in Swiss., and theNorth.";
  const swiss = finding("swiss", text, 10, 5, { replacement: "Switzerland", safe: true, applied: true });
  const dots = finding("dots", text, 15, 2, { replacement: ",", safe: true, applied: true, confidence: 0.95 });
  const quote = finding("quote", text, 0, 17, { replacement: "“Monday in Swiss,”", confidence: 0.75 });
  const flag = finding("flag", text, 0, 6, { replacement: null });
  const all = [flag, quote, swiss, dots];

  it("maps the page's decisions to the API's names and back", () => {
    expect([apiDecision("accepted"), apiDecision("rejected"), apiDecision(undefined)]).toEqual(["accept", "reject", undefined]);
    expect([pageDecision("accept"), pageDecision("reject"), pageDecision(null), pageDecision("maybe")]).toEqual(["accepted", "rejected", undefined, undefined]);
  });

  it("restores saved decisions without an undo step, and saves undo as clear", () => {
    const decisions = new Decisions();
    decisions.restore([["swiss", "rejected"], ["quote", "accepted"]]);
    expect(decisions.canUndo).toBe(false);
    expect(decisions.get("swiss")).toBe("rejected");
    decisions.set(["dots", "swiss"], "accepted");
    expect(decisionChange("body", ["dots", "swiss", "flag", "dots"], decisions)).toEqual({ field: "body", accept: ["dots", "swiss"], reject: [], clear: ["flag"] });
    decisions.undo();
    expect(decisionChange("body", ["dots", "swiss"], decisions)).toEqual({ field: "body", accept: [], reject: ["swiss"], clear: ["dots"] });
  });

  it("chooses what finishing applies: accepted findings, and applied fixes not rejected nor overlapped by an accepted one", () => {
    const decisions = new Decisions();
    expect(reviewChoice(all, decisions)).toEqual(["swiss", "dots"]);
    decisions.set(["flag", "quote"], "accepted"); // a flag has nothing to apply; the quotation outranks the overlapping safe fixes
    expect(reviewChoice(all, decisions)).toEqual(["quote"]);
    decisions.set(["quote"], "rejected");
    decisions.set(["dots"], "rejected");
    expect(reviewChoice(all, decisions)).toEqual(["swiss"]);
  });
});

describe("wordDiff", () => {
  it("shows a quotation fix as two insertions", () => {
    expect(wordDiff("We will not know, he said", "“We will not know,” he said")).toEqual([
      { type: "insert", value: "“" },
      { type: "equal", value: "We will not know," },
      { type: "insert", value: "”" },
      { type: "equal", value: " he said" },
    ]);
  });

  it("rebuilds both sides", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (a, b) => {
        const pieces = wordDiff(a, b);
        expect(pieces.filter((p) => p.type !== "insert").map((p) => p.value).join("")).toBe(a);
        expect(pieces.filter((p) => p.type !== "delete").map((p) => p.value).join("")).toBe(b);
      }),
    );
  });
});

describe("files", () => {
  it("infers the format from the extension", () => {
    expect(["a.txt", "b.HTML", "c.htm", "d.md", "e.markdown", "f.docx", "noext"].map(formatFromName)).toEqual(["text", "html", "html", "markdown", "markdown", undefined, undefined]);
  });

  it("names the exports after the file", () => {
    expect(exportNames("geneva.html", "html")).toEqual({ text: "geneva.corrected.html", patch: "geneva.html.patch" });
    expect(exportNames(undefined, "markdown")).toEqual({ text: "postedit.corrected.md", patch: "postedit.md.patch" });
  });

  it("shows whitespace in changed pieces", () => {
    expect(visible(" \n")).toBe("·↵\n");
  });
});
