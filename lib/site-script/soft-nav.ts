// Soft navigation between views of the dashboard (a cell opened or closed, a filter changed):
// the new view's page is fetched as a document (the byte cache answers it, as for a reader's
// navigation) and its <main> takes the place of this one's, with the URL in the history, so the
// back button undoes it. What the reader had open or focused in <main> is found again in the new
// view. Anything that goes wrong falls back to loading the view as a page.
import { MAIN_ID } from "../page-ids";

/** The event dispatched on the document once a new view is in the page (for the parts that decorate it). */
export const SWAPPED = "site:swapped";

/** What to focus once the new view is in the page; without it, what had focus is looked for in the new view. */
export type FocusAfter = () => HTMLElement | null | undefined;

/** The path and query whose view is in the page. Set when installed (this module's names are imported on the server too). */
let shown = "";
/** The path and query of the latest navigation asked for, landed or still on its way. */
let wanted = "";
/** Only the latest navigation lands: an older answer arriving late is dropped. */
let latest = 0;

function here(): string {
  return `${location.pathname}${location.search}`;
}

/** Puts the view at `href` in the page; `push: false` for a traversal the browser has already made (back, forward). */
export async function softNavigate(href: string, { push = true, focus }: { push?: boolean; focus?: FocusAfter } = {}): Promise<void> {
  const url = new URL(href, location.href);
  const target = `${url.pathname}${url.search}`;
  const ticket = ++latest;
  wanted = target;
  const fallBack = () => (push ? location.assign(url.href) : location.reload());
  let incoming: HTMLElement | null = null;
  let title = document.title;
  try {
    const response = await fetch(target, { headers: { accept: "text/html" } });
    if (!response.ok || !response.headers.get("content-type")?.startsWith("text/html")) throw new Error(String(response.status));
    const page = new DOMParser().parseFromString(await response.text(), "text/html");
    incoming = page.getElementById(MAIN_ID);
    title = page.title;
  } catch {
    incoming = null;
  }
  if (ticket !== latest) return;
  const main = document.getElementById(MAIN_ID);
  if (!main || !incoming) return fallBack();
  const before = readerState(main);
  // An open embed dialog belongs to the view going away (closing it empties it).
  main.querySelector<HTMLDialogElement>("dialog[open]")?.close();
  // The same view again (Reset on the default view) is no new step in the history.
  if (push) history[target === here() ? "replaceState" : "pushState"](null, "", url.href);
  shown = target;
  main.replaceChildren(...Array.from(incoming.childNodes));
  document.title = title;
  before.reopen(main);
  document.dispatchEvent(new Event(SWAPPED));
  (focus?.() ?? before.focused(main) ?? (before.hadFocus ? main : null))?.focus();
}

/** What the reader has open and focused in <main>, to find again in the next view: each open <details> (data tables, notes) and the focused element. */
function readerState(main: HTMLElement) {
  const open = Array.from(main.querySelectorAll("details[open]"), detailsKey);
  const active = document.activeElement;
  const hadFocus = active instanceof HTMLElement && active !== main && main.contains(active);
  const selector = hadFocus ? selectorOf(active) : undefined;
  return {
    hadFocus,
    reopen(next: HTMLElement) {
      for (const details of next.querySelectorAll("details")) if (open.includes(detailsKey(details))) details.open = true;
    },
    focused: (next: HTMLElement) => (selector ? next.querySelector<HTMLElement>(selector) : null),
  };
}

/** A <details>'s place that survives a new view: its nearest ancestor with an id (a chart's frame), and its rank among that ancestor's <details>. */
function detailsKey(details: Element): string {
  const owner = details.parentElement?.closest("[id]");
  return `${owner?.id}:${owner ? Array.from(owner.querySelectorAll("details")).indexOf(details as HTMLDetailsElement) : -1}`;
}

/** How to find an element again in another view: by id, a checkbox by name and value, a control by name, a link by where it leads. */
function selectorOf(el: HTMLElement): string | undefined {
  const attribute = (name: string) => `[${name}="${CSS.escape(el.getAttribute(name) ?? "")}"]`;
  if (el.id) return `#${CSS.escape(el.id)}`;
  if (el instanceof HTMLInputElement && el.type === "checkbox") return `${attribute("name")}${attribute("value")}`;
  if (el instanceof HTMLInputElement || el instanceof HTMLSelectElement) return el.name ? attribute("name") : undefined;
  return el instanceof HTMLAnchorElement && el.hasAttribute("href") ? `a${attribute("href")}` : undefined;
}

/** Back and forward between views the page itself wrote into the history. */
export function installSoftNavigation(): void {
  shown = wanted = here();
  window.addEventListener("popstate", () => {
    const now = here();
    // A change of fragment alone, or back to the view already on its way.
    if (now === wanted) return;
    // Back to the view in the page before the other one arrived: that one must not land.
    if (now === shown) {
      latest++;
      wanted = shown;
      return;
    }
    void softNavigate(location.href, { push: false });
  });
}

/** Whether a click is a plain left click, which the page may handle itself (not a new tab or window). */
export function isPlainClick(e: MouseEvent): boolean {
  return !e.defaultPrevented && e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;
}
