// The mouse cursor hides after a few idle seconds on the stage (it would sit on a slide shown to
// a room) and comes back as soon as the mouse moves.
import { useEffect, useState } from "react";

/** How long the mouse must rest before the cursor hides. */
const CURSOR_IDLE_MS = 3000;

/** Whether the cursor should be hidden now. */
export function useIdleCursor(): boolean {
  const [hidden, setHidden] = useState(false);
  useEffect(() => {
    let idle: ReturnType<typeof setTimeout> | undefined;
    const move = () => {
      setHidden(false);
      clearTimeout(idle);
      idle = setTimeout(() => setHidden(true), CURSOR_IDLE_MS);
    };
    move();
    document.addEventListener("pointermove", move);
    return () => {
      document.removeEventListener("pointermove", move);
      clearTimeout(idle);
    };
  }, []);
  return hidden;
}
