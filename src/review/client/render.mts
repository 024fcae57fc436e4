/**
 * Builds the rendered view (src/review/client/article.mts) in the page, with
 * the findings highlighted in the text as a reader sees it. Only elements
 * from the allow-list are created (`createElement` with the tree's fixed tag
 * names) and every piece of the document becomes a text node: no markup from
 * the document ever reaches the browser's parser.
 *
 * `segments` (model.mts `segment`) cut the source at every finding boundary.
 * Each piece of text is split along them; a piece that maps onto its source
 * range as a whole (an entity, an escape) is highlighted whole. A finding
 * with no visible text of its own (an insertion, or a span inside markup such
 * as an attribute) gets a point mark where it falls between the pieces.
 */
import type { ArticleNode } from "./article.mjs";
import type { Segment } from "./model.mjs";

/** Makes the mark for `value` (empty for a point) covering the findings `ids`, most specific first. */
export type MarkFactory = (value: string, ids: readonly string[], point: boolean) => HTMLElement;

export function renderArticle(nodes: readonly ArticleNode[], segments: readonly Segment[], mark: MarkFactory): DocumentFragment {
  const fragment = document.createDocumentFragment();
  let k = 0;
  /** The segment at `k` already has visible text highlighted (it goes on into later pieces). */
  let touched = -1;

  const point = (into: Node, ids: readonly string[]) => {
    if (ids.length > 0) into.appendChild(mark("", ids, true));
  };
  /** Segments that end before `position` and never reached a piece of text: points there. */
  const flushBefore = (position: number, into: Node) => {
    while (k < segments.length) {
      const segment = segments[k]!;
      if (segment.point ? segment.start >= position : segment.end > position) return;
      if (k !== touched) point(into, segment.ids);
      k++;
    }
  };
  const text = (into: Node, value: string, ids: readonly string[]) => {
    if (value === "") return;
    into.appendChild(ids.length === 0 ? document.createTextNode(value) : mark(value, ids, false));
  };

  const piece = (node: Extract<ArticleNode, { kind: "text" }>, into: Node) => {
    flushBefore(node.start, into);
    if (!node.exact || node.blank) {
      // Highlighted whole (or, between blocks, not at all), with the points inside it after it.
      const ids = new Set<string>();
      const points: Segment[] = [];
      while (k < segments.length) {
        const segment = segments[k]!;
        if (segment.point) {
          if (segment.start > node.end) break;
          points.push(segment);
          k++;
          continue;
        }
        if (segment.start >= node.end && node.end > node.start) break;
        for (const id of segment.ids) ids.add(id);
        if (segment.end > node.end) {
          touched = k;
          break;
        }
        k++;
      }
      text(into, node.value, node.blank ? [] : [...ids]);
      for (const at of points) point(into, at.ids);
      return;
    }
    let position = node.start;
    while (k < segments.length) {
      const segment = segments[k]!;
      if (segment.point) {
        if (segment.start > node.end) return;
        point(into, segment.ids);
        k++;
        continue;
      }
      if (segment.start >= node.end) return;
      const to = Math.min(segment.end, node.end);
      text(into, node.value.slice(position - node.start, to - node.start), segment.ids);
      position = to;
      if (segment.end > node.end) {
        touched = k;
        return;
      }
      k++;
    }
    // Past the last segment (none at all for a preview): plain text.
    text(into, node.value.slice(position - node.start), []);
  };

  const build = (list: readonly ArticleNode[], into: Node) => {
    for (const node of list) {
      if (node.kind === "text") piece(node, into);
      else if (node.kind === "label") into.appendChild(document.createTextNode(node.value));
      else {
        const element = document.createElement(node.tag);
        for (const [name, value] of Object.entries(node.attributes)) element.setAttribute(name, value);
        if (node.role) element.className = node.role;
        build(node.children, element);
        into.appendChild(element);
      }
    }
  };

  build(nodes, fragment);
  // Findings after the last piece of text (in trailing markup): points at the end.
  for (; k < segments.length; k++) if (k !== touched) point(fragment, segments[k]!.ids);
  return fragment;
}
