// Swipe on touch screens and pens: a horizontal stroke longer than SWIPE_PX moves one slide (to the
// left: the next). Mouse drags are not swipes (a presenter selects text with them).
import { useEffect } from "react";

/** How far a stroke must go to count as a swipe. */
const SWIPE_PX = 60;

/** Calls `onSwipe(+1)` for a swipe to the left, `onSwipe(-1)` for one to the right. */
export function useSwipe(onSwipe: (step: 1 | -1) => void): void {
  useEffect(() => {
    let startX: number | null = null;
    const down = (e: PointerEvent) => {
      startX = e.pointerType === "mouse" ? null : e.clientX;
    };
    const up = (e: PointerEvent) => {
      if (startX === null) return;
      const dx = e.clientX - startX;
      if (Math.abs(dx) > SWIPE_PX) onSwipe(dx < 0 ? 1 : -1);
      startX = null;
    };
    document.addEventListener("pointerdown", down);
    document.addEventListener("pointerup", up);
    return () => {
      document.removeEventListener("pointerdown", down);
      document.removeEventListener("pointerup", up);
    };
  }, [onSwipe]);
}
