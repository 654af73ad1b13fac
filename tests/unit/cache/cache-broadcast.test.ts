import { describe, expect, it } from "vitest";
import { broadcastWanted, MAX_PAYLOAD_BYTES, payloads } from "@/lib/cache-broadcast.js";

describe("which servers broadcast their dropped cache tags", () => {
  const postgres = { DATABASE_URL: "postgresql://cabas@db.example.org/cabas" };

  it("a server on a PostgreSQL database, which other instances may share", () => {
    expect(broadcastWanted(postgres)).toBe(true);
  });

  it.each([
    ["no database (next build, tools)", {}],
    ["the embedded database, which serves one process", { ...postgres, CABAS_EMBEDDED_DATABASE: "1" }],
    ["Vercel, whose shared cache serves every instance", { ...postgres, VERCEL: "1" }],
    ["next build, even with a database", { ...postgres, NEXT_PHASE: "phase-production-build" }],
  ])("not %s", (_, env) => {
    expect(broadcastWanted(env)).toBe(false);
  });
});

describe("dropped tags as notification payloads", () => {
  it("sends a few tags in one notification", () => {
    expect(payloads(["public", "shop:d1"])).toEqual(['["public","shop:d1"]']);
  });

  it("splits a long list under PostgreSQL's 8000 bytes, every tag once and in order, multi-byte characters counted as bytes", () => {
    const tags = Array.from({ length: 300 }, (_, i) => `shop:${i}:${"é".repeat(40)}"${"x".repeat(i % 50)}`);
    const sent = payloads(tags);
    expect(sent.length).toBeGreaterThan(3);
    for (const payload of sent) expect(Buffer.byteLength(payload)).toBeLessThanOrEqual(MAX_PAYLOAD_BYTES);
    expect(sent.flatMap((payload) => JSON.parse(payload))).toEqual(tags);
  });

  it("fills each notification before starting the next", () => {
    const tag = "t".repeat(98); // 101 bytes with its quotes and comma
    const sent = payloads(Array.from({ length: 200 }, () => tag));
    expect(sent.map((payload) => JSON.parse(payload).length)).toEqual([79, 79, 42]);
  });
});
