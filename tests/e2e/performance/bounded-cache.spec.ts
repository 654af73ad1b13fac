import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { query } from "../support/db";
import { openDemoDistribution } from "../support/demo";
import { expect, test } from "../support/fixtures";

// No anonymous request may grow what the server keeps without bound (README, Performance): an address that names
// nothing keeps nothing, searches stay in their own small pool whatever their number, and nothing is written to
// .next on the way. What the page cache holds is read from /api/dev/cache (lib/cache-handler.js;
// CACHE_STATS_ROUTE=1 in playwright.config.ts).
type Pool = { entries: number; bytes: number; maxBytes: number };
// `lifetimes`: Next's own record of the pages' lifetimes (one per address it rendered), which the handler keeps
// to the pages it holds.
type CacheStats = Pool & { searches: Pool; lifetimes: number | null };

async function cacheStats(request: APIRequestContext): Promise<CacheStats> {
  const response = await request.get("/api/dev/cache");
  expect(response.status()).toBe(200);
  return (await response.json()) as CacheStats;
}

// Bytes of the files under a directory (0 if it does not exist).
async function diskBytes(dir: string): Promise<number> {
  const files = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const sizes = await Promise.all(
    files
      .filter((f) => f.isFile())
      .map((f) =>
        stat(path.join(f.parentPath, f.name)).then(
          (s) => s.size,
          () => 0,
        ),
      ),
  );
  return sizes.reduce((sum, size) => sum + size, 0);
}

// A few at a time: the point is how many, not how fast.
async function requestAll(request: APIRequestContext, paths: string[], expectedStatus: number) {
  for (let i = 0; i < paths.length; i += 10) {
    const statuses = await Promise.all(
      paths.slice(i, i + 10).map(async (p) => (await request.get(p, { maxRedirects: 0 })).status()),
    );
    for (const [j, status] of statuses.entries()) expect(status, paths[i + j]).toBe(expectedStatus);
  }
}

test("[PERFORMANCE] 1,000 unknown shop addresses and 1,000 distinct searches leave the page cache and the disk as they were, the searches' small pool aside", async ({
  request,
}) => {
  test.setTimeout(600_000);
  const distribution = await openDemoDistribution();
  const shop = `/m/bellefontaine/distributions/${distribution.id}`;
  // The real pages are in the cache first, so that what follows could only add to it.
  const [catalog] = await query<{ number: number }>(`SELECT number FROM "Catalog" ORDER BY number LIMIT 1`);
  for (const p of ["/", "/m/bellefontaine", shop, `${shop}/bakery`, `/catalogues/${catalog.number}`])
    await request.get(p);
  await request.get(shop);
  const before = await cacheStats(request);
  const disk = { cache: await diskBytes(".next/cache"), server: await diskBytes(".next/server") };

  const token = () => Math.random().toString(36).slice(2, 12);
  const unknownAddresses = [
    () => `/m/marche-${token()}`,
    () => `/m/bellefontaine/distributions/${token()}${token()}`,
    () => `${shop}/categorie-${token()}`,
    () => `/en/m/bellefontaine/distributions/${token()}${token()}/bakery/2`,
    () => `/catalogues/${1_000_000_000 + Math.floor(Math.random() * 1_000_000_000)}`,
    // The same catalog written otherwise: one address per page.
    () => `/catalogues/${"0".repeat(1 + Math.floor(Math.random() * 8))}${catalog.number}`,
    () => `${shop}/recherche/${token()}/categorie-${token()}`,
  ];
  const unknown = Array.from({ length: 1000 }, (_, i) => unknownAddresses[i % unknownAddresses.length]());
  await requestAll(request, unknown, 404);
  const searches = Array.from({ length: 1000 }, (_, i) => `${shop}/recherche/${token()}${i}`);
  await requestAll(request, searches, 200);

  const after = await cacheStats(request);
  // A fixed bound: the same pages (at most a handful refreshed by time meanwhile), nothing new per address; the
  // searches' pool full at most.
  const pages = (stats: CacheStats) => ({
    entries: stats.entries - stats.searches.entries,
    bytes: stats.bytes - stats.searches.bytes,
  });
  expect(pages(after).entries).toBeLessThanOrEqual(pages(before).entries + 5);
  expect(pages(after).bytes).toBeLessThanOrEqual(pages(before).bytes + 512 * 1024);
  expect(after.searches.bytes).toBeGreaterThan(0);
  expect(after.searches.bytes).toBeLessThanOrEqual(after.searches.maxBytes);
  expect(after.searches.maxBytes).toBeLessThanOrEqual(after.maxBytes / 16);
  expect(after.bytes).toBeLessThanOrEqual(after.maxBytes);
  expect(after.lifetimes).not.toBeNull();
  expect(after.lifetimes!).toBeLessThanOrEqual(before.lifetimes! + 5 + after.searches.entries);
  expect(await diskBytes(".next/cache")).toBeLessThanOrEqual(disk.cache + 64 * 1024);
  expect(await diskBytes(".next/server")).toBeLessThanOrEqual(disk.server + 64 * 1024);
  // And the cached pages are still served from the cache.
  expect((await request.get(shop)).headers()["x-nextjs-cache"]).toBe("HIT");
});
