import { describe, expect, it } from "vitest";
import { formatDuration, Progress } from "./progress.js";

describe("the progress line", () => {
  it("shows a bar, documents, documents per second and the time left from the bytes read", () => {
    let now = 0;
    const written: string[] = [];
    const progress = new Progress({ write: (text) => (written.push(text), true), columns: 120 }, 1000, () => now);
    now = 2000;
    for (let i = 1; i <= 50; i++) progress.done(i * 5, 5); // 250 bytes of 1000 in 2 s
    expect(progress.line()).toBe("postedit [#####...............]  25%  50 docs  25.0 docs/s  ETA 6s");
    progress.skipped(500); // resumed lines move the bar, not the rate
    expect(progress.line()).toBe("postedit [##########..........]  50%  50 docs  25.0 docs/s  ETA 4s");
    progress.finish();
    expect(written.at(-1)).toBe("\n");
    expect(written.at(-2)).toMatch(/^\r\x1b\[2Kpostedit /);
  });

  it("shows no bar or time left when the size is unknown (a pipe)", () => {
    let now = 0;
    const progress = new Progress({ write: () => true }, undefined, () => now);
    now = 1000;
    progress.done(10, 10);
    expect(progress.line()).toBe("postedit 1 docs  1.0 docs/s");
    progress.clear();
  });

  it("formats durations", () => {
    expect(formatDuration(59.4)).toBe("59s");
    expect(formatDuration(61)).toBe("1m01s");
    expect(formatDuration(7325)).toBe("2h02m");
    expect(formatDuration(Number.NaN)).toBe("--");
  });
});
