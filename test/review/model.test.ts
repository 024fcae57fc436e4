/**
 * The review page's pure logic (src/review/client/model.mts): segments of
 * overlapping findings, staleness, decisions with undo, the card's word diff.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  apiDecision,
  chosenIds,
  decisionChange,
  Decisions,
  describeChange,
  exportNames,
  formatFromName,
  isStale,
  kindOf,
  pageDecision,
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
    expect(chosenIds([swiss, north, flag], decisions, new Set())).toEqual(["swiss", "north"]);
    expect(chosenIds([swiss, north, flag], decisions, new Set(["swiss"]))).toEqual(["north"]);
    expect(statusOf(swiss, decisions, new Set(["swiss"]))).toBe("stale");
    expect(decisions.set(["north"], "accepted")).toEqual([]); // no change, no undo step
    decisions.undo();
    decisions.undo();
    expect(decisions.undo()).toBeUndefined();
    expect(decisions.canUndo).toBe(false);
  });
});

describe("safe fixes start accepted", () => {
  const text = "Monday in Swiss., and theNorth.";
  const swiss = finding("swiss", text, 10, 5, { replacement: "Switzerland", safe: true });
  const dots = finding("dots", text, 15, 2, { replacement: ",", safe: true, confidence: 0.95 });
  const quote = finding("quote", text, 0, 17, { replacement: "“Monday in Swiss,”", confidence: 0.75 });
  const north = finding("north", text, 22, 8, { replacement: "the North" });
  const all = [quote, swiss, dots, north];

  it("a default is accepted until rejected, and undoing the rejection brings it back", () => {
    const decisions = new Decisions();
    decisions.setDefaults(["swiss", "dots"]);
    expect(all.map((f) => statusOf(f, decisions, new Set()))).toEqual(["pending", "accepted", "accepted", "pending"]);
    expect(chosenIds(all, decisions)).toEqual(["swiss", "dots"]);
    expect(decisions.explicit("swiss")).toBeUndefined();
    expect(decisions.set(["swiss"], "accepted")).toEqual([]); // already accepted: no step to undo
    expect(decisions.set(["swiss"], "rejected")).toEqual(["swiss"]);
    expect(chosenIds(all, decisions)).toEqual(["dots"]);
    decisions.undo();
    expect(statusOf(swiss, decisions, new Set())).toBe("accepted");
    expect(decisions.explicit("swiss")).toBeUndefined();
    expect(decisions.canUndo).toBe(false);
  });

  it("a fix the editor accepts outranks a default it overlaps, in one step that undoes", () => {
    const decisions = new Decisions();
    decisions.setDefaults(["swiss", "dots"]);
    decisions.set(["quote"], "accepted");
    expect(chosenIds(all, decisions)).toEqual(["quote"]);
    expect(statusOf(swiss, decisions, new Set())).toBe("accepted"); // still accepted, left out by the overlap
    decisions.undo();
    expect(chosenIds(all, decisions)).toEqual(["swiss", "dots"]);
  });

  it("saves only the editor's own decisions; a default is `clear`", () => {
    const decisions = new Decisions();
    decisions.setDefaults(["swiss", "dots"]);
    decisions.set(["dots", "north"], "rejected");
    expect(decisionChange("body", ["swiss", "dots", "north"], decisions)).toEqual({ field: "body", accept: [], reject: ["dots", "north"], clear: ["swiss"] });
  });

  it("a new check keeps decisions on unchanged findings and sets the new defaults", () => {
    const decisions = new Decisions();
    decisions.setDefaults(["swiss", "dots"]);
    decisions.set(["swiss"], "rejected");
    decisions.retain(new Set(["swiss", "north"]));
    decisions.setDefaults(["north"]);
    expect(decisions.get("swiss")).toBe("rejected");
    expect(decisions.get("dots")).toBeUndefined();
    expect(decisions.get("north")).toBe("accepted");
  });
});

describe("describeChange", () => {
  const on = (text: string, offset: number, length: number, replacement: string | null) => describeChange(finding("f", text, offset, length, { replacement }), text);

  it("names insertions by what they insert and where", () => {
    expect(on("an agreement,he said", 13, 0, " ")).toBe("Insert a space after “agreement,”");
    expect(on("the<em>North</em> Atlantic", 3, 0, " ")).toBe("Insert a space after “the”");
    expect(on("Paris", 0, 0, "In ")).toBe("Insert “In” before “Paris”");
    expect(on("end", 3, 0, "\n\n")).toBe("Insert a blank line after “end”");
  });

  it("puts quotation marks around the quote instead of doubling them", () => {
    const text = "There are some areas, provided that any promise is reciprocal, recalled this source";
    const quote = text.slice(0, 62);
    expect(on(text, 0, 62, `“${quote}”`)).toBe("Add quotation marks around “There are some areas, provided that… reciprocal,”");
    expect(on("« Bonjour »", 0, 11, "“Bonjour”")).toBe("Replace « Bonjour » with “Bonjour”");
    expect(on("x", 0, 1, "(x)")).toBe("Add “(” before and “)” after “x”");
    const speech = "We will not know whether Russia is serious., he warned";
    expect(on(speech, 0, 44, "“We will not know whether Russia is serious,”")).toBe(
      "Add quotation marks around “We will not know whether Russia is serious,”; remove “.” after “serious”",
    );
  });

  it("deletions, removals, spacing and replacements", () => {
    expect(on("Home LATEST NEWS Washington ready to discuss military exercises with Moscow\nText", 0, 76, "")).toBe(
      "Delete “Home LATEST NEWS Washington ready t… with Moscow”",
    );
    expect(on("Monday in Swiss., he said", 15, 2, ",")).toBe("Remove “.” after “Swiss”");
    expect(on("We agree ,he said", 8, 2, ", ")).toBe("Fix the spacing: “agree ,he” → “agree, he”");
    expect(on("in Swiss", 3, 5, "Switzerland")).toBe("Replace “Swiss” with “Switzerland”");
    expect(on("( word)", 1, 1, "")).toBe("Delete a space after “(”");
    expect(on("Monday", 0, 6, null)).toBe("Check “Monday” (no replacement suggested)");
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
    decisions.setDefaults(all.filter((f) => f.applied).map((f) => f.id));
    expect(chosenIds(all, decisions)).toEqual(["swiss", "dots"]);
    decisions.set(["flag", "quote"], "accepted"); // a flag has nothing to apply; the quotation outranks the overlapping safe fixes
    expect(chosenIds(all, decisions)).toEqual(["quote"]);
    decisions.set(["quote"], "rejected");
    decisions.set(["dots"], "rejected");
    expect(chosenIds(all, decisions)).toEqual(["swiss"]);
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
