// The reader's theme choice, shared by the pre-paint script (lib/theme-script.ts, server) and the
// toggle (lib/site-script/theme-toggle.ts, browser): only the key here, so the browser's bundle
// takes nothing else along.

/** localStorage key holding "light" or "dark" once the reader has chosen. */
export const THEME_STORAGE_KEY = "theme";
