import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_FLAGS, systemChromium } from "./lib/cli/chromium.mjs";

const chrome = await chromeLauncher.launch({ chromePath: systemChromium(), chromeFlags: ["--headless=new", ...CHROMIUM_FLAGS] });
for (const url of process.argv.slice(2)) {
  for (let i = 0; i < 2; i++) {
    const { lhr } = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"] });
    const a = (id) => Math.round(lhr.audits[id].numericValue);
    console.log(url, Math.round(lhr.categories.performance.score * 100), "FCP", a("first-contentful-paint"), "LCP", a("largest-contentful-paint"), "TBT", a("total-blocking-time"));
    if (process.env.DETAIL) {
      console.log(" work:", lhr.audits["mainthread-work-breakdown"].details.items.map((x) => `${x.group} ${Math.round(x.duration)}`).join(", "));
      console.log(
        " long tasks:",
        (lhr.audits["long-tasks"].details?.items ?? []).map((x) => `${x.url.replace(/^http:\/\/127.0.0.1:\d+/, "")}@${Math.round(x.startTime)}+${Math.round(x.duration)}`).join(", "),
      );
      console.log(" bootup:", (lhr.audits["bootup-time"].details?.items ?? []).map((x) => `${x.url.replace(/^http:\/\/127.0.0.1:\d+/, "")} ${Math.round(x.total)}`).join(", "));
    }
  }
}
await chrome.kill();
