/// <reference lib="webworker" />
// The service worker, bundled by `serwist build` (serwist.config.js) into public/sw.js after `next build`. It keeps
// what the day screen needs to open without network, and nothing else of the site: the app's scripts and styles
// (precached: the build's hashed files, and the manifest's icons), and the last copy of each day screen page it
// fetched (rendered per request for whoever is signed in, so cached at run time, never precached). Every other
// request goes to the network as if there were no worker.
import {
  CacheFirst,
  ExpirationPlugin,
  NetworkFirst,
  type PrecacheEntry,
  Serwist,
  type SerwistGlobalConfig,
} from "serwist";
import {
  DAY_SCREEN_CACHE,
  DAY_SCREEN_PATH,
  dayScreenDistributionId,
  STATIC_CACHE,
} from "@/lib/offline/day-screen-path";
import { eraseDay, eraseExpired } from "@/lib/offline/local-store";

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}

declare const self: ServiceWorkerGlobalScope;

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: { cleanupOutdatedCaches: true },
  skipWaiting: true,
  clientsClaim: true,
  disableDevLogs: true,
  runtimeCaching: [
    {
      // The network first (fresh figures), the last copy when it fails or takes too long (a village hall's signal).
      matcher: ({ request, url, sameOrigin }) =>
        sameOrigin && request.mode === "navigate" && DAY_SCREEN_PATH.test(url.pathname),
      handler: new NetworkFirst({
        cacheName: DAY_SCREEN_CACHE,
        networkTimeoutSeconds: 8,
        plugins: [
          {
            // Not (or no longer) the reader's: the distribution was validated (a referent's right ends there), or
            // the referent was removed. The phone forgets its copy of that day at once.
            fetchDidSucceed: async ({ request, response }) => {
              const distributionId = dayScreenDistributionId(new URL(request.url).pathname);
              if (response.status === 404 && distributionId) await eraseDay(distributionId);
              return response;
            },
          },
        ],
      }),
    },
    {
      // Built files carry their content's hash: one not precached (a newer build's) is kept once fetched.
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith("/_next/static/"),
      handler: new CacheFirst({
        cacheName: STATIC_CACHE,
        plugins: [new ExpirationPlugin({ maxEntries: 300, maxAgeSeconds: 30 * 24 * 3_600 })],
      }),
    },
  ],
});

serwist.addEventListeners();

// The phone's copies of distribution days expire after 48 hours even if the day screen is never opened again: the
// worker wakes up for any page of the site, and looks at most once an hour.
const PURGE_EVERY_MS = 3_600_000;
let purgedAt = 0;
function purgeExpired(event: ExtendableEvent) {
  if (Date.now() - purgedAt < PURGE_EVERY_MS) return;
  purgedAt = Date.now();
  event.waitUntil(eraseExpired().catch(() => undefined));
}
self.addEventListener("activate", purgeExpired);
self.addEventListener("fetch", purgeExpired);
