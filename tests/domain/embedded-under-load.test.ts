import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db, disconnectDb } from "@/lib/db/client";
import { loadActor } from "@/lib/domain/access/actor";
import { getSharedCatalogOrThrow } from "@/lib/domain/catalog/get-shared-catalog";
import { getDutyCalendarOrThrow } from "@/lib/domain/duty/get-duty-calendar";
import { getPublicMarketOrThrow } from "@/lib/domain/market/get-public-market";
import { setBasketQuantity } from "@/lib/domain/order/set-basket-quantity";
import { getPublicProducerOrThrow } from "@/lib/domain/producer/get-public-producer";
import { getPersonalView } from "@/lib/domain/personal/get-personal-view";
import { getShopCatalog } from "@/lib/domain/shop/get-shop";
import { isSessionCurrent } from "@/lib/domain/user/is-session-current";
import { createUser } from "../support/factories";

const PAGE_LOADS = 200;
const ORDERS = 5;
// Another client (`npm run cron`, psql) keeps a transaction open this long, during which the embedded database
// serves nobody else: every request of the app waits in line for longer than Prisma's transactions ever waited
// (maxWait was 15 s). Waiting is what they must do; none may fail for it.
const HOLD_MS = 16_000;

// The embedded database exactly as `npm start` provides it, in its own process (tests/support/serve-database.ts,
// which runs scripts/serve.ts's steps), loaded from this process as Next loads it: through lib/db/client.ts with
// the address Next is given.
let server: ChildProcess;
let dataDir: string;
const embeddedUrl = process.env.DATABASE_URL;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), "cabas-load-"));
  const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DIR: path.join(dataDir, "pglite"), EMBEDDED_DB_PORT: "0" };
  delete env.DATABASE_URL;
  server = spawn(process.execPath, ["--import", "tsx", "tests/support/serve-database.ts"], {
    env,
    stdio: ["pipe", "pipe", "inherit"],
  });
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: server.stdout! }).on("line", (line) => {
      if (line.startsWith("DATABASE_URL=")) resolve(line.slice("DATABASE_URL=".length));
    });
    server.once("exit", (code) => reject(new Error(`the database process ended (${code})`)));
  });
  await disconnectDb();
  process.env.DATABASE_URL = url;
});

afterAll(async () => {
  await disconnectDb();
  process.env.DATABASE_URL = embeddedUrl;
  server.stdin!.end();
  await new Promise((resolve) => server.once("exit", resolve));
  rmSync(dataDir, { recursive: true, force: true });
});

// What each page of the site reads: the session check and the rights of a signed-in visitor (one in two), then
// the market page, the shop, a producer's page, a shared catalog or the volunteer calendar. True when the page
// has what it should.
async function pageLoads() {
  const now = new Date();
  const market = await getPublicMarketOrThrow({ slug: "bellefontaine", now });
  const open = market.distributions.find((d) => d.state === "OPEN")!;
  const catalog = await db().catalog.findFirstOrThrow({ where: { archivedAt: null }, select: { number: true } });
  const producers = await db().producer.findMany({ select: { slug: true } });
  const members = await db().membership.findMany({
    where: { marketId: market.id, leftAt: null },
    select: { user: { select: { id: true, sessionVersion: true } } },
  });
  const pageLoad = async (n: number) => {
    const member = members[n % members.length].user;
    const signedIn = n % 2 === 0;
    const actor =
      signedIn && (await isSessionCurrent(member.id, member.sessionVersion)) && (await loadActor(member.id));
    switch (n % 5) {
      case 0:
      case 1: {
        const page = await getPublicMarketOrThrow({ slug: "bellefontaine", now: new Date() });
        if (actor) await getPersonalView({ viewer: actor, marketSlug: "bellefontaine", now: new Date() });
        return page.distributions.some((d) => d.id === open.id);
      }
      case 2: {
        const products = await getShopCatalog({ marketId: market.id, distributionId: open.id, page: 1 });
        const stockOf = products.products.filter((p) => p.stock !== null).map((p) => p.id);
        const personal = await getPersonalView({
          viewer: actor || null,
          distributionId: open.id,
          stockOf,
          now: new Date(),
        });
        return (!actor || personal.shop?.open === true) && products.total > 0;
      }
      case 3:
        return (await getPublicProducerOrThrow(producers[n % producers.length].slug)).name.length > 0;
      default:
        return actor
          ? (await getDutyCalendarOrThrow({ actor, slug: market.slug, now: new Date() })).days.length >= 0
          : (await getSharedCatalogOrThrow(catalog.number)).number === catalog.number;
    }
  };
  return { open, pageLoad };
}

describe("the embedded database under load", () => {
  it(`serves ${PAGE_LOADS} concurrent page loads and ${ORDERS} orders, all of them, while another client holds it for ${HOLD_MS / 1000} s`, async () => {
    const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    // The app keeps one connection to the embedded database: its requests wait in its pool's queue.
    const connect = vi.spyOn(pg.Client.prototype, "connect");
    const { open, pageLoad } = await pageLoads();
    const product = await db().product.findFirstOrThrow({ where: { name: "Fougasse aux olives" } });
    const shoppers = await Promise.all(
      Array.from({ length: ORDERS }, async () => loadActor((await createUser({ phone: "06 00 00 00 00" })).id)),
    );

    await other.query("BEGIN");
    await other.query(`SELECT count(*) FROM "Order"`);
    const hold = new Promise((resolve) => setTimeout(resolve, HOLD_MS)).then(async () => {
      await other.query("COMMIT");
      await other.end();
    });
    const loads = Array.from({ length: PAGE_LOADS }, (_, n) => pageLoad(n));
    const orders = shoppers.map((actor) =>
      setBasketQuantity({
        actor,
        distributionId: open.id,
        productId: product.id,
        quantityText: "1",
        mode: "add",
        now: new Date(),
      }),
    );
    const results = await Promise.allSettled([...loads, ...orders]);
    await hold;
    const connections = connect.mock.calls.length;
    connect.mockRestore();

    const failures = results.flatMap((r) => (r.status === "rejected" ? [failure(r.reason)] : []));
    expect(countOf(failures)).toEqual({});
    expect(results.slice(0, PAGE_LOADS).every((r) => r.status === "fulfilled" && r.value === true)).toBe(true);
    const after = await db().product.findUniqueOrThrow({ where: { id: product.id }, select: { stock: true } });
    expect(after.stock?.toString()).toBe(product.stock!.sub(ORDERS).toString());
    expect(connections).toBe(1);
  }, 120_000);

  // A transaction holds the embedded database for its connection alone. Prisma runs the findUnique calls of one
  // tick as one batch, in a transaction when their nested filters differ (each request's `now`).
  it("starts no transaction for page loads, even concurrent ones", async () => {
    const { pageLoad } = await pageLoads();
    const statements: string[] = [];
    const original = pg.Client.prototype.query;
    const query = vi.spyOn(pg.Client.prototype, "query").mockImplementation(function (
      this: pg.Client,
      ...args: unknown[]
    ) {
      const sql = args[0] as string | { text?: string };
      statements.push(typeof sql === "string" ? sql : (sql.text ?? ""));
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    } as never);
    try {
      expect(await Promise.all(Array.from({ length: 20 }, (_, n) => pageLoad(n)))).not.toContain(false);
    } finally {
      query.mockRestore();
    }
    expect(statements.length).toBeGreaterThan(20);
    expect(statements.filter((sql) => /^\s*(BEGIN|START TRANSACTION)/i.test(sql))).toEqual([]);
  });
});

// « P2028: Transaction API error: Unable to start a transaction in the given time. »
function failure(error: { code?: string; message?: string }): string {
  const lines = (error.message ?? String(error)).split("\n").filter((line) => line.trim());
  return `${error.code ?? "error"}: ${lines.at(-1)}`;
}

function countOf(items: string[]): Record<string, number> {
  return Object.fromEntries([...new Set(items)].map((item) => [item, items.filter((i) => i === item).length]));
}
