import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocateCardFundedCredit, basketBefore, type BasketCardMoney } from "@/lib/domain/payout/card-funded-credit";

const at = (day: number, hour = 19) => new Date(Date.UTC(2026, 5, day, hour));

// A basket of the distribution of June `day`, confirmed the day before and validated, unless said otherwise.
const basket = (
  orderId: string,
  day: number,
  money: Partial<Pick<BasketCardMoney, "totalCents" | "cardNetCents" | "otherPaidCents" | "confirmedAt" | "settled">>,
): BasketCardMoney => ({
  orderId,
  pickupStartAt: at(day),
  confirmedAt: at(day - 1, 10),
  totalCents: 0,
  cardNetCents: 0,
  otherPaidCents: 0,
  settled: true,
  ...money,
});

const allocated = (baskets: BasketCardMoney[]) => Object.fromEntries(allocateCardFundedCredit(baskets));

describe("card-funded credit", () => {
  it.each([
    [
      "a basket adjusted after validation, the difference on the balance, pays the next one from the balance",
      [basket("a", 4, { totalCents: 840, cardNetCents: 1260 }), basket("b", 11, { totalCents: 900 })],
      { a: { ownCardCents: 840, cardCreditCents: 0 }, b: { ownCardCents: 0, cardCreditCents: 420 } },
    ],
    [
      "the credit pays the next baskets in their order, until it runs out",
      [
        basket("c", 18, { totalCents: 500 }),
        basket("a", 4, { totalCents: 0, cardNetCents: 1000 }),
        basket("b", 11, { totalCents: 700 }),
      ],
      {
        a: { ownCardCents: 0, cardCreditCents: 0 },
        b: { ownCardCents: 0, cardCreditCents: 700 },
        c: { ownCardCents: 0, cardCreditCents: 300 },
      },
    ],
    [
      "money recorded for a later basket is not displaced: the credit pays only what it leaves unpaid",
      [
        basket("a", 4, { totalCents: 0, cardNetCents: 1000 }),
        basket("b", 11, { totalCents: 700, otherPaidCents: 500 }),
        basket("c", 18, { totalCents: 900, otherPaidCents: 900 }),
        basket("d", 25, { totalCents: 2000, cardNetCents: 1500 }),
      ],
      {
        a: { ownCardCents: 0, cardCreditCents: 0 },
        b: { ownCardCents: 0, cardCreditCents: 200 },
        c: { ownCardCents: 0, cardCreditCents: 0 },
        d: { ownCardCents: 1500, cardCreditCents: 500 },
      },
    ],
    [
      "credit never goes back to an earlier basket's debt",
      [basket("a", 4, { totalCents: 700 }), basket("b", 11, { totalCents: 500, cardNetCents: 1200 })],
      { a: { ownCardCents: 0, cardCreditCents: 0 }, b: { ownCardCents: 500, cardCreditCents: 0 } },
    ],
    [
      "card money refunded to the card is no credit; a draft paid by card after close is",
      [
        basket("a", 4, { totalCents: 500, cardNetCents: 500 }),
        basket("draft", 11, { confirmedAt: null, cardNetCents: 300 }),
        basket("c", 18, { totalCents: 1000 }),
      ],
      {
        a: { ownCardCents: 500, cardCreditCents: 0 },
        draft: { ownCardCents: 0, cardCreditCents: 0 },
        c: { ownCardCents: 0, cardCreditCents: 300 },
      },
    ],
    [
      "an overpayment its validation will refund to the card is no credit yet",
      [
        basket("a", 4, { totalCents: 500, cardNetCents: 800, settled: false }),
        basket("b", 11, { totalCents: 300 }),
        basket("c", 18, { totalCents: 0, cardNetCents: 200 }),
        basket("d", 25, { totalCents: 400 }),
      ],
      {
        a: { ownCardCents: 500, cardCreditCents: 0 },
        b: { ownCardCents: 0, cardCreditCents: 0 },
        c: { ownCardCents: 0, cardCreditCents: 0 },
        d: { ownCardCents: 0, cardCreditCents: 200 },
      },
    ],
    [
      "a basket not settled yet still uses the credit before it",
      [basket("a", 4, { cardNetCents: 600 }), basket("b", 11, { totalCents: 400, settled: false })],
      { a: { ownCardCents: 0, cardCreditCents: 0 }, b: { ownCardCents: 0, cardCreditCents: 400 } },
    ],
    [
      "same pick-up instant: the basket confirmed first comes first, a draft last",
      [
        basket("late", 11, { totalCents: 400, confirmedAt: at(9) }),
        basket("early", 11, { totalCents: 400, confirmedAt: at(8) }),
        basket("draft", 11, { confirmedAt: null, cardNetCents: 600 }),
        basket("a", 4, { cardNetCents: 500 }),
      ],
      {
        a: { ownCardCents: 0, cardCreditCents: 0 },
        early: { ownCardCents: 0, cardCreditCents: 400 },
        late: { ownCardCents: 0, cardCreditCents: 100 },
        draft: { ownCardCents: 0, cardCreditCents: 0 },
      },
    ],
  ])("%s", (_label, baskets, expected) => {
    expect(allocated(baskets)).toEqual(expected);
  });

  it("orders baskets by pick-up, then confirmation (drafts last), then id", () => {
    const a = basket("b", 4, {});
    expect(basketBefore(a, basket("a", 11, {}))).toBe(true);
    expect(basketBefore(basket("a", 11, {}), a)).toBe(false);
    expect(basketBefore(a, { ...a, orderId: "c", confirmedAt: at(3, 11) })).toBe(true);
    expect(basketBefore(a, { ...a, orderId: "a", confirmedAt: null })).toBe(true);
    expect(basketBefore(a, { ...a, orderId: "c" })).toBe(true);
    expect(basketBefore(a, a)).toBe(false);
  });

  // Any shopper's history: what is counted as card money never exceeds the card money held, no basket counts
  // more than it still needs, and no basket's figures depend on a basket after it.
  const history = fc.array(
    fc.record({
      day: fc.integer({ min: 1, max: 28 }),
      confirmed: fc.boolean(),
      settled: fc.boolean(),
      totalCents: fc.integer({ min: 0, max: 5_000 }),
      cardNetCents: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 8_000 })),
      otherPaidCents: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 5_000 })),
    }),
    { maxLength: 12 },
  );
  function basketsOf(
    drawn: {
      day: number;
      confirmed: boolean;
      settled: boolean;
      totalCents: number;
      cardNetCents: number;
      otherPaidCents: number;
    }[],
  ): BasketCardMoney[] {
    return drawn.map((d, i) =>
      basket(`o${String(i).padStart(2, "0")}`, d.day, {
        confirmedAt: d.confirmed ? at(d.day - 1, i % 24) : null,
        totalCents: d.confirmed ? d.totalCents : 0,
        cardNetCents: d.cardNetCents,
        otherPaidCents: d.otherPaidCents,
        settled: d.settled,
      }),
    );
  }

  it("never counts a euro twice", () => {
    fc.assert(
      fc.property(history, (drawn) => {
        const baskets = basketsOf(drawn);
        const online = allocateCardFundedCredit(baskets);
        let counted = 0;
        for (const b of baskets) {
          const { ownCardCents, cardCreditCents } = online.get(b.orderId)!;
          expect(ownCardCents).toBe(Math.min(b.cardNetCents, b.totalCents));
          // The credit pays only what the basket's own card money and other payments leave unpaid.
          expect(cardCreditCents).toBeLessThanOrEqual(Math.max(b.totalCents - ownCardCents - b.otherPaidCents, 0));
          // The credit a basket uses came from settled baskets before it.
          const before = baskets.filter((o) => o.settled && basketBefore(o, b));
          const creditBefore = before.reduce((s, o) => s + Math.max(o.cardNetCents - o.totalCents, 0), 0);
          expect(cardCreditCents).toBeLessThanOrEqual(creditBefore);
          counted += ownCardCents + cardCreditCents;
        }
        expect(counted).toBeLessThanOrEqual(baskets.reduce((s, b) => s + b.cardNetCents, 0));
      }),
    );
  });

  it("gives each basket the same figures whatever comes after it, and whatever order the baskets are given in", () => {
    fc.assert(
      fc.property(history, fc.nat(), (drawn, cut) => {
        const baskets = basketsOf(drawn);
        const all = allocateCardFundedCredit(baskets);
        expect(allocateCardFundedCredit(baskets.toReversed())).toEqual(all);
        const first = baskets.toSorted((a, b) => (basketBefore(a, b) ? -1 : 1)).slice(0, cut % (baskets.length + 1));
        for (const [orderId, money] of allocateCardFundedCredit(first)) expect(money).toEqual(all.get(orderId));
      }),
    );
  });
});
