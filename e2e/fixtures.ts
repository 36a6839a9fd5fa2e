// What the browser tests compare the pages with: the dataset file itself.
import { readFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { parsePagePath } from "../lib/routes";

/** A passage of the article, with the words it puts in someone's mouth (schema 2). */
export interface QuoteShape {
  text: string;
  speech?: { words: string; speaker: { by: string; candidate?: string; spokesperson?: string } }[];
}

export interface DatasetShape {
  corrections: { from: string; to: string }[];
  election: { rounds: { number: number; date: string; asAnnounced?: boolean }[] };
  candidates: { id: string; name: string }[];
  spokespeople: { id: string; name: string; for: string }[];
  themes: { id: string; label: { fr: string; en: string }; shortLabel: { fr: string; en: string }; aboutAll?: { quotes: QuoteShape[] } }[];
  cells: { candidate: string; theme: string; level: number }[];
  proposals: { id: string; candidate: string; theme: string; quotes: QuoteShape[] }[];
  figures: { id: string; measure: string; subject: { kind: string; candidate?: string }; quotes: QuoteShape[] }[];
  termUsage: { id: string }[];
  presentation: { title: { fr: string; en: string } };
}

/** The bundled dataset, read the way the server reads it. */
export const dataset: DatasetShape = JSON.parse(readFileSync(path.join(process.cwd(), "data", "elections", "paris-2020.json"), "utf8"));

export const LANGS = ["fr", "en"] as const;

/**
 * The axe rules whose outcome depends on colours, the only thing a dark scheme or stage theme
 * changes: the DOM is otherwise the same, so a second scheme needs only these.
 */
export const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

/** What axe finds wrong on the page as it is (all rules, or only `rules`), one line per rule with its first nodes; [] when nothing. */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const results = await (rules ? builder.withRules(rules) : builder).analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join(", ")}`,
  );
}

/** Opens `url` in light and checks every axe rule, then switches to dark (checking the page did) and checks the colour rules. */
export async function expectNoAxeViolationInBothSchemes(page: Page, url: string): Promise<void> {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto(url);
  expect(await axeViolations(page), "light").toEqual([]);
  await page.emulateMedia({ colorScheme: "dark" });
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe("rgb(255, 255, 255)");
  expect(await axeViolations(page, COLOUR_RULES), "dark").toEqual([]);
}

/** How many linked pages `danglingAnchors` asks for at once. */
const PARALLEL_REQUESTS = 6;

/**
 * The links of a page that lead nowhere, [] when every one lands: an in-page link (`#id`, HTML or
 * SVG) whose element the page lacks; a link to another page of the election (a reference page at a
 * datum, a dashboard view such as a heatmap cell's `?cell=…#cell-panel`, the other language…)
 * whose page does not answer 200 or lacks the element its fragment names. The other pages are
 * asked for as a browser asks, once each.
 */
export async function danglingAnchors(page: Page): Promise<string[]> {
  const here = new URL(page.url());
  const { hrefs, ids } = await page.evaluate(() => ({
    hrefs: [...document.querySelectorAll("a[href]")].map((a) => a.getAttribute("href") ?? ""),
    ids: [...document.querySelectorAll("[id]")].map((el) => el.id),
  }));
  const dangling: string[] = [];
  const elsewhere = new Map<string, Set<string>>();
  for (const href of hrefs) {
    const url = new URL(href, here);
    const id = decodeURIComponent(url.hash.slice(1));
    if (url.origin !== here.origin) continue;
    if (url.pathname === here.pathname && url.search === here.search) {
      if (id && !ids.includes(id)) dangling.push(href);
      continue;
    }
    // Downloads, data, feeds and the catalogue are not datums' pages.
    const target = parsePagePath(url.pathname);
    if (!target || target.page === "catalogue") continue;
    const key = `${url.pathname}${url.search}`;
    elsewhere.set(key, (elsewhere.get(key) ?? new Set()).add(id));
  }
  // Asked for a few at a time: each answer crosses Playwright's driver, whose latency, not the
  // server, sets the pace of a one-by-one walk over a dashboard's ~80 linked views.
  const targets = [...elsewhere];
  for (let i = 0; i < targets.length; i += PARALLEL_REQUESTS) {
    const answers = await Promise.all(
      targets.slice(i, i + PARALLEL_REQUESTS).map(async ([target, wanted]) => {
        const response = await page.request.get(new URL(target, here).href, { headers: { Accept: "text/html" } });
        if (response.status() !== 200) return [`${target} (${response.status()})`];
        const html = await response.text();
        return [...wanted].filter((id) => id && !html.includes(`id="${id}"`)).map((id) => `${target}#${id}`);
      }),
    );
    dangling.push(...answers.flat());
  }
  return dangling;
}

/** Waits until the dashboard's site script has run (it loads once the page has painted): its heatmap keys give one cell the tab stop. */
export const hydrated = (page: Page) => expect(page.locator('[data-heatmap] a[tabindex="0"]')).toHaveCount(1);
