import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/domain/errors";
import { MAX_ORDER_TOTAL_CENTS } from "@/lib/domain/limits";
import { basketDueCents } from "@/lib/domain/payment/basket-due";
import { parsePaymentAmount, paymentReference } from "@/lib/domain/payment/payment-input";
import { readTransferReference, transferReference } from "@/lib/domain/payment/transfer-reference";
import { formatAmountInput, parseMoney } from "@/lib/money";

describe("amounts typed by an admin", () => {
  it.each([
    ["12,50", 1250],
    ["12.50", 1250],
    ["12,5", 1250],
    [" 7 ", 700],
    ["1 234,56 €", 123456],
    ["0,01", 1],
    ["10000000", MAX_ORDER_TOTAL_CENTS],
  ])("reads « %s » as %i cents", (text, cents) => {
    expect(parsePaymentAmount(text)).toBe(cents);
  });

  it.each([["0"], ["0,00"], [""], ["douze"], ["-5"], ["1,234"], ["1e3"], ["NaN"]])(
    "refuses « %s » next to the field",
    (text) => {
      expect(() => parsePaymentAmount(text, "amount")).toThrow(new DomainError("AMOUNT_INVALID", "amount"));
    },
  );

  it("refuses more than an order may hold, however many digits", () => {
    expect(() => parsePaymentAmount("10000000,01")).toThrow(new DomainError("AMOUNT_TOO_LARGE", "amount"));
    expect(() => parsePaymentAmount("9".repeat(40))).toThrow(new DomainError("AMOUNT_TOO_LARGE", "amount"));
  });

  it("keeps a reference trimmed, drops a blank one and refuses a very long one", () => {
    expect(paymentReference("  CABAS-3-AB12CD ")).toBe("CABAS-3-AB12CD");
    expect(paymentReference("   ")).toBeUndefined();
    expect(paymentReference(undefined)).toBeUndefined();
    expect(() => paymentReference("x".repeat(141))).toThrow(new DomainError("REFERENCE_TOO_LONG", "reference"));
  });
});

describe("transfer references", () => {
  const order = { id: "clx9k2m0000abcdefg3f9z1k", basketNumber: 12 };

  it("is the basket number and the last six characters of the order, in capitals", () => {
    expect(transferReference(order)).toBe("CABAS-12-3F9Z1K");
  });

  it.each([
    "CABAS-12-3F9Z1K",
    "cabas-12-3f9z1k",
    "CABAS 12 3F9Z1K",
    "CABAS123F9Z1K",
    "VIR SEPA CABAS-12-3F9Z1K DURAND CAMILLE",
    "Virement de M. Durand ref cabas - 12 - 3f9z1k",
    "cabas-12-3f9 z1k",
  ])("finds basket 12 in « %s »", (text) => {
    expect(readTransferReference(text)).toEqual({ basketNumber: 12, idTail: "3F9Z1K" });
  });

  it("reads the tail as the six characters before the word ends, digits included", () => {
    expect(readTransferReference("CABAS7123456")).toEqual({ basketNumber: 7, idTail: "123456" });
    expect(readTransferReference(transferReference({ id: "x999999", basketNumber: 3 }))).toEqual({
      basketNumber: 3,
      idTail: "999999",
    });
  });

  it.each(["", "12-3F9Z1K", "CABAS-12", "CABAS-12-3F9Z", "CABAS-12-3F9Z1KX"])("finds nothing in « %s »", (text) => {
    expect(readTransferReference(text)).toBeNull();
  });
});

describe("what a basket still owes", () => {
  it.each([
    { ownCents: -1250, paymentMethod: "ON_SITE", balanceCents: -1250, due: 1250 },
    { ownCents: -1250, paymentMethod: "TRANSFER", balanceCents: 5000, due: 1250 },
    { ownCents: -250, paymentMethod: "CARD", balanceCents: -250, due: 250 },
    { ownCents: 0, paymentMethod: "ON_SITE", balanceCents: 0, due: 0 },
    { ownCents: 300, paymentMethod: "ON_SITE", balanceCents: 300, due: 0 },
    { ownCents: -1250, paymentMethod: "BALANCE", balanceCents: 0, due: 0 },
    { ownCents: -1250, paymentMethod: "BALANCE", balanceCents: -400, due: 400 },
    { ownCents: -1250, paymentMethod: "BALANCE", balanceCents: -9000, due: 1250 },
  ] as const)("$paymentMethod basket at $ownCents, balance $balanceCents: $due due", (c) => {
    expect(basketDueCents(c)).toBe(c.due);
  });
});

describe("amounts put back in a form", () => {
  it("reads back as the same cents, in either language", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_ORDER_TOTAL_CENTS }), fc.constantFrom("fr", "en"), (cents, locale) => {
        expect(parseMoney(formatAmountInput(cents, locale))).toBe(cents);
      }),
    );
    expect(formatAmountInput(1250, "fr")).toBe("12,50");
    expect(formatAmountInput(5, "en")).toBe("0.05");
  });
});
