import { describe, expect, it } from "vitest";
import { basketState, countByState, findBaskets } from "@/components/day/basket-list";
import type { DayBasket } from "@/lib/domain/distribution-day/get-day-screen";
import { callsStartAt, stillWaiting } from "@/lib/domain/distribution-day/still-waiting";

const basket = (number: number, firstName: string, lastName: string, more: Partial<DayBasket> = {}): DayBasket => ({
  id: `order-${number}`,
  number,
  firstName,
  lastName,
  phone: null,
  slotStartsAt: null,
  paymentMethod: "ON_SITE",
  payments: [],
  totalCents: 1000,
  dueCents: 1000,
  refundDueCents: 0,
  collectedAt: null,
  validatedAt: null,
  lines: [],
  ...more,
});

const at = (time: string) => `2026-06-04T${time}:00.000Z`;
const baskets = [
  basket(12, "Hélène", "Durand", { slotStartsAt: at("17:15") }),
  basket(3, "Zoé", "Martin", { slotStartsAt: at("17:00"), collectedAt: at("17:05") }),
  basket(120, "Amina", "Benali", { validatedAt: at("17:10"), collectedAt: at("17:09") }),
  basket(7, "Louis", "Dupont"),
];
const numbers = (list: DayBasket[]) => list.map((b) => b.number);

describe("finding a basket on the day screen", () => {
  it("sorts by number, by name or by slot (those without one last)", () => {
    const all = { query: "", filter: "all" as const };
    expect(numbers(findBaskets(baskets, { ...all, sort: "number" }, "fr"))).toEqual([3, 7, 12, 120]);
    expect(numbers(findBaskets(baskets, { ...all, sort: "name" }, "fr"))).toEqual([120, 7, 12, 3]);
    expect(numbers(findBaskets(baskets, { ...all, sort: "slot" }, "fr"))).toEqual([3, 12, 120, 7]);
  });

  it("searches a number from its first digits, a name without accents or case, in any order", () => {
    const find = (query: string) => numbers(findBaskets(baskets, { query, sort: "number", filter: "all" }, "fr"));
    expect(find("12")).toEqual([12, 120]);
    expect(find("helene")).toEqual([12]);
    expect(find("durand HÉL")).toEqual([12]);
    expect(find("du")).toEqual([7, 12]);
    expect(find("personne")).toEqual([]);
  });

  it("shows one state, and keeps the basket open on screen in the list once it leaves that state", () => {
    expect(baskets.map(basketState)).toEqual(["waiting", "collected", "validated", "waiting"]);
    expect(countByState(baskets)).toEqual({ all: 4, waiting: 2, collected: 1, validated: 1 });
    const waiting = { query: "", sort: "number" as const, filter: "waiting" as const };
    expect(numbers(findBaskets(baskets, waiting, "fr"))).toEqual([7, 12]);
    expect(numbers(findBaskets(baskets, { ...waiting, keep: "order-3" }, "fr"))).toEqual([3, 7, 12]);
  });
});

describe("baskets still waiting", () => {
  const end = new Date("2026-06-04T18:00:00.000Z");

  it("are listed from 15 minutes before the end of the pick-up, neither collected nor validated", () => {
    expect(callsStartAt(end).toISOString()).toBe("2026-06-04T17:45:00.000Z");
    expect(stillWaiting(baskets, end, new Date("2026-06-04T17:44:59.999Z"))).toBeNull();
    expect(numbers(stillWaiting(baskets, end, new Date("2026-06-04T17:45:00.000Z"))!)).toEqual([12, 7]);
  });
});
