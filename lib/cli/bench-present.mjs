// `npm run bench`: the presenter's responsiveness, measured in the browser on `next start`: the
// time from a key press to the first frame painted with the new slide, through the whole deck
// forwards and back.
// Prints median, p95 and worst; it asserts nothing (targets belong in review, not in tests).
import { chromium } from "@playwright/test";
import { CHROMIUM_FLAGS, systemChromium } from "./chromium.mjs";
import { startProductionServer } from "./serve.mjs";

const PORT = Number(process.env.BENCH_PORT ?? 3400);

const server = await startProductionServer(PORT);
const { base } = server;
const browser = await chromium.launch({
  executablePath: systemChromium(),
  args: CHROMIUM_FLAGS,
});
try {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.goto(`${base}/fr/paris-2020/present?slide=1`);
  await page.waitForSelector("[data-ready]");
  const total = Number((await page.textContent(".slide-number")).split("/")[1]);
  const keys = [...Array(total - 1).fill("ArrowRight"), ...Array(total - 1).fill("ArrowLeft")];
  const samples = [];
  for (const key of keys) {
    const ms = await page.evaluate(
      (k) =>
        new Promise((resolve) => {
          const stage = document.querySelector("main.stage");
          const before = stage.getAttribute("data-slide");
          const start = performance.now();
          const observer = new MutationObserver(() => {
            if (stage.getAttribute("data-slide") === before) return;
            observer.disconnect();
            // The frame after the DOM change is the one that paints it.
            requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - start)));
          });
          observer.observe(stage, { attributes: true, subtree: false });
          document.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true }));
        }),
      key,
    );
    samples.push(ms);
  }
  samples.sort((a, b) => a - b);
  const at = (q) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))].toFixed(1);
  console.log(`presenter: key press to painted slide over ${samples.length} presses (1920×1080): median ${at(0.5)} ms, p95 ${at(0.95)} ms, worst ${samples.at(-1).toFixed(1)} ms`);
} finally {
  await browser.close();
  server.stop();
}
