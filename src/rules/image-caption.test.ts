/**
 * The caption cue that rule examples cannot show (their fixed text would
 * still hold the credit line, which `photo-credit` removes): captions right
 * above a credit line, as in the seed article.
 */
import { describe, expect, it } from "vitest";
import { check } from "../engine/index.js";
import imageCaption from "./image-caption.js";
import seed from "../../fixtures/seed/geneva-talks.txt?raw";

function captions(text: string): string[] {
  return check(text, [imageCaption]).findings.map((f) => f.original.trim());
}

describe("image-caption above a credit line", () => {
  it("suggests removing exactly the seed's lines 24 and 26", () => {
    const findings = check(seed, [imageCaption]).findings;
    expect(findings.map((f) => f.original.trim())).toEqual([
      "Diplomats in front of the flags of the United States and Russia.",
      "US Deputy Secretary of State Wendy Sherman and Russian Deputy Foreign Minister Sergei Ryabkov meet in Geneva on September 30, 2021.",
    ]);
    expect(findings.every((f) => !f.safe && f.replacement === "")).toBe(true);
  });

  it("takes the alt text and the caption, not the paragraph above them", () => {
    const text =
      "The strike is over.\n\nNurses return to work at the Maisonneuve-Rosemont hospital on Monday, according to the union.\n\nNurses in front of the hospital 🏥\n\nNurses leave the hospital in Montréal on March 3, 2022.\n\nPhoto: Radio-Canada / Ivanoh Demers\n\nThe deal runs until 2025.";
    expect(captions(text)).toEqual(["Nurses in front of the hospital 🏥", "Nurses leave the hospital in Montréal on March 3, 2022."]);
  });

  it("leaves prose, quotes and the title above a credit alone", () => {
    expect(captions("Washington ready to talk\n\nPhoto: AFP\n\nThe talks begin.")).toEqual([]);
    expect(captions("Intro.\n\nThe minister said the reform would pass.\n\nPhoto: AFP")).toEqual([]);
    expect(captions("Intro.\n\n“We will not give in,” she said.\n\nPhoto: Reuters")).toEqual([]);
    expect(captions("Intro.\n\nThe vote was close. The opposition will appeal.\n\nPhoto: Reuters")).toEqual([]);
  });

  it("takes a second line above only when it reads as alt text or a dated caption", () => {
    const text = "Intro.\n\nThe government has resigned.\n\nLawmakers outside Parliament in Ottawa\n\nPhoto: The Canadian Press";
    expect(captions(text)).toEqual(["Lawmakers outside Parliament in Ottawa"]);
  });
});
