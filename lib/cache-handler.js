// Next's cache of whole pages and of unstable_cache reads (next.config.mjs `cacheHandler`), kept in this process's
// memory and bounded (README, Performance): the least recently used entries go past CACHE_MAX_BYTES, and nothing
// is written to disk. Only a page that answers 200 is kept (a 404, a redirect never), so an address that names
// nothing costs its render and leaves nothing behind, however many of them are asked for. The shop's name
// searches (SEARCH_TAG), as many as people can type, share a pool of their own, a sixteenth of the cache: past
// it, the least recently used search goes, so that searches never push out the pages. Tags are honoured as
// Next's own cache does: an entry read after one of its tags was dropped is a miss, rendered again. Several
// processes on one PostgreSQL database drop each other's tags too (lib/cache-broadcast.js).
// JavaScript with relative imports only: Next loads it as it is, at start.
import { createRequire } from "node:module";
import { broadcastWanted, startTagBroadcast } from "./cache-broadcast.js";
import { SEARCH_TAG } from "./cache-tags.js";

/**
 * @typedef {{ kind: string; status?: number; headers?: Record<string, unknown>; html?: string; rscData?: Buffer;
 *   postponed?: string; segmentData?: Map<string, Buffer>; body?: Buffer; data?: unknown; tags?: string[] }} Value
 * @typedef {{ value: Value; lastModified: number; cacheControl: unknown; tags: string[]; size: number }} Entry
 */

const MAX_BYTES = Number(process.env.CABAS_CACHE_MAX_BYTES) || 64 * 1024 * 1024;
const SEARCH_MAX_BYTES = MAX_BYTES / 16;
// Tags dropped so far: a handful per data row that changed. Past this many, everything is forgotten at once —
// dropping cached pages is always safe.
const MAX_TAGS = 10_000;

// One cache per process, on globalThis: Next may load this module more than once (the page renderer and the
// route handlers each get an instance), and they must share it.
/** @type {Record<symbol, any>} */
const shared = globalThis;
/** @type {{ entries: Map<string, Entry>; searches: Map<string, Entry>; droppedAt: Map<string, number>;
 *   bytes: number; searchBytes: number; broadcast?: import("./cache-broadcast.js").TagBroadcast | null }} */
const cache = (shared[Symbol.for("cabas.cache")] ??= {
  // oldest first: an entry read moves to the end
  entries: new Map(),
  // the entries tagged SEARCH_TAG, in the same order
  searches: new Map(),
  // tags dropped so far, with when
  droppedAt: new Map(),
  bytes: 0,
  searchBytes: 0,
});
const { entries, searches, droppedAt } = cache;

// Next also remembers each page's lifetime, in a map of its own (SharedCacheControls), for every address it has
// rendered, 404s included, and never forgets one: ~200 bytes per address ever asked for. Whatever this cache
// does not hold (never kept, or dropped) is forgotten there too; Next sets it again from the entry when it reads
// one. Read from Next's own module, shared by the server; with a Next that has no such map, nothing is done.
const lifetimes = nextLifetimes();

/** @returns {Map<string, unknown> | null} */
function nextLifetimes() {
  try {
    const { SharedCacheControls } = createRequire(import.meta.url)(
      "next/dist/server/lib/incremental-cache/shared-cache-controls.external.js",
    );
    return SharedCacheControls?.cacheControls instanceof Map ? SharedCacheControls.cacheControls : null;
  } catch {
    return null;
  }
}

/** @param {string} key */
function remove(key) {
  const entry = entries.get(key);
  if (!entry) return;
  entries.delete(key);
  cache.bytes -= entry.size;
  if (searches.delete(key)) cache.searchBytes -= entry.size;
}

/** @param {string} key */
function drop(key) {
  remove(key);
  lifetimes?.delete(key);
}

function dropAll() {
  droppedAt.clear();
  entries.clear();
  searches.clear();
  lifetimes?.clear();
  cache.bytes = 0;
  cache.searchBytes = 0;
}

/**
 * @param {string} key
 * @param {Entry} entry
 */
function touch(key, entry) {
  entries.delete(key);
  entries.set(key, entry);
  if (searches.delete(key)) searches.set(key, entry);
}

/** @param {Map<string, Entry>} pool @param {() => boolean} full */
function dropOldest(pool, full) {
  for (const oldest of pool.keys()) {
    if (!full()) break;
    drop(oldest);
  }
}

/** @param {string[]} tags */
function dropTags(tags) {
  if (droppedAt.size > MAX_TAGS) dropAll();
  const now = Date.now();
  for (const tag of tags) droppedAt.set(tag, now);
}

// One per process, as the cache.
const broadcast = (cache.broadcast ??= broadcastWanted(process.env)
  ? startTagBroadcast(/** @type {string} */ (process.env.DATABASE_URL), { dropTags, dropAll })
  : null);

/** @param {Buffer | string | undefined} value */
const length = (value) => value?.length ?? 0;

/** @param {Value} value */
function sizeOf(value) {
  if (value.kind === "APP_PAGE") {
    let size = length(value.html) + length(value.rscData) + length(value.postponed);
    for (const [path, segment] of value.segmentData ?? []) size += path.length + segment.length;
    return size;
  }
  if (value.kind === "APP_ROUTE") return length(value.body);
  return JSON.stringify(value).length;
}

/** @param {Value} value */
function tagsOf(value) {
  if (value.kind === "FETCH") return value.tags ?? [];
  const header = value.headers?.["x-next-cache-tags"];
  return typeof header === "string" ? header.split(",") : [];
}

/** @typedef {{ fetchCache?: boolean; tags?: string[]; cacheControl?: unknown }} SetContext */

/**
 * What to keep of a value Next hands over, or null for what is never kept: a page that does not answer 200, or
 * an entry bigger than an eighth of its pool.
 * @param {string} key
 * @param {Value | null} value
 * @param {SetContext} [ctx]
 * @returns {Entry | null}
 */
function entryFor(key, value, ctx) {
  if (!value || (value.status !== undefined && value.status !== 200)) return null;
  const tags = ctx?.fetchCache ? [...new Set([...(ctx.tags ?? []), ...tagsOf(value)])] : tagsOf(value);
  const size = key.length + sizeOf(value);
  if (size > (tags.includes(SEARCH_TAG) ? SEARCH_MAX_BYTES : MAX_BYTES) / 8) return null;
  return { value, lastModified: Date.now(), cacheControl: ctx?.fetchCache ? undefined : ctx?.cacheControl, tags, size };
}

export default class CabasCacheHandler {
  /** What the cache holds now (tests/e2e/performance/bounded-cache.spec.ts reads it through /api/dev/cache). */
  static stats() {
    return {
      entries: entries.size,
      bytes: cache.bytes,
      droppedTags: droppedAt.size,
      maxBytes: MAX_BYTES,
      searches: { entries: searches.size, bytes: cache.searchBytes, maxBytes: SEARCH_MAX_BYTES },
      // Next's own record of page lifetimes (null when it keeps none this handler can see).
      lifetimes: lifetimes?.size ?? null,
    };
  }

  /**
   * @param {string} key
   * @param {{ tags?: string[]; softTags?: string[] }} [ctx]
   */
  async get(key, ctx) {
    const entry = entries.get(key);
    if (!entry) return null;
    const tags = [...entry.tags, ...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])];
    if (tags.some((tag) => (droppedAt.get(tag) ?? -1) >= entry.lastModified)) {
      drop(key);
      return null;
    }
    touch(key, entry);
    return { value: entry.value, lastModified: entry.lastModified, cacheControl: entry.cacheControl };
  }

  /**
   * @param {string} key
   * @param {Value | null} value
   * @param {SetContext} [ctx]
   */
  async set(key, value, ctx) {
    remove(key);
    const entry = entryFor(key, value, ctx);
    if (!entry) {
      lifetimes?.delete(key);
      return;
    }
    entries.set(key, entry);
    cache.bytes += entry.size;
    if (entry.tags.includes(SEARCH_TAG)) {
      searches.set(key, entry);
      cache.searchBytes += entry.size;
      dropOldest(searches, () => cache.searchBytes > SEARCH_MAX_BYTES);
    }
    dropOldest(entries, () => cache.bytes > MAX_BYTES);
  }

  // Every tag dropped is expired at once (no stale copy served afterwards), whatever `durations` asks.
  /** @param {string | string[]} tags */
  async revalidateTag(tags) {
    const dropped = typeof tags === "string" ? [tags] : tags;
    dropTags(dropped);
    await broadcast?.publish(dropped);
  }

  resetRequestCache() {}
}

// For the test route (app/api/dev/cache/route.ts), bundled apart from this module, which Next loads from disk.
shared[Symbol.for("cabas.cache-stats")] = CabasCacheHandler.stats;
