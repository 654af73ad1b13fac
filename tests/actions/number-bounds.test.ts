import { beforeAll, describe, expect, it, vi } from "vitest";
import type { FormState } from "@/lib/actions/form-state";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/domain/access/actor";
import { setBasketQuantity } from "@/lib/domain/order/set-basket-quantity";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { translateError } from "@/lib/i18n/translate-error";
import {
  createDistribution,
  createMarket,
  createMembership,
  createOrderFor,
  createParticipation,
  createProducerWithCatalog,
  createProduct,
  createUser,
} from "../support/factories";

// The real server actions (and the basket's route), with only the request around them stood in for: who is signed in, and the language
// cookie. Every number a form sends is tried with values past what its column holds, and each must come back as
// a message next to its field, in the reader's language, never as a thrown error (a 500 page).
const request = vi.hoisted(() => ({ userId: null as string | null, locale: "fr" as string }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (name === "cabas-locale" ? { name, value: request.locale } : undefined),
    set: () => undefined,
  }),
  headers: async () => new Headers(),
}));
vi.mock("@/lib/auth/current-user", () => ({
  currentUserId: async () => request.userId,
  currentSession: async () => request.userId && { userId: request.userId, sessionVersion: 0 },
}));

const { adjustBasketAction, createCycleAction, createDistributionAction } = await import("@/lib/actions/admin");
const { updateMarketSettingsAction } = await import("@/lib/actions/admin");
const { enablePickupSlotsAction } = await import("@/lib/actions/logistics");
const { importProductsAction, saveProductAction } = await import("@/lib/actions/producer");
const { POST: changeBasket } = await import("@/app/api/basket/route");

// The shop's « Commander » as its script sends it (components/personal/basket-form.tsx), answered as a form state.
async function addToBasketAction(_prev: FormState, data: FormData): Promise<FormState> {
  const response = await changeBasket(
    new Request("http://cabas.test/api/basket", {
      method: "POST",
      headers: { host: "cabas.test", origin: "http://cabas.test", "content-type": "application/json" },
      body: JSON.stringify({ ...Object.fromEntries(data), mode: "add" }),
    }),
  );
  return (await response.json()) as FormState;
}

const HUGE = ["1e12", "99999999999", "-1", "NaN", "Infinity"] as const;
type Huge = (typeof HUGE)[number];

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

// The message the reader must see: the code's entry in their language's catalog (never the fallback).
function message(locale: Locale, code: string): string {
  const t = messagesFor(locale);
  const text = translateError(t, code);
  expect(text, `${code} has a ${locale} message`).not.toBe(t.common.errors.UNEXPECTED);
  return text;
}

async function expectFieldError(
  action: (prev: FormState, data: FormData) => Promise<FormState>,
  fields: Record<string, string>,
  field: string,
  code: string,
) {
  for (const locale of ["fr", "en"] as const) {
    request.locale = locale;
    const state = await action({}, form(fields));
    expect(state.fieldErrors?.[field], `${field}=${fields[field]} (${locale})`).toBe(message(locale, code));
    expect(state.ok).toBeUndefined();
  }
}

// One code per typed value: which rule of the field says no.
const each = (codes: Partial<Record<Huge, string>> & { other: string }) =>
  HUGE.map((value) => [value, codes[value] ?? codes.other] as const);

const now = new Date();
let admin: string;
let producer: string;
let market: Awaited<ReturnType<typeof createMarket>>;
let catalogId: string;
let distribution: Awaited<ReturnType<typeof createDistribution>>;

beforeAll(async () => {
  market = await createMarket();
  admin = (await createUser()).id;
  await createMembership(market.id, admin, { isAdmin: true });
  const farm = await createProducerWithCatalog("Ferme des bornes");
  producer = (await createUser()).id;
  await db().producerUser.create({ data: { producerId: farm.producer.id, userId: producer } });
  catalogId = farm.catalog.id;
  distribution = await createDistribution(market, { now, inDays: 4 }); // open now
  await db().catalogLink.create({ data: { catalogId, marketId: market.id } });
  await createParticipation(distribution.id, catalogId);
});

describe("product numbers (producer)", () => {
  const product = {
    name: "Amandes",
    category: "GROCERY",
    unit: "KG",
    quantityPerUnit: "1",
    price: "14,85",
    vatRate: "550",
    active: "on",
  };
  const save = (fields: Record<string, string>) => ({ catalogId, ...product, ...fields });

  it.each(each({ "99999999999": "PRICE_TOO_HIGH", other: "PRICE_INVALID" }))("price %s", async (value, code) => {
    request.userId = producer;
    await expectFieldError(saveProductAction, save({ price: value }), "price", code);
  });

  it.each(each({ "99999999999": "PRICE_TOO_HIGH", other: "MAX_PRICE_INVALID" }))(
    "price at maximum weight %s",
    async (value, code) => {
      request.userId = producer;
      const variable = { variableWeight: "on", step: "0,1", maxPrice: value };
      await expectFieldError(saveProductAction, save(variable), "maxPrice", code);
    },
  );

  it.each(each({ "99999999999": "NUMBER_TOO_LARGE", other: "DECIMAL_INVALID" }))(
    "quantity per unit %s",
    async (value, code) => {
      request.userId = producer;
      await expectFieldError(saveProductAction, save({ quantityPerUnit: value }), "quantityPerUnit", code);
    },
  );

  it.each(each({ "99999999999": "NUMBER_TOO_LARGE", "-1": "STOCK_NEGATIVE", other: "DECIMAL_INVALID" }))(
    "stock %s",
    async (value, code) => {
      request.userId = producer;
      await expectFieldError(saveProductAction, save({ stock: value }), "stock", code);
    },
  );

  it.each(each({ "99999999999": "STEP_OUT_OF_RANGE", other: "DECIMAL_INVALID" }))(
    "bulk step %s",
    async (value, code) => {
      request.userId = producer;
      await expectFieldError(saveProductAction, save({ bulk: "on", step: value }), "step", code);
    },
  );

  it("a CSV line with a price past the limit is a line in error, not a failed import", async () => {
    request.userId = producer;
    request.locale = "fr";
    const csv = "nom;description;categorie;unite;quantite_par_unite;prix\nAmandes;;GROCERY;KG;1;99999999999";
    const state = await importProductsAction({}, form({ catalogId, csv, intent: "preview" }));
    expect(state.rows).toEqual([{ line: 2, label: "Amandes", error: message("fr", "PRICE_TOO_HIGH") }]);
    expect(await db().product.count({ where: { catalogId, name: "Amandes" } })).toBe(0);
  });
});

describe("basket quantities (shopper) and delivered quantities (admin)", () => {
  it.each(each({ "99999999999": "QUANTITY_TOO_LARGE", other: "QUANTITY_INVALID" }))(
    "added quantity %s",
    async (value, code) => {
      const bread = await createProduct(catalogId, { name: `Pain ${value}`, priceCents: 130 });
      request.userId = (await createUser()).id;
      const fields = { distributionId: distribution.id, productId: bread.id, quantity: value, path: "/" };
      await expectFieldError(addToBasketAction, fields, "quantity", code);
    },
  );

  it("adding again past the 1 000 cap is refused next to the quantity, and the line keeps what it had", async () => {
    const bread = await createProduct(catalogId, { name: "Pain de campagne", priceCents: 300 });
    const shopper = (await createUser()).id;
    const actor = await loadActor(shopper);
    await setBasketQuantity({
      actor,
      distributionId: distribution.id,
      productId: bread.id,
      quantityText: "600",
      mode: "add",
      now,
    });
    request.userId = shopper;
    const fields = { distributionId: distribution.id, productId: bread.id, quantity: "600", path: "/" };
    await expectFieldError(addToBasketAction, fields, "quantity", "QUANTITY_TOO_LARGE");
    const line = await db().orderLine.findFirstOrThrow({ where: { productId: bread.id } });
    expect(line.quantity.toString()).toBe("600");
  });

  it("a basket whose total would pass what an order may hold is refused next to the quantity", async () => {
    const tractor = await createProduct(catalogId, { name: "Part de tracteur", priceCents: 1_000_000 });
    const plough = await createProduct(catalogId, { name: "Part de charrue", priceCents: 1_000_000 });
    const shopper = (await createUser()).id;
    await setBasketQuantity({
      actor: await loadActor(shopper),
      distributionId: distribution.id,
      productId: tractor.id,
      quantityText: "1000",
      mode: "add",
      now,
    });
    request.userId = shopper;
    const fields = { distributionId: distribution.id, productId: plough.id, quantity: "1", path: "/" };
    await expectFieldError(addToBasketAction, fields, "quantity", "ORDER_TOO_LARGE");
    expect(await db().orderLine.count({ where: { productId: plough.id } })).toBe(0);
  });

  it.each(each({ "99999999999": "QUANTITY_TOO_LARGE", other: "QUANTITY_INVALID" }))(
    "delivered quantity %s",
    async (value, code) => {
      const { order } = await createOrderFor(distribution);
      const product = await createProduct(catalogId);
      const line = await db().orderLine.create({
        data: {
          orderId: order.id,
          productId: product.id,
          quantity: 2,
          unitPriceCents: 300,
          vatRateBp: 550,
          productName: "x",
        },
      });
      request.userId = admin;
      const fields = { marketId: market.id, orderId: order.id, [`line-${line.id}`]: value, path: "/admin" };
      await expectFieldError(adjustBasketAction, fields, `line-${line.id}`, code);
      expect((await db().orderLine.findUniqueOrThrow({ where: { id: line.id } })).deliveredQuantity).toBeNull();
    },
  );
});

describe("market numbers (admin)", () => {
  const settings = {
    name: "Marché des bornes",
    basketMode: "BEFORE",
    deliveryHelpMaxPerVolunteer: "2",
    payOnSite: "on",
    feePercent: "2,5",
    timeZone: "Europe/Paris",
  };

  it.each(each({ other: "percentInvalid" }))("fee percentage %s", async (value, code) => {
    request.userId = admin;
    const fields = { marketId: market.id, ...settings, feePercent: value };
    await expectFieldError(updateMarketSettingsAction, fields, "feePercent", code);
  });

  it.each(each({ other: "deliveryHelpMaxInvalid" }))("deliveries per volunteer %s", async (value, code) => {
    request.userId = admin;
    const fields = { marketId: market.id, ...settings, deliveryHelpMaxPerVolunteer: value };
    await expectFieldError(updateMarketSettingsAction, fields, "deliveryHelpMaxPerVolunteer", code);
  });

  const cycle = {
    placeId: "p",
    frequency: "WEEKLY",
    startDay: "2027-01-05",
    endDay: "2027-03-30",
    pickupStart: "18:00",
    pickupEnd: "19:00",
    openDaysBefore: "7",
    closeHoursBefore: "24",
  };
  it.each(each({ other: "openDaysInvalid" }))("cycle: days before orders open %s", async (value, code) => {
    request.userId = admin;
    await expectFieldError(
      createCycleAction,
      { marketId: market.id, ...cycle, openDaysBefore: value },
      "openDaysBefore",
      code,
    );
  });
  it.each(each({ other: "closeHoursInvalid" }))("cycle: hours before orders close %s", async (value, code) => {
    request.userId = admin;
    await expectFieldError(
      createCycleAction,
      { marketId: market.id, ...cycle, closeHoursBefore: value },
      "closeHoursBefore",
      code,
    );
  });

  it.each(["2026-02-31", "2026-13-01", "0000-00-00"])("a day that does not exist, %s", async (day) => {
    request.userId = admin;
    const fields = {
      marketId: market.id,
      placeId: market.places[0].id,
      day,
      pickupStart: "18:00",
      pickupEnd: "19:00",
      openDay: "2026-12-01",
      openTime: "08:00",
      closeDay: "2026-12-02",
      closeTime: "12:00",
    };
    await expectFieldError(createDistributionAction, fields, "day", "dateInvalid");
  });

  it.each(HUGE.flatMap((value) => [["capacity", value] as const, ["lastSlotCapacity", value] as const]))(
    "pick-up slots: %s %s",
    async (field, value) => {
      request.userId = admin;
      const fields = {
        distributionId: distribution.id,
        capacity: "8",
        lastSlotCapacity: "",
        path: "/",
        [field]: value,
      };
      await expectFieldError(enablePickupSlotsAction, fields, field, "SLOT_CAPACITY_INVALID");
    },
  );
});
