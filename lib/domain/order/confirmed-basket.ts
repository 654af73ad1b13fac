import type { Prisma } from "@/generated/prisma/client";

// A basket counts as an order once its shopper confirmed it (« confirmer et payer ») with something in it. A
// draft is in no list, count, export or e-mail of orders: producers, admins and reminders see only these.
export const confirmedBasket = {
  confirmedAt: { not: null },
  lines: { some: {} },
} as const satisfies Prisma.OrderWhereInput;

// The same rule on a loaded order. Delivery help and pick-up slots are for members who really ordered: an
// account made a minute ago with an empty or draft basket can neither volunteer, ask nor book (issue #12).
export function hasConfirmedBasket(order: { confirmedAt: Date | null; _count: { lines: number } }): boolean {
  return order.confirmedAt !== null && order._count.lines > 0;
}
