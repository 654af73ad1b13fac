import { describe, expect, it, vi } from "vitest";
import type { FormState } from "@/lib/actions/form-state";
import { db } from "@/lib/db/client";
import { messagesFor } from "@/lib/i18n/messages";
import { translateError } from "@/lib/i18n/translate-error";
import { createUser } from "../support/factories";
import { distributionPaidEveryWay } from "../support/money-scenario";

// The real « payé au producteur » action, with only the request around it stood in for: who is signed in, and
// the language cookie.
const request = vi.hoisted(() => ({ userId: null as string | null, locale: "fr" as string }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (name === "cabas-locale" ? { name, value: request.locale } : undefined),
    set: () => undefined,
  }),
  headers: async () => new Headers(),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("@/lib/auth/current-user", () => ({ currentUserId: async () => request.userId }));

const { recordProducerSettlementAction } = await import("@/lib/actions/statements");

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

describe("« payé au producteur » form", () => {
  it("answers each wrong value next to its field in the reader's language, and records a right one", async () => {
    const s = await distributionPaidEveryWay();
    const today = new Date().toISOString().slice(0, 10);
    const fields = {
      marketId: s.market.id,
      producerId: s.farm.producer.id,
      distributionId: s.distribution.id,
      amount: "12,99",
      method: "CHEQUE",
      paidOn: today,
      reference: "n° 1234",
    };
    const send = (changes: Record<string, string>): Promise<FormState> =>
      recordProducerSettlementAction({}, form({ ...fields, ...changes }));
    request.userId = s.admin.id;
    const refused: [Record<string, string>, string, string][] = [
      [{ amount: "abc" }, "amount", "AMOUNT_INVALID"],
      [{ amount: "0" }, "amount", "AMOUNT_INVALID"],
      [{ amount: "-1" }, "amount", "AMOUNT_INVALID"],
      [{ amount: "1e12" }, "amount", "AMOUNT_INVALID"],
      [{ amount: "99999999999" }, "amount", "SETTLEMENT_MORE_THAN_OWED"],
      [{ amount: "13,00" }, "amount", "SETTLEMENT_MORE_THAN_OWED"],
      [{ method: "CARD" }, "method", "SETTLEMENT_METHOD_REQUIRED"],
      [{ paidOn: "" }, "paidOn", "SETTLEMENT_DATE_INVALID"],
      [{ paidOn: "2999-01-01" }, "paidOn", "SETTLEMENT_DATE_IN_FUTURE"],
      [{ reference: "x".repeat(101) }, "reference", "REFERENCE_TOO_LONG"],
    ];
    for (const locale of ["fr", "en"] as const) {
      request.locale = locale;
      const t = messagesFor(locale);
      for (const [changes, field, code] of refused) {
        const state = await send(changes);
        expect(translateError(t, code), code).not.toBe(t.common.errors.UNEXPECTED);
        expect(state.fieldErrors?.[field], JSON.stringify(changes)).toBe(translateError(t, code));
        expect(state.values?.amount).toBe({ ...fields, ...changes }.amount);
      }
    }
    expect(await db().ledgerTransaction.count({ where: { kind: "PRODUCER_SETTLEMENT" } })).toBe(0);

    request.locale = "fr";
    expect(await send({})).toEqual({ ok: true, message: "Paiement de 12,99\u00a0€ au producteur enregistré." });
    const settlement = await db().ledgerTransaction.findFirstOrThrow({
      where: { kind: "PRODUCER_SETTLEMENT" },
      include: { entries: { where: { account: "PRODUCER" } } },
    });
    expect(settlement).toMatchObject({ method: "CHEQUE", reference: "n° 1234", entries: [{ amountCents: -1299 }] });

    request.userId = (await createUser()).id;
    expect(await send({})).toMatchObject({ error: messagesFor("fr").common.errors.FORBIDDEN });
  });
});
