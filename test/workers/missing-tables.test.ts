/**
 * The Worker on a D1 database whose migrations were never applied (what
 * `wrangler dev` had on a fresh checkout before `npm run db:migrate:local`):
 * every route that needs the review store answers 503 `storage_not_ready`
 * saying how to apply them, never a 500. This file applies no migrations, and
 * the pool gives each test file storage of its own.
 */
import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { signStandard } from "../../src/hooks/signatures.js";

const worker = exports.default;
const REVIEW_ID = "AAAAAAAAAAAAAAAAAAAAAAAA";

async function json(response: Response) {
  return { status: response.status, body: (await response.json()) as { error: { code: string; message: string; details?: { table?: string } } } };
}

describe("D1 without its tables", () => {
  it("has no tables to begin with", async () => {
    const table = await env.DB.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'reviews'").first();
    expect(table).toBeNull();
  });

  it("the publish hook answers 503 storage_not_ready with the command that fixes it", async () => {
    const body = JSON.stringify({ id: "article-1", fields: { title: { value: "Talks resume Monday in Swiss" } } });
    const id = "msg_missing_tables";
    const timestamp = Math.floor(Date.now() / 1000);
    const response = await worker.fetch("http://postedit.test/v1/hooks/publish", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "webhook-id": id,
        "webhook-timestamp": String(timestamp),
        "webhook-signature": await signStandard(env.POSTEDIT_WEBHOOK_SECRET, id, timestamp, body),
      },
      body,
    });
    const { status, body: answer } = await json(response);
    expect(status).toBe(503);
    expect(answer.error.code).toBe("storage_not_ready");
    expect(answer.error.message).toContain("no table deliveries");
    expect(answer.error.message).toContain("npm run db:migrate:local");
    expect(answer.error.message).toContain("wrangler d1 migrations apply postedit --remote");
  });

  it("the reviews API and the review page answer 503 too", async () => {
    for (const path of [`/v1/reviews/${REVIEW_ID}`, `/review/${REVIEW_ID}`]) {
      const { status, body } = await json(await worker.fetch(`http://postedit.test${path}`));
      expect(status, path).toBe(503);
      expect(body.error.code, path).toBe("storage_not_ready");
      expect(body.error.details?.table, path).toBe("reviews");
    }
  });
});
