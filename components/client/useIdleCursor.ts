// The mouse cursor (and the stage's Overview button, which goes with it) stays hidden on the stage,
// which is shown to a room, until the mouse really moves, and hides again after a few idle seconds.
import { useEffect, useState } from "react";

/** How long the mouse must rest before the cursor hides. */
const CURSOR_IDLE_MS = 3000;

/** Whether the cursor should be hidden now: true from the start, false for a while after each move. */
export function useIdleCursor(): boolean {
  const [hidden, setHidden] = useState(true);
  useEffect(() => {
    let idle: ReturnType<typeof setTimeout> | undefined;
    let last: { x: number; y: number } | undefined;
    const move = (e: PointerEvent) => {
      // A pointer event where the pointer already was (a browser re-checking hover after the slide
      // changed under a parked mouse) is not a presenter reaching for the mouse.
      const moved = last ? last.x !== e.screenX || last.y !== e.screenY : e.movementX !== 0 || e.movementY !== 0;
      last = { x: e.screenX, y: e.screenY };
      if (!moved && e.type === "pointermove") return;
      setHidden(false);
      clearTimeout(idle);
      idle = setTimeout(() => setHidden(true), CURSOR_IDLE_MS);
    };
    document.addEventListener("pointermove", move);
    // A tap on a touch screen has no move to show the button: the touch itself does.
    document.addEventListener("pointerdown", move);
    return () => {
      document.removeEventListener("pointermove", move);
      document.removeEventListener("pointerdown", move);
      clearTimeout(idle);
    };
  }, []);
  return hidden;
}
