// The inline script that applies the reader's theme choice before the first paint (the layout).
import { THEME_STORAGE_KEY } from "./theme";

/** Runs before first paint: applies a stored choice as `<html data-theme>`; otherwise the system decides. */
export const THEME_SCRIPT = `try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(t==="dark"||t==="light")document.documentElement.dataset.theme=t}catch(e){}`;
