import type { APIRequestContext, Locator } from "@playwright/test";
import { E2E_CRON_SECRET } from "../../../playwright.config";
import { query } from "../support/db";
import {
  connectToStripe,
  demoShopperWithOrder,
  offerCardPayment,
  ownDemoDistribution,
  startPickup,
} from "../support/demo";
import { expect, signInAs, test } from "../support/fixtures";
import { distributionLedger, sumOf } from "../support/ledger";
import { amountField, centsIn } from "../support/money";
import { orderThroughShop } from "../support/shop";

const BREAD = "Pain de campagne"; // 4,20 €, the bakery's
const VEGETABLES = "Panier de légumes de saison"; // 12,00 €, the farm's
const SOAP = "Savon de Marseille"; // 3,50 €, the grocery's

const PRODUCERS = {
  bakery: { slug: "fournil-de-soupetard", name: "Le Fournil de Soupetard" },
  farm: { slug: "ferme-des-trois-cocus", name: "Ferme des Trois Cocus" },
  grocery: { slug: "epicerie-vrac-minguettes", name: "Épicerie vrac des Minguettes" },
};
type Producer = keyof typeof PRODUCERS;

// What each producer's statement must say of the three baskets below, the market's fee being 2 % of each
// producer's sales rounded to the cent: Cabas pays what it collected by card for the producer's lines (at most
// the sales less the fee), the market owes the rest, which it collected on the spot and by transfer.
const SHARES: Record<Producer, { sales: number; fees: number; cabas: number; marketShare: number }> = {
  // Four loaves (two paid cash, one by transfer, one by card): 16,80 €, fee 0,336 → 0,34 €; Cabas pays the card
  // loaf, the market the rest: 16,80 − 0,34 − 4,20.
  bakery: { sales: 1680, fees: 34, cabas: 420, marketShare: 1226 },
  // Two vegetable boxes, one paid cash, one by transfer: nothing for Cabas to pay, 24,00 − 0,48 for the market.
  farm: { sales: 2400, fees: 48, cabas: 0, marketShare: 2352 },
  // The soap, paid by card: Cabas pays it less the fee, 3,50 − 0,07; the market owes nothing.
  grocery: { sales: 350, fees: 7, cabas: 343, marketShare: 0 },
};

// The payout batch, as Vercel calls it every hour.
async function runPayoutBatch(request: APIRequestContext) {
  const run = await request.get("/api/cron/payouts", { headers: { authorization: `Bearer ${E2E_CRON_SECRET}` } });
  expect(run.status()).toBe(200);
}

// A producer's statement row as the page shows it, in cents: each cell's first amount (the payout's state, the
// settlements' list come after it).
async function figuresOf(row: Locator) {
  const figure = async (name: string) => centsIn((await row.locator(`[data-figure="${name}"]`).textContent())!);
  return {
    sales: await figure("sales"),
    fees: await figure("fees"),
    cabas: await figure("cabas"),
    marketShare: await figure("market-share"),
    settled: await figure("settled"),
    due: await figure("due"),
  };
}

test("[MONEY] three shoppers pay on the spot, by transfer and by card; the admin records the money, validates, and the producers' statements and « payé au producteur » match the ledger", async ({
  page,
  newPerson,
  request,
}) => {
  // Four people on four pages, then two payout batches: more than the default minute on a busy 2-core machine.
  test.setTimeout(120_000);
  await offerCardPayment();
  // Producers with card money are connected to Stripe, so that Cabas pays them by transfer on their Monday.
  await connectToStripe(PRODUCERS.bakery.slug);
  await connectToStripe(PRODUCERS.grocery.slug);
  const distribution = await ownDemoDistribution(Object.values(PRODUCERS).map((p) => p.slug));
  const producerIds = {} as Record<Producer, string>;
  for (const producer of Object.keys(PRODUCERS) as Producer[])
    [{ id: producerIds[producer] }] = await query<{ id: string }>(`SELECT id FROM "Producer" WHERE slug = $1`, [
      PRODUCERS[producer].slug,
    ]);

  // Three members fill their baskets in the shop and pay each their own way.
  const cash = await demoShopperWithOrder(distribution, {
    firstName: "Léa",
    lastName: "Fontaine",
    phone: "06 31 41 51 61",
  });
  const transfer = await demoShopperWithOrder(distribution, {
    firstName: "Camille",
    lastName: "Roche",
    phone: "06 32 42 52 62",
  });
  const card = await demoShopperWithOrder(distribution, {
    firstName: "Malik",
    lastName: "Diallo",
    phone: "06 33 43 53 63",
  });
  await orderThroughShop(await newPerson(), {
    email: cash.email,
    distributionId: distribution.id,
    lines: [
      [BREAD, 2],
      [VEGETABLES, 1],
    ],
    totalCents: 2040,
    pay: "Paiement sur place",
  });
  const camille = await newPerson();
  await orderThroughShop(camille, {
    email: transfer.email,
    distributionId: distribution.id,
    lines: [
      [BREAD, 1],
      [VEGETABLES, 1],
    ],
    totalCents: 1620,
    pay: "Virement bancaire",
  });
  // The reference Camille writes on her transfer, as her order page gives it.
  const reference = /CABAS-\d+-[A-Z0-9]{6}/.exec(
    (await camille.getByText("Référence à indiquer sur le virement").textContent())!,
  )![0];
  await orderThroughShop(await newPerson(), {
    email: card.email,
    distributionId: distribution.id,
    lines: [
      [BREAD, 1],
      [SOAP, 1],
    ],
    totalCents: 770,
    pay: "card",
  });

  // Distribution day: the referent takes Léa's cash.
  await startPickup(distribution.id);
  await signInAs(page, "admin@cabas.test");
  const dayPage = `/admin/${distribution.marketId}/distributions/${distribution.id}/validation`;
  await page.goto(dayPage);
  const basketOf = (name: string) => page.locator("details[data-basket]").filter({ hasText: name });
  const lea = basketOf("FONTAINE Léa");
  await lea.locator(":scope > summary").click();
  await expect(lea.getByText(/Reste dû : 20,40\s€/)).toBeVisible();
  await lea.locator("summary").filter({ hasText: "Enregistrer un paiement" }).click();
  await expect(lea.getByLabel("Montant (€)")).toHaveValue("20,40");
  await lea.getByLabel("Moyen de paiement").selectOption({ label: "Espèces" });
  await lea.getByRole("button", { name: "Enregistrer un paiement" }).click();
  await expect(page.getByText(/Paiement de 20,40\s€ enregistré\. Reste dû : 0,00\s€\./)).toBeVisible();

  // Camille's transfer shows on the market's bank statement: the admin finds her basket by its reference.
  await page.goto(`/admin/${distribution.marketId}/membres`);
  const search = page.getByRole("search");
  await search.getByLabel("Référence lue sur le relevé").fill(`VIR SEPA ${reference} ROCHE CAMILLE`);
  await search.getByRole("button", { name: "Chercher" }).click();
  const found = page.locator(`[data-found="${reference}"]`);
  await expect(found).toContainText(`Panier n° ${transfer.basketNumber} de ROCHE Camille`);
  await expect(found.getByLabel("Moyen de paiement")).toHaveValue("TRANSFER");
  await expect(found.getByLabel("Montant (€)")).toHaveValue("16,20");
  await found.getByRole("button", { name: "Enregistrer un paiement" }).click();
  await expect(page.getByText(/Paiement de 16,20\s€ enregistré\. Reste dû : 0,00\s€\./)).toBeVisible();

  // Every basket is paid; each member's balance is even.
  await page.goto(dayPage);
  const balances: Record<string, number> = {};
  for (const [shopper, name] of [
    [cash, "FONTAINE Léa"],
    [transfer, "ROCHE Camille"],
    [card, "DIALLO Malik"],
  ] as const) {
    const payments = basketOf(name).locator("[data-basket-payments]");
    await expect(payments).toContainText("Payé");
    balances[shopper.userId] = centsIn((await payments.getByText("Solde du membre").textContent())!);
  }
  const close = page.getByRole("region", { name: "Clôturer la distribution" });
  await expect(close.getByText("Tous les paniers restants sont payés.")).toBeVisible();
  await close.getByRole("button", { name: "Valider la distribution" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Valider la distribution" }).click();
  await expect(page.getByText("Cette distribution est validée.")).toBeVisible();
  const till = page.getByRole("region", { name: "Encaissements de cette distribution" });
  const tillRow = async (method: string) =>
    centsIn((await till.getByRole("row").filter({ hasText: method }).textContent())!);
  const collected = {
    cash: await tillRow("Espèces"),
    transfer: await tillRow("Virement"),
    card: await tillRow("Carte en ligne"),
  };
  expect(collected).toEqual({ cash: 2040, transfer: 1620, card: 770 });
  await expect(till.getByTestId("till-total")).toHaveText(/La caisse doit contenir : 20,40\s€/);

  // Until the payout batch has run, only the sales are known.
  await page.goto(`/admin/${distribution.marketId}`);
  await page.getByRole("link", { name: "Versements" }).click();
  const statement = page.locator(`[data-statements="${distribution.id}"]`);
  const rowOf = (producer: Producer) => statement.locator(`[data-statement="${PRODUCERS[producer].name}"]`);
  await expect(rowOf("bakery")).toContainText("En attente de programmation");
  await expect(rowOf("bakery").getByText("Payé au producteur")).toHaveCount(0);

  // The batch schedules the payouts on the first Monday at least three days away.
  await runPayoutBatch(request);
  await page.reload();
  for (const producer of Object.keys(SHARES) as Producer[])
    expect(await figuresOf(rowOf(producer)), producer).toEqual({
      ...SHARES[producer],
      settled: 0,
      due: SHARES[producer].marketShare,
    });
  const scheduled = /Programmé pour le (\d{2})\/(\d{2})\/(\d{4})/.exec(
    (await rowOf("bakery").locator('[data-figure="cabas"]').textContent())!,
  )!;
  const monday = new Date(Date.UTC(Number(scheduled[3]), Number(scheduled[2]) - 1, Number(scheduled[1])));
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date()); // YYYY-MM-DD
  const daysAway = (monday.getTime() - Date.parse(today)) / 86_400_000;
  expect(monday.getUTCDay()).toBe(1);
  expect(daysAway).toBeGreaterThanOrEqual(3);
  expect(daysAway).toBeLessThan(10);
  await expect(rowOf("grocery").locator('[data-figure="cabas"]')).toContainText(/encaissé en ligne : 3,50\s€/);
  await expect(rowOf("farm").locator('[data-figure="cabas"]')).toContainText("Rien d’encaissé en ligne");
  // Cabas still holds every card euro, and owes the producers their part of it.
  let ledger = await distributionLedger(distribution.id);
  expect(sumOf(ledger, "PLATFORM_STRIPE")).toBe(-collected.card);
  expect(sumOf(ledger, "PRODUCER", { kind: "PAYOUT" })).toBe(0);

  // Their Monday comes: the batch pays them through Stripe, and the market pays the bakery by cheque.
  await query(
    `UPDATE "Payout" SET "scheduledFor" = (now() AT TIME ZONE 'Europe/Paris')::date WHERE "distributionId" = $1`,
    [distribution.id],
  );
  await runPayoutBatch(request);
  await page.reload();
  const todayShown = new Intl.DateTimeFormat("fr-FR", { timeZone: "Europe/Paris" }).format(new Date());
  await expect(rowOf("bakery").locator('[data-figure="cabas"]')).toContainText(`Versé le ${todayShown}`);
  await expect(rowOf("grocery").locator('[data-figure="cabas"]')).toContainText(`Versé le ${todayShown}`);
  await expect(rowOf("grocery").getByText("Payé au producteur")).toHaveCount(0);

  const bakery = rowOf("bakery");
  await bakery.getByText("Payé au producteur").click();
  await expect(bakery.getByLabel("Montant payé (€)")).toHaveValue(amountField(SHARES.bakery.marketShare));
  await bakery.getByLabel("Moyen de paiement").selectOption({ label: "Chèque" });
  await bakery.getByLabel("Payé le").fill(today);
  await bakery.getByLabel("Référence (facultatif)").fill("Chèque n° 0004217");
  await bakery.getByRole("button", { name: "Enregistrer le paiement" }).click();
  await expect(bakery.locator('[data-figure="due"]')).toHaveText(/0,00\s€/);
  await expect(bakery.locator('[data-figure="settled"]')).toContainText(
    new RegExp(`12,26\\s€ · Chèque · ${todayShown} · réf\\. Chèque n° 0004217`),
  );
  await expect(bakery.getByText("Payé au producteur")).toHaveCount(0);
  await expect(rowOf("farm").getByText("Payé au producteur")).toHaveCount(1);

  // The page's figures, and the ledger's, to the cent.
  const shown = {} as Record<Producer, Awaited<ReturnType<typeof figuresOf>>>;
  for (const producer of Object.keys(SHARES) as Producer[]) shown[producer] = await figuresOf(rowOf(producer));
  expect(shown).toEqual({
    bakery: { ...SHARES.bakery, settled: 1226, due: 0 },
    farm: { ...SHARES.farm, settled: 0, due: 2352 },
    grocery: { ...SHARES.grocery, settled: 0, due: 0 },
  });
  ledger = await distributionLedger(distribution.id);
  for (const producer of Object.keys(SHARES) as Producer[]) {
    const of = (kind?: string) => sumOf(ledger, "PRODUCER", { producerId: producerIds[producer], kind });
    // What was taken off the producer's account, as a positive amount (0 − x: toEqual tells −0 from 0).
    const off = (kind: string) => 0 - of(kind);
    expect(
      { sales: of("ORDER"), fees: off("FEE"), cabas: off("PAYOUT"), settled: off("PRODUCER_SETTLEMENT"), due: of() },
      producer,
    ).toEqual({
      sales: shown[producer].sales,
      fees: shown[producer].fees,
      cabas: shown[producer].cabas,
      settled: shown[producer].settled,
      // Cabas has paid its part: what the producer's account still holds is what the market owes.
      due: shown[producer].due,
    });
  }
  const all = Object.values(shown);
  const total = (figure: keyof (typeof all)[number]) => all.reduce((sum, f) => sum + f[figure], 0);
  expect(sumOf(ledger, "MARKET_FEES")).toBe(total("fees"));
  expect(sumOf(ledger, "MARKET_TILL")).toBe(-collected.cash);
  expect(sumOf(ledger, "MARKET_BANK")).toBe(-collected.transfer + total("settled"));
  // What Cabas keeps of the card money is the fee on the grocery's card sale, which it did not pay out.
  expect(sumOf(ledger, "PLATFORM_STRIPE")).toBe(-collected.card + total("cabas"));
  expect(sumOf(ledger, "PLATFORM_STRIPE")).toBe(-7);
  for (const shopper of [cash, transfer, card])
    expect(sumOf(ledger, "SHOPPER", { userId: shopper.userId })).toBe(balances[shopper.userId]);
  expect(Object.values(balances)).toEqual([0, 0, 0]);
  expect(ledger.reduce((sum, l) => sum + l.cents, 0)).toBe(0);

  // The grocery's own statement, in the producer space, says the same.
  const producer = await newPerson();
  await signInAs(producer, "producteur@cabas.test");
  await producer.goto("/producteur/versements");
  const grocery = producer.locator(
    `[data-statement="${PRODUCERS.grocery.name}"][data-distribution="${distribution.id}"]`,
  );
  expect(await figuresOf(grocery)).toEqual(shown.grocery);
  await expect(grocery.locator('[data-figure="cabas"]')).toContainText(`Versé le ${todayShown}`);
});
