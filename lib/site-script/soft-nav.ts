// Soft navigation between views of the dashboard (a cell opened or closed, a filter changed):
// the new view's page is fetched as a document (the byte cache answers it, as for a reader's
// navigation) and its <main> takes the place of this one's, with the URL in the history, so the
// back button undoes it. Anything that goes wrong falls back to loading the view as a page.

/** The event dispatched on the document once a new view is in the page (for the parts that decorate it). */
export const SWAPPED = "site:swapped";

/** What to focus once the new view is in the page; without it, the control that had focus (a filter) keeps it. */
export type FocusAfter = () => HTMLElement | null | undefined;

/** The path and query the page shows: a traversal to another one fetches it (a change of fragment alone does not). Set when installed (this module is imported on the server too, for its names). */
let shown = "";
/** Only the latest navigation lands: an older answer arriving late is dropped. */
let latest = 0;

function here(): string {
  return `${location.pathname}${location.search}`;
}

/** Puts the view at `href` in the page; `push: false` for a traversal the browser has already made (back, forward). */
export async function softNavigate(href: string, { push = true, focus }: { push?: boolean; focus?: FocusAfter } = {}): Promise<void> {
  const url = new URL(href, location.href);
  const ticket = ++latest;
  const fallBack = () => (push ? location.assign(url.href) : location.reload());
  let incoming: HTMLElement | null = null;
  let title = document.title;
  try {
    const response = await fetch(`${url.pathname}${url.search}`, { headers: { accept: "text/html" } });
    if (!response.ok || !response.headers.get("content-type")?.startsWith("text/html")) throw new Error(String(response.status));
    const page = new DOMParser().parseFromString(await response.text(), "text/html");
    incoming = page.getElementById("main");
    title = page.title;
  } catch {
    incoming = null;
  }
  if (ticket !== latest) return;
  const main = document.getElementById("main");
  if (!main || !incoming) return fallBack();
  const control = focusedControl(main);
  if (push) history.pushState(null, "", url.href);
  shown = here();
  main.replaceChildren(...Array.from(incoming.childNodes));
  document.title = title;
  document.dispatchEvent(new Event(SWAPPED));
  (focus?.() ?? control?.())?.focus();
}

/** How to find the form control that has focus again in the new view (same name, and value for a checkbox). */
function focusedControl(main: HTMLElement): FocusAfter | undefined {
  const active = document.activeElement;
  if (!(active instanceof HTMLInputElement || active instanceof HTMLSelectElement) || !main.contains(active) || !active.name) return undefined;
  const selector =
    active instanceof HTMLInputElement && active.type === "checkbox" ? `[name="${CSS.escape(active.name)}"][value="${CSS.escape(active.value)}"]` : `[name="${CSS.escape(active.name)}"]`;
  return () => main.querySelector<HTMLElement>(selector);
}

/** Back and forward between views the page itself wrote into the history. */
export function installSoftNavigation(): void {
  shown = here();
  window.addEventListener("popstate", () => {
    if (here() !== shown) void softNavigate(location.href, { push: false });
  });
}

/** Whether a click is a plain left click, which the page may handle itself (not a new tab or window). */
export function isPlainClick(e: MouseEvent): boolean {
  return !e.defaultPrevented && e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;
}
