// Delivery help is for members who really ordered at the distribution: a confirmed basket with at least one
// line. An account made a minute ago with an empty or draft basket can neither volunteer nor ask (issue #12).
export function hasConfirmedBasket(order: { confirmedAt: Date | null; _count: { lines: number } }): boolean {
  return order.confirmedAt !== null && order._count.lines > 0;
}
