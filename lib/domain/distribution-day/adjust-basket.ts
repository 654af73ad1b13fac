import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import { requireMarketRight, type Actor } from "../access/actor";
import { DomainError } from "../errors";
import { recordOrderDebt } from "../ledger/record-order-debt";
import { MAX_QUANTITY } from "../order/parse-quantity";
import { orderMoney } from "../payment/order-money";

// « Mettre à jour » on distribution day: the delivered quantity of each line (0 for a missing item, the real
// weight for a weighed one), at most the 1 000 a line may be ordered with. Returns the new total and what to refund (paid − new total).
export async function adjustBasket({
  actor,
  marketId,
  orderId,
  delivered,
}: {
  actor: Actor;
  marketId: string;
  orderId: string;
  delivered: Record<string, string>;
}) {
  requireMarketRight(actor, marketId, "admin");
  return db().$transaction(async (tx) => {
    const order = await tx.order.findFirst({
      where: { id: orderId, marketId },
      select: {
        id: true,
        validatedAt: true,
        lines: { select: { id: true, quantity: true, product: { select: { bulk: true, variableWeight: true } } } },
      },
    });
    if (!order) throw new DomainError("NOT_FOUND");
    if (order.validatedAt) throw new DomainError("BASKET_ALREADY_VALIDATED");
    for (const line of order.lines) {
      const text = delivered[line.id];
      if (text === undefined) continue;
      const cleaned = text.trim().replace(",", ".");
      if (!/^\d+(\.\d{1,3})?$/.test(cleaned)) throw new DomainError("QUANTITY_INVALID", `line-${line.id}`);
      const value = new Prisma.Decimal(cleaned);
      if (value.gt(MAX_QUANTITY)) throw new DomainError("QUANTITY_TOO_LARGE", `line-${line.id}`);
      if (!(line.product.bulk || line.product.variableWeight) && !value.isInteger())
        throw new DomainError("QUANTITY_WHOLE_ONLY", `line-${line.id}`);
      await tx.orderLine.update({
        where: { id: line.id },
        data: { deliveredQuantity: value.equals(line.quantity) ? null : value },
      });
    }
    await recordOrderDebt(tx, order.id, { label: "adjustment" });
    const money = await orderMoney(tx, order.id);
    return { totalCents: money.totalCents, refundDueCents: Math.max(0, money.netPaidCents - money.totalCents) };
  });
}
