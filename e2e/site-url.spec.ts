// A newsroom runs the build behind its own domain and sets SITE_URL only when it starts the
// server: the dashboard's absolute links (canonical, social card, oEmbed discovery) must name
// that domain, not the address the build was made with.
import { expect, test } from "@playwright/test";
import { startProductionServer } from "../lib/cli/serve.mjs";

const PORT = 3191;
const SITE = "https://charts.example.org";
let server: { base: string; stop: () => void };

test.beforeAll(async () => {
  server = await startProductionServer(PORT, { SITE_URL: SITE });
});
test.afterAll(() => server?.stop());

test("with a SITE_URL the build did not know, /fr links to that site and is still a cacheable document", async ({ request }) => {
  const res = await request.get(`${server.base}/fr/paris-2020`, { headers: { Accept: "text/html,*/*;q=0.8" } });
  const html = await res.text();
  expect(html).toContain(`<link rel="canonical" href="${SITE}/fr/paris-2020"/>`);
  expect(html).toContain(`<meta property="og:image" content="${SITE}/charts/paris-2020/theme-heatmap.png?format=og"/>`);
  expect(html).not.toContain("localhost:3000");
  expect(res.headers()["cache-control"]).toMatch(/^public/);
  expect(res.headers()["content-security-policy"]).not.toContain("'nonce-");
});
