import type { Tx } from "@/lib/db/client";

// What Cabas collected online for each producer's lines of a distribution, net of card refunds: the most it
// may pay out to that producer. A basket's online money (its card payments less its card refunds, at most its
// total) is shared between its producers in proportion to their lines.
export async function collectedOnlineByProducer(tx: Tx, distributionId: string): Promise<Map<string, number>> {
  const orders = await tx.order.findMany({
    where: { distributionId, confirmedAt: { not: null } },
    select: {
      lines: { select: { totalCents: true, product: { select: { catalog: { select: { producerId: true } } } } } },
      payments: { where: { method: "CARD", status: "SUCCEEDED" }, select: { amountCents: true } },
      refunds: { where: { destination: "CARD", status: { not: "FAILED" } }, select: { amountCents: true } },
    },
  });
  const collected = new Map<string, number>();
  for (const order of orders) {
    const sales = new Map<string, number>();
    for (const line of order.lines) {
      const producerId = line.product.catalog.producerId;
      sales.set(producerId, (sales.get(producerId) ?? 0) + line.totalCents);
    }
    const total = [...sales.values()].reduce((s, c) => s + c, 0);
    const paid = order.payments.reduce((s, p) => s + p.amountCents, 0);
    const refunded = order.refunds.reduce((s, r) => s + r.amountCents, 0);
    const online = Math.min(Math.max(paid - refunded, 0), total);
    for (const [producerId, cents] of shareInProportion(online, sales))
      collected.set(producerId, (collected.get(producerId) ?? 0) + cents);
  }
  return collected;
}

// Splits `amount` cents in proportion to `weights` (all ≥ 0), to the cent: each share rounded down, then the
// cents left over go to the largest remainders (ties to the larger weight, then the key), so that the shares
// add up to exactly `amount` and no share passes its weight when amount ≤ the weights' sum.
export function shareInProportion(amount: number, weights: Map<string, number>): Map<string, number> {
  const total = [...weights.values()].reduce((s, w) => s + w, 0);
  const shares = new Map<string, number>();
  if (total === 0 || amount === 0) {
    for (const key of weights.keys()) shares.set(key, 0);
    return shares;
  }
  const remainders: { key: string; remainder: number; weight: number }[] = [];
  let given = 0;
  for (const [key, weight] of weights) {
    const exact = BigInt(amount) * BigInt(weight);
    const share = Number(exact / BigInt(total));
    shares.set(key, share);
    given += share;
    remainders.push({ key, remainder: Number(exact % BigInt(total)), weight });
  }
  remainders.sort((a, b) => b.remainder - a.remainder || b.weight - a.weight || (a.key < b.key ? -1 : 1));
  for (let i = 0; i < amount - given; i++) shares.set(remainders[i].key, shares.get(remainders[i].key)! + 1);
  return shares;
}
