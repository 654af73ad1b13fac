import type { Page } from "@playwright/test";
import { E2E_PORT } from "../../../playwright.config";
import { expectNoViolations } from "../support/accessibility";
import { query } from "../support/db";
import { demoShopperWithOrder, ownDemoDistribution, startPickup } from "../support/demo";
import { expect, signInAs, test } from "../support/fixtures";
import { distributionLedger, sumOf } from "../support/ledger";
import { startNetworkSwitch } from "../support/network-switch";
import { orderThroughShop } from "../support/shop";

// A phone at the village hall: 375 px wide, and a network the spec switches off and on (support/network-switch.ts).
test.use({ viewport: { width: 375, height: 812 } });

type Shopper = Awaited<ReturnType<typeof demoShopperWithOrder>>;

// Three members of the demo market each order two country loaves (2 × 4,20 €) to pay on the spot, and pick-up
// starts.
async function dayWithThreeBaskets(newPerson: () => Promise<Page>) {
  const distribution = await ownDemoDistribution(["fournil-de-soupetard"]);
  const shoppers: Shopper[] = [];
  for (const person of [
    { firstName: "Noah", lastName: "Lambert", phone: "06 10 20 30 40" },
    { firstName: "Rose", lastName: "Marchand", phone: "06 11 21 31 41" },
    { firstName: "Hugo", lastName: "Perret", phone: "06 12 22 32 42" },
  ]) {
    const shopper = await demoShopperWithOrder(distribution, person);
    await orderThroughShop(await newPerson(), {
      email: shopper.email,
      distributionId: distribution.id,
      lines: [["Pain de campagne", 2]],
      totalCents: 840,
      pay: "Paiement sur place",
    });
    shoppers.push(shopper);
  }
  await startPickup(distribution.id);
  return { distribution, shoppers };
}

// The waiting operations as the phone keeps them (lib/offline/local-store.ts).
function queuedOnThePhone(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ id: string; type: string; takenAt: string }[]>((resolve, reject) => {
        const opened = indexedDB.open("cabas-offline");
        opened.onerror = () => reject(opened.error);
        opened.onsuccess = () => {
          const all = opened.result.transaction("operations").objectStore("operations").getAll();
          all.onsuccess = () => resolve(all.result.map((q: { operation: never }) => q.operation));
        };
      }),
  );
}

// What the phone keeps of distribution days: copies, waiting operations, and day screen pages the worker kept.
function keptOnThePhone(page: Page) {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const opened = indexedDB.open("cabas-offline");
      opened.onerror = () => reject(opened.error);
      opened.onsuccess = () => resolve(opened.result);
    });
    const count = (store: string) =>
      new Promise<number>((resolve) => {
        const counted = db.transaction(store).objectStore(store).count();
        counted.onsuccess = () => resolve(counted.result);
      });
    const pages = (await (await caches.open("cabas-day-screens")).keys()).length;
    return { days: await count("days"), operations: await count("operations"), pages };
  });
}

const appliedCount = async (distributionId: string) =>
  (
    await query<{ count: number }>(
      `SELECT count(*)::int AS count FROM "AppliedOperation" WHERE "distributionId" = $1`,
      [distributionId],
    )
  )[0].count;

test("[OFFLINE] the day screen works without network: changes made offline survive a reload, are sent when the network is back, and apply once even when sent twice", async ({
  page,
  context,
  newPerson,
}) => {
  const { distribution, shoppers } = await dayWithThreeBaskets(newPerson);
  const [noah, rose, hugo] = shoppers;
  const network = await startNetworkSwitch(E2E_PORT);
  try {
    await signInAs(page, "admin@cabas.test");
    await page.goto(`${network.url}/admin/${distribution.marketId}/distributions/${distribution.id}/jour`);
    const banner = page.getByRole("status").filter({ hasText: /Synchronisé|Hors ligne|en attente/ });
    // Opened once online: the copy is on the phone and the page kept by the service worker.
    await expect(banner).toHaveAttribute("data-offline-ready", "true", { timeout: 30_000 });
    await expect(banner).toContainText("Synchronisé");
    expect(network.requestsForwarded.open, "the page goes through the switchable network").toBeGreaterThan(0);
    expect(await keptOnThePhone(page)).toEqual({ days: 1, operations: 0, pages: 1 });
    await expectNoViolations(page);
    const basket = (name: string) => page.getByRole("article", { name: new RegExp(name) });

    // The network goes away, for the page and for its service worker alike.
    network.setMode("cut");
    await context.setOffline(true);
    const forwardedBefore = { ...network.requestsForwarded };
    await expect(banner).toContainText("Hors ligne");

    // One loaf missing in Noah's basket; Rose pays her 8,40 € in cash; both baskets validated.
    const noahBasket = basket("LAMBERT Noah");
    await noahBasket.getByLabel("Quantité livrée : Pain de campagne").fill("1");
    await noahBasket.getByRole("button", { name: "Enregistrer" }).click();
    await expect(noahBasket.getByTestId("basket-money")).toContainText(/Total : 4,20\s€/);
    const roseBasket = basket("MARCHAND Rose");
    await roseBasket.getByRole("button", { name: /Encaisser 8,40\s€ en espèces/ }).click();
    await expect(roseBasket.getByTestId("basket-money")).toContainText(/Reste dû : 0,00\s€/);
    await noahBasket.getByRole("button", { name: "Valider le panier" }).click();
    await roseBasket.getByLabel("Payé sur place en").selectOption({ label: "Espèces" });
    await roseBasket.getByRole("button", { name: "Valider le panier" }).click();
    await expect(banner).toContainText("Hors ligne · 4 modifications en attente");

    // Reloaded without network: the same state, from the service worker's page and the phone's copy.
    const reloaded = await page.reload();
    expect(reloaded?.fromServiceWorker(), "the page comes from the service worker").toBe(true);
    await expect(banner).toContainText("Hors ligne · 4 modifications en attente");
    await expect(noahBasket.getByText("Validé", { exact: true })).toBeVisible();
    await expect(noahBasket.getByLabel("Quantité livrée : Pain de campagne")).toHaveValue("1");
    await expect(noahBasket.getByTestId("basket-money")).toContainText(/Payé : 4,20\s€/);
    await expect(roseBasket.getByText("Validé", { exact: true })).toBeVisible();
    await expect(basket("PERRET Hugo").getByTestId("basket-money")).toContainText(/Reste dû : 8,40\s€/);
    // Nothing reached the server while it was away.
    expect(network.requestsForwarded).toEqual(forwardedBefore);
    const queued = await queuedOnThePhone(page);
    expect(queued.map((op) => op.type)).toEqual(["adjust", "payment", "validate", "validate"]);

    // The network comes back, but the server's answer is lost on the way: the server applied everything, the
    // phone still holds its queue and sends it again.
    network.setMode("drop-answers");
    await context.setOffline(false);
    await expect.poll(() => appliedCount(distribution.id), { timeout: 20_000 }).toBe(4);
    await expect(banner).toContainText("4 modifications en attente");
    network.setMode("open");
    await page.evaluate(() => window.dispatchEvent(new Event("online")));
    await expect(banner).toContainText("Synchronisé", { timeout: 20_000 });

    // Once more, by hand: every operation is answered as already applied.
    const replayed = await page.request.post(`/api/distributions/${distribution.id}/operations`, {
      data: { operations: queued },
    });
    const answer = (await replayed.json()) as { results: { id: string; status: string }[] };
    expect(answer.results).toEqual(queued.map((op) => ({ id: op.id, status: "already_applied" })));

    // The server's data: each operation applied once, the payment at the time it was taken.
    expect(await appliedCount(distribution.id)).toBe(4);
    const lines = await query<{ orderId: string; delivered: string | null; version: number }>(
      `SELECT "orderId", "deliveredQuantity"::text AS delivered, "deliveredVersion" AS version FROM "OrderLine"
       WHERE "orderId" = ANY($1) ORDER BY "orderId"`,
      [[noah.orderId, rose.orderId, hugo.orderId]],
    );
    expect(Object.fromEntries(lines.map((l) => [l.orderId, [l.delivered, l.version]]))).toEqual({
      [noah.orderId]: ["1.000", 1],
      [rose.orderId]: [null, 0],
      [hugo.orderId]: [null, 0],
    });
    const payments = await query<{ orderId: string; method: string; amountCents: number; settledAt: string }>(
      `SELECT "orderId", "onSiteMethod"::text AS method, "amountCents",
         to_char("settledAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "settledAt"
       FROM "Payment" WHERE "orderId" = ANY($1)`,
      [[noah.orderId, rose.orderId, hugo.orderId]],
    );
    expect(payments.map(({ orderId, method, amountCents }) => [orderId, method, amountCents]).sort()).toEqual(
      [
        [noah.orderId, "CASH", 420],
        [rose.orderId, "CASH", 840],
      ].sort(),
    );
    const cash = payments.find((p) => p.orderId === rose.orderId)!;
    expect(cash.settledAt).toBe(queued.find((op) => op.type === "payment")!.takenAt);
    const validated = await query<{ id: string }>(
      `SELECT id FROM "Order" WHERE "distributionId" = $1 AND "validatedAt" IS NOT NULL`,
      [distribution.id],
    );
    expect(validated.map((o) => o.id).sort()).toEqual([noah.orderId, rose.orderId].sort());
    // The ledger: Noah and Rose owe nothing, Hugo his two loaves, and the till holds the 12,60 € taken.
    const ledger = await distributionLedger(distribution.id);
    expect(sumOf(ledger, "SHOPPER", { userId: noah.userId })).toBe(0);
    expect(sumOf(ledger, "SHOPPER", { userId: rose.userId })).toBe(0);
    expect(sumOf(ledger, "SHOPPER", { userId: hugo.userId })).toBe(-840);
    expect(sumOf(ledger, "MARKET_TILL")).toBe(-1260);
    // And the phone shows the server's copy.
    await expect(noahBasket.getByTestId("basket-money")).toContainText(/Total : 4,20\s€.*Payé : 4,20\s€/);

    // Signing out erases what the phone kept: names and phone numbers of the whole distribution.
    await page.getByRole("button", { name: "Déconnexion" }).click();
    await expect(page).toHaveURL(`${network.url}/`);
    expect(await keptOnThePhone(page)).toEqual({ days: 0, operations: 0, pages: 0 });
  } finally {
    await network.close();
  }
});

test("[OFFLINE] a quantity changed meanwhile by someone else is not overwritten: the phone that was offline is told to redo it", async ({
  page,
  context,
  newPerson,
}) => {
  const { distribution, shoppers } = await dayWithThreeBaskets(newPerson);
  const [noah] = shoppers;
  const network = await startNetworkSwitch(E2E_PORT);
  const dayScreen = `/admin/${distribution.marketId}/distributions/${distribution.id}/jour`;
  try {
    await signInAs(page, "admin@cabas.test");
    await page.goto(`${network.url}${dayScreen}`);
    const banner = page.getByRole("status").filter({ hasText: /Synchronisé|Hors ligne|en attente/ });
    await expect(banner).toHaveAttribute("data-offline-ready", "true", { timeout: 30_000 });
    network.setMode("cut");
    await context.setOffline(true);
    const offlineBasket = page.getByRole("article", { name: /LAMBERT Noah/ });
    await offlineBasket.getByLabel("Quantité livrée : Pain de campagne").fill("1");
    await offlineBasket.getByRole("button", { name: "Enregistrer" }).click();
    await expect(banner).toContainText("Hors ligne · 1 modification en attente");

    // Meanwhile a second person running the day, online, finds both loaves missing.
    const other = await newPerson();
    await signInAs(other, "admin@cabas.test");
    await other.goto(dayScreen);
    const onlineBasket = other.getByRole("article", { name: /LAMBERT Noah/ });
    await onlineBasket.getByLabel("Quantité livrée : Pain de campagne").fill("0");
    await onlineBasket.getByRole("button", { name: "Enregistrer" }).click();
    await expect(onlineBasket.getByTestId("basket-money")).toContainText(/Total : 0,00\s€/);
    const deliveredOnServer = async () =>
      (
        await query<{ delivered: string | null }>(
          `SELECT "deliveredQuantity"::text AS delivered FROM "OrderLine" WHERE "orderId" = $1`,
          [noah.orderId],
        )
      )[0].delivered;
    await expect.poll(deliveredOnServer).toBe("0.000");

    // The first phone comes back: its edit was made on the older figure, so it is listed, not applied.
    network.setMode("open");
    await context.setOffline(false);
    await expect(banner).toContainText("Synchronisé", { timeout: 20_000 });
    const toRedo = page.getByRole("region", { name: "À reprendre" });
    await expect(toRedo).toContainText(
      `Panier n° ${noah.basketNumber}, Pain de campagne : vous aviez saisi 1, mais la quantité a été changée entre-temps en 0.`,
    );
    await expect(offlineBasket.getByLabel("Quantité livrée : Pain de campagne")).toHaveValue("0");
    await expectNoViolations(page);
    expect(await deliveredOnServer()).toBe("0.000");
    await toRedo.getByRole("button", { name: "Vu" }).click();
    await expect(toRedo).toBeHidden();

    // Once the distribution is validated, the phone forgets it the next time it hears from the server.
    expect((await keptOnThePhone(page)).days).toBe(1);
    await query(`UPDATE "Distribution" SET "validatedAt" = now() WHERE id = $1`, [distribution.id]);
    await page.reload();
    await expect.poll(() => keptOnThePhone(page)).toEqual({ days: 0, operations: 0, pages: 0 });
  } finally {
    await network.close();
  }
});
