/**
 * The review page's script: check a text through POST /v1/check, show the
 * findings in place, record the editor's decisions (buttons and keys), and
 * keep the preview, diff and patch current through POST /v1/apply, so the
 * page and the API always give the same result. Bundled by
 * scripts/build-client.ts into src/review/generated/assets.ts.
 *
 * In review mode (`/review/<id>`, `data-review` on the body) the findings
 * come from a review the publish hook stored (GET /v1/reviews/<id>), one
 * field at a time; each decision is saved as it is made (POST
 * /v1/reviews/<id>/decisions), the preview applies what finishing will apply,
 * and Finish (POST /v1/reviews/<id>/complete) shows the final fields.
 */
import {
  chosenIds,
  decisionChange,
  Decisions,
  describeChange,
  exportNames,
  formatFromName,
  isStale,
  pageDecision,
  KIND_LABELS,
  kindOf,
  elide,
  segment,
  statusOf,
  visible,
  wordDiff,
  type Decision,
  type Finding,
} from "./model.mjs";
import { articleFromHtml, articleFromMarkdown, type ArticleNode } from "./article.mjs";
import { renderArticle } from "./render.mjs";

type Format = "text" | "html" | "markdown";

interface Change {
  type: "equal" | "delete" | "insert";
  value: string;
  offset: number;
}

interface ApplyResult {
  text: string;
  diff: { patch: string; changes: Change[] };
  applied: string[];
  skipped: { id: string; reason: "overlap" | "no_replacement"; conflictsWith?: string }[];
}

interface ApiErrorBody {
  error?: { code?: string; message?: string; details?: { stale?: { id: string }[] } };
}

const APPLY_DELAY_MS = 200;
const EDIT_DELAY_MS = 150;
const FORMAT_LABELS: Record<Format, string> = { text: "plain text", html: "HTML", markdown: "Markdown" };

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`review page: #${id} is missing`);
  return element as T;
}

function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (text !== undefined) element.textContent = text;
  return element;
}

const ui = {
  form: byId<HTMLFormElement>("check-form"),
  file: byId<HTMLInputElement>("file"),
  format: byId<HTMLSelectElement>("format"),
  source: byId<HTMLTextAreaElement>("source"),
  check: byId<HTMLButtonElement>("check"),
  status: byId("status"),
  error: byId("error"),
  review: byId("review"),
  counts: byId("counts"),
  staleNote: byId("stale-note"),
  staleText: byId("stale-text"),
  recheck: byId<HTMLButtonElement>("recheck"),
  annotated: byId("annotated"),
  viewToggle: byId("view-toggle"),
  showSource: byId<HTMLInputElement>("show-source"),
  previewRendered: byId("preview-rendered"),
  card: byId("card"),
  pos: byId("card-pos"),
  category: byId("card-category"),
  kind: byId("card-kind"),
  confidence: byId("card-confidence"),
  severity: byId("card-severity"),
  rule: byId("card-rule"),
  state: byId("card-status"),
  action: byId("card-action"),
  original: byId("card-original"),
  replacement: byId("card-replacement"),
  message: byId("card-message"),
  prev: byId<HTMLButtonElement>("prev"),
  next: byId<HTMLButtonElement>("next"),
  accept: byId<HTMLButtonElement>("accept"),
  reject: byId<HTMLButtonElement>("reject"),
  undo: byId<HTMLButtonElement>("undo"),
  bulkCategory: byId<HTMLSelectElement>("bulk-category"),
  acceptCategory: byId<HTMLButtonElement>("accept-category"),
  rejectCategory: byId<HTMLButtonElement>("reject-category"),
  list: byId<HTMLOListElement>("list"),
  result: byId("result"),
  summary: byId("result-summary"),
  preview: byId("preview"),
  changes: byId("changes"),
  patch: byId("patch"),
  copyText: byId<HTMLButtonElement>("copy-text"),
  downloadText: byId<HTMLButtonElement>("download-text"),
  downloadPatch: byId<HTMLButtonElement>("download-patch"),
  copyPatch: byId<HTMLButtonElement>("copy-patch"),
};

// ---- State -----------------------------------------------------------------

let findings: Finding[] = [];
let byFindingId = new Map<string, Finding>();
let indexOf = new Map<string, number>();
/** The decisions on the findings shown (in review mode, the current field's). */
let decisions = new Decisions();
let current: string | undefined;
let checkedText = "";
let checkedFormat: Format = "text";
let fileName: string | undefined;
/** Findings whose span no longer holds their original (computed here), plus any the API reported in a 409. */
let stale = new Set<string>();
const serverStale = new Set<string>();
let lastResult: ApplyResult | undefined;
// DOM indexes, rebuilt with the marks and the list: marks by their primary finding and by every finding they cover, list buttons by id.
let marksOf = new Map<string, HTMLElement[]>();
let marksCovering = new Map<string, HTMLElement[]>();
let buttons = new Map<string, HTMLButtonElement>();
let currentMarks: HTMLElement[] = [];
let currentButton: HTMLButtonElement | undefined;
/** The status label last written for each finding (marks and list are only touched when it changes). */
const shown = new Map<string, string>();
/** Whether lastResult answers for the current text and decisions. */
let upToDate = false;
let skippedById = new Map<string, ApplyResult["skipped"][number]>();
let applyTimer: ReturnType<typeof setTimeout> | undefined;
let editTimer: ReturnType<typeof setTimeout> | undefined;
let applying: Promise<ApplyResult | undefined> | undefined;
let applySeq = 0;

/** Review mode: the review's id (from the page) and the field shown. */
const reviewId = document.body.dataset.review;
let fieldName: string | undefined;
/** What the preview applies (and exports, and finishing a review applies): `chosenIds`. */
let chosen = new Set<string>();

const formatOf = (value: string): Format => (value === "html" || value === "markdown" ? value : "text");

// ---- Talking to the API ----------------------------------------------------

class RequestError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
    message: string,
  ) {
    super(message);
  }
}

async function post<T>(path: string, body: unknown): Promise<T> {
  return call<T>(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
}

async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch (error) {
    throw new RequestError(0, {}, `Could not reach postedit (${(error as Error).message}).`);
  }
  const payload = (await response.json().catch(() => ({}))) as T & ApiErrorBody;
  if (!response.ok) throw new RequestError(response.status, payload, payload.error?.message ?? `postedit answered ${response.status}.`);
  return payload;
}

function say(message: string): void {
  ui.status.textContent = message;
}

function fail(message: string): void {
  ui.error.textContent = message;
  ui.error.hidden = message === "";
}

// ---- Checking ----------------------------------------------------------------

async function runCheck(): Promise<void> {
  const text = ui.source.value;
  const format = formatOf(ui.format.value);
  if (text.trim() === "") {
    fail("Paste a text or load a file first.");
    ui.source.focus();
    return;
  }
  fail("");
  ui.check.disabled = true;
  ui.form.setAttribute("aria-busy", "true");
  say("Checking…");
  try {
    const body = await post<{ findings: Finding[] }>("/v1/check", { text, format });
    decisions.retain(new Set(body.findings.map((f) => f.id)));
    // Safe fixes start accepted, as the API applies them by default; each can still be rejected (and undone).
    decisions.setDefaults(body.findings.filter((f) => f.safe).map((f) => f.id));
    show(body.findings, text, format, body.findings[0]?.id);
    say(findings.length === 0 ? "No findings: nothing to fix in this text." : `${describeFindings()} J and K move between them, A accepts, R rejects, U undoes.`);
    ui.annotated.focus({ preventScroll: true });
    ui.review.scrollIntoView({ block: "start" });
    keepInView();
  } catch (error) {
    fail(error instanceof RequestError ? `The check failed: ${error.message}` : String(error));
    say("");
  } finally {
    ui.check.disabled = false;
    ui.form.removeAttribute("aria-busy");
  }
}

/** Shows `list`, found in `text`, with the current `decisions`, and refreshes the preview. */
function show(list: Finding[], text: string, format: Format, selected: string | undefined): void {
  findings = list;
  byFindingId = new Map(findings.map((f) => [f.id, f]));
  indexOf = new Map(findings.map((f, i) => [f.id, i]));
  serverStale.clear();
  skippedById = new Map();
  checkedText = text;
  checkedFormat = format;
  current = selected;
  ui.viewToggle.hidden = format === "text";
  computeStale();
  buildList();
  buildCategories();
  renderAnnotated();
  ui.review.hidden = false;
  ui.result.hidden = false;
  update();
  scheduleApply(0);
}

function describeFindings(): string {
  const kinds = { safe: 0, suggestion: 0, flag: 0 };
  for (const f of findings) kinds[kindOf(f)]++;
  return `${plural(findings.length, "finding")}: ${plural(kinds.safe, "safe fix", "safe fixes")}, ${plural(kinds.suggestion, "suggestion")}, ${plural(kinds.flag, "flag")}.`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString("en")} ${n === 1 ? one : many}`;
}

// ---- Rendering -------------------------------------------------------------

function computeStale(): void {
  const text = ui.source.value;
  stale = new Set(findings.filter((f) => serverStale.has(f.id) || isStale(text, f)).map((f) => f.id));
}

function attributesFor(f: Finding): Record<string, string> {
  return { "data-cat": f.category, "data-kind": kindOf(f), "data-status": statusOf(f, decisions, stale) };
}

/** The rendered view of the text, parsed once per text and format (the article as a reader sees it). */
let parsed: { text: string; format: Format; nodes: ArticleNode[] } | undefined;

function articleOf(text: string, format: Format): ArticleNode[] {
  if (parsed?.text !== text || parsed.format !== format) parsed = { text, format, nodes: format === "markdown" ? articleFromMarkdown(text) : articleFromHtml(text) };
  return parsed.nodes;
}

/** HTML and Markdown are shown rendered unless the editor asks for the source. */
const showsRendered = () => checkedFormat !== "text" && !ui.showSource.checked;

/**
 * The text with every finding that still holds highlighted in place, in
 * non-overlapping segments: HTML and Markdown rendered (render.mts), or the
 * source as it is. In the source, line breaks at the end of a span get a mark
 * of their own (class `tail`: no outline, no status sign) so the sign (✓ ✗)
 * sits after the last word of the finding (class `end`), not at the start of
 * the next line.
 */
function renderAnnotated(): void {
  const text = ui.source.value;
  const live = findings.filter((f) => !stale.has(f.id));
  const last = new Map<string, HTMLElement>();
  marksOf = new Map();
  marksCovering = new Map();
  currentMarks = [];
  const index = (into: Map<string, HTMLElement[]>, id: string, mark: HTMLElement) => {
    const list = into.get(id);
    if (list) list.push(mark);
    else into.set(id, [mark]);
  };
  const mark = (value: string, ids: readonly string[], point: boolean, tail = false): HTMLElement => {
    const primary = ids[0]!;
    const f = byFindingId.get(primary)!;
    const element = h("mark", { ...attributesFor(f), "data-id": primary, "data-ids": ids.join(" ") }, value);
    if (ids.length > 1) element.classList.add("overlap");
    if (point) element.classList.add("point");
    else if (/^\s+$/.test(value)) element.classList.add("space");
    if (tail) element.classList.add("tail");
    else last.set(primary, element);
    index(marksOf, primary, element);
    for (const id of ids) index(marksCovering, id, element);
    return element;
  };
  const segments = segment(text, live);
  const rendered = showsRendered();
  let fragment: DocumentFragment;
  if (rendered) {
    fragment = renderArticle(articleOf(text, checkedFormat), segments, mark);
  } else {
    fragment = document.createDocumentFragment();
    const seen = new Set<string>();
    for (const part of segments) {
      const primary = part.ids[0];
      if (primary === undefined) {
        fragment.append(text.slice(part.start, part.end));
        continue;
      }
      if (part.point) fragment.append(mark("", part.ids, true));
      else {
        const value = text.slice(part.start, part.end);
        const breaks = /\s*[\r\n]\s*$/.exec(value);
        if (!breaks) fragment.append(mark(value, part.ids, false));
        else if (breaks.index > 0) fragment.append(mark(value.slice(0, breaks.index), part.ids, false), mark(value.slice(breaks.index), part.ids, false, true));
        else fragment.append(mark(value, part.ids, false, seen.has(primary)));
      }
      seen.add(primary);
    }
  }
  for (const element of last.values()) element.classList.add("end");
  ui.annotated.classList.toggle("article", rendered);
  ui.annotated.replaceChildren(fragment);
  markCurrent();
}

/** Outlines the current finding's marks and flags its list entry (only the elements that change). */
function markCurrent(): void {
  for (const mark of currentMarks) mark.classList.remove("current");
  currentMarks = current === undefined ? [] : (marksCovering.get(current) ?? []);
  for (const mark of currentMarks) mark.classList.add("current");
  currentButton?.removeAttribute("aria-current");
  currentButton = current === undefined ? undefined : buttons.get(current);
  currentButton?.setAttribute("aria-current", "true");
}

function buildList(): void {
  buttons = new Map();
  shown.clear();
  currentButton = undefined;
  const items = findings.map((f, i) => {
    const button = h("button", { type: "button", "data-id": f.id, ...attributesFor(f) });
    buttons.set(f.id, button);
    button.append(
      h("span", { class: "n" }, `${i + 1}.`),
      h("span", { class: "chip", "data-cat": f.category }, f.category),
      h("span", { class: "kind" }, KIND_LABELS[kindOf(f)]),
      h("span", { class: "change" }, summary(f)),
      h("span", { class: "st" }),
    );
    const item = h("li");
    item.append(button);
    return item;
  });
  ui.list.replaceChildren(...items);
}

/** The change as a person reads it (“Insert a space after “agreement,””), in the words around it in the checked text. */
function summary(f: Finding): string {
  return describeChange(f, checkedText);
}

function buildCategories(): void {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.category, (counts.get(f.category) ?? 0) + 1);
  const previous = ui.bulkCategory.value;
  ui.bulkCategory.replaceChildren(...[...counts].map(([category, n]) => h("option", { value: category }, `${category} (${n})`)));
  if (counts.has(previous)) ui.bulkCategory.value = previous;
}

function statusText(f: Finding): string {
  const status = statusOf(f, decisions, stale);
  if (status === "stale") return "stale: the text changed here";
  if (status !== "accepted") return status;
  if (f.replacement === null) return "accepted (a flag: nothing to replace)";
  const byDefault = decisions.explicit(f.id) === undefined;
  if (!chosen.has(f.id)) return "accepted by default, not applied: a fix you accepted overlaps it";
  const skipped = skippedById.get(f.id);
  if (skipped?.reason === "overlap") return "accepted, not applied: overlaps a stronger fix";
  if (skipped?.reason === "no_replacement") return "accepted (a flag: nothing to replace)";
  return byDefault ? "accepted by default" : "accepted";
}

/** Refreshes everything that depends on decisions, staleness, the selection and the last /v1/apply result. */
function update(): void {
  chosen = new Set(chosenIds(findings, decisions, stale));
  if (reviewId !== undefined) refreshFields();
  let accepted = 0;
  let rejected = 0;
  let pending = 0;
  const kinds = { safe: 0, suggestion: 0, flag: 0 };
  for (const f of findings) {
    kinds[kindOf(f)]++;
    const status = statusOf(f, decisions, stale);
    if (status === "accepted") accepted++;
    else if (status === "rejected") rejected++;
    else if (status === "pending") pending++;
    // Touch the DOM only where a status changed: the page stays quick with thousands of findings.
    const label = statusText(f);
    if (shown.get(f.id) === label) continue;
    shown.set(f.id, label);
    for (const mark of marksOf.get(f.id) ?? []) mark.dataset.status = status;
    const button = buttons.get(f.id);
    if (button) {
      button.dataset.status = status;
      button.querySelector(".st")!.textContent = label;
    }
  }
  ui.counts.textContent =
    `${plural(findings.length, "finding")} (${plural(kinds.safe, "safe fix", "safe fixes")}, ${plural(kinds.suggestion, "suggestion")}, ${plural(kinds.flag, "flag")}) · ` +
    `${accepted} accepted · ${rejected} rejected · ${pending} pending` +
    (stale.size > 0 ? ` · ${stale.size} stale` : "");

  markCurrent();

  const dirty = ui.source.value !== checkedText || formatOf(ui.format.value) !== checkedFormat;
  ui.staleNote.hidden = !dirty && stale.size === 0;
  ui.staleText.textContent =
    (dirty ? "The text (or its format) changed since it was checked. " : "") +
    (stale.size > 0
      ? `${plural(stale.size, "finding no longer matches", "findings no longer match")} the text: marked stale and not applied. Check again to refresh them.`
      : "Every finding still matches its text. Check again to look for new ones.");

  ui.acceptCategory.disabled = ui.rejectCategory.disabled = findings.length === 0;
  ui.undo.disabled = !decisions.canUndo;
  renderCard();
}

function renderCard(): void {
  const f = current === undefined ? undefined : byFindingId.get(current);
  ui.card.hidden = f === undefined;
  for (const button of [ui.prev, ui.next, ui.accept, ui.reject]) button.disabled = f === undefined;
  if (!f) return;
  const kind = kindOf(f);
  ui.card.dataset.cat = f.category;
  ui.card.dataset.kind = kind;
  ui.pos.textContent = `${indexOf.get(f.id)! + 1} of ${findings.length}`;
  ui.category.textContent = f.category;
  ui.category.dataset.cat = f.category;
  ui.kind.textContent = KIND_LABELS[kind];
  ui.confidence.textContent = `${Math.round(f.confidence * 100)}%`;
  ui.severity.textContent = f.severity;
  ui.rule.textContent = f.rule;
  ui.state.textContent = statusText(f);
  ui.state.dataset.status = statusOf(f, decisions, stale);
  ui.action.textContent = describeChange(f, checkedText, 90);
  showChange(f);
  ui.message.textContent = f.message;
  // Stale findings cannot be decided; decided ones can change their mind (disabling would drop the focus).
  ui.accept.disabled = ui.reject.disabled = stale.has(f.id);
  ui.accept.setAttribute("aria-pressed", String(decisions.get(f.id) === "accepted"));
  ui.reject.setAttribute("aria-pressed", String(decisions.get(f.id) === "rejected"));
}

/** A note in place of one side of the change (nothing there). */
function note(into: HTMLElement, text: string): void {
  into.textContent = text;
  into.classList.add("none");
}

/** A changed piece, marked: whitespace gets a visible box (a lone space is otherwise too thin to see), line breaks a sign. */
function changed(side: "delete" | "insert", value: string): HTMLElement {
  const element = h(side === "delete" ? "del" : "ins", {}, /^\s+$/.test(value) ? visible(value).replace(/·/g, " ") : value);
  if (/^\s+$/.test(value)) {
    element.classList.add("space");
    element.title = side === "delete" ? "removed whitespace" : "inserted whitespace";
  }
  return element;
}

/** Up to `max` characters of the text next to an insertion, markup left out, cut at a word. */
function context(text: string, side: "before" | "after", max = 32): string {
  const plain = text.replace(/<[^>]*>/g, "").replace(/\s+/g, " ");
  if (plain.length <= max) return plain;
  const piece = side === "before" ? plain.slice(-max) : plain.slice(0, max);
  return side === "before" ? `…${piece.replace(/^\S*\s/, "")}` : `${piece.replace(/\s\S*$/, "")}…`;
}

/**
 * The card's Original and Replacement as a person reads them: a deletion
 * shows the text plainly (no strike-through across a whole line), an
 * insertion shows the words around it with the insertion point and the
 * inserted text, a replacement marks only the words that change.
 */
function showChange(f: Finding): void {
  for (const side of [ui.original, ui.replacement]) side.classList.remove("none");
  if (f.replacement === null) {
    ui.original.textContent = f.original;
    note(ui.replacement, "(none: a flag; edit the text yourself if needed)");
    return;
  }
  if (f.replacement === "") {
    ui.original.textContent = /^\s+$/.test(f.original) ? visible(f.original) : f.original;
    note(ui.replacement, "(nothing: it is deleted)");
    return;
  }
  if (f.original === "") {
    const before = context(checkedText.slice(Math.max(0, f.offset - 200), f.offset), "before");
    const after = context(checkedText.slice(f.offset, f.offset + 200), "after");
    ui.original.replaceChildren(before, h("span", { class: "caret", title: "the insertion point" }, "‸"), after);
    ui.replacement.replaceChildren(before, changed("insert", f.replacement), after);
    return;
  }
  const pieces = wordDiff(f.original, f.replacement);
  for (const [into, side] of [[ui.original, "delete"], [ui.replacement, "insert"]] as const) {
    const shown = pieces.filter((piece) => piece.type === "equal" || piece.type === side);
    const any = shown.some((piece) => piece.type === side);
    into.replaceChildren(
      ...shown.map((piece, i) => {
        if (piece.type !== "equal") return changed(side, piece.value);
        if (!any) return piece.value;
        // Long unchanged runs at either end are cut at a word: the change, with a few words around it.
        if (i === 0 && shown.length > 1) return piece.value.length > 50 ? `… ${piece.value.slice(-40).replace(/^\S*\s+/, "")}` : piece.value;
        if (i === shown.length - 1 && shown.length > 1) return piece.value.length > 50 ? `${piece.value.slice(0, 40).replace(/\s+\S*$/, "")} …` : piece.value;
        return elide(piece.value);
      }),
    );
  }
}

/** The preview: the result rendered like the text above it (HTML, Markdown), or as source. */
function renderPreview(): void {
  const rendered = showsRendered();
  ui.preview.hidden = rendered;
  ui.previewRendered.hidden = !rendered;
  if (!rendered) {
    ui.previewRendered.replaceChildren();
    return;
  }
  const text = lastResult?.text ?? "";
  ui.previewRendered.replaceChildren(renderArticle(checkedFormat === "markdown" ? articleFromMarkdown(text) : articleFromHtml(text), [], () => h("mark")));
}

function renderResult(result: ApplyResult): void {
  ui.preview.textContent = result.text;
  const fragment = document.createDocumentFragment();
  for (const change of result.diff.changes) {
    if (change.type === "equal") fragment.append(change.value);
    else fragment.append(h(change.type === "delete" ? "del" : "ins", {}, change.value));
  }
  ui.changes.replaceChildren(fragment);
  ui.patch.textContent = result.diff.patch;
  renderPreview();
  const overlaps = result.skipped.filter((s) => s.reason === "overlap").length;
  const edits = result.diff.changes.filter((c) => c.type !== "equal").length;
  ui.summary.textContent =
    `${plural(result.applied.length, "fix", "fixes")} applied` +
    (overlaps > 0 ? `, ${overlaps} not applied (overlapping a stronger fix)` : "") +
    (edits === 0 ? ": the text is unchanged." : ".");
}

// ---- Decisions, selection, keyboard -------------------------------------------

function select(id: string | undefined, options: { focusList?: boolean; announce?: boolean } = {}): void {
  current = id;
  update();
  if (id === undefined) return;
  keepInView();
  const button = buttons.get(id) ?? null;
  reveal(ui.list, button, false);
  if (options.focusList) button?.focus({ preventScroll: true });
  if (options.announce !== false) {
    const f = byFindingId.get(id)!;
    say(`Finding ${indexOf.get(id)! + 1} of ${findings.length}, ${f.category}, ${KIND_LABELS[kindOf(f)]}: ${summary(f)}. ${statusText(f)}.`);
  }
}

/** One column (tablets, phones): the card is docked at the bottom of the screen (styles.css). */
const docked = window.matchMedia("(max-width: 60rem)");

/**
 * Keeps the current finding's card and its highlighted text in view
 * together, scrolling as little as possible. Two columns: the card (whole,
 * when it fits) between the top of the window and the status bar, then the
 * mark inside the visible part of the text panel. One column: the card is
 * docked at the bottom, so the mark goes in the part of the window above it.
 */
function keepInView(): void {
  const mark = current === undefined ? undefined : marksCovering.get(current)?.[0];
  const margin = 12;
  const top = margin;
  const bottom = () => Math.min(window.innerHeight, ui.status.getBoundingClientRect().top) - margin;
  /** Scrolls the window so that `box` is between `low` and `high`, a third of the way down (its top, when it is taller). */
  const bring = (box: DOMRect, low: number, high: number) => {
    if (box.top >= low && box.bottom <= high) return;
    window.scrollBy(0, box.top - (box.height >= high - low ? low : low + (high - low - box.height) / 3));
  };
  if (docked.matches) {
    if (ui.card.hidden || !mark) return;
    // Twice: scrolling can dock or undock the card, which moves the line the mark must stay above.
    for (let i = 0; i < 2; i++) bring(mark.getBoundingClientRect(), top, Math.min(bottom(), ui.card.getBoundingClientRect().top - margin));
    return;
  }
  // The text panel, whole when it fits (it is at most the window's height), so that its scrolling can show any span.
  const box = ui.annotated.getBoundingClientRect();
  if (box.top < top || box.bottom > bottom()) window.scrollBy(0, box.top < top ? box.top - top : Math.min(box.bottom - bottom(), box.top - top));
  if (!ui.card.hidden) {
    // Twice: the column sticks once the findings are scrolled into view.
    for (let i = 0; i < 2; i++) {
      const card = ui.card.getBoundingClientRect();
      if (card.top < top || card.bottom > bottom()) window.scrollBy(0, card.top < top || card.height > bottom() - top ? card.top - top : card.bottom - bottom());
    }
  }
  if (!mark) return;
  const panel = ui.annotated.getBoundingClientRect();
  const low = Math.max(panel.top, top);
  const high = Math.min(panel.bottom, bottom());
  const at = mark.getBoundingClientRect();
  if (at.top < low + margin || at.bottom > high - margin) ui.annotated.scrollTop += at.top - (low + (high - low) / 3);
  bring(mark.getBoundingClientRect(), top, bottom());
}

/** Scrolls `panel` (not the window: the editor keeps their place on the page) so that `element` is in view. */
function reveal(panel: HTMLElement, element: HTMLElement | null, centre: boolean): void {
  if (!element) return;
  const box = panel.getBoundingClientRect();
  const at = element.getBoundingClientRect();
  const margin = 16;
  if (at.top >= box.top + margin && at.bottom <= box.bottom - margin) return;
  panel.scrollTop += centre || at.height > box.height ? at.top - box.top - box.height / 3 : at.top < box.top ? at.top - box.top - margin : at.bottom - box.bottom + margin;
}

function step(delta: 1 | -1, focusList = false): void {
  if (findings.length === 0) return;
  const at = current === undefined ? (delta === 1 ? -1 : findings.length) : indexOf.get(current)!;
  const next = Math.min(findings.length - 1, Math.max(0, at + delta));
  if (next === at) {
    say(delta === 1 ? "That was the last finding." : "That was the first finding.");
    return;
  }
  select(findings[next]!.id, { focusList });
}

/** After a decision: the next pending finding after the current one, wrapping around. */
function nextPending(from: string): string | undefined {
  const start = indexOf.get(from) ?? 0;
  for (let k = 1; k <= findings.length; k++) {
    const f = findings[(start + k) % findings.length]!;
    if (decisions.get(f.id) === undefined && !stale.has(f.id)) return f.id;
  }
  return undefined;
}

function decide(decision: Decision, focusList = false): void {
  const f = current === undefined ? undefined : byFindingId.get(current);
  if (!f) return;
  if (stale.has(f.id)) {
    say("This finding is stale: the text changed here. Check again before deciding.");
    return;
  }
  decided(decisions.set([f.id], decision));
  const next = nextPending(f.id);
  const verb = decision === "accepted" ? "Accepted" : "Rejected";
  if (next === undefined) {
    select(f.id, { announce: false, focusList });
    say(`${verb}: ${summary(f)}. Every finding has a decision.`);
  } else {
    select(next, { announce: false, focusList });
    const n = byFindingId.get(next)!;
    say(`${verb}: ${summary(f)}. Next: finding ${indexOf.get(next)! + 1} of ${findings.length}, ${n.category}, ${KIND_LABELS[kindOf(n)]}: ${summary(n)}.`);
  }
}

/** A bulk decision on the findings not decided yet (decisions already made are kept); one undo step. */
function decideMany(ids: string[], decision: Decision, what: string): void {
  const changed = decisions.set(ids, decision, current);
  if (changed.length === 0) {
    say(`Nothing to change: the ${what} you have not decided are already ${decision}.`);
    return;
  }
  decided(changed);
  update();
  say(`${decision === "accepted" ? "Accepted" : "Rejected"} ${plural(changed.length, "finding")} (the ${what} you had not decided). U undoes.`);
}

function undo(focusList = false): void {
  const undone = decisions.undo();
  if (!undone) {
    say("Nothing to undo.");
    return;
  }
  decided(undone.ids);
  select(byFindingId.has(undone.focus) ? undone.focus : current, { announce: false, focusList });
  const first = byFindingId.get(undone.ids[0]!);
  say(undone.ids.length === 1 && first ? `Undone: ${summary(first)}, ${statusText(first)} again.` : `Undone: ${undone.ids.length} decisions.`);
}

/** After decisions on `ids` changed (undo included): refresh the preview and, in review mode, save them. */
function decided(ids: string[]): void {
  if (ids.length === 0) return;
  scheduleApply();
  if (fieldName !== undefined) saveLater(fieldName, ids);
}

/** The findings matching `predicate` that the editor has not decided (safe fixes accepted by default included). */
function undecidedIn(predicate: (f: Finding) => boolean): string[] {
  return findings.filter((f) => predicate(f) && !stale.has(f.id) && decisions.explicit(f.id) === undefined).map((f) => f.id);
}

function onKey(event: KeyboardEvent): void {
  if (ui.review.hidden || findings.length === 0 || event.defaultPrevented || event.altKey) return;
  const target = event.target instanceof HTMLElement ? event.target : document.body;
  if (target.closest("input, textarea, select, [contenteditable]")) return;
  const inList = ui.list.contains(target);
  if (event.ctrlKey || event.metaKey) {
    if (event.key.toLowerCase() === "z" && !event.shiftKey) {
      event.preventDefault();
      undo(inList);
    }
    return;
  }
  const onControl = target.closest("button, a, summary") !== null;
  // Arrows move between findings anywhere outside form fields, except in the result's own scrolling panels
  // (preview, changes, patch, final fields), where they scroll the panel that has the focus.
  const arrowsScroll = event.shiftKey || (!ui.review.contains(target) && target.closest('[role="region"][tabindex]') !== null);
  let handled = true;
  switch (event.key) {
    case "j":
    case "J":
      step(1, inList);
      break;
    case "k":
    case "K":
      step(-1, inList);
      break;
    case "ArrowDown":
    case "ArrowRight":
      if (arrowsScroll) handled = false;
      else step(1, inList);
      break;
    case "ArrowUp":
    case "ArrowLeft":
      if (arrowsScroll) handled = false;
      else step(-1, inList);
      break;
    case "a":
    case "A":
      decide("accepted", inList);
      break;
    case "Enter":
      if (onControl) handled = false;
      else decide("accepted", inList);
      break;
    case "r":
    case "R":
    case "x":
    case "X":
      decide("rejected", inList);
      break;
    case "u":
    case "U":
      undo(inList);
      break;
    default:
      handled = false;
  }
  if (handled) event.preventDefault();
}

// ---- Applying through the API ----------------------------------------------

function scheduleApply(delay = APPLY_DELAY_MS): void {
  applySeq++; // any answer still in flight is now out of date
  upToDate = false;
  ui.result.setAttribute("aria-busy", "true");
  clearTimeout(applyTimer);
  applyTimer = setTimeout(() => {
    applyTimer = undefined;
    void runApply();
  }, delay);
}

function runApply(): Promise<ApplyResult | undefined> {
  const seq = ++applySeq;
  const run = (async () => {
    // A 409 names findings that no longer hold (the page checks first, so only a race gets here): mark them stale and retry without them.
    for (let attempt = 0; attempt < 3 && seq === applySeq; attempt++) {
      const text = ui.source.value;
      // In review mode: what finishing the review will apply (src/hooks/choice.ts), so the preview is the final field.
      // One rule in both modes (model.mts chosenIds); in a review it is what finishing will apply (src/hooks/choice.ts).
      const accept = chosenIds(findings, decisions, stale);
      const sent = accept.map((id) => byFindingId.get(id)!);
      try {
        const result = await post<ApplyResult>("/v1/apply", { text, format: checkedFormat, accept, findings: sent });
        if (seq === applySeq) {
          upToDate = true;
          lastResult = result;
          skippedById = new Map(result.skipped.map((skipped) => [skipped.id, skipped]));
          renderResult(result);
          update();
          fail("");
        }
        return result;
      } catch (error) {
        if (error instanceof RequestError && error.status === 409 && error.body.error?.code === "stale_finding") {
          for (const { id } of error.body.error.details?.stale ?? []) serverStale.add(id);
          computeStale();
          renderAnnotated();
          update();
          say(`${plural(error.body.error.details?.stale?.length ?? 0, "finding")} no longer matched the text: marked stale and left out.`);
          continue;
        }
        if (seq === applySeq) fail(`The preview could not be updated: ${(error as Error).message}`);
        return undefined;
      }
    }
    return undefined;
  })();
  applying = run;
  void run.finally(() => {
    if (seq === applySeq && applyTimer === undefined) {
      applying = undefined;
      ui.result.setAttribute("aria-busy", "false");
    }
  });
  return run;
}

/** The result for the current decisions: runs a pending apply now, or waits for the one in flight. */
async function fresh(): Promise<ApplyResult | undefined> {
  if (editTimer !== undefined) {
    clearTimeout(editTimer);
    editTimer = undefined;
    edited();
  }
  if (applyTimer !== undefined) {
    clearTimeout(applyTimer);
    applyTimer = undefined;
    await runApply();
  } else if (applying) {
    await applying;
  }
  return upToDate ? lastResult : undefined;
}

// ---- Export -----------------------------------------------------------------

async function copy(text: string, what: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = h("textarea", { class: "offscreen", "aria-hidden": "true" });
    area.value = text;
    document.body.append(area);
    area.select();
    const ok = document.execCommand("copy");
    area.remove();
    if (!ok) {
      fail(`Could not copy the ${what}: select it in the panel below and copy it yourself.`);
      return;
    }
  }
  say(`Copied the ${what} (${plural(text.length, "character")}).`);
}

function download(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = h("a", { href: url, download: name, class: "offscreen" });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  say(`Downloaded ${name}.`);
}

async function exporting(action: (result: ApplyResult) => void): Promise<void> {
  const result = await fresh();
  if (result) action(result);
  else fail("Nothing exported: the preview could not be brought up to date with your decisions. Try again, or check the text again.");
}

const mime: Record<Format, string> = { text: "text/plain", html: "text/html", markdown: "text/markdown" };

// ---- Loading and editing ------------------------------------------------------

async function load(file: File): Promise<void> {
  const text = await file.text();
  fileName = file.name;
  ui.source.value = text;
  const format = formatFromName(file.name);
  if (format) ui.format.value = format;
  textEdited();
  say(`Loaded ${file.name} (${plural(text.length, "character")}) as ${FORMAT_LABELS[formatOf(ui.format.value)]}. Press Check.`);
}

/** The text box changed after a check: wait for a pause in typing, then re-test staleness and re-apply. */
function textEdited(): void {
  if (findings.length === 0 && ui.review.hidden) return;
  clearTimeout(editTimer);
  editTimer = setTimeout(() => {
    editTimer = undefined;
    edited();
  }, EDIT_DELAY_MS);
}

function edited(): void {
  serverStale.clear();
  computeStale();
  renderAnnotated();
  update();
  scheduleApply();
}

// ---- Review mode: a stored review (GET /review/<id>) ---------------------------

interface ReviewField {
  format: string;
  original: string;
  findings: (Finding & { decision?: string | null })[];
}

interface FinalField {
  value: string;
  structured?: unknown;
  applied: string[];
  skipped: unknown[];
}

interface ReviewState {
  id: string;
  status: "open" | "completed";
  source: string;
  document: unknown;
  createdAt: string;
  expiresAt: string;
  completedAt: string | null;
  fields: Record<string, ReviewField>;
  final: { fields: Record<string, FinalField>; cms?: unknown } | null;
}

/** A field of the review as the page keeps it: its findings, the editor's decisions on them, the finding last selected. */
interface FieldState {
  name: string;
  format: Format;
  original: string;
  findings: Finding[];
  decisions: Decisions;
  current: string | undefined;
}

const SOURCE_LABELS: Record<string, string> = {
  ghost: "A Ghost post",
  wordpress: "A WordPress post",
  contentful: "A Contentful entry",
  sanity: "A Sanity document",
};
const EXTENSIONS: Record<Format, string> = { text: "txt", html: "html", markdown: "md" };
const SAVE_RETRY_MS = [2_000, 5_000, 10_000, 30_000];

const fieldStates = new Map<string, FieldState>();
/** Decisions changed on the page and not yet saved, by field. */
const unsaved = new Map<string, Set<string>>();
let saving: Promise<boolean> | undefined;
let saveFailures = 0;
let saveTimer: ReturnType<typeof setTimeout> | undefined;
let closed = false;

function reviewUi() {
  return {
    info: byId("document-info"),
    picker: byId("field-picker"),
    fields: byId("fields"),
    finishBar: byId("finish-bar"),
    finish: byId<HTMLButtonElement>("finish"),
    saveState: byId("save-state"),
    confirm: byId("confirm"),
    confirmText: byId("confirm-text"),
    finishNow: byId<HTMLButtonElement>("finish-now"),
    finishCancel: byId<HTMLButtonElement>("finish-cancel"),
    final: byId("final"),
    finalHeading: byId("final-h"),
    finalSummary: byId("final-summary"),
    finalFields: byId("final-fields"),
    downloadFinal: byId<HTMLButtonElement>("download-final"),
  };
}
let rv: ReturnType<typeof reviewUi>;

const reviewPath = (id: string, action = "") => `/v1/reviews/${encodeURIComponent(id)}${action}`;
const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" }) : "");

async function openReview(id: string): Promise<void> {
  rv = reviewUi();
  wireReview();
  let state: ReviewState;
  try {
    state = await call<ReviewState>(reviewPath(id));
  } catch (error) {
    rv.info.textContent = "The review could not be loaded.";
    fail(error instanceof RequestError && error.status === 404 ? `${error.message}.` : `The review could not be loaded: ${(error as Error).message} Reload the page to try again.`);
    return;
  }
  if (state.status === "completed") {
    showFinal(state, false);
    return;
  }
  for (const [name, field] of Object.entries(state.fields)) {
    const saved = new Decisions();
    const entries: [string, Decision][] = [];
    for (const f of field.findings) {
      const decision = pageDecision(f.decision);
      if (decision) entries.push([f.id, decision]);
    }
    saved.restore(entries);
    // The API adds `decision` to each finding; /v1/apply takes findings as /v1/check gives them (plus `applied`).
    const list = field.findings.map(({ decision: _decision, ...f }) => f);
    // The fixes the hook applied start accepted, as after Check: finishing applies them unless rejected.
    saved.setDefaults(list.filter((f) => f.applied).map((f) => f.id));
    fieldStates.set(name, { name, format: formatOf(field.format), original: field.original, findings: list, decisions: saved, current: undefined });
  }
  const fields = [...fieldStates.values()];
  const total = fields.reduce((n, f) => n + f.findings.length, 0);
  rv.info.textContent = `${describeDocument(state)}, sent for review on ${when(state.createdAt)}: ${plural(fields.length, "field")}, ${plural(total, "finding")}. This link works until ${when(state.expiresAt)}.`;
  rv.fields.replaceChildren(
    ...fields.map((field) => {
      const label = h("label", { class: "choice" });
      label.append(h("input", { type: "radio", name: "field", value: field.name }), h("span", { class: "name" }, field.name), h("span", { class: "count" }));
      return label;
    }),
  );
  rv.picker.hidden = false;
  rv.finishBar.hidden = false;
  showSaveState();
  const start = fields.find((f) => f.findings.some((x) => f.decisions.get(x.id) === undefined)) ?? fields.find((f) => f.findings.length > 0) ?? fields[0];
  if (start) openField(start.name);
  ui.annotated.focus({ preventScroll: true });
}

function describeDocument(state: ReviewState): string {
  const doc = state.document as { id?: unknown } | null;
  const id = typeof doc?.id === "string" || typeof doc?.id === "number" ? ` ${doc.id}` : "";
  return `${SOURCE_LABELS[state.source] ?? "A document"}${id}`;
}

function openField(name: string): void {
  const field = fieldStates.get(name);
  if (!field) return;
  const previous = fieldName === undefined ? undefined : fieldStates.get(fieldName);
  if (previous) previous.current = current;
  fieldName = name;
  decisions = field.decisions;
  fileName = `${name}.${EXTENSIONS[field.format]}`;
  ui.format.value = field.format;
  ui.source.value = field.original;
  const pending = field.findings.find((f) => field.decisions.get(f.id) === undefined);
  show(field.findings, field.original, field.format, field.current ?? pending?.id ?? field.findings[0]?.id);
  keepInView();
  say(`Field ${name}, ${FORMAT_LABELS[field.format]}. ${findings.length === 0 ? "No findings in this field." : `${describeFindings()} J and K move between them, A accepts, R rejects, U undoes.`}`);
}

/** The field picker's counts and selection. */
function refreshFields(): void {
  for (const label of rv.fields.children) {
    const input = label.querySelector("input")!;
    const field = fieldStates.get(input.value)!;
    const pending = field.findings.filter((f) => field.decisions.get(f.id) === undefined).length;
    input.checked = field.name === fieldName;
    label.querySelector(".count")!.textContent = ` (${FORMAT_LABELS[field.format]}: ${plural(field.findings.length, "finding")}${pending > 0 ? `, ${pending} pending` : ""})`;
  }
}

// Saving: one request at a time, each sending the current decision on every finding changed since the last, so the
// server always ends with what the page shows, whatever the order decisions and undos came in.
function saveLater(field: string, ids: readonly string[]): void {
  let set = unsaved.get(field);
  if (!set) unsaved.set(field, (set = new Set()));
  for (const id of ids) set.add(id);
  void saveNow();
}

/** Saves every unsaved decision; true once all are saved. */
function saveNow(): Promise<boolean> {
  clearTimeout(saveTimer);
  saveTimer = undefined;
  if (saving) return saving;
  if (unsaved.size === 0 || closed) return Promise.resolve(unsaved.size === 0);
  saving = (async () => {
    let error: unknown;
    while (unsaved.size > 0 && error === undefined) {
      const [field, ids] = unsaved.entries().next().value as [string, Set<string>];
      unsaved.delete(field);
      try {
        await post(reviewPath(reviewId!, "/decisions"), decisionChange(field, ids, fieldStates.get(field)!.decisions));
        saveFailures = 0;
      } catch (caught) {
        error = caught;
        const again = unsaved.get(field);
        if (again) for (const id of ids) again.add(id);
        else unsaved.set(field, ids);
      }
    }
    saving = undefined;
    if (error !== undefined) await saveFailed(error);
    showSaveState();
    return unsaved.size === 0;
  })();
  showSaveState();
  return saving;
}

async function saveFailed(error: unknown): Promise<void> {
  const status = error instanceof RequestError ? error.status : 0;
  if (status === 409 || status === 404) {
    // Finished elsewhere (another tab, another editor), or expired: nothing more can be saved.
    closed = true;
    const state = status === 409 ? await call<ReviewState>(reviewPath(reviewId!)).catch(() => undefined) : undefined;
    if (state?.status === "completed") showFinal(state, false);
    fail(`Your last decisions were not saved: ${(error as Error).message}.`);
    return;
  }
  const delay = SAVE_RETRY_MS[Math.min(saveFailures++, SAVE_RETRY_MS.length - 1)]!;
  saveTimer = setTimeout(() => void saveNow(), delay);
  fail(`Your last decisions are not saved yet (${(error as Error).message}). Trying again in ${delay / 1000} s; they are kept on this page meanwhile.`);
}

function showSaveState(): void {
  const waiting = [...unsaved.values()].reduce((n, ids) => n + ids.size, 0);
  const state = saving ? "saving" : waiting > 0 ? "unsaved" : "saved";
  rv.saveState.dataset.state = state;
  rv.saveState.textContent =
    state === "saving" ? "Saving your decisions…" : state === "unsaved" ? `${plural(waiting, "decision")} not saved yet.` : "Every decision is saved: you can close this page and come back later.";
  if (state === "saved" && ui.error.textContent?.startsWith("Your last decisions")) fail("");
}

function askToFinish(): void {
  let pending = 0;
  for (const field of fieldStates.values()) pending += field.findings.filter((f) => field.decisions.get(f.id) === undefined).length;
  rv.confirmText.textContent =
    "Finishing applies, to each field’s original, the findings accepted (by you, and the safe fixes accepted by default that you did not reject), and closes the review: decisions cannot change after. " +
    (pending === 0 ? "Every finding has a decision." : `Still pending: ${plural(pending, "finding")}, which will not be applied.`);
  rv.confirm.hidden = false;
  rv.finishNow.focus();
}

function cancelFinish(): void {
  rv.confirm.hidden = true;
  rv.finish.focus();
}

async function finish(): Promise<void> {
  rv.finishNow.disabled = rv.finish.disabled = true;
  say("Finishing the review…");
  try {
    if (!(await saveNow())) {
      fail("The review is not finished: some decisions could not be saved. Try again in a moment.");
      return;
    }
    const state = await post<ReviewState>(reviewPath(reviewId!, "/complete"), {});
    closed = true;
    showFinal(state, true);
  } catch (error) {
    fail(`The review is not finished: ${(error as Error).message}`);
  } finally {
    rv.finishNow.disabled = rv.finish.disabled = false;
  }
}

/** A finished review, read-only: its final fields, to copy or download. */
function showFinal(state: ReviewState, justFinished: boolean): void {
  const final = state.final;
  if (!final) return;
  clearTimeout(applyTimer);
  applySeq++;
  for (const element of [ui.review, ui.result, rv.picker, rv.finishBar, rv.confirm]) element.hidden = true;
  const names = Object.keys(final.fields);
  rv.info.textContent = `${describeDocument(state)}: the review was finished on ${when(state.completedAt)}. Its decisions can no longer change.`;
  rv.finalSummary.textContent = `${plural(names.length, "field")}, each with the findings accepted and the safe fixes not rejected applied to the original.`;
  rv.finalFields.replaceChildren(
    ...names.map((name, i) => {
      const field = final.fields[name]!;
      const format = formatOf(state.fields[name]?.format ?? "text");
      const box = h("div", { class: "final-field" });
      const heading = h("h3", { id: `final-${i}-h` }, name);
      heading.append(h("span", { class: "help" }, ` (${FORMAT_LABELS[format]}, ${plural(field.applied.length, "fix", "fixes")} applied)`));
      const buttons = h("div", { class: "buttons" });
      const button = (label: string, action: () => void) => {
        const element = h("button", { type: "button" }, label);
        element.append(h("span", { class: "sr-only" }, ` ${name}`));
        element.addEventListener("click", action);
        buttons.append(element);
      };
      button("Copy", () => void copy(field.value, `final ${name}`));
      button("Download", () => download(field.value, `${name}.final.${EXTENSIONS[format]}`, `${mime[format]};charset=utf-8`));
      if (field.structured !== undefined) {
        button("Download structure (JSON)", () => download(`${JSON.stringify(field.structured, null, 2)}\n`, `${name}.final.json`, "application/json"));
      }
      const value = h("pre", { class: "panel", tabindex: "0", role: "region", "aria-labelledby": `final-${i}-h`, "data-field": name }, field.value);
      box.append(heading, buttons, value);
      return box;
    }),
  );
  rv.downloadFinal.onclick = () => download(`${JSON.stringify(final, null, 2)}\n`, `review-${state.id}.final.json`, "application/json");
  rv.final.hidden = false;
  if (justFinished) {
    rv.finalHeading.focus();
    say("Review finished. The final fields are below: copy or download them.");
  }
}

function wireReview(): void {
  rv.fields.addEventListener("change", (event) => {
    const input = event.target as HTMLInputElement;
    if (input.name === "field" && input.value !== fieldName) openField(input.value);
  });
  rv.finish.addEventListener("click", askToFinish);
  rv.finishCancel.addEventListener("click", cancelFinish);
  rv.finishNow.addEventListener("click", () => void finish());
  rv.confirm.addEventListener("keydown", (event) => {
    if (event.key === "Escape") cancelFinish();
  });
  window.addEventListener("beforeunload", (event) => {
    if (!closed && (saving || unsaved.size > 0)) event.preventDefault();
  });
}

// ---- Wiring -----------------------------------------------------------------

ui.form.addEventListener("submit", (event) => {
  event.preventDefault();
  void runCheck();
});
ui.source.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    void runCheck();
  }
});
ui.source.addEventListener("input", textEdited);
ui.format.addEventListener("change", () => {
  if (!ui.review.hidden) update();
});
ui.file.addEventListener("change", () => {
  const file = ui.file.files?.[0];
  if (file) void load(file);
});
ui.source.addEventListener("dragover", (event) => event.preventDefault());
ui.source.addEventListener("drop", (event) => {
  const file = event.dataTransfer?.files[0];
  if (!file) return;
  event.preventDefault();
  void load(file);
});
ui.recheck.addEventListener("click", () => void runCheck());
ui.showSource.addEventListener("change", () => {
  renderAnnotated();
  renderPreview();
  if (current !== undefined) select(current, { announce: false });
  say(ui.showSource.checked ? "Showing the source, markup included." : "Showing the text as it reads, rendered.");
});

ui.prev.addEventListener("click", () => step(-1));
ui.next.addEventListener("click", () => step(1));
ui.accept.addEventListener("click", () => decide("accepted"));
ui.reject.addEventListener("click", () => decide("rejected"));
ui.undo.addEventListener("click", () => undo());
ui.acceptCategory.addEventListener("click", () => {
  const category = ui.bulkCategory.value;
  decideMany(undecidedIn((f) => f.category === category), "accepted", `findings in ${category}`);
});
ui.rejectCategory.addEventListener("click", () => {
  const category = ui.bulkCategory.value;
  decideMany(undecidedIn((f) => f.category === category), "rejected", `findings in ${category}`);
});
ui.list.addEventListener("click", (event) => {
  const button = (event.target as HTMLElement).closest<HTMLButtonElement>("button[data-id]");
  if (button) select(button.dataset.id);
});
ui.annotated.addEventListener("click", (event) => {
  const mark = (event.target as HTMLElement).closest<HTMLElement>("mark[data-id]");
  if (!mark) return;
  const ids = (mark.dataset.ids ?? "").split(" ");
  // Clicking again on overlapping findings cycles through them.
  const at = current === undefined ? -1 : ids.indexOf(current);
  select(ids[(at + 1) % ids.length] ?? mark.dataset.id);
});
document.addEventListener("keydown", onKey);

const names = () => exportNames(fileName, checkedFormat);
ui.copyText.addEventListener("click", () => void exporting((r) => void copy(r.text, "corrected text")));
ui.copyPatch.addEventListener("click", () => void exporting((r) => void copy(r.diff.patch, "patch")));
ui.downloadText.addEventListener("click", () => void exporting((r) => download(r.text, names().text, `${mime[checkedFormat]};charset=utf-8`)));
ui.downloadPatch.addEventListener("click", () => void exporting((r) => download(r.diff.patch, names().patch, "text/x-diff;charset=utf-8")));

if (reviewId !== undefined) void openReview(reviewId).finally(() => (document.documentElement.dataset.ready = "true"));
else document.documentElement.dataset.ready = "true";
