// Cache tags that lib/cache-handler.js treats apart, shared with the pages that set them (lib/public-cache.ts).
// JavaScript with no imports: the handler is loaded by Next as it is.

// The shop's name searches: there are as many as people can type, so the cache keeps them in a small pool of
// their own, the least recently used going first, whatever room the rest of the cache has (README, Performance).
export const SEARCH_TAG = "public-search";
