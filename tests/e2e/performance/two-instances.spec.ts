import { spawn } from "node:child_process";
import pg from "pg";
import type { ProductCategory } from "../../../generated/prisma/enums";
import { E2E_PORT } from "../../../playwright.config";
import { shopFiltersPath } from "../../../lib/validation/shop-filters";
import { createDatabase, startRealPostgresCluster } from "../../support/real-postgres";
import { expect, signInAs, test } from "../support/fixtures";

// Two `npm start` servers of this build on one PostgreSQL database, as behind a load balancer (README, Deploy):
// each keeps its own cache of the public pages, and a change made through one of them reaches the other's within a
// second (lib/cache-broadcast.js). Their own throwaway PostgreSQL cluster, as the race tests' (skipped without
// Debian's PostgreSQL); their ports beside the journeys' server's.
const PORTS = [E2E_PORT + 10, E2E_PORT + 11];
const SECRETS = { AUTH_SECRET: "two-instances-auth-secret-two-instances", CRON_SECRET: "two-instances-cron" };

type Server = { url: string; output: () => string; stop: () => Promise<void> };

async function startServer(port: number, env: Record<string, string>): Promise<Server> {
  const url = `http://127.0.0.1:${port}`;
  const child = spawn("node_modules/.bin/tsx", ["scripts/serve.ts", "start"], {
    env: { ...process.env, ...env, PORT: String(port), CABAS_LOCAL: "1", NEXT_TELEMETRY_DISABLED: "1" },
    // Its own process group: stopping it stops Next's process too.
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const server = {
    url,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      process.kill(-child.pid!, "SIGTERM");
      await exited;
    },
  };
  const startedBy = Date.now() + 180_000;
  while (Date.now() < startedBy) {
    if (child.exitCode !== null) throw new Error(`the server on port ${port} stopped:\n${output}`);
    const health = await fetch(`${url}/api/health`).catch(() => null);
    if (health?.ok) return server;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await server.stop();
  throw new Error(`the server on port ${port} did not answer within 3 minutes:\n${output}`);
}

test("[DEPLOY] two servers on one PostgreSQL database: a product renamed through one shows on the other's cached shop page within a second", async ({
  newPerson,
  request,
}) => {
  test.setTimeout(420_000);
  const { cluster, reason } = await startRealPostgresCluster();
  test.skip(!cluster, reason);
  const servers: Server[] = [];
  try {
    const databaseUrl = await createDatabase(cluster!.url, "cabas_two_instances");
    // One public address for both, as behind a load balancer; A migrates and seeds the demo market first.
    const shared = { ...SECRETS, DATABASE_URL: databaseUrl, APP_URL: `http://127.0.0.1:${PORTS[0]}` };
    servers.push(await startServer(PORTS[0], { ...shared, SEED_DEMO: "1" }));
    servers.push(await startServer(PORTS[1], shared));
    const [a, b] = servers;

    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    const {
      rows: [product],
    } = await db.query<{ id: string; name: string; category: ProductCategory; distributionId: string }>(
      `SELECT p.id, p.name, p.category, d.id AS "distributionId" FROM "Product" p
       JOIN "Catalog" c ON c.id = p."catalogId"
       JOIN "ProducerUser" pu ON pu."producerId" = c."producerId"
       JOIN "User" u ON u.id = pu."userId" AND u.email = 'producteur@cabas.test'
       JOIN "Participation" pa ON pa."catalogId" = p."catalogId" AND pa.status = 'ACCEPTED'
       JOIN "Distribution" d ON d.id = pa."distributionId" AND d."ordersOpenAt" <= now() AND d."ordersCloseAt" > now()
       JOIN "Market" m ON m.id = d."marketId" AND m.slug = 'bellefontaine'
       WHERE p.active ORDER BY d."pickupStartAt", p.name LIMIT 1`,
    );
    await db.end();
    const shopPage = `${b.url}${shopFiltersPath("bellefontaine", product.distributionId, { category: product.category, page: 1 })}`;

    // B serves its shop page, with the product, from its own cache.
    await expect.poll(async () => (await request.get(shopPage)).headers()["x-nextjs-cache"]).toBe("HIT");
    expect(await (await request.get(shopPage)).text()).toContain(product.name);

    // The producer renames the product through A.
    const newName = `Renommé sur A ${Date.now()}`;
    const producer = await newPerson({ baseURL: a.url });
    await signInAs(producer, "producteur@cabas.test");
    await producer.goto(`/producteur/produits/${product.id}`);
    await producer.getByLabel("Nom", { exact: true }).fill(newName);
    await producer.getByRole("button", { name: "Enregistrer le produit" }).click();
    await expect(producer.getByText("Produit enregistré.")).toBeVisible();

    const deadline = Date.now() + 1_000;
    let shown = false;
    while (!shown && Date.now() < deadline) shown = (await (await request.get(shopPage)).text()).includes(newName);
    expect(shown && Date.now() <= deadline, "B's shop page shows the new name within a second").toBe(true);
  } finally {
    for (const [i, server] of servers.entries()) {
      await server.stop();
      await test.info().attach(`server ${"AB"[i]} output`, { body: server.output() });
    }
    await cluster?.stop();
  }
});
