// Light/dark switch. The page follows the system until the reader chooses; the choice is kept in
// localStorage and applied before paint by the inline script in the layout (lib/theme.ts).
import { THEME_STORAGE_KEY } from "../theme";

/** Gives the header's theme button (server-rendered, hidden until now) its state and its action. */
export function installThemeToggle(): void {
  const button = document.querySelector<HTMLButtonElement>("button.theme-toggle");
  if (!button) return;
  const root = document.documentElement;
  const dark = () => (root.dataset.theme ? root.dataset.theme === "dark" : window.matchMedia("(prefers-color-scheme: dark)").matches);
  button.setAttribute("aria-pressed", String(dark()));
  button.addEventListener("click", () => {
    const next = dark() ? "light" : "dark";
    root.dataset.theme = next;
    try {
      localStorage.setItem(THEME_STORAGE_KEY, next);
    } catch {
      // Private browsing may refuse storage; the choice then lasts for this page only.
    }
    button.setAttribute("aria-pressed", String(next === "dark"));
  });
}
