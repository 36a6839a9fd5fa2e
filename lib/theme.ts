// The reader's theme choice, shared by the pre-paint script (server) and the toggle (client).

/** localStorage key holding "light" or "dark" once the reader has chosen. */
export const THEME_STORAGE_KEY = "theme";

/** Runs before first paint: applies a stored choice as `<html data-theme>`; otherwise the system decides. */
export const THEME_SCRIPT = `try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(t==="dark"||t==="light")document.documentElement.dataset.theme=t}catch(e){}`;
