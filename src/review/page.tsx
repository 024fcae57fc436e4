/** @jsxImportSource hono/jsx */
/**
 * The review page's HTML, rendered on the server with Hono's JSX. It is
 * static: everything after the first paint is done by the client script
 * (src/review/client/main.mts), which finds its elements by id.
 *
 * Two modes: at `/` an editor checks a text of their own; at `/review/<id>`
 * (a review opened by the publish hook) the page shows that document's
 * fields, saves each decision through the reviews API and finishes the review.
 * Review mode is `data-review` on the body; the text form is then hidden.
 */
import { CATEGORIES } from "../engine/index.js";

const KINDS = [
  { kind: "safe", label: "safe fix", help: "solid underline: cannot damage correct text" },
  { kind: "suggestion", label: "suggestion", help: "dashed underline: a replacement to confirm" },
  { kind: "flag", label: "flag", help: "wavy underline: no replacement, look at it" },
] as const;

const KEYS = [
  ["J", "↓", "next finding"],
  ["K", "↑", "previous finding"],
  ["A", "Enter", "accept"],
  ["R", "X", "reject"],
  ["U", "Ctrl+Z", "undo"],
] as const;

export interface PageUrls {
  script: string;
  styles: string;
}

function Head(props: { title: string; styles: string; script?: string }) {
  return (
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <meta name="color-scheme" content="light" />
      <meta name="referrer" content="no-referrer" />
      <title>{props.title}</title>
      <link rel="icon" href="data:," />
      <link rel="stylesheet" href={props.styles} />
      {props.script ? <script type="module" src={props.script}></script> : null}
    </head>
  );
}

const ErrorLine = () => <p id="error" class="error" role="alert" hidden></p>;

/** Review mode's first section: the document, its fields, the save state and Finish. */
function DocumentSection() {
  return (
    <section id="document" aria-labelledby="document-h">
      <h2 id="document-h">1. The document</h2>
      <p id="document-info">Loading the review…</p>
      <fieldset id="field-picker" class="fields" hidden>
        <legend>Field</legend>
        <div id="fields" class="row"></div>
        <p class="help">Each field is reviewed on its own: its original as the CMS sent it, with its findings, in its own format.</p>
      </fieldset>
      <div id="finish-bar" class="buttons" hidden>
        <button id="finish" type="button" class="primary" aria-describedby="save-state">
          Finish review…
        </button>
        <p id="save-state" class="help" data-state="saved"></p>
      </div>
      <div id="confirm" class="note" role="group" aria-labelledby="confirm-text" hidden>
        <p id="confirm-text"></p>
        <button id="finish-now" type="button" class="primary">
          Finish now
        </button>
        <button id="finish-cancel" type="button">
          Keep reviewing
        </button>
      </div>
      <ErrorLine />
    </section>
  );
}

/** Review mode: the final fields of a finished review. */
function FinalSection() {
  return (
    <section id="final" aria-labelledby="final-h" hidden>
      <h2 id="final-h" tabindex={-1}>
        The final fields
      </h2>
      <p id="final-summary"></p>
      <div id="final-fields"></div>
      <div class="buttons">
        <button id="download-final" type="button">
          Download all final fields (JSON)
        </button>
      </div>
      <p class="help">
        The JSON is the review’s <code>final</code>, as <code>GET /v1/reviews/&lt;id&gt;</code> gives it: each field’s value (and structure for Rich Text
        and Portable Text), what was applied, and <code>cms</code>, the fields in the shape the CMS stores them.
      </p>
    </section>
  );
}

export function ReviewPage(props: PageUrls & { review?: string }) {
  const reviewing = props.review !== undefined;
  return (
    <html lang="en">
      <Head title={reviewing ? "postedit: review before publishing" : "postedit: review a machine translation"} styles={props.styles} script={props.script} />
      <body data-review={props.review}>
        <a class="skip" href="#review">
          Skip to the findings
        </a>
        <header class="top">
          <h1>postedit</h1>
          {reviewing ? (
            <p>An article sent by the CMS, waiting for a person: decide on each finding (your decisions are saved as you go), then finish the review.</p>
          ) : (
            <p>Find and fix what machine translation from French left behind: check a text, go through the suggested fixes, export the result.</p>
          )}
        </header>
        <main>
          {reviewing ? <DocumentSection /> : null}
          <section id="input" aria-labelledby="input-h" hidden={reviewing}>
            <h2 id="input-h">1. The text</h2>
            <form id="check-form">
              <div class="row">
                <div class="field">
                  <label for="file">Load a file</label>
                  <input id="file" type="file" accept=".txt,.text,.html,.htm,.md,.markdown,text/plain,text/html,text/markdown" />
                </div>
                <div class="field">
                  <label for="format">Format</label>
                  <select id="format" name="format">
                    <option value="text">Plain text</option>
                    <option value="html">HTML</option>
                    <option value="markdown">Markdown</option>
                  </select>
                </div>
              </div>
              <label for="source">Text to check</label>
              <textarea id="source" name="text" rows={10} spellcheck={false} aria-describedby="source-help"></textarea>
              <p id="source-help" class="help">
                Paste an article or load a .txt, .html or .md file (the format follows the file’s extension). HTML and Markdown are shown rendered, as
                they read (the source is one click away), and fixed in the source, markup intact. You can keep editing here after checking: findings whose text changed are marked stale. Ctrl+Enter checks.
              </p>
              <button id="check" type="submit" class="primary">
                Check
              </button>
            </form>
            {reviewing ? null : <ErrorLine />}
          </section>

          <section id="review" aria-labelledby="review-h" hidden>
            <h2 id="review-h">2. The findings</h2>
            <p id="counts"></p>
            <div class="bulk" role="group" aria-labelledby="bulk-h">
              <h3 id="bulk-h" class="sr-only">Several at once</h3>
              <div class="row">
                <label for="bulk-category">Category</label>
                <select id="bulk-category"></select>
                <button id="accept-category" type="button">
                  Accept all<span class="sr-only"> in this category</span>
                </button>
                <button id="reject-category" type="button">
                  Reject all<span class="sr-only"> in this category</span>
                </button>
              </div>
              <p class="help">
                Safe fixes start accepted; reject any of them. These act on the findings you have not decided yet (safe fixes accepted by default
                included): your decisions are kept, and U undoes them in one step.
              </p>
            </div>
            <div id="stale-note" class="note" hidden>
              <p id="stale-text"></p>
              <button id="recheck" type="button">
                Check again
              </button>
            </div>
            <div class="review-grid">
              <div class="text-col">
                <div class="text-head">
                  <h3 id="annotated-h">In the text</h3>
                  <div id="view-toggle" class="toggle" hidden>
                    <input id="show-source" type="checkbox" />
                    <label for="show-source">Show the source (markup)</label>
                  </div>
                </div>
                <div id="annotated" class="panel text" tabindex={0} role="region" aria-labelledby="annotated-h" aria-describedby="keys-help"></div>
                <details class="legend">
                  <summary>Legend</summary>
                  <ul class="cats">
                    {Object.entries(CATEGORIES).map(([id, description]) => (
                      <li>
                        <mark data-cat={id} data-kind="safe">
                          {id}
                        </mark>{" "}
                        {description}
                      </li>
                    ))}
                  </ul>
                  <ul class="kinds">
                    {KINDS.map(({ kind, label, help }) => (
                      <li>
                        <mark data-cat="calque" data-kind={kind}>
                          {label}
                        </mark>{" "}
                        {help}
                      </li>
                    ))}
                  </ul>
                </details>
              </div>
              <div class="side">
                <div id="card" class="card" role="group" aria-labelledby="card-h">
                  <h3 id="card-h">
                    Finding <span id="card-pos"></span>
                  </h3>
                  <p class="tags">
                    <span id="card-category" class="chip"></span> <span id="card-kind" class="kind"></span> <span class="sr-only">status:</span>
                    <span id="card-status" class="st"></span>
                  </p>
                  <p id="card-action" class="action"></p>
                  <dl class="change">
                    <dt>Original</dt>
                    <dd>
                      <pre id="card-original"></pre>
                    </dd>
                    <dt>Replacement</dt>
                    <dd>
                      <pre id="card-replacement"></pre>
                    </dd>
                  </dl>
                  <p id="card-message"></p>
                  <dl class="facts">
                    <div>
                      <dt>Confidence</dt>
                      <dd id="card-confidence"></dd>
                    </div>
                    <div>
                      <dt>Severity</dt>
                      <dd id="card-severity"></dd>
                    </div>
                    <div>
                      <dt>Rule</dt>
                      <dd id="card-rule"></dd>
                    </div>
                  </dl>
                  <div class="buttons">
                    <button id="accept" type="button" class="accept" aria-keyshortcuts="A Enter">
                      Accept <kbd>A</kbd>
                    </button>
                    <button id="reject" type="button" class="reject" aria-keyshortcuts="R X">
                      Reject <kbd>R</kbd>
                    </button>
                    <button id="prev" type="button" aria-keyshortcuts="K ArrowUp">
                      Previous <kbd>K</kbd>
                    </button>
                    <button id="next" type="button" aria-keyshortcuts="J ArrowDown">
                      Next <kbd>J</kbd>
                    </button>
                    <button id="undo" type="button" aria-keyshortcuts="U Control+Z">
                      Undo <kbd>U</kbd>
                    </button>
                  </div>
                </div>
                <p id="keys-help" class="help">
                  Keys: {KEYS.map(([key, alt, action], i) => (
                    <>
                      {i > 0 ? " · " : ""}
                      <kbd>{key}</kbd>/<kbd>{alt}</kbd> {action}
                    </>
                  ))}
                  .
                </p>
                <h3 id="list-h">All findings</h3>
                <ol id="list" class="panel list" aria-labelledby="list-h"></ol>
              </div>
            </div>
          </section>

          <section id="result" aria-labelledby="result-h" aria-busy="false" hidden>
            <h2 id="result-h">{reviewing ? "3. The field after your decisions" : "3. The result"}</h2>
            <p id="result-summary"></p>
            <div class="buttons">
              <button id="copy-text" type="button" class="primary">
                Copy corrected text
              </button>
              <button id="download-text" type="button">
                Download corrected text
              </button>
              <button id="download-patch" type="button">
                Download patch
              </button>
            </div>
            <div class="result-grid">
              <div>
                <h3 id="preview-h">Preview</h3>
                <pre id="preview" class="panel text" tabindex={0} role="region" aria-labelledby="preview-h"></pre>
                <div id="preview-rendered" class="panel text article" tabindex={0} role="region" aria-labelledby="preview-h" hidden></div>
              </div>
              <div>
                <h3 id="changes-h">Changes</h3>
                <div id="changes" class="panel text" tabindex={0} role="region" aria-labelledby="changes-h"></div>
              </div>
            </div>
            <details class="patch">
              <summary>Unified patch</summary>
              <button id="copy-patch" type="button">
                Copy patch
              </button>
              <pre id="patch" class="panel" tabindex={0} role="region" aria-label="Unified patch"></pre>
            </details>
          </section>
          {reviewing ? <FinalSection /> : null}
        </main>
        <p id="status" class="statusbar" role="status" aria-live="polite"></p>
        <footer>
          {reviewing ? (
            <p class="help">
              Everything runs on this server: the page reads and saves the review through <code>/v1/reviews/&lt;id&gt;</code> and previews each field
              through <code>POST /v1/apply</code> (see the README). Nothing is sent elsewhere. Whoever has this link can review: share it like a password.
            </p>
          ) : (
            <p class="help">
              Everything runs on this server: the page calls <code>POST /v1/check</code> and <code>POST /v1/apply</code> (see the README). Nothing is sent
              elsewhere.
            </p>
          )}
        </footer>
        <noscript>
          <p class="error">This page needs JavaScript. Without it, use the API: POST /v1/fix with your text.</p>
        </noscript>
      </body>
    </html>
  );
}

/** The whole document, doctype included; with `review`, the page in review mode on that review. */
export function renderReviewPage(urls: PageUrls & { review?: string }): string {
  return `<!doctype html>${(<ReviewPage {...urls} />).toString()}`;
}

/** The 404 page for a review link that opens nothing: unknown, expired, or a server that keeps no reviews. */
export function renderMissingReview(props: { styles: string; id: string; stored: boolean; ttlDays: number }): string {
  const days = Number.isInteger(props.ttlDays) ? String(props.ttlDays) : props.ttlDays.toFixed(2);
  const id = props.id.length > 64 ? `${props.id.slice(0, 64)}…` : props.id;
  return `<!doctype html>${(
    <html lang="en">
      <Head title="postedit: no review at this link" styles={props.styles} />
      <body>
        <header class="top">
          <h1>postedit</h1>
          <p>Review before publishing</p>
        </header>
        <main>
          <h2>No review at this link</h2>
          {props.stored ? (
            <>
              <p>
                There is no open or finished review <code>{id}</code> on this server. Either the link is incomplete (check that it was copied whole:
                a review id is 24 letters, digits, <code>-</code> and <code>_</code>), or the review expired: reviews are kept {days} days after the CMS
                sends the article, then deleted.
              </p>
              <p>If the article was published again since, the CMS’s latest publish hook answer holds the link to its current review.</p>
            </>
          ) : (
            <p>This server keeps no reviews: no database is configured (the Worker’s D1 binding <code>DB</code>, or the Node entry’s SQLite).</p>
          )}
          <p>
            <a href="/">Check a text by hand</a> instead, or ask for the review’s state with <code>GET /v1/reviews/&lt;id&gt;</code>.
          </p>
        </main>
      </body>
    </html>
  ).toString()}`;
}
