/**
 * Reads a V8 CPU profile of a bundle (scripts/bench/profile-entry.ts) and
 * lists the functions with the most self time, each with the source module
 * it comes from (the bundle's `// src/…` markers), idle time left out.
 */
import { readFileSync } from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export function topFunctions(profilePath: string, bundlePath: string, count = 10): { share: number; name: string; module: string }[] {
  const profile = JSON.parse(readFileSync(profilePath, "utf8")) as Profile;
  const lines = readFileSync(bundlePath, "utf8").split("\n");
  const moduleOfLine: string[] = [];
  let current = "(bundle)";
  for (const line of lines) {
    const marker = /^\/\/ ((?:src|node_modules)\/\S+)$/.exec(line);
    if (marker) current = marker[1]!.replace(/^node_modules\//, "");
    moduleOfLine.push(current);
  }
  const self = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) self.set(profile.samples[i]!, (self.get(profile.samples[i]!) ?? 0) + (profile.timeDeltas[i] ?? 0));
  const byFunction = new Map<string, { time: number; name: string; module: string }>();
  let total = 0;
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === "(idle)" || functionName === "(program)") continue;
    const time = self.get(node.id) ?? 0;
    total += time;
    const inBundle = url.endsWith(".mjs") && lineNumber >= 0;
    const name = functionName.startsWith("RegExp: ") ? `RegExp /${functionName.slice(8, 60)}${functionName.length > 68 ? "…" : ""}/` : functionName || "(anonymous)";
    const module = inBundle ? (moduleOfLine[lineNumber] ?? "(bundle)") : url === "" ? "(V8)" : url.replace(/^node:/, "node:");
    const key = `${name}@${module}:${inBundle ? lineNumber : ""}`;
    const entry = byFunction.get(key) ?? { time: 0, name, module };
    entry.time += time;
    byFunction.set(key, entry);
  }
  return [...byFunction.values()]
    .sort((a, b) => b.time - a.time)
    .slice(0, count)
    .map((entry) => ({ share: entry.time / total, name: entry.name, module: entry.module }));
}
