// Registers the presenter's service worker (lib/present/offline.ts) for this presenter's path only,
// so that a reload during a network cut shows the deck, never the browser's error page; reader
// pages stay outside its scope and keep their plain HTTP caching. The page loaded before the worker
// ran (the first visit), and chunks it loads later (the validator, on the first refresh), are
// handed to the worker to keep; so is everything again when a new build's worker takes over (it
// drops the old build's cache, this page's copy with it).
import { useEffect } from "react";
import { isBuildAsset, keepsPresenterOffline } from "@/lib/present/offline";
import { PRESENTER_WORKER } from "@/lib/routes";

/** Same-origin build assets among resource timing entries. */
function assetUrls(entries: PerformanceEntryList): string[] {
  return entries
    .map((e) => e.name)
    .filter((name) => {
      const url = new URL(name, window.location.href);
      return url.origin === window.location.origin && isBuildAsset(url.pathname);
    });
}

/** Keeps the presenter at `scope` (its path, presentHref) and its assets for offline reloads. */
export function useKeptPresenter(scope: string): void {
  useEffect(() => {
    // Production only: a dev server's hot reload behind a caching worker would serve stale code.
    if (!keepsPresenterOffline(process.env.NODE_ENV) || !("serviceWorker" in navigator) || typeof PerformanceObserver === "undefined") return;
    let observer: PerformanceObserver | undefined;
    let cancelled = false;
    const firstVisit = !navigator.serviceWorker.controller;
    const everything = () => [window.location.href, ...assetUrls(performance.getEntriesByType("resource"))];
    const newWorker = () => navigator.serviceWorker.controller?.postMessage({ keep: everything() });
    navigator.serviceWorker.addEventListener("controllerchange", newWorker);
    navigator.serviceWorker
      .register(PRESENTER_WORKER, { scope, updateViaCache: "none" })
      .then(async (registration) => {
        const worker = registration.active ?? (await activated(registration));
        if (cancelled || !worker) return;
        const keep = (urls: string[]) => urls.length && (navigator.serviceWorker.controller ?? worker).postMessage({ keep: urls });
        // A page the worker did not answer is not in its cache yet: it fetches this URL again once.
        keep(firstVisit ? everything() : everything().slice(1));
        observer = new PerformanceObserver((list) => keep(assetUrls(list.getEntries())));
        observer.observe({ type: "resource" });
      })
      .catch(() => {
        // No worker (private mode, a refused registration): the deck runs as before, without the offline copy.
      });
    return () => {
      cancelled = true;
      observer?.disconnect();
      navigator.serviceWorker.removeEventListener("controllerchange", newWorker);
    };
  }, [scope]);
}

/** The registration's worker once it is active (a first install). */
function activated(registration: ServiceWorkerRegistration): Promise<ServiceWorker | null> {
  const worker = registration.installing ?? registration.waiting;
  if (!worker) return Promise.resolve(registration.active);
  return new Promise((resolve) => {
    worker.addEventListener("statechange", () => {
      if (worker.state === "activated") resolve(worker);
      else if (worker.state === "redundant") resolve(null);
    });
  });
}
