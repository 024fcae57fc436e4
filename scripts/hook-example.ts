/**
 * `npm run hook:example -- <scheme>`: sends a ready, correctly signed webhook
 * delivery to a running postedit (`npm start` or `npm run dev`) and shows the
 * answer, one per signature scheme, so nobody has to assemble signatures with
 * openssl. The payloads are the CMS examples in fixtures/hooks/; the
 * signatures come from src/hooks/signatures.ts, the code that verifies them.
 *
 *   npm run hook:example -- standard      the README's article to /v1/hooks/publish, Standard Webhooks (POSTEDIT_WEBHOOK_SECRET)
 *   npm run hook:example -- wordpress     a WordPress post to /v1/hooks/wordpress, Standard Webhooks (POSTEDIT_WEBHOOK_SECRET)
 *   npm run hook:example -- ghost         a Ghost post.published to /v1/hooks/ghost (POSTEDIT_GHOST_SECRET)
 *   npm run hook:example -- contentful    a Contentful Entry.publish to /v1/hooks/contentful (POSTEDIT_CONTENTFUL_SECRET)
 *   npm run hook:example -- sanity        a Sanity document to /v1/hooks/sanity (POSTEDIT_SANITY_SECRET)
 *
 * Options: `--url <origin>` (default http://127.0.0.1:$PORT, PORT 8787),
 * `--secret <secret>` (default: the setting from the environment, else from
 * .dev.vars, where `npm run dev` reads it; `--dev-vars <path>` reads another
 * file), `--file <payload.json>` (another
 * payload), `--curl` (print the equivalent curl command instead of sending:
 * its signature is valid for POSTEDIT_SIGNATURE_TOLERANCE, 5 minutes by
 * default), `--json` (print the whole answer).
 */
import { randomUUID } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { signContentful, signGhost, signSanity, signStandard, utf8 } from "../src/hooks/signatures.js";

export type ExampleScheme = "standard" | "wordpress" | "ghost" | "contentful" | "sanity";

const root = new URL("..", import.meta.url).pathname;

/** The README's publish hook example: a title and an HTML body that open a review. */
const GENERIC_ARTICLE = JSON.stringify({
  id: "article-17",
  fields: {
    title: { value: "Talks resume Monday in Swiss" },
    body: { value: "<p>We will not know whether Russia is serious., he warned.</p><p>Photo: Reuters / HANDOUT</p>", format: "html" },
  },
});

interface Example {
  route: string;
  /** The setting that holds the secret this scheme signs with. */
  setting: string;
  /** The default payload: a file in fixtures/hooks/, or inline JSON. */
  payload: { file: string } | { inline: string };
  contentType: string;
  /** Headers the CMS sends besides the signature. */
  headers?: Record<string, string>;
  sign(secret: string, body: string, path: string, now: number): Promise<Record<string, string>>;
}

/** Standard Webhooks: `webhook-id` (a fresh one each time, so each run is a new delivery), timestamp in seconds. */
async function standardHeaders(secret: string, body: string, now: number): Promise<Record<string, string>> {
  const id = `msg_${randomUUID()}`;
  const timestamp = Math.floor(now / 1000);
  return { "webhook-id": id, "webhook-timestamp": String(timestamp), "webhook-signature": await signStandard(secret, id, timestamp, body) };
}

export const EXAMPLES: Record<ExampleScheme, Example> = {
  standard: {
    route: "/v1/hooks/publish",
    setting: "POSTEDIT_WEBHOOK_SECRET",
    payload: { inline: GENERIC_ARTICLE },
    contentType: "application/json",
    sign: (secret, body, _path, now) => standardHeaders(secret, body, now),
  },
  wordpress: {
    route: "/v1/hooks/wordpress",
    setting: "POSTEDIT_WEBHOOK_SECRET",
    payload: { file: "fixtures/hooks/wordpress-post.json" },
    contentType: "application/json",
    sign: (secret, body, _path, now) => standardHeaders(secret, body, now),
  },
  ghost: {
    route: "/v1/hooks/ghost",
    setting: "POSTEDIT_GHOST_SECRET",
    payload: { file: "fixtures/hooks/ghost-post-published.json" },
    contentType: "application/json",
    sign: async (secret, body, _path, now) => ({ "x-ghost-signature": await signGhost(secret, body, now) }),
  },
  contentful: {
    route: "/v1/hooks/contentful",
    setting: "POSTEDIT_CONTENTFUL_SECRET",
    payload: { file: "fixtures/hooks/contentful-entry-publish.json" },
    contentType: "application/vnd.contentful.management.v1+json",
    headers: { "x-contentful-topic": "ContentManagement.Entry.publish" },
    sign: (secret, body, path, now) =>
      signContentful(secret, { method: "POST", path, headers: { "x-contentful-topic": "ContentManagement.Entry.publish" }, body: utf8(body) }, now),
  },
  sanity: {
    route: "/v1/hooks/sanity",
    setting: "POSTEDIT_SANITY_SECRET",
    payload: { file: "fixtures/hooks/sanity-article.json" },
    contentType: "application/json",
    sign: async (secret, body, _path, now) => ({ "sanity-webhook-signature": await signSanity(secret, body, now) }),
  },
};

export interface ExampleRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
  /** The payload file, when the body is one, for `curl --data-binary @file`. */
  file?: string;
}

/** The signed request for `scheme`: the body is sent byte for byte as signed. */
export async function exampleRequest(scheme: ExampleScheme, options: { origin: string; secret: string; file?: string; now?: number }): Promise<ExampleRequest> {
  const example = EXAMPLES[scheme];
  const file = options.file ?? ("file" in example.payload ? join(root, example.payload.file) : undefined);
  const body = file !== undefined ? readFileSync(file, "utf8") : (example.payload as { inline: string }).inline;
  const url = new URL(example.route, options.origin);
  const signature = await example.sign(options.secret, body, url.pathname + url.search, options.now ?? Date.now());
  return { url: url.href, headers: { "content-type": example.contentType, ...example.headers, ...signature }, body, ...(file !== undefined ? { file } : {}) };
}

const quote = (value: string) => `'${value.replace(/'/g, `'\\''`)}'`;

/** A curl command that sends `request` exactly (the file as is, or the inline body). */
export function curlCommand(request: ExampleRequest, cwd = process.cwd()): string {
  const lines = [`curl -sS ${quote(request.url)}`, ...Object.entries(request.headers).map(([name, value]) => `-H ${quote(`${name}: ${value}`)}`)];
  lines.push(request.file !== undefined ? `--data-binary ${quote(`@${relative(cwd, request.file) || request.file}`)}` : `--data-binary ${quote(request.body)}`);
  return lines.join(" \\\n  ");
}

/** The secret for `setting`: the environment first, then .dev.vars (KEY=VALUE lines, as wrangler reads them). */
export function findSecret(setting: string, env: Readonly<Record<string, string | undefined>>, devVarsPath = join(root, ".dev.vars")): string | undefined {
  const fromEnv = env[setting]?.trim();
  if (fromEnv) return fromEnv;
  if (!existsSync(devVarsPath)) return undefined;
  for (const line of readFileSync(devVarsPath, "utf8").split(/\r?\n/)) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (match?.[1] !== setting) continue;
    const value = match[2]!.replace(/^"(.*)"$|^'(.*)'$/, (_, a: string | undefined, b: string | undefined) => a ?? b ?? "");
    if (value !== "") return value;
  }
  return undefined;
}

function usage(message: string): never {
  console.error(`${message}\n\nUsage: npm run hook:example -- <${Object.keys(EXAMPLES).join("|")}> [--url <origin>] [--secret <secret>] [--file <payload.json>] [--dev-vars <path>] [--curl] [--json]`);
  process.exit(2);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const options = new Map<string, string | true>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--curl" || arg === "--json") options.set(arg, true);
    else if (arg === "--url" || arg === "--secret" || arg === "--file" || arg === "--dev-vars") {
      const value = args[++i];
      if (value === undefined) usage(`${arg} needs a value.`);
      options.set(arg, value);
    } else if (arg.startsWith("--")) usage(`Unknown option ${arg}.`);
    else positional.push(arg);
  }
  const scheme = (positional[0] === "generic" ? "standard" : positional[0]) as ExampleScheme | undefined;
  if (!scheme || !(scheme in EXAMPLES)) usage(scheme ? `Unknown scheme ${scheme}.` : "Which signature scheme?");
  const example = EXAMPLES[scheme];
  const devVars = options.get("--dev-vars") as string | undefined;
  const secret = (options.get("--secret") as string | undefined) ?? findSecret(example.setting, process.env, devVars);
  if (!secret) {
    const value = example.setting === "POSTEDIT_WEBHOOK_SECRET" ? "whsec_$(openssl rand -base64 32)" : "$(openssl rand -hex 32)";
    usage(
      `No secret to sign with: set ${example.setting} (the value the server has), or pass --secret.\n` +
        `For npm run dev, put it in .dev.vars and restart it:  echo "${example.setting}=${value}" >> .dev.vars\n` +
        `For npm start, export it in the server's environment and in this shell.`,
    );
  }
  const origin = (options.get("--url") as string | undefined) ?? `http://127.0.0.1:${process.env.PORT?.trim() || "8787"}`;
  const file = options.get("--file") as string | undefined;
  const request = await exampleRequest(scheme, { origin, secret, ...(file !== undefined ? { file } : {}) });

  if (options.has("--curl")) {
    console.log(curlCommand(request));
    return;
  }
  let response: Response;
  try {
    response = await fetch(request.url, { method: "POST", headers: request.headers, body: request.body });
  } catch (error) {
    console.error(`Could not reach ${origin} (${(error as Error).cause ?? (error as Error).message}). Start postedit first: npm run dev, or npm start.`);
    process.exit(1);
  }
  const text = await response.text();
  console.log(`POST ${request.url} (${example.setting}) → ${response.status}${response.headers.get("idempotent-replayed") ? " (Idempotent-Replayed: the recorded answer to this same delivery)" : ""}`);
  let answer: { decision?: string; review?: { url: string }; fields?: Record<string, { findings?: unknown[] }>; error?: { code: string; message: string } };
  try {
    answer = JSON.parse(text) as typeof answer;
  } catch {
    console.log(text);
    process.exit(1);
  }
  if (options.has("--json") || !response.ok) console.log(JSON.stringify(answer, null, 2));
  else {
    const count = (n: number) => `${n} finding${n === 1 ? "" : "s"}`;
    const fields = Object.entries(answer.fields ?? {}).map(([name, field]) => `${name} (${count(field.findings?.length ?? 0)})`);
    console.log(`decision: ${answer.decision}; fields: ${fields.join(", ") || "none"}`);
    if (answer.review) console.log(`review: ${new URL(answer.review.url, origin).href}`);
    console.log("--json prints the whole answer.");
  }
  process.exit(response.ok ? 0 : 1);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
