import { createRequire } from "node:module";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { SEARCH_TAG } from "@/lib/cache-tags.js";

// A small cache, so that its bounds are reached quickly: 160,000 bytes, 10,000 of them for the searches.
const MAX_BYTES = 160_000;
type Handler = (typeof import("@/lib/cache-handler.js"))["default"];
let CacheHandler: Handler;
let cache: InstanceType<Handler>;

beforeAll(async () => {
  vi.stubEnv("CABAS_CACHE_MAX_BYTES", String(MAX_BYTES));
  CacheHandler = (await import("@/lib/cache-handler.js")).default;
  cache = new CacheHandler();
});

// A rendered page of about `bytes` bytes, as Next hands it over, with the tags of what it read.
const page = (bytes: number, tags: string[], status = 200) => ({
  kind: "APP_PAGE",
  html: "x".repeat(bytes),
  rscData: Buffer.alloc(0),
  status,
  headers: { "x-next-cache-tags": tags.join(",") },
});
let n = 0;
const key = (name: string) => `/fr/${name}-${++n}`;
const has = async (k: string) => (await cache.get(k)) !== null;

describe("the page cache (lib/cache-handler.js)", () => {
  it("keeps the searches in a pool of their own: however many, they stay within it and push out no page", async () => {
    const pages = [key("page"), key("page"), key("page")];
    for (const k of pages) await cache.set(k, page(5_000, ["public"]));
    const before = CacheHandler.stats();
    expect(before.searches.maxBytes).toBe(MAX_BYTES / 16);
    const searches = Array.from({ length: 100 }, () => key("search"));
    for (const k of searches) await cache.set(k, page(1_000, ["public", SEARCH_TAG]));

    const after = CacheHandler.stats();
    expect(after.searches.bytes).toBeLessThanOrEqual(after.searches.maxBytes);
    expect(after.searches.entries).toBeGreaterThan(5);
    expect(after.entries - after.searches.entries).toBe(before.entries - before.searches.entries);
    for (const k of pages) expect(await has(k)).toBe(true);
    expect(await has(searches.at(-1)!)).toBe(true);
    expect(await has(searches[0])).toBe(false);
  });

  it("drops the search least recently asked for first", async () => {
    const searches = Array.from({ length: 9 }, () => key("search"));
    for (const k of searches) await cache.set(k, page(1_000, [SEARCH_TAG]));
    expect(await has(searches[0])).toBe(true);
    await cache.set(key("search"), page(1_000, [SEARCH_TAG]));
    await cache.set(key("search"), page(1_000, [SEARCH_TAG]));
    expect(await has(searches[0])).toBe(true);
    expect(await has(searches[1])).toBe(false);
  });

  it("keeps a search's data read (unstable_cache) in the same pool", async () => {
    const reads = Array.from({ length: 100 }, () => key("read"));
    for (const k of reads)
      await cache.set(k, { kind: "FETCH", data: { body: "y".repeat(900) } }, { fetchCache: true, tags: [SEARCH_TAG] });
    const stats = CacheHandler.stats();
    expect(stats.searches.bytes).toBeLessThanOrEqual(stats.searches.maxBytes);
    expect(await has(reads[0])).toBe(false);
  });

  it("keeps only the pages that answer 200: a 404 or a redirect is rendered each time", async () => {
    const kept = key("page");
    const missing = key("missing");
    const moved = key("moved");
    await cache.set(kept, page(100, ["public"]));
    await cache.set(missing, page(100, ["public"], 404));
    await cache.set(moved, page(100, ["public"], 308));
    expect(await has(kept)).toBe(true);
    expect(await has(missing)).toBe(false);
    expect(await has(moved)).toBe(false);
  });

  it("forgets the pages and searches whose tag is dropped", async () => {
    const shop = key("page");
    const search = key("search");
    await cache.set(shop, page(100, ["public"]));
    await cache.set(search, page(100, ["public", SEARCH_TAG]));
    const searchesBefore = CacheHandler.stats().searches.entries;
    await cache.revalidateTag("public");
    expect(await has(shop)).toBe(false);
    expect(await has(search)).toBe(false);
    expect(CacheHandler.stats().searches.entries).toBeLessThan(searchesBefore);
  });

  // Next remembers each rendered address's lifetime apart (SharedCacheControls), and would never forget one.
  it("has Next forget the lifetime of every address it does not keep", async () => {
    const { SharedCacheControls } = createRequire(import.meta.url)(
      "next/dist/server/lib/incremental-cache/shared-cache-controls.external.js",
    );
    const lifetimes: Map<string, unknown> = SharedCacheControls.cacheControls;
    // As Next does: the lifetime first, then the entry.
    const render = async (k: string, value: ReturnType<typeof page>) => {
      lifetimes.set(k, { revalidate: 3600 });
      await cache.set(k, value, { cacheControl: { revalidate: 3600 } });
    };
    const kept = key("page");
    const missing = key("missing");
    await render(kept, page(100, ["public"]));
    await render(missing, page(100, ["public"], 404));
    expect(lifetimes.has(kept)).toBe(true);
    expect(lifetimes.has(missing)).toBe(false);
    const searches = Array.from({ length: 30 }, () => key("search"));
    for (const k of searches) await render(k, page(1_000, [SEARCH_TAG]));
    expect(lifetimes.has(searches[0])).toBe(false);
    expect(lifetimes.has(searches.at(-1)!)).toBe(true);
    expect(CacheHandler.stats().lifetimes).toBe(lifetimes.size);
  });
});
