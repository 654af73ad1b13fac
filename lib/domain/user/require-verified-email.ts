import type { Tx } from "@/lib/db/client";
import { DomainError } from "../errors";

// Only an address that was confirmed may be let into a market by invitation, help with deliveries (which
// shares contact details) or administer a market. Every signed-in account is confirmed, since an unconfirmed one
// cannot sign in; this is the domain's own check, in case another way in appears.
export async function requireVerifiedEmail(tx: Tx, userId: string): Promise<void> {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { emailVerifiedAt: true } });
  if (!user?.emailVerifiedAt) throw new DomainError("EMAIL_NOT_VERIFIED");
}
