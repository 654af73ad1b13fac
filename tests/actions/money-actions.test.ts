import { beforeAll, describe, expect, it, vi } from "vitest";
import type { FormState } from "@/lib/actions/form-state";
import { db } from "@/lib/db/client";
import { messagesFor } from "@/lib/i18n/messages";
import { translateError } from "@/lib/i18n/translate-error";
import {
  createConfirmedOrderFor,
  createDistribution,
  createMarket,
  createMembership,
  createUser,
  unbalancedTransactions,
} from "../support/factories";

// The money actions as a form calls them, with only the request stood in for (who is signed in, the language
// cookie, and Next's cache): every amount past what a column holds, or not a number, comes back next to its
// field in the reader's language with what was typed; the unpaid baskets' answers are all asked for at once.
const request = vi.hoisted(() => ({ userId: null as string | null, locale: "fr" as string }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (name === "cabas-locale" ? { name, value: request.locale } : undefined),
    set: () => undefined,
  }),
  headers: async () => new Headers(),
}));
vi.mock("next/cache", () => ({ refresh: () => undefined, revalidatePath: () => undefined }));
vi.mock("@/lib/auth/current-user", () => ({ currentUserId: async () => request.userId }));

const { adjustBalanceAction, recordPaymentAction, recordTopUpAction } = await import("@/lib/actions/money");
const { validateDistributionAction } = await import("@/lib/actions/admin");

type Action = (prev: FormState, data: FormData) => Promise<FormState>;
const send = (action: Action, fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return action({}, data);
};

async function expectFieldError(action: Action, fields: Record<string, string>, field: string, code: string) {
  for (const locale of ["fr", "en"] as const) {
    request.locale = locale;
    const t = messagesFor(locale);
    const state = await send(action, fields);
    expect(translateError(t, code), `${code} in ${locale}`).not.toBe(t.common.errors.UNEXPECTED);
    expect(state.fieldErrors?.[field], `${field}=${fields[field]} (${locale})`).toBe(translateError(t, code));
    expect(state.values?.[field]).toBe(fields[field]);
    expect(state.ok).toBeUndefined();
  }
  request.locale = "fr";
}

const now = new Date();
let market: Awaited<ReturnType<typeof createMarket>>;
let admin: string;
let orders: { id: string; userId: string }[];
let distributionId: string;

beforeAll(async () => {
  market = await createMarket();
  admin = (await createUser()).id;
  await createMembership(market.id, admin, { isAdmin: true });
  // Pick-up started an hour ago.
  const distribution = await createDistribution(market, { now: new Date(now.getTime() - 20 * 3_600_000), inDays: 0 });
  await db().distribution.update({
    where: { id: distribution.id },
    data: { pickupStartAt: new Date(now.getTime() - 3_600_000), pickupEndAt: new Date(now.getTime() + 3_600_000) },
  });
  distributionId = distribution.id;
  orders = [];
  for (const lastName of ["Aubert", "Benali"]) {
    const { order } = await createConfirmedOrderFor(distribution, { lastName });
    orders.push({ id: order.id, userId: order.userId });
  }
});

const AMOUNTS = [
  ["99999999999", "AMOUNT_TOO_LARGE"],
  ["10000000,01", "AMOUNT_TOO_LARGE"],
  ["1e12", "AMOUNT_INVALID"],
  ["-1", "AMOUNT_INVALID"],
  ["NaN", "AMOUNT_INVALID"],
  ["Infinity", "AMOUNT_INVALID"],
  ["trois", "AMOUNT_INVALID"],
  ["0", "AMOUNT_INVALID"],
] as const;

describe("money actions", () => {
  it.each(AMOUNTS)("amount « %s » is %s on each form", async (amount, code) => {
    request.userId = admin;
    const { id: orderId, userId } = orders[0];
    await expectFieldError(
      recordPaymentAction,
      { marketId: market.id, orderId, method: "CASH", amount },
      "amount",
      code,
    );
    await expectFieldError(recordTopUpAction, { marketId: market.id, userId, method: "CASH", amount }, "amount", code);
    await expectFieldError(
      adjustBalanceAction,
      { marketId: market.id, userId, direction: "CREDIT", reason: "CORRECTION", amount, note: "erreur" },
      "amount",
      code,
    );
    expect(await db().payment.count({ where: { marketId: market.id } })).toBe(0);
  });

  it("refuses a method or a reason not in the list, and a payment above what is due", async () => {
    request.userId = admin;
    const { id: orderId, userId } = orders[0];
    await expectFieldError(
      recordPaymentAction,
      { marketId: market.id, orderId, method: "CARD", amount: "1" },
      "method",
      "methodInvalid",
    );
    await expectFieldError(
      adjustBalanceAction,
      { marketId: market.id, userId, direction: "CREDIT", reason: "GIFT", amount: "1", note: "?" },
      "reason",
      "reasonInvalid",
    );
    await expectFieldError(
      recordPaymentAction,
      { marketId: market.id, orderId, method: "CASH", amount: "3,01" },
      "amount",
      "AMOUNT_ABOVE_DUE",
    );
  });

  it("answers a member without rights with a message, and writes nothing", async () => {
    request.userId = orders[1].userId;
    const state = await send(recordPaymentAction, {
      marketId: market.id,
      orderId: orders[1].id,
      method: "CASH",
      amount: "3",
    });
    expect(state.error).toBe(messagesFor("fr").common.errors.FORBIDDEN);
    expect(await db().payment.count({ where: { marketId: market.id } })).toBe(0);
  });

  it("« Valider la distribution » asks about every unpaid basket at once, then takes the answers", async () => {
    request.userId = admin;
    const [aubert, benali] = orders;
    const fields = { marketId: market.id, distributionId };
    const blank = await send(validateDistributionAction, {
      ...fields,
      [`unpaid-${aubert.id}`]: "",
      [`unpaid-${benali.id}`]: "LATER",
    });
    const t = messagesFor("fr");
    expect(blank.fieldErrors).toEqual({
      [`unpaid-${aubert.id}`]: translateError(t, "UNPAID_CHOICE_REQUIRED"),
      [`unpaid-${benali.id}`]: translateError(t, "choiceInvalid"),
    });
    expect(blank.values?.[`unpaid-${benali.id}`]).toBe("LATER");
    expect(await db().distribution.findUniqueOrThrow({ where: { id: distributionId } })).toMatchObject({
      validatedAt: null,
    });

    const done = await send(validateDistributionAction, {
      ...fields,
      [`unpaid-${aubert.id}`]: "CARD_TERMINAL",
      [`unpaid-${benali.id}`]: "DEBT",
    });
    expect(done).toMatchObject({ ok: true, message: t.payments.validation.done(2, 1, 1) });
    expect(await db().payment.findFirstOrThrow({ where: { orderId: aubert.id } })).toMatchObject({
      onSiteMethod: "CARD_TERMINAL",
      amountCents: 300,
    });
    expect(await unbalancedTransactions()).toEqual([]);
  });
});
