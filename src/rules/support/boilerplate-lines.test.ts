/**
 * Boilerplate lines removed by different rules at the end of an article must
 * all go in one default pass: their spans meet without overlapping.
 */
import { describe, expect, it } from "vitest";
import { check, fix } from "../../engine/index.js";
import articleNavigation from "../article-navigation.js";
import pageChrome from "../page-chrome.js";
import photoCredit from "../photo-credit.js";

const rules = [articleNavigation, pageChrome, photoCredit];

describe("boilerplate at the end of the text", () => {
  it.each([
    "The vote was close.\n\nShare this article\n\nPhoto: AFP",
    "The vote was close.\n\nPhoto: AFP\n\nShare this article",
    "The vote was close.\n\nPhoto: AFP\n\nPrevious articleFloods in Liège\nNext articleStrike at the SNCF",
    "The vote was close.\n\nSubscribe to our newsletter\n\nAlready a subscriber? Log in\n\nVideo: AFP",
  ])("removes every line of %j", (text) => {
    const { findings } = check(text, rules);
    const spans = findings.map((f) => [f.offset, f.offset + f.length] as const).sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < spans.length; i++) expect(spans[i]![0]).toBeGreaterThanOrEqual(spans[i - 1]![1]);
    expect(fix(text, rules).text).toBe("The vote was close.");
  });

  it("keeps the engine's spans when content follows", () => {
    const text = "Intro.\n\nShare this article\n\nPhoto: AFP\n\nThe vote was close.";
    expect(check(text, rules).findings.map((f) => f.original)).toEqual(["Share this article\n\n", "Photo: AFP\n\n"]);
    expect(fix(text, rules).text).toBe("Intro.\n\nThe vote was close.");
  });
});
