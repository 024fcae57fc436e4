/**
 * The structured field kinds the adapters meet, each laid out as text for the
 * engine and rebuilt with the applied fixes (see spans.ts).
 */
import { applyToSpans, type SpanLayout, type TextEdit } from "./spans.js";
import { layoutRichText, rebuildRichText } from "./rich-text.js";
import { layoutPortableText, rebuildPortableText } from "./portable-text.js";

export type StructureKind = "rich-text" | "portable-text";

interface Structure {
  layout(original: unknown): SpanLayout;
  rebuild(original: unknown, spans: string[][], removedBlocks: ReadonlySet<number>): unknown;
}

const STRUCTURES: Record<StructureKind, Structure> = {
  "rich-text": { layout: layoutRichText, rebuild: rebuildRichText },
  "portable-text": { layout: layoutPortableText, rebuild: rebuildPortableText },
};

export function layoutStructure(kind: StructureKind, original: unknown): SpanLayout {
  return STRUCTURES[kind].layout(original);
}

/** The structure with `edits` (in its layout's coordinates, non-overlapping) applied. */
export function rebuildStructure(kind: StructureKind, original: unknown, edits: readonly TextEdit[]): unknown {
  const structure = STRUCTURES[kind];
  const { spans, removedBlocks } = applyToSpans(structure.layout(original), edits);
  return structure.rebuild(original, spans, removedBlocks);
}
