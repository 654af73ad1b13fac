import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db/client";

// Puts back on sale the managed stock that lines held (products without managed stock have none to put back).
export async function releaseStock(tx: Tx, lines: { productId: string; quantity: Prisma.Decimal }[]) {
  for (const line of lines)
    await tx.product.updateMany({
      where: { id: line.productId, stock: { not: null } },
      data: { stock: { increment: line.quantity } },
    });
}
