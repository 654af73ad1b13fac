import { describe, expect, it } from "vitest";
import type { DayOperation } from "@/lib/domain/distribution-day/day-operation";
import { basketDueCents, withOperations } from "@/lib/offline/apply-locally";
import type { OfflineDay } from "@/lib/offline/offline-day";

type Basket = OfflineDay["baskets"][number];

const takenAt = "2026-06-04T17:10:00.000Z";

function dayWith(basket: Partial<Basket> = {}): OfflineDay {
  return {
    distribution: { id: "d1", validatedAt: null } as OfflineDay["distribution"],
    baskets: [
      {
        id: "o1",
        basketNumber: 3,
        paymentMethod: "ON_SITE",
        onSiteMethod: null,
        validatedAt: null,
        totalCents: 580,
        paidCents: 0,
        refundedCents: 0,
        refundDueCents: 0,
        lines: [
          {
            id: "squash",
            quantity: "2",
            deliveredQuantity: null,
            deliveredVersion: 0,
            unitPriceCents: 290,
            totalCents: 580,
          },
        ],
        ...basket,
      } as Basket,
    ],
  };
}

const adjust = (quantity: string, version: number): DayOperation => ({
  id: crypto.randomUUID(),
  takenAt,
  type: "adjust",
  orderId: "o1",
  lineId: "squash",
  quantity,
  version,
});

describe("operations shown before the server answers", () => {
  it("weighs a line, moving its version only when the quantity changes", () => {
    const [basket] = withOperations(dayWith(), [adjust("1,6", 0), adjust("1.600", 1), adjust("2", 1)]).baskets;
    expect(basket.lines[0]).toMatchObject({ deliveredQuantity: null, deliveredVersion: 2, totalCents: 580 });
    const [weighed] = withOperations(dayWith(), [adjust("1,6", 0)]).baskets;
    expect(weighed.lines[0]).toMatchObject({ deliveredQuantity: "1.6", deliveredVersion: 1, totalCents: 464 });
    expect(weighed.totalCents).toBe(464);
  });

  it("adds payments to what was paid, and validation takes what is still due with the method seen", () => {
    const pay: DayOperation = { id: "p", takenAt, type: "payment", orderId: "o1", method: "CASH", amountCents: 300 };
    const validate: DayOperation = { id: "v", takenAt, type: "validate", orderId: "o1", onSiteMethod: "CHEQUE" };
    const [paid] = withOperations(dayWith(), [pay]).baskets;
    expect([paid.paidCents, basketDueCents(paid)]).toEqual([300, 280]);
    const [validated] = withOperations(dayWith(), [pay, validate]).baskets;
    expect(validated).toMatchObject({ paidCents: 580, validatedAt: takenAt, onSiteMethod: "CHEQUE" });
    expect(basketDueCents(validated)).toBe(0);
    // Paid beyond the total (two referents took the money): the excess is shown as to give back.
    const [overpaid] = withOperations(dayWith(), [pay, { ...pay, id: "p2" }]).baskets;
    expect(overpaid.refundDueCents).toBe(20);
  });

  it("leaves the copy as it is for an operation on another basket or a quantity it cannot read", () => {
    const day = dayWith();
    const elsewhere = { ...adjust("1", 0), orderId: "another" };
    expect(withOperations(day, [elsewhere, adjust("lourd", 0)])).toEqual(day);
  });
});
