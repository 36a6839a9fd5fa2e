// Full screen for the presenter's `f` key; a browser that refuses (or has no Fullscreen API) leaves
// the page as it is.

/** Enters full screen, or leaves it when already there. */
export function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
  else void document.documentElement.requestFullscreen?.().catch(() => {});
}
