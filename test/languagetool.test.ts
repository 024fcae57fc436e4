/**
 * The LanguageTool-compatible API (/v2) through app.request(): parameters,
 * answers and errors as LanguageTool's server gives them. Environment-
 * agnostic: runs on Node (vitest.config.ts) and inside workerd
 * (vitest.workers.config.ts), so it imports fixtures as raw strings only.
 */
import { describe, expect, it } from "vitest";
import app from "../src/app.js";
import { MAX_TEXT_LENGTH } from "../src/api/limits.js";
import seed from "../fixtures/seed/geneva-talks.txt?raw";
import expectedSeed from "../fixtures/seed/expected-default.txt?raw";

type Json = Record<string, any>;

async function form(params: Record<string, string>, init: { query?: string; env?: Record<string, unknown>; contentType?: string } = {}) {
  const response = await app.request(
    `/v2/check${init.query ?? ""}`,
    { method: "POST", headers: { "content-type": init.contentType ?? "application/x-www-form-urlencoded" }, body: new URLSearchParams(params).toString() },
    init.env,
  );
  return answer(response);
}

async function answer(response: Response) {
  const text = await response.text();
  let body: Json = {};
  if ((response.headers.get("content-type") ?? "").startsWith("application/json")) body = JSON.parse(text) as Json;
  return { status: response.status, text, body, headers: response.headers };
}

function expectLanguageToolError(result: { status: number; text: string; headers: Headers }, status: number, message: RegExp) {
  expect(result.status).toBe(status);
  expect(result.headers.get("content-type")).toMatch(/^text\/plain/);
  expect(result.text).toMatch(/^Error: /);
  expect(result.text).toMatch(message);
}

const annotation = (items: Json[]) => JSON.stringify({ annotation: items });

describe("POST /v2/check", () => {
  it("answers in LanguageTool's shape, with postedit's fields on each match", async () => {
    const text = "Talks resumed on Monday in Swiss, and theNorth was quiet.";
    const { status, body, headers } = await form({ language: "en-US", text });
    expect(status).toBe(200);
    expect(headers.get("content-type")).toMatch(/^application\/json/);
    expect(body.software).toMatchObject({ name: "postedit", apiVersion: 1, premium: false });
    expect(typeof body.software.version).toBe("string");
    expect(body.warnings).toEqual({ incompleteResults: false });
    expect(body.language).toMatchObject({ name: "English (US)", code: "en-US", detectedLanguage: { code: "en-US" } });
    expect(body.matches.map((m: Json) => m.rule.id)).toEqual(["DEMONYM_AS_PLACE", "GLUED_CAMEL_CASE"]);
    const swiss = body.matches[0];
    expect(swiss).toMatchObject({
      offset: text.indexOf("Swiss"),
      length: 5,
      replacements: [{ value: "Switzerland" }],
      context: { text, offset: text.indexOf("Swiss"), length: 5 },
      sentence: text,
      type: { typeName: "Other" },
      rule: { issueType: "mistranslation", category: { id: "CALQUE", name: "Calques" } },
      ignoreForIncompleteSentence: false,
      contextForSureMatch: 0,
      safe: true,
      severity: "major",
    });
    expect(swiss.id).toMatch(/^f_/);
    expect(swiss.confidence).toBeGreaterThan(0.5);
    expect(typeof swiss.message).toBe("string");
    expect(typeof swiss.shortMessage).toBe("string");
    expect(typeof swiss.rule.description).toBe("string");
    expect(body.sentenceRanges).toEqual([[0, text.length]]);
  });

  it("gives the same findings as /v1/check, spans and fixes, on the seed article", async () => {
    const v1 = await app.request("/v1/check", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text: seed }) });
    const findings = ((await v1.json()) as Json).findings as Json[];
    const { body } = await form({ language: "en-US", text: seed });
    expect(body.matches.map((m: Json) => [m.id, m.offset, m.length, m.replacements[0]?.value ?? null])).toEqual(
      findings.map((f) => [f.id, f.offset, f.length, f.replacement]),
    );
  });

  it("apply=safe adds the corrected text and its diff: the seed's golden output", async () => {
    const { body } = await form({ language: "en-US", text: seed, apply: "safe" });
    expect(body.text).toBe(expectedSeed);
    expect(body.applied.length).toBe(8);
    expect(body.diff.patch).toContain("-Photo: Reuters / HANDOUT");
    const plain = await form({ language: "en-US", text: seed });
    expect(plain.body.text).toBeUndefined();
  });

  it("apply=all also applies the suggestions", async () => {
    const text = "Talks went on.\n\nNext article In Nigeria, the army moved north.";
    expect((await form({ language: "en", text, apply: "safe" })).body.text).toBe(text);
    expect((await form({ language: "en", text, apply: "all" })).body.text).toBe("Talks went on.");
  });

  it("counts offsets in UTF-16 code units through accents and emoji, and gives the context around them", async () => {
    const text = "🇨🇭 Réunion à Genève 😀 lundi in Swiss.";
    const { body } = await form({ language: "en-GB", text });
    const match = body.matches.find((m: Json) => m.rule.id === "DEMONYM_AS_PLACE");
    expect(text.slice(match.offset, match.offset + match.length)).toBe("Swiss");
    expect(match.context.text.slice(match.context.offset, match.context.offset + match.context.length)).toBe("Swiss");
    expect(body.language.code).toBe("en-GB");
  });

  it("cuts the context at 40 characters either side, with ... where cut, and line breaks as spaces", async () => {
    const before = "An opening sentence that is long enough to be cut.\n";
    const text = `${before}Talks resumed in Swiss on Monday, and they went on well into the evening hours.`;
    const { body } = await form({ language: "en-US", text });
    const match = body.matches.find((m: Json) => m.rule.id === "DEMONYM_AS_PLACE");
    expect(match.context.text.startsWith("...")).toBe(true);
    expect(match.context.text.endsWith("...")).toBe(true);
    expect(match.context.text).not.toContain("\n");
    expect(match.context.offset).toBe(3 + 40);
    expect(match.context.text.slice(match.context.offset, match.context.offset + 5)).toBe("Swiss");
    expect(match.sentence).toBe("Talks resumed in Swiss on Monday, and they went on well into the evening hours.");
  });

  it("reads the query string too, which wins over the body (as LanguageTool does)", async () => {
    const { status, body } = await form({ language: "fr", text: "Monday in Swiss." }, { query: "?language=en-CA" });
    expect(status).toBe(200);
    expect(body.language.code).toBe("en-CA");
  });

  it("reads the form whatever the content type says, and multipart forms", async () => {
    expect((await form({ language: "en-US", text: "Monday in Swiss." }, { contentType: "text/plain" })).body.matches.length).toBe(1);
    const multipart = new FormData();
    multipart.set("language", "en-US");
    multipart.set("text", "Monday in Swiss.");
    const result = await answer(await app.request("/v2/check", { method: "POST", body: multipart }));
    expect(result.status).toBe(200);
    expect(result.body.matches.length).toBe(1);
  });

  it("language=auto detects English or French and answers in the preferred English variant", async () => {
    const english = await form({ language: "auto", text: "The talks resumed on Monday in Geneva between the two delegations.", preferredVariants: "de-DE,en-GB" });
    expect(english.body.language.code).toBe("en-GB");
    expect(english.body.language.detectedLanguage.code).toBe("en-GB");
    const french = await form({ language: "auto", text: "Les discussions ont repris lundi à Genève entre les deux délégations." });
    expect(french.body.language.code).toBe("en-US");
    expect(french.body.language.detectedLanguage).toMatchObject({ name: "French", code: "fr" });
    expect(french.body.language.detectedLanguage.confidence).toBeGreaterThan(0.5);
  });

  it("takes rule and category ids in either spelling and ignores unknown ones", async () => {
    const text = "Monday in Swiss, and theNorth.";
    const ids = async (params: Record<string, string>) => (await form({ language: "en-US", text, ...params })).body.matches.map((m: Json) => m.rule.id);
    expect(await ids({ disabledRules: "DEMONYM_AS_PLACE,NO_SUCH_RULE" })).toEqual(["GLUED_CAMEL_CASE"]);
    expect(await ids({ disabledRules: "glued-camel-case" })).toEqual(["DEMONYM_AS_PLACE"]);
    expect(await ids({ disabledCategories: "WORD_BOUNDARY,TYPOS,CASING" })).toEqual(["DEMONYM_AS_PLACE"]);
    expect(await ids({ enabledCategories: "CALQUE" })).toEqual(["DEMONYM_AS_PLACE", "GLUED_CAMEL_CASE"]);
    expect(await ids({ enabledCategories: "CALQUE", enabledOnly: "true" })).toEqual(["DEMONYM_AS_PLACE"]);
    expect(await ids({ enabledRules: "GLUED_CAMEL_CASE,UPPERCASE_SENTENCE_START", enabledOnly: "true" })).toEqual(["GLUED_CAMEL_CASE"]);
    expect(await ids({ enabledRules: "UPPERCASE_SENTENCE_START", enabledOnly: "true" })).toEqual([]);
    expect(await ids({ level: "picky", motherTongue: "fr-FR", username: "someone", apiKey: "whatever" })).toEqual(["DEMONYM_AS_PLACE", "GLUED_CAMEL_CASE"]);
  });

  it("GET takes the same parameters in the query string", async () => {
    const result = await answer(await app.request(`/v2/check?${new URLSearchParams({ language: "en-US", text: "Monday in Swiss." })}`));
    expect(result.status).toBe(200);
    expect(result.body.matches[0].rule.id).toBe("DEMONYM_AS_PLACE");
  });

  it("answers CORS requests from any origin, as LanguageTool does", async () => {
    const preflight = await app.request("/v2/check", { method: "OPTIONS", headers: { origin: "https://editor.example", "access-control-request-method": "POST" } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
  });
});

describe("POST /v2/check with data (AnnotatedText)", () => {
  it("checks the text pieces and counts offsets in the whole document, markup included", async () => {
    const items = [{ markup: "# " }, { text: "Talks" }, { markup: "\n\n", interpretAs: "\n\n" }, { text: "Monday in " }, { markup: "**" }, { text: "Swiss" }, { markup: "**" }, { text: "." }];
    const document = items.map((item) => item.text ?? item.markup).join("");
    const { status, body } = await form({ language: "en-US", data: annotation(items) });
    expect(status).toBe(200);
    expect(body.matches).toHaveLength(1);
    const match = body.matches[0];
    expect(document.slice(match.offset, match.offset + match.length)).toBe("Swiss");
    expect(match.replacements).toEqual([{ value: "Switzerland" }]);
    expect(match.sentence).toBe("Monday in Swiss.");
  });

  it("places an insertion on the right side of markup: before an opening delimiter, after a closing one", async () => {
    // The {{< >}} shortcode is neither HTML nor Markdown, so these documents are checked as their plain text.
    const shortcode = { markup: "{{< figure >}}" };
    const opening = [shortcode, { text: "Talks with the" }, { markup: "*" }, { text: "North" }, { markup: "*" }, { text: " went on." }];
    const closing = [shortcode, { text: "Talks with " }, { markup: "*" }, { text: "the" }, { markup: "*" }, { text: "North went on." }];
    const html = [shortcode, { text: "Talks with " }, { markup: "<em>" }, { text: "the" }, { markup: "</em>" }, { text: "North went on." }];
    for (const [items, expected] of [
      [opening, "{{< figure >}}Talks with the *North* went on."],
      [closing, "{{< figure >}}Talks with *the* North went on."],
      [html, "{{< figure >}}Talks with <em>the</em> North went on."],
    ] as const) {
      const { body } = await form({ language: "en-US", data: annotation([...items]), apply: "safe" });
      expect(body.text).toBe(expected);
      expect(body.matches).toHaveLength(1);
      const match = body.matches[0];
      expect(match.length).toBeGreaterThan(0);
      const document = items.map((item: Json) => item.text ?? item.markup).join("");
      const applied = document.slice(0, match.offset) + match.replacements[0].value + document.slice(match.offset + match.length);
      expect(applied).toBe(expected);
    }
  });

  it("flags an insertion between pieces of markup it cannot read", async () => {
    const items = [{ text: "Talks with the" }, { markup: "\\textbf{" }, { text: "North" }, { markup: "}" }, { text: " went on." }];
    const { body } = await form({ language: "en-US", data: annotation(items), apply: "all" });
    expect(body.matches).toHaveLength(1);
    expect(body.matches[0].replacements).toEqual([]);
    expect(body.matches[0].message).toMatch(/cross markup/);
    expect(body.text).toBe(items.map((item: Json) => item.text ?? item.markup).join(""));
  });

  it("never offers a fix that would change markup: it becomes a flag", async () => {
    const items = [{ text: "Talks in good faith" }, { markup: "\\footnote{AFP}", interpretAs: "." }, { text: ", he warned." }];
    const { body } = await form({ language: "en-US", data: annotation(items), apply: "all" });
    const document = items.map((item: Json) => item.text ?? item.markup).join("");
    expect(body.matches).toHaveLength(1);
    const match = body.matches[0];
    expect(match.rule.id).toBe("DOUBLED_PUNCTUATION");
    expect(document.slice(match.offset, match.offset + match.length)).toBe("\\footnote{AFP},");
    expect(match.replacements).toEqual([]);
    expect(match.safe).toBe(false);
    expect(match.message).toMatch(/cross markup/);
    expect(body.text).toBe(document);
  });

  it("checks an AnnotatedText made of Markdown syntax as Markdown: a block quote is already quoted", async () => {
    const speech = "We will not give up, the minister said on Tuesday.";
    const quoted = [{ markup: "> " }, { text: speech }, { markup: "\n", interpretAs: "\n" }];
    const plain = [{ text: speech }, { markup: "\n", interpretAs: "\n" }];
    const rules = async (items: Json[]) => (await form({ language: "en-US", data: annotation(items) })).body.matches.map((m: Json) => m.rule.id);
    expect(await rules(plain)).toContain("LOST_QUOTATION_MARKS");
    expect(await rules(quoted)).not.toContain("LOST_QUOTATION_MARKS");
  });

  it("checks an AnnotatedText made of HTML tags as HTML: entities read, tags kept", async () => {
    const items = [{ markup: "<p>" }, { text: "AT&amp;T met in Swiss with the" }, { markup: "<em>" }, { text: "North" }, { markup: "</em>" }, { text: "." }, { markup: "</p>", interpretAs: "\n\n" }];
    const { body } = await form({ language: "en-US", data: annotation(items), apply: "safe" });
    expect(body.matches.map((m: Json) => m.rule.id).sort()).toEqual(["DEMONYM_AS_PLACE", "GLUED_CAMEL_CASE"]);
    expect(body.text).toBe("<p>AT&amp;T met in Switzerland with the <em>North</em>.</p>");
  });

  it("ignores extra keys in the items (clients send offsets along)", async () => {
    const items = [{ text: "Monday in Swiss.", offset: { start: 0, end: 16 } }];
    const { status, body } = await form({ language: "en-US", data: annotation(items) });
    expect(status).toBe(200);
    expect(body.matches).toHaveLength(1);
  });

  it("takes { text } as data too", async () => {
    const { body } = await form({ language: "en-US", data: JSON.stringify({ text: "Monday in Swiss." }) });
    expect(body.matches).toHaveLength(1);
  });
});

describe("errors, as LanguageTool sends them", () => {
  it("400 for a missing text, both text and data, a missing language", async () => {
    expectLanguageToolError(await form({ language: "en-US" }), 400, /Missing 'text' or 'data' parameter/);
    expectLanguageToolError(await form({ language: "en-US", text: "x", data: "{}" }), 400, /Set only 'text' or 'data' parameter, not both/);
    expectLanguageToolError(await form({ text: "x" }), 400, /Missing 'language' parameter/);
    expectLanguageToolError(await form({ text: "x", language: "" }), 400, /Missing 'language' parameter/);
  });

  it("400 for a language postedit does not check, and preferredVariants without auto", async () => {
    expectLanguageToolError(await form({ text: "x", language: "de-DE" }), 400, /'de-DE' is not a language code known to postedit.*en-GB/);
    expectLanguageToolError(await form({ text: "x", language: "en-US", preferredVariants: "en-GB" }), 400, /preferredVariants.*language=auto/);
    expectLanguageToolError(await form({ text: "x", language: "en-US", motherTongue: "not a code" }), 400, /not a language code/);
  });

  it("400 for parameters renamed in v2, an unknown level, and enabledOnly misuse", async () => {
    expectLanguageToolError(await form({ text: "x", language: "en-US", disabled: "X" }), 400, /'disabledRules'/);
    expectLanguageToolError(await form({ text: "x", language: "en-US", autodetect: "1" }), 400, /language=auto/);
    expectLanguageToolError(await form({ text: "x", language: "en-US", level: "strict" }), 400, /level/);
    expectLanguageToolError(await form({ text: "x", language: "en-US", enabledOnly: "true" }), 400, /must specify enabled rules or categories/);
    expectLanguageToolError(await form({ text: "x", language: "en-US", enabledOnly: "true", enabledRules: "A", disabledRules: "B" }), 400, /cannot specify disabled/);
    expectLanguageToolError(await form({ text: "x", language: "en-US", apply: "everything" }), 400, /apply/);
  });

  it("400 for data that is not an AnnotatedText", async () => {
    expectLanguageToolError(await form({ language: "en-US", data: "{not json" }), 400, /Could not parse JSON from 'data' parameter/);
    expectLanguageToolError(await form({ language: "en-US", data: "{}" }), 400, /requires 'text' or 'annotation'/);
    expectLanguageToolError(await form({ language: "en-US", data: JSON.stringify({ text: "a", annotation: [] }) }), 400, /not both/);
    expectLanguageToolError(await form({ language: "en-US", data: annotation([{ text: "a", markup: "b" }]) }), 400, /either 'text' or 'markup'/);
    expectLanguageToolError(await form({ language: "en-US", data: annotation([{ text: "a", interpretAs: "b" }]) }), 400, /'text' cannot be used with 'interpretAs'/);
    expectLanguageToolError(await form({ language: "en-US", data: annotation([{ other: "a" }]) }), 400, /Only 'text' and 'markup'/);
    expectLanguageToolError(await form({ language: "en-US", data: annotation([{ text: 42 }]) }), 400, /not an AnnotatedText/);
    expectLanguageToolError(await form({ language: "en-US", data: "[1, 2]" }), 400, /not an AnnotatedText/);
  });

  it("413 above the text size limit", async () => {
    expectLanguageToolError(await form({ language: "en-US", text: "a".repeat(MAX_TEXT_LENGTH + 1) }), 413, /exceeds the limit of 1000000 characters/);
  });

  it("403 without the API key when one is configured; the key passes", async () => {
    const env = { POSTEDIT_LANGUAGETOOL_API_KEY: "k3y-for-tests" };
    expectLanguageToolError(await form({ language: "en-US", text: "Monday in Swiss." }, { env }), 403, /API key/);
    expectLanguageToolError(await form({ language: "en-US", text: "Monday in Swiss.", apiKey: "wrong" }, { env }), 403, /API key/);
    expect((await form({ language: "en-US", text: "Monday in Swiss.", apiKey: "k3y-for-tests", username: "me" }, { env })).status).toBe(200);
    expect((await form({ language: "en-US", text: "Monday in Swiss.", api_key: "k3y-for-tests" }, { env })).status).toBe(200);
  });

  it("404 for an unknown /v2 path and 405 for a wrong method, in plain text", async () => {
    expectLanguageToolError(await answer(await app.request("/v2/words")), 404, /Unsupported action: 'words'/);
    const wrong = await answer(await app.request("/v2/languages", { method: "DELETE" }));
    expectLanguageToolError(wrong, 405, /GET/);
    expect(wrong.headers.get("allow")).toBe("GET");
  });

  it("never answers 500 to odd but valid input", async () => {
    const odd = ["", " ", "\n\n\n", "\u0000\uffff", "\ud800", "[](){}«»“”", ".,.,..,,;;::", "🇨🇭".repeat(300), "\r\r\n\n\r"];
    for (const text of odd) {
      expect((await form({ language: "en-US", text })).status, JSON.stringify(text)).toBe(200);
      const items = [{ markup: "<p>" }, { text }, { markup: "", interpretAs: text }, { markup: "*" }, { text }, { markup: "</p>", interpretAs: "\n\n" }];
      expect((await form({ language: "auto", data: annotation(items), apply: "all" })).status, JSON.stringify(text)).toBe(200);
    }
  });
});

describe("GET /v2/languages, /v2/info, /v2/healthcheck", () => {
  it("/v2/languages lists English and its variants in LanguageTool's shape", async () => {
    const { status, body } = await answer(await app.request("/v2/languages"));
    expect(status).toBe(200);
    const languages = body as unknown as Json[];
    expect(languages).toContainEqual({ name: "English (US)", code: "en", longCode: "en-US" });
    expect(languages).toContainEqual({ name: "English (GB)", code: "en", longCode: "en-GB" });
    expect(languages.every((language) => language.code === "en")).toBe(true);
  });

  it("/v2/info tells the software", async () => {
    const { body } = await answer(await app.request("/v2/info"));
    expect(body.software).toMatchObject({ name: "postedit", apiVersion: 1, premium: false });
  });

  it("/v2/healthcheck is OK", async () => {
    const result = await answer(await app.request("/v2/healthcheck"));
    expect(result.status).toBe(200);
    expect(result.text).toBe("OK");
  });
});
