/** @jsxImportSource hono/jsx */
/**
 * The API reference page (GET /docs): the OpenAPI document rendered on the
 * server as plain HTML with Hono's JSX, so it works offline and adds no
 * scripts or styles from elsewhere (and little to the Worker). Operations are
 * grouped by tag, each with its parameters, request body, responses and
 * examples; named schemas are listed once at the end and linked to.
 */
import type { Child } from "hono/jsx";

type Json = Record<string, any>;

/** The document's named schemas, for the page being rendered (a request body's fields are shown where it is described). */
let components: Record<string, Json> = {};

export const REFERENCE_STYLES = `
:root { font: 16px/1.5 system-ui, sans-serif; color: #1b1f24; background: #fff; }
body { margin: 0; }
header, main { max-width: 62rem; margin: 0 auto; padding: 0 1.25rem; }
header { padding-top: 1.5rem; border-bottom: 1px solid #d0d7de; }
h1 { margin: 0 0 .25rem; font-size: 1.75rem; }
h2 { margin-top: 2.5rem; border-bottom: 1px solid #d0d7de; padding-bottom: .25rem; }
h3 { margin: 2rem 0 .5rem; font-size: 1.15rem; scroll-margin-top: 1rem; }
h4 { margin: 1rem 0 .25rem; font-size: 1rem; }
code, pre { font: .875rem/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
code { background: #f3f4f6; padding: .05rem .3rem; border-radius: 4px; }
pre { background: #f6f8fa; border: 1px solid #d0d7de; border-radius: 6px; padding: .75rem; overflow: auto; max-height: 24rem; }
pre code { background: none; padding: 0; }
.method { display: inline-block; min-width: 3.5rem; text-align: center; font: 600 .8rem/1.6 ui-monospace, monospace; text-transform: uppercase; border-radius: 4px; padding: 0 .4rem; margin-right: .5rem; color: #fff; background: #57606a; }
.method.get { background: #0969da; } .method.post { background: #1a7f37; }
.path { font: 600 1rem ui-monospace, monospace; }
nav > ul { list-style: none; padding: 0; columns: 2 22rem; }
nav > ul > li { break-inside: avoid; margin-bottom: .75rem; font-weight: 600; }
nav ul ul { list-style: none; padding: 0; font-weight: normal; }
nav li li { margin: .15rem 0; }
table { border-collapse: collapse; width: 100%; margin: .25rem 0 .75rem; font-size: .95rem; }
th, td { text-align: left; vertical-align: top; border-bottom: 1px solid #eaeef2; padding: .35rem .5rem; }
th { font-weight: 600; background: #f6f8fa; }
.fields { margin: .25rem 0; padding-left: 1.1rem; }
.fields li { margin: .2rem 0; }
.type { color: #6e7781; font-size: .9rem; }
.required { color: #cf222e; font-size: .8rem; margin-left: .25rem; }
.desc { color: #1b1f24; }
details { margin: .35rem 0; }
summary { cursor: pointer; }
.status { font-weight: 600; }
`;

/** Descriptions use a little Markdown: `code` and paragraphs. */
function Text(props: { text?: string | undefined }) {
  if (!props.text) return null;
  const paragraphs = props.text.split(/\n{2,}/);
  return (
    <>
      {paragraphs.map((paragraph) => (
        <p>{inline(paragraph)}</p>
      ))}
    </>
  );
}

function inline(text: string): Child[] {
  return text.split("`").map((part, i) => (i % 2 === 1 ? <code>{part}</code> : part));
}

const refName = (ref: string) => ref.slice(ref.lastIndexOf("/") + 1);
const anchor = (kind: string, name: string) => `${kind}-${name.replace(/[^A-Za-z0-9_-]+/g, "-").replace(/^-|-$/g, "")}`;

/** A one-line summary of a schema's type. */
function typeOf(schema: Json | undefined): Child {
  if (!schema) return "any";
  if (schema.$ref) return <a href={`#${anchor("schema", refName(schema.$ref))}`}>{refName(schema.$ref)}</a>;
  if (schema.const !== undefined) return <code>{JSON.stringify(schema.const)}</code>;
  if (schema.enum) return <>one of {joinChildren(schema.enum.map((value: unknown) => <code>{JSON.stringify(value)}</code>))}</>;
  for (const key of ["anyOf", "oneOf"]) {
    if (schema[key]) return <>{joinChildren((schema[key] as Json[]).map((option) => typeOf(option)), " or ")}</>;
  }
  const types: string[] = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.includes("array")) {
    const items = schema.prefixItems ? <>[{joinChildren((schema.prefixItems as Json[]).map((item) => typeOf(item)))}]</> : typeOf(schema.items);
    return <>array of {items}</>;
  }
  if (types.includes("object") && schema.additionalProperties && typeof schema.additionalProperties === "object" && !schema.properties) {
    return <>map of {typeOf(schema.additionalProperties)}</>;
  }
  const limits = [schema.minimum !== undefined ? `≥ ${schema.minimum}` : "", schema.maximum !== undefined ? `≤ ${schema.maximum}` : "", schema.minLength ? `length ≥ ${schema.minLength}` : ""].filter(Boolean);
  return types.length > 0 ? `${types.join(" or ")}${limits.length ? ` (${limits.join(", ")})` : ""}` : "any";
}

function joinChildren(children: Child[], separator = ", "): Child[] {
  return children.flatMap((child, i) => (i === 0 ? [child] : [separator, child]));
}

/** An object's fields as a nested list (named schemas are linked, not repeated). */
function Fields(props: { schema: Json | undefined; depth?: number }): Child {
  const schema = props.schema;
  const depth = props.depth ?? 0;
  if (!schema || schema.$ref || depth > 4) return null;
  const target = schema.type === "array" && schema.items && !schema.items.$ref ? schema.items : schema;
  const properties = target.properties as Record<string, Json> | undefined;
  const extra = target.additionalProperties && typeof target.additionalProperties === "object" && !target.additionalProperties.$ref ? target.additionalProperties : undefined;
  if (!properties) return extra ? <Fields schema={extra} depth={depth + 1} /> : null;
  const required = new Set<string>(target.required ?? []);
  return (
    <ul class="fields">
      {Object.entries(properties).map(([name, property]) => (
        <li>
          <code>{name}</code>
          {required.has(name) ? <span class="required">required</span> : null} <span class="type">{typeOf(property)}</span>
          {property.description ? <span class="desc"> — {inline(property.description)}</span> : null}
          <Fields schema={property} depth={depth + 1} />
        </li>
      ))}
    </ul>
  );
}

function SchemaBlock(props: { schema: Json | undefined; expand?: boolean }) {
  const schema = props.schema;
  if (!schema) return null;
  const resolved = schema.$ref && props.expand ? components[refName(schema.$ref)] : schema;
  const description = resolved?.description as string | undefined;
  return (
    <>
      <p>
        <span class="type">{typeOf(schema)}</span>
        {description && (!schema.$ref || props.expand) ? <> — {inline(description)}</> : null}
      </p>
      <Fields schema={resolved} />
    </>
  );
}

function Examples(props: { media: Json }) {
  const examples = Object.entries((props.media.examples ?? {}) as Record<string, Json>);
  if (examples.length === 0) return null;
  return (
    <>
      {examples.map(([name, example]) => (
        <details>
          <summary>Example: {example.summary ?? name}</summary>
          <pre>
            <code>{typeof example.value === "string" ? example.value : JSON.stringify(example.value, null, 2)}</code>
          </pre>
        </details>
      ))}
    </>
  );
}

function Content(props: { content: Json | undefined }) {
  if (!props.content) return null;
  return (
    <>
      {Object.entries(props.content as Record<string, Json>).map(([type, media]) => (
        <div>
          <p>
            <code>{type}</code>
          </p>
          <SchemaBlock schema={media.schema} expand />
          <Examples media={media} />
        </div>
      ))}
    </>
  );
}

function Parameters(props: { parameters: Json[] | undefined }) {
  if (!props.parameters?.length) return null;
  return (
    <>
      <h4>Parameters</h4>
      <table>
        <thead>
          <tr>
            <th>name</th>
            <th>in</th>
            <th>type</th>
            <th>description</th>
          </tr>
        </thead>
        <tbody>
          {props.parameters.map((parameter) => (
            <tr>
              <td>
                <code>{parameter.name}</code>
                {parameter.required ? <span class="required">required</span> : null}
              </td>
              <td>{parameter.in}</td>
              <td class="type">{typeOf(parameter.schema)}</td>
              <td>{inline(parameter.description ?? parameter.schema?.description ?? "")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

interface Operation {
  method: string;
  path: string;
  operation: Json;
}

function OperationSection(props: Operation) {
  const { method, path, operation } = props;
  return (
    <section>
      <h3 id={anchor(method, path)}>
        <span class={`method ${method}`}>{method}</span>
        <span class="path">{path}</span>
      </h3>
      <p>
        <strong>{operation.summary}</strong>
      </p>
      <Text text={operation.description} />
      <Parameters parameters={operation.parameters} />
      {operation.requestBody ? (
        <>
          <h4>Request body{operation.requestBody.required ? " (required)" : ""}</h4>
          <Content content={operation.requestBody.content} />
        </>
      ) : null}
      <h4>Responses</h4>
      {Object.entries((operation.responses ?? {}) as Record<string, Json>).map(([status, response]) => (
        <details open={status.startsWith("2")}>
          <summary>
            <span class="status">{status}</span> {inline(response.description ?? "")}
          </summary>
          <Content content={response.content} />
        </details>
      ))}
    </section>
  );
}

function operations(document: Json): Operation[] {
  const list: Operation[] = [];
  for (const [path, item] of Object.entries((document.paths ?? {}) as Record<string, Json>)) {
    for (const method of ["get", "post", "put", "patch", "delete"]) if (item[method]) list.push({ method, path, operation: item[method] });
  }
  return list;
}

/** The whole page for an OpenAPI 3.1 document. */
export function renderReferencePage(document: Json): string {
  const all = operations(document);
  const tags = ((document.tags ?? []) as Json[]).map((tag) => ({
    name: String(tag.name),
    description: tag.description as string | undefined,
    operations: all.filter((op) => (op.operation.tags ?? [])[0] === tag.name),
  }));
  components = (document.components?.schemas ?? {}) as Record<string, Json>;
  const schemas = Object.entries(components).sort(([a], [b]) => a.localeCompare(b));
  return `<!doctype html>${(
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <title>{`${document.info.title} ${document.info.version}: API reference`}</title>
        <link rel="icon" href="data:," />
        <style dangerouslySetInnerHTML={{ __html: REFERENCE_STYLES }}></style>
      </head>
      <body>
        <header>
          <h1>
            {document.info.title} API <span class="type">{document.info.version}</span>
          </h1>
          <Text text={document.info.description} />
          <p>
            The machine-readable description: <a href="/openapi.json">/openapi.json</a> (OpenAPI {document.openapi}).
          </p>
        </header>
        <main>
          <nav aria-label="Operations">
            <ul>
              {tags.map((tag) => (
                <li>
                  {tag.name}
                  <ul>
                    {tag.operations.map((op) => (
                      <li>
                        <a href={`#${anchor(op.method, op.path)}`}>
                          <span class={`method ${op.method}`}>{op.method}</span>
                          {op.path}
                        </a>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </nav>
          {tags.map((tag) => (
            <>
              <h2 id={anchor("tag", tag.name)}>{tag.name}</h2>
              <Text text={tag.description} />
              {tag.operations.map((op) => (
                <OperationSection {...op} />
              ))}
            </>
          ))}
          <h2 id="schemas">Schemas</h2>
          {schemas.map(([name, schema]) => (
            <section>
              <h3 id={anchor("schema", name)}>{name}</h3>
              <SchemaBlock schema={schema} />
            </section>
          ))}
        </main>
      </body>
    </html>
  ).toString()}`;
}
