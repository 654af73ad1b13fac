import { beforeAll, describe, expect, it, vi } from "vitest";
import type { FormState } from "@/lib/actions/form-state";
import { db } from "@/lib/db/client";
import { messagesFor } from "@/lib/i18n/messages";
import type { Logger } from "@/lib/log";
import { captureLog } from "../support/capture-log";
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

// What fuzzing the server actions found (tests/actions/fuzz-actions.test.ts), one case each: the real actions,
// with only the request around them stood in for, answering with a message where they used to throw.
const request = vi.hoisted(() => ({ userId: null as string | null, locale: "fr" as string }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (name === "cabas-locale" ? { name, value: request.locale } : undefined),
    set: () => undefined,
  }),
  headers: async () => new Headers(),
}));
vi.mock("@/lib/auth/current-user", () => ({ currentUserId: async () => request.userId }));
// Outside a request Next has no cache store to drop entries from.
vi.mock("next/cache", async (original) => ({
  ...(await original<typeof import("next/cache")>()),
  revalidatePath: () => undefined,
  refresh: () => undefined,
  updateTag: () => undefined,
}));

const { signInAction } = await import("@/lib/actions/auth");
const { importProductsAction } = await import("@/lib/actions/producer");
const { startCardCheckoutAction, startStripeOnboardingAction } = await import("@/lib/actions/payments");
const { joinMarketAction, updateContactAction, updateEmailPreferencesAction } = await import("@/lib/actions/shop");

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

async function inBothLanguages(
  action: (prev: FormState, data: FormData) => Promise<FormState>,
  fields: Record<string, string>,
  expectation: (state: FormState, t: ReturnType<typeof messagesFor>) => void,
) {
  for (const locale of ["fr", "en"] as const) {
    request.locale = locale;
    expectation(await action({}, form(fields)), messagesFor(locale));
  }
}

let shopper: string;
let market: Awaited<ReturnType<typeof createMarket>>;

beforeAll(async () => {
  market = await createMarket();
  shopper = (await createUser()).id;
  await createMembership(market.id, shopper);
});

describe("e-mail preferences", () => {
  it("a checkbox posted with a value other than « on » is a message next to it, not a thrown ZodError", async () => {
    request.userId = shopper;
    await inBothLanguages(updateEmailPreferencesAction, { notifyReminder: "0" }, (state, t) => {
      expect(state.fieldErrors).toEqual({ notifyReminder: translateError(t, "choiceInvalid") });
      expect(state.ok).toBeUndefined();
    });
  });
});

// PostgreSQL refuses a query whose text holds U+0000; a hand-made post may send one in any field.
describe("a NUL character", () => {
  it("in an id names no row", async () => {
    request.userId = shopper;
    await inBothLanguages(joinMarketAction, { marketId: `${market.id}\u0000` }, (state, t) => {
      expect(state.error).toBe(t.common.errors.NOT_FOUND);
    });
  });

  it("in a text is kept as U+FFFD", async () => {
    request.userId = shopper;
    request.locale = "fr";
    const state = await updateContactAction({}, form({ city: "Vénissieux\u0000" }));
    expect(state.ok).toBe(true);
    expect((await db().user.findUniqueOrThrow({ where: { id: shopper } })).city).toBe("Vénissieux\uFFFD");
  });
});

// Without Stripe's keys the pages offer neither card payment nor Stripe onboarding, but an older page or a
// hand-made post may still ask: the answer is a message, not a 500 (« STRIPE_SECRET_KEY is not set »).
describe("online payments switched off", () => {
  beforeAll(() => {
    vi.stubEnv("STRIPE_SECRET_KEY", "");
    return () => vi.unstubAllEnvs();
  });

  it("Stripe onboarding says so", async () => {
    const { producer } = await createProducerWithCatalog();
    const owner = (await createUser()).id;
    await db().producerUser.create({ data: { producerId: producer.id, userId: owner, role: "OWNER" } });
    request.userId = owner;
    await inBothLanguages(startStripeOnboardingAction, { producerId: producer.id }, (state, t) => {
      expect(state.error).toBe(translateError(t, "ONLINE_PAYMENTS_OFF"));
    });
    expect((await db().producer.findUniqueOrThrow({ where: { id: producer.id } })).stripeAccountId).toBeNull();
  });

  it("card payment of an order is not offered, and no payment is started", async () => {
    const cardMarket = await createMarket({ paymentMethods: ["ON_SITE", "CARD"] });
    const distribution = await createDistribution(cardMarket, { now: new Date(), inDays: 4 });
    const { catalog } = await createProducerWithCatalog();
    await createParticipation(distribution.id, catalog.id);
    const product = await createProduct(catalog.id, { priceCents: 450 });
    const { user, order } = await createOrderFor(distribution);
    await db().orderLine.create({
      data: {
        orderId: order.id,
        productId: product.id,
        quantity: 1,
        unitPriceCents: 450,
        vatRateBp: 550,
        productName: "x",
      },
    });
    request.userId = user.id;
    await inBothLanguages(startCardCheckoutAction, { orderId: order.id }, (state, t) => {
      expect(state.error).toBe(translateError(t, "PAYMENT_METHOD_UNAVAILABLE"));
    });
    expect(await db().payment.count({ where: { orderId: order.id } })).toBe(0);
  });
});

describe("a refused sign-in", () => {
  it("is an answer, not an error: nothing at error level in the app's log, nothing on stderr", async () => {
    const holder = globalThis as unknown as { cabasLog?: Logger };
    const log = captureLog();
    holder.cabasLog = log.logger;
    const stderr = vi.spyOn(console, "error");
    try {
      const { email } = await createUser();
      request.userId = null;
      await inBothLanguages(signInAction, { email, password: "not-the-password" }, (state, t) => {
        expect(state.error).toBe(t.auth.errors.invalidCredentials);
      });
      expect(stderr).not.toHaveBeenCalled();
      expect(log.entries().filter((entry) => entry.level === "error")).toEqual([]);
    } finally {
      holder.cabasLog = undefined;
      stderr.mockRestore();
    }
  });
});

// Read while fuzzing the imports: each message has to be the product import's own.
describe("the product import's messages", () => {
  let catalogId: string;
  beforeAll(async () => {
    const farm = await createProducerWithCatalog();
    const owner = (await createUser()).id;
    await db().producerUser.create({ data: { producerId: farm.producer.id, userId: owner, role: "OWNER" } });
    catalogId = farm.catalog.id;
    request.userId = owner;
  });

  it("an empty paste asks for a product line, not for the members import's « first name;last name;e-mail »", async () => {
    await inBothLanguages(importProductsAction, { catalogId, csv: " \n", intent: "import" }, (state, t) => {
      expect(state.fieldErrors).toEqual({ csv: t.producer.errors.PRODUCT_CSV_EMPTY });
      expect(state.fieldErrors?.csv).not.toBe(t.admin.errors.CSV_EMPTY);
    });
  });

  it("a name too long says so, not that it is missing", async () => {
    const csv = `${"Pain ".repeat(30)};;BAKERY;PIECE;1;3,20`;
    await inBothLanguages(importProductsAction, { catalogId, csv, intent: "preview" }, (state, t) => {
      expect(state.rows).toEqual([
        { line: 1, label: "Pain ".repeat(30).trim(), error: t.producer.errors.CSV_NAME_INVALID },
      ]);
      expect(t.producer.errors.CSV_NAME_INVALID).toMatch(/120/);
    });
  });
});
