// The route handler as Next.js calls it, against the real dataset file.
import { describe, expect, it } from "vitest";
import { validateDataset } from "@/lib/dataset/check";
import { rawDataset } from "@/lib/testing/fixtures";
import { GET } from "./route";

describe("GET /api/dataset", () => {
  it("serves exactly the validated dataset", async () => {
    const res = GET(new Request("http://localhost/api/dataset"));
    expect(res.status).toBe(200);
    const validated = validateDataset(rawDataset());
    expect(validated.ok).toBe(true);
    expect(await res.json()).toEqual(validated.ok ? validated.dataset : null);
  });

  it("answers 304 to a client that sends back the ETag it was given", async () => {
    const first = GET(new Request("http://localhost/api/dataset"));
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[\w-]+"$/);
    const second = GET(new Request("http://localhost/api/dataset", { headers: { "If-None-Match": etag! } }));
    expect(second.status).toBe(304);
  });
});
