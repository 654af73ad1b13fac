import { describe, expect, it } from "vitest";
import type { DayOperation } from "@/lib/domain/distribution-day/day-operation";
import { withOperations } from "@/lib/offline/apply-locally";
import type { OfflineDay } from "@/lib/offline/offline-day";

type Basket = OfflineDay["baskets"][number];

const takenAt = "2026-06-04T17:10:00.000Z";

function dayWith(basket: Partial<Basket> = {}): OfflineDay {
  return {
    distribution: { id: "d1", validatedAt: null } as OfflineDay["distribution"],
    baskets: [
      {
        id: "o1",
        number: 3,
        paymentMethod: "ON_SITE",
        payments: [],
        collectedAt: null,
        validatedAt: null,
        totalCents: 580,
        dueCents: 580,
        refundDueCents: 0,
        lines: [
          {
            id: "squash",
            quantity: "2",
            delivered: null,
            deliveredVersion: 0,
            unitPriceCents: 290,
            totalCents: 580,
          },
        ],
        ...basket,
      } as Basket,
    ],
    till: {
      byMethod: [
        { method: "CASH", cents: 1000 },
        { method: "CHEQUE", cents: 0 },
        { method: "CARD_TERMINAL", cents: 0 },
        { method: "TRANSFER", cents: 0 },
        { method: "CARD", cents: 2500 },
      ],
      tillCents: 1000,
    },
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
const pay: DayOperation = { id: "p", takenAt, type: "payment", orderId: "o1", method: "CASH", amountCents: 300 };
const validate: DayOperation = { id: "v", takenAt, type: "validate", orderId: "o1", onSiteMethod: "CHEQUE" };

describe("operations shown before the server answers", () => {
  it("weighs a line, moving its version only when the quantity changes, and what is due follows", () => {
    const [basket] = withOperations(dayWith(), [adjust("1,6", 0), adjust("1.600", 1), adjust("2", 1)]).baskets;
    expect(basket.lines[0]).toMatchObject({ delivered: null, deliveredVersion: 2, totalCents: 580 });
    const [weighed] = withOperations(dayWith(), [adjust("1,6", 0)]).baskets;
    expect(weighed.lines[0]).toMatchObject({ delivered: "1.6", deliveredVersion: 1, totalCents: 464 });
    expect(weighed).toMatchObject({ totalCents: 464, dueCents: 464, refundDueCents: 0 });
    // Paid in full beforehand: a lighter weight leaves something to give back.
    const [prepaid] = withOperations(dayWith({ paymentMethod: "CARD", dueCents: 0 }), [adjust("1,6", 0)]).baskets;
    expect(prepaid).toMatchObject({ dueCents: 0, refundDueCents: 116 });
  });

  it("adds payments to the basket and the till, and validation takes what is still due with the method seen", () => {
    const paid = withOperations(dayWith(), [pay]);
    expect(paid.baskets[0]).toMatchObject({
      dueCents: 280,
      payments: [{ method: "CASH", amountCents: 300, at: takenAt }],
    });
    expect(paid.till.tillCents).toBe(1300);
    expect(paid.till.byMethod.find((m) => m.method === "CASH")?.cents).toBe(1300);
    const validated = withOperations(dayWith(), [pay, validate]);
    expect(validated.baskets[0]).toMatchObject({ dueCents: 0, validatedAt: takenAt, collectedAt: takenAt });
    expect(validated.baskets[0].payments.map((p) => [p.method, p.amountCents])).toEqual([
      ["CASH", 300],
      ["CHEQUE", 280],
    ]);
    expect(validated.till.tillCents).toBe(1580);
    // Paid beyond the total (two referents took the money): the excess is shown as to give back.
    const [overpaid] = withOperations(dayWith(), [pay, { ...pay, id: "p2" }]).baskets;
    expect(overpaid).toMatchObject({ dueCents: 0, refundDueCents: 20 });
  });

  it("marks a basket handed out once, keeping the first time, and undoes it", () => {
    const collect = (collected: boolean, at: string): DayOperation => ({
      id: crypto.randomUUID(),
      takenAt: at,
      type: "collect",
      orderId: "o1",
      collected,
    });
    const later = "2026-06-04T17:30:00.000Z";
    expect(withOperations(dayWith(), [collect(true, takenAt), collect(true, later)]).baskets[0].collectedAt).toBe(
      takenAt,
    );
    expect(withOperations(dayWith(), [collect(true, takenAt), collect(false, later)]).baskets[0].collectedAt).toBe(
      null,
    );
  });

  it("leaves the copy as it is for an operation on another basket or a quantity it cannot read", () => {
    const day = dayWith();
    const elsewhere = { ...adjust("1", 0), orderId: "another" };
    expect(withOperations(day, [elsewhere, adjust("lourd", 0)])).toEqual(day);
  });
});
