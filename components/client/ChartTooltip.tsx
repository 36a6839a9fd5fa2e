"use client";
// Shows the meaning of any chart mark (`[data-tip]`) on hover or keyboard focus. One instance per
// page; marks carry their text from the server, so this island ships no chart code.
import { useEffect, useState } from "react";

interface Tip {
  text: string;
  x: number;
  y: number;
}

/** Half the tooltip's maximum width plus a margin, to keep it inside the viewport. */
const EDGE = 140;

/** The single tooltip of the page. */
export function ChartTooltip() {
  const [tip, setTip] = useState<Tip | null>(null);

  useEffect(() => {
    const markOf = (e: Event) => (e.target instanceof Element ? e.target.closest("[data-tip]") : null);
    const show = (e: Event) => {
      const mark = markOf(e);
      if (!mark) return;
      const box = mark.getBoundingClientRect();
      const x = Math.min(Math.max(box.left + box.width / 2, EDGE), window.innerWidth - EDGE);
      setTip({ text: mark.getAttribute("data-tip") ?? "", x, y: box.top });
    };
    const hide = (e: Event) => {
      if (markOf(e)) setTip(null);
    };
    const escape = (e: KeyboardEvent) => {
      if (e.key === "Escape") setTip(null);
    };
    const clear = () => setTip(null);
    document.addEventListener("pointerover", show);
    document.addEventListener("focusin", show);
    document.addEventListener("pointerout", hide);
    document.addEventListener("focusout", hide);
    document.addEventListener("keydown", escape);
    window.addEventListener("scroll", clear, { passive: true });
    return () => {
      document.removeEventListener("pointerover", show);
      document.removeEventListener("focusin", show);
      document.removeEventListener("pointerout", hide);
      document.removeEventListener("focusout", hide);
      document.removeEventListener("keydown", escape);
      window.removeEventListener("scroll", clear);
    };
  }, []);

  if (!tip) return null;
  return (
    <div role="tooltip" className="chart-tooltip" style={{ left: tip.x, top: tip.y }}>
      {tip.text}
    </div>
  );
}
