"use client";
// Light/dark switch. The page follows the system until the reader chooses; the choice is kept in
// localStorage and applied before paint by the script in the layout.
import { useEffect, useState } from "react";
import { THEME_STORAGE_KEY } from "@/lib/theme";

export interface ThemeToggleProps {
  /** The button's name ("Dark theme"); its pressed state says whether dark is on. */
  label: string;
}

/** A toggle button; invisible (but holding its place) until JavaScript runs, since it needs it. */
export function ThemeToggle({ label }: ThemeToggleProps) {
  const [dark, setDark] = useState<boolean | null>(null);
  useEffect(() => {
    const chosen = document.documentElement.dataset.theme;
    setDark(chosen ? chosen === "dark" : window.matchMedia("(prefers-color-scheme: dark)").matches);
  }, []);
  const toggle = () => {
    const next = !dark;
    document.documentElement.dataset.theme = next ? "dark" : "light";
    try {
      localStorage.setItem(THEME_STORAGE_KEY, next ? "dark" : "light");
    } catch {
      // Private browsing may refuse storage; the choice then lasts for this page only.
    }
    setDark(next);
  };
  return (
    <button type="button" className="theme-toggle" aria-pressed={dark ?? false} onClick={toggle} style={{ visibility: dark === null ? "hidden" : "visible" }}>
      {label}
    </button>
  );
}
