import { describe, expect, it } from "vitest";
import { readLines, type Line } from "./lines.js";

async function collect(chunks: (string | Buffer)[], maxBytes = 1 << 20): Promise<Line[]> {
  async function* source() {
    for (const chunk of chunks) yield typeof chunk === "string" ? Buffer.from(chunk) : chunk;
  }
  const lines: Line[] = [];
  for await (const line of readLines(source(), maxBytes)) lines.push(line);
  return lines;
}

describe("readLines", () => {
  it("splits lines across any chunking, multi-byte characters included, with CRLF and a first-line BOM removed", async () => {
    const text = "\uFEFF{\"a\":\"é😀\"}\r\nsecond\n\nlast";
    const bytes = Buffer.from(text);
    const whole = await collect([bytes]);
    const byteByByte = await collect([...bytes].map((byte) => Buffer.from([byte])));
    expect(byteByByte).toEqual(whole);
    expect(whole.map((line) => line.text)).toEqual(['{"a":"é😀"}', "second", "", "last"]);
    expect(whole.map((line) => [line.number, line.end, line.terminated])).toEqual([
      [1, Buffer.byteLength('\uFEFF{"a":"é😀"}\r\n'), true],
      [2, Buffer.byteLength('\uFEFF{"a":"é😀"}\r\nsecond\n'), true],
      [3, Buffer.byteLength('\uFEFF{"a":"é😀"}\r\nsecond\n\n'), true],
      [4, bytes.length, false],
    ]);
  });

  it("skips a line over the limit without keeping it, and reads on", async () => {
    const lines = await collect(["short\n", "x".repeat(30), "x".repeat(30), "\nafter\n"], 40);
    expect(lines.map((line) => [line.text, line.problem])).toEqual([
      ["short", undefined],
      [null, "too_long"],
      ["after", undefined],
    ]);
  });

  it("reports a line that is not UTF-8", async () => {
    const lines = await collect([Buffer.from([0x7b, 0xe9, 0x7d, 0x0a]), "ok\n"]);
    expect(lines.map((line) => [line.text, line.problem])).toEqual([
      [null, "not_utf8"],
      ["ok", undefined],
    ]);
  });
});
