"use client";
// Shows the meaning of any chart mark on hover or keyboard focus: a mark is a link named by its
// aria-label (the server writes it once; a headings' link is named by its text and gets no tip).
// One instance per page; marks carry their text from the server, so this island ships no chart code.
import { useEffect, useState } from "react";

interface Tip {
  text: string;
  x: number;
  y: number;
}

/** A chart's mark: the element whose name the tooltip shows (the embeds' script finds marks the same way). */
const MARK = ".chart a[aria-label]";

/** Half the tooltip's maximum width plus a margin, to keep it inside the viewport. */
const EDGE = 140;

/** Where the tooltip of a mark goes: above its centre, kept inside the viewport. */
function placeAbove(mark: Element): Tip {
  const box = mark.getBoundingClientRect();
  const x = Math.min(Math.max(box.left + box.width / 2, EDGE), window.innerWidth - EDGE);
  return { text: mark.getAttribute("aria-label") ?? "", x, y: box.top };
}

/** The single tooltip of the page. */
export function ChartTooltip() {
  const [tip, setTip] = useState<Tip | null>(null);

  useEffect(() => {
    let current: Element | null = null;
    const markOf = (target: EventTarget | null) => (target instanceof Element ? target.closest(MARK) : null);
    const show = (e: Event) => {
      const mark = markOf(e.target);
      if (!mark) return;
      current = mark;
      setTip(placeAbove(mark));
    };
    // Moving between a mark's own parts (its rect and its label) is not leaving it.
    const leave = (e: FocusEvent | PointerEvent) => {
      const mark = markOf(e.target);
      if (!mark || (e.relatedTarget instanceof Node && mark.contains(e.relatedTarget))) return;
      if (mark === current) {
        current = null;
        setTip(null);
      }
    };
    const onEscape = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      current = null;
      setTip(null);
    };
    // Focusing a mark may scroll the page: follow the mark instead of losing the tooltip.
    const follow = () => {
      if (current) setTip(placeAbove(current));
    };
    document.addEventListener("pointerover", show);
    document.addEventListener("focusin", show);
    document.addEventListener("pointerout", leave);
    document.addEventListener("focusout", leave);
    document.addEventListener("keydown", onEscape);
    window.addEventListener("scroll", follow, { passive: true });
    return () => {
      document.removeEventListener("pointerover", show);
      document.removeEventListener("focusin", show);
      document.removeEventListener("pointerout", leave);
      document.removeEventListener("focusout", leave);
      document.removeEventListener("keydown", onEscape);
      window.removeEventListener("scroll", follow);
    };
  }, []);

  if (!tip) return null;
  return (
    <div role="tooltip" className="chart-tooltip" style={{ left: tip.x, top: tip.y }}>
      {tip.text}
    </div>
  );
}
