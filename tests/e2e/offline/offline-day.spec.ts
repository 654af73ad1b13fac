import type { Page } from "@playwright/test";
import { E2E_PORT } from "../../../playwright.config";
import { expectNoViolations } from "../support/accessibility";
import { query } from "../support/db";
import { confirmedBasket, namedReferent } from "../support/day";
import { ownDemoDistribution, startPickup } from "../support/demo";
import { expect, signInAs, test } from "../support/fixtures";
import { distributionLedger, sumOf } from "../support/ledger";
import { startNetworkSwitch } from "../support/network-switch";

// A phone at the village hall: 375 px wide, and a network the spec switches off and on (support/network-switch.ts).
test.use({ viewport: { width: 375, height: 812 } });

// Five members of the demo market each ordered a country loaf (4,20 €) to pay on the spot, Nina a butternut
// squash too (1,5 kg at 2,90 €/kg, weighed on the day); pick-up has started, and Inès, a member, is the
// distribution's referent.
async function dayWithFiveBaskets() {
  const distribution = await ownDemoDistribution(["fournil-de-soupetard", "ferme-des-trois-cocus"]);
  const loaf: [string, number] = ["Pain de campagne", 1];
  const baskets = [];
  for (const person of [
    { firstName: "Noah", lastName: "Lambert", phone: "06 10 20 30 40" },
    { firstName: "Rose", lastName: "Marchand", phone: "06 11 21 31 41" },
    { firstName: "Hugo", lastName: "Perret", phone: "06 12 22 32 42" },
    { firstName: "Léa", lastName: "Fabre", phone: "06 13 23 33 43" },
  ])
    baskets.push(await confirmedBasket(distribution, person, [loaf]));
  baskets.push(
    await confirmedBasket(distribution, { firstName: "Nina", lastName: "Girard" }, [loaf, ["Courge butternut", 1.5]]),
  );
  await startPickup(distribution.id);
  const referent = await namedReferent(distribution, { firstName: "Inès", lastName: "Morel" });
  return { distribution, baskets, referent };
}

// The day screen's cards (components/day/basket-card.tsx): a basket's row opens it.
function dayScreen(page: Page) {
  const basket = (number: number) => page.locator(`article[data-basket="${number}"]`);
  return {
    banner: page.getByRole("status").filter({ hasText: /Synchronisé|Hors ligne|en attente/ }),
    basket,
    async open(number: number) {
      const card = basket(number);
      const row = card.locator("button[aria-expanded]");
      if ((await row.getAttribute("aria-expanded")) !== "true") await row.click();
      return card;
    },
  };
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

test("[OFFLINE] a referent runs the day screen on a phone without network: what was done offline survives a reload, reaches the server once the network is back, and applies once even when sent twice", async ({
  page,
  context,
}) => {
  const { distribution, baskets, referent } = await dayWithFiveBaskets();
  const [noah, rose, hugo, lea, nina] = baskets;
  const network = await startNetworkSwitch(E2E_PORT);
  try {
    await signInAs(page, referent.email);
    await page.goto(`${network.url}/jour/${distribution.id}`);
    const screen = dayScreen(page);
    // Opened once online: the copy is on the phone and the page kept by the service worker.
    await expect(screen.banner).toHaveAttribute("data-offline-ready", "true", { timeout: 30_000 });
    await expect(screen.banner).toContainText("Synchronisé");
    expect(network.requestsForwarded.open, "the page goes through the switchable network").toBeGreaterThan(0);
    expect(await keptOnThePhone(page)).toEqual({ days: 1, operations: 0, pages: 1 });
    await expectNoViolations(page);

    // The network goes away, for the page and for its service worker alike.
    network.setMode("cut");
    await context.setOffline(true);
    const forwardedBefore = { ...network.requestsForwarded };
    await expect(screen.banner).toContainText("Hors ligne");

    // The five baskets are handed out.
    for (const b of baskets) {
      const card = await screen.open(b.basketNumber);
      await card.getByRole("button", { name: "Retiré", exact: true }).click();
      await expect(card.getByText(/^Retiré à \d\d:\d\d$/)).toBeVisible();
    }
    // Nina's squash weighs 1,2 kg.
    const ninaCard = await screen.open(nina.basketNumber);
    await ninaCard.getByRole("textbox", { name: "Livré : Courge butternut" }).fill("1,2");
    await ninaCard
      .getByRole("listitem")
      .filter({ hasText: "Courge butternut" })
      .getByRole("button", { name: "OK" })
      .click();
    await expect(ninaCard.getByText(/Total : 7,68\s€/)).toBeVisible();
    // Rose pays her 4,20 € in cash; her basket and Nina's (paid in cash at validation) are validated.
    const roseCard = await screen.open(rose.basketNumber);
    await expect(roseCard.getByRole("textbox", { name: "Montant" })).toHaveValue("4,20");
    await roseCard.getByRole("button", { name: "Encaisser" }).click();
    await expect(roseCard.getByText(/\d\d:\d\d · Espèces · 4,20\s€/)).toBeVisible();
    await roseCard.getByRole("button", { name: "Valider le panier" }).click();
    await expect(roseCard.getByText("Validé", { exact: true })).toBeVisible();
    await screen.open(nina.basketNumber);
    await ninaCard.getByRole("combobox", { name: "Payé sur place en" }).selectOption({ label: "Espèces" });
    await ninaCard.getByRole("button", { name: "Valider le panier" }).click();
    await expect(ninaCard.getByText("Validé", { exact: true })).toBeVisible();
    await expect(screen.banner).toContainText("Hors ligne · 9 modifications en attente");

    // Reloaded without network: the same state, from the service worker's page and the phone's copy.
    const shownOffline = async () => {
      await expect(screen.banner).toContainText("Hors ligne · 9 modifications en attente");
      await expect(page.getByRole("radio", { name: "Retirés (3)" })).toBeVisible();
      await expect(page.getByRole("radio", { name: "Validés (2)" })).toBeVisible();
      await expect(page.getByTestId("till-total")).toHaveText(/Dans la caisse : 11,88\s€/);
      const nina = await screen.open(baskets[4].basketNumber);
      await expect(nina.getByText(/Total : 7,68\s€/)).toBeVisible();
      await expect(nina.getByText(/Livré : 1,2 kg/)).toBeVisible();
    };
    await shownOffline();
    const reloaded = await page.reload();
    expect(reloaded?.fromServiceWorker(), "the page comes from the service worker").toBe(true);
    await shownOffline();
    // Nothing reached the server while it was away.
    expect(network.requestsForwarded).toEqual(forwardedBefore);
    const queued = await queuedOnThePhone(page);
    expect(queued.map((op) => op.type)).toEqual([
      ...baskets.map(() => "collect"),
      "adjust",
      "payment",
      "validate",
      "validate",
    ]);

    // The network comes back, but the server's answer is lost on the way: the server applied everything, the
    // phone still holds its queue and sends it again.
    network.setMode("drop-answers");
    await context.setOffline(false);
    await expect.poll(() => appliedCount(distribution.id), { timeout: 20_000 }).toBe(9);
    await expect(screen.banner).toContainText("9 modifications en attente");
    network.setMode("open");
    await page.evaluate(() => window.dispatchEvent(new Event("online")));
    await expect(screen.banner).toContainText("Synchronisé", { timeout: 20_000 });

    // Once more, by hand: every operation is answered as already applied.
    const replayed = await page.request.post(`/api/distributions/${distribution.id}/operations`, {
      data: { operations: queued },
    });
    const answer = (await replayed.json()) as { results: { id: string; status: string }[] };
    expect(answer.results).toEqual(queued.map((op) => ({ id: op.id, status: "already_applied" })));

    // The server's data: each operation applied once, at the time it was taken.
    expect(await appliedCount(distribution.id)).toBe(9);
    const ids = baskets.map((b) => b.orderId);
    const orders = await query<{ id: string; collectedById: string; collected: boolean; validated: boolean }>(
      `SELECT id, "collectedById", "collectedAt" IS NOT NULL AS collected, "validatedAt" IS NOT NULL AS validated
       FROM "Order" WHERE id = ANY($1)`,
      [ids],
    );
    expect(orders.every((o) => o.collected && o.collectedById === referent.userId)).toBe(true);
    expect(
      orders
        .filter((o) => o.validated)
        .map((o) => o.id)
        .sort(),
    ).toEqual([rose.orderId, nina.orderId].sort());
    const lines = await query<{ delivered: string | null; version: number }>(
      `SELECT "deliveredQuantity"::text AS delivered, "deliveredVersion" AS version FROM "OrderLine"
       WHERE "orderId" = ANY($1) AND "deliveredVersion" > 0`,
      [ids],
    );
    expect(lines).toEqual([{ delivered: "1.200", version: 1 }]);
    const payments = await query<{ orderId: string; method: string; amountCents: number; settledAt: string }>(
      `SELECT "orderId", "onSiteMethod"::text AS method, "amountCents",
         to_char("settledAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "settledAt"
       FROM "Payment" WHERE "orderId" = ANY($1)`,
      [ids],
    );
    expect(payments.map(({ orderId, method, amountCents }) => [orderId, method, amountCents]).sort()).toEqual(
      [
        [rose.orderId, "CASH", 420],
        [nina.orderId, "CASH", 768],
      ].sort(),
    );
    const cash = payments.find((p) => p.orderId === rose.orderId)!;
    expect(cash.settledAt).toBe(queued.find((op) => op.type === "payment")!.takenAt);
    // The ledger: Rose and Nina owe nothing, the others their loaf, and the till holds the 11,88 € taken.
    const ledger = await distributionLedger(distribution.id);
    for (const b of [rose, nina]) expect(sumOf(ledger, "SHOPPER", { userId: b.userId })).toBe(0);
    for (const b of [noah, hugo, lea]) expect(sumOf(ledger, "SHOPPER", { userId: b.userId })).toBe(-420);
    expect(sumOf(ledger, "MARKET_TILL")).toBe(-1188);
    // And the phone shows the server's copy.
    await expect(page.getByTestId("till-total")).toHaveText(/Dans la caisse : 11,88\s€/);

    // Another distribution of the market is not hers: its day screen and its queue are refused.
    const elsewhere = await ownDemoDistribution(["fournil-de-soupetard"]);
    // Its day, not a sale open on the market's page that the public pages' specs count.
    await startPickup(elsewhere.id);
    expect((await page.goto(`${network.url}/jour/${elsewhere.id}`))?.status()).toBe(404);
    const refused = await page.request.post(`/api/distributions/${elsewhere.id}/operations`, {
      data: { operations: [{ ...queued[0], id: crypto.randomUUID() }] },
    });
    expect(refused.status()).toBe(404);

    // Signing out erases what the phone kept: names and phone numbers of the whole distribution.
    await page.goto(`${network.url}/jour/${distribution.id}`);
    await page.getByRole("button", { name: "Déconnexion" }).click();
    await expect(page).toHaveURL(`${network.url}/`);
    expect(await keptOnThePhone(page)).toEqual({ days: 0, operations: 0, pages: 0 });
  } finally {
    await network.close();
  }
});

test("[OFFLINE] two referents change the same basket, one of them offline: the later edit made on an older figure is not applied, and its referent is told to redo it", async ({
  page,
  context,
  newPerson,
}) => {
  const { distribution, baskets, referent } = await dayWithFiveBaskets();
  const nina = baskets[4];
  const second = await namedReferent(distribution, { firstName: "Malik", lastName: "Haddad" });
  const network = await startNetworkSwitch(E2E_PORT);
  try {
    await signInAs(page, referent.email);
    await page.goto(`${network.url}/jour/${distribution.id}`);
    const screen = dayScreen(page);
    await expect(screen.banner).toHaveAttribute("data-offline-ready", "true", { timeout: 30_000 });
    network.setMode("cut");
    await context.setOffline(true);
    const offlineCard = await screen.open(nina.basketNumber);
    await offlineCard.getByRole("textbox", { name: "Livré : Courge butternut" }).fill("1,2");
    await offlineCard
      .getByRole("listitem")
      .filter({ hasText: "Courge butternut" })
      .getByRole("button", { name: "OK" })
      .click();
    await expect(screen.banner).toContainText("Hors ligne · 1 modification en attente");

    // Meanwhile the other referent, online, finds the squash missing.
    const other = await newPerson({ viewport: { width: 375, height: 812 } });
    await signInAs(other, second.email);
    await other.goto(`/jour/${distribution.id}`);
    const otherScreen = dayScreen(other);
    const onlineCard = await otherScreen.open(nina.basketNumber);
    await onlineCard
      .getByRole("listitem")
      .filter({ hasText: "Courge butternut" })
      .getByRole("button", { name: "Manquant" })
      .click();
    await expect(otherScreen.banner).toContainText("Synchronisé");
    const deliveredOnServer = async () =>
      (
        await query<{ delivered: string | null }>(
          `SELECT "deliveredQuantity"::text AS delivered FROM "OrderLine" WHERE "orderId" = $1 AND "productName" = 'Courge butternut'`,
          [nina.orderId],
        )
      )[0].delivered;
    await expect.poll(deliveredOnServer).toBe("0.000");

    // The first phone comes back: its edit was made on the older figure, so it is listed, not applied.
    network.setMode("open");
    await context.setOffline(false);
    await expect(screen.banner).toContainText("Synchronisé", { timeout: 20_000 });
    const toRedo = page.getByRole("region", { name: "À reprendre" });
    await expect(toRedo).toContainText(
      `Panier n° ${nina.basketNumber}, Courge butternut : vous aviez saisi 1,2, mais la quantité a été changée entre-temps en 0.`,
    );
    await expect(offlineCard.getByRole("textbox", { name: "Livré : Courge butternut" })).toHaveValue("0");
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
