// Several servers on one PostgreSQL database drop each other's cached pages (lib/cache-broadcast.js), over
// LISTEN/NOTIFY, which only a real PostgreSQL server has.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { startTagBroadcast, TAG_CHANNEL, type TagBroadcast } from "@/lib/cache-broadcast.js";
import { createDatabase } from "../support/real-postgres";

const real = inject("realPostgres");
if (!real.url) console.warn(`[real PostgreSQL] cache broadcast skipped: ${real.reason}`);

// What a broadcast did to one server's cache.
function server(url: string) {
  const local = { dropTags: vi.fn<(tags: string[]) => void>(), dropAll: vi.fn<() => void>() };
  const broadcast: TagBroadcast = startTagBroadcast(url, local);
  const dropped = () => local.dropTags.mock.calls.flat(2);
  return { local, broadcast, dropped };
}

describe.skipIf(!real.url)("cache tags broadcast between servers on one PostgreSQL database", () => {
  let url = "";
  let a: ReturnType<typeof server>;
  let b: ReturnType<typeof server>;
  // Sees every notification on the channel, with the server process that sent it.
  const observer = { client: null as pg.Client | null, seen: [] as { processId: number; tags: string[] }[] };

  beforeAll(async () => {
    url = await createDatabase(real.url!, "cabas_cache_broadcast");
    observer.client = new pg.Client({ connectionString: url });
    await observer.client.connect();
    observer.client.on("notification", (message) =>
      observer.seen.push({ processId: message.processId, tags: JSON.parse(message.payload!) }),
    );
    await observer.client.query(`LISTEN ${TAG_CHANNEL}`);
    a = server(url);
    b = server(url);
    // Listening: whatever each had cached before might have missed a notification.
    await vi.waitFor(() => expect([a.local.dropAll, b.local.dropAll].map((f) => f.mock.calls.length)).toEqual([1, 1]));
  });

  afterAll(async () => {
    await Promise.all([a?.broadcast.stop(), b?.broadcast.stop(), observer.client?.end()]);
  });

  it("a tag dropped on one server is dropped on the other, not again on its own", async () => {
    await a.broadcast.publish(["public", "shop:d1"]);
    await vi.waitFor(() => expect(b.dropped()).toEqual(["public", "shop:d1"]));
    await b.broadcast.publish(["shop:d2"]);
    await vi.waitFor(() => expect(a.dropped()).toEqual(["shop:d2"]));
    // Both notifications went round (the observer saw them) before either server is checked for echoes.
    await vi.waitFor(() => expect(observer.seen.map((n) => n.tags)).toEqual([["public", "shop:d1"], ["shop:d2"]]));
    expect(b.dropped()).toEqual(["public", "shop:d1"]);
  });

  it("a list of tags longer than a notification holds arrives whole", async () => {
    b.local.dropTags.mockClear();
    const tags = Array.from({ length: 1000 }, (_, i) => `shop:${i}-${"x".repeat(200)}`);
    await a.broadcast.publish(tags);
    await vi.waitFor(() => expect(b.dropped()).toEqual(tags));
    expect(b.local.dropTags.mock.calls.length).toBeGreaterThan(1);
  });

  it("a server whose connection is lost listens again, drops everything it holds, and sends what it dropped meanwhile", async () => {
    a.local.dropAll.mockClear();
    b.local.dropAll.mockClear();
    b.local.dropTags.mockClear();
    await a.broadcast.publish(["before"]);
    const aBackend = await vi.waitFor(() => {
      const sent = observer.seen.find((n) => n.tags.includes("before"));
      expect(sent).toBeDefined();
      return sent!.processId;
    });
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query("SELECT pg_terminate_backend($1)", [aBackend]);
    await admin.end();

    await a.broadcast.publish(["while-away"]);
    await vi.waitFor(() => expect(b.dropped()).toEqual(["before", "while-away"]), { timeout: 5_000 });
    expect(a.local.dropAll).toHaveBeenCalledTimes(1);
    expect(b.local.dropAll).not.toHaveBeenCalled();
  });
});
