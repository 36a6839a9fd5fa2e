// Shows the meaning of any chart mark on hover or keyboard focus: a mark is a link named by its
// aria-label (the server writes it once; a heading's link is named by its text and gets no tip).
// One tooltip for the page, outside the parts soft navigation replaces.
import { SWAPPED } from "./soft-nav";

/** A chart's mark: the element whose name the tooltip shows (the embeds' script finds marks the same way). */
const MARK = ".chart a[aria-label]";

/** Half the tooltip's maximum width plus a margin, to keep it inside the viewport. */
const EDGE = 140;

/** Listens on the document for marks being hovered, focused, left and scrolled. */
export function installTooltip(): void {
  const tip = document.createElement("div");
  tip.className = "chart-tooltip";
  tip.setAttribute("role", "tooltip");
  tip.hidden = true;
  let current: Element | null = null;
  const place = (mark: Element) => {
    // Put in the page when first needed (and again should a re-render of the page have removed it): nothing is added to a page React may still be hydrating.
    if (!tip.isConnected) document.body.append(tip);
    const box = mark.getBoundingClientRect();
    tip.textContent = mark.getAttribute("aria-label");
    tip.style.left = `${Math.min(Math.max(box.left + box.width / 2, EDGE), window.innerWidth - EDGE)}px`;
    tip.style.top = `${box.top}px`;
    tip.hidden = false;
  };
  const hide = () => {
    current = null;
    tip.hidden = true;
  };
  const markOf = (target: EventTarget | null) => (target instanceof Element ? target.closest(MARK) : null);
  const show = (e: Event) => {
    const mark = markOf(e.target);
    if (!mark) return;
    current = mark;
    place(mark);
  };
  // Moving between a mark's own parts (its rect and its label) is not leaving it.
  const leave = (e: FocusEvent | PointerEvent) => {
    const mark = markOf(e.target);
    if (!mark || (e.relatedTarget instanceof Node && mark.contains(e.relatedTarget))) return;
    if (mark === current) hide();
  };
  document.addEventListener("pointerover", show);
  document.addEventListener("focusin", show);
  document.addEventListener("pointerout", leave);
  document.addEventListener("focusout", leave);
  document.addEventListener("keydown", (e) => e.key === "Escape" && hide());
  // Focusing a mark may scroll the page: follow the mark instead of losing the tooltip; a mark soft navigation removed takes its tip along.
  window.addEventListener("scroll", () => current && (current.isConnected ? place(current) : hide()), { passive: true });
  document.addEventListener(SWAPPED, () => current && !current.isConnected && hide());
}
