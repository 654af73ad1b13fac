import { Prisma } from "@/generated/prisma/client";

// What the columns hold, and the tighter limits the rules set, so that a number typed too large is a message
// next to its field rather than a database error (a 500).
// Int columns (cents, counts, catalog numbers) are 32-bit.
export const INT_MAX = 2_147_483_647;
// Decimal(12, 3) columns (quantities, stock, steps, quantity per unit) hold less than 10^9.
export const DECIMAL_12_3_MAX = new Prisma.Decimal("999999999.999");
// 10 000 € a unit: with at most 1 000 units a line (MAX_QUANTITY) a line stays within 10^9 cents.
export const MAX_PRICE_CENTS = 1_000_000;
// 10 million euros: an order's total, and so each ledger amount written for it, stays far inside an Int.
export const MAX_ORDER_TOTAL_CENTS = 1_000_000_000;
