// Whether the page has hydrated: the presenter's keys work from then on, and tests and the
// benchmark wait for the `data-ready` flag it sets.
import { useEffect, useState } from "react";

/** False in the server's HTML and the first client render, true once hydrated. */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
