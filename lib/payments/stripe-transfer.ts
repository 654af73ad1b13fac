import type { TransferMoney } from "@/lib/domain/payout/pay-due-payouts";
import { stripe, stripeConfigured } from "./stripe";

// Stripe Connect transfer to the producer's connected account; the payout id is the idempotency key.
export function stripeTransfer(): TransferMoney | null {
  if (!stripeConfigured()) return null;
  return async ({ payoutId, amountCents, destinationAccountId }) => {
    const transfer = await stripe().transfers.create(
      {
        amount: amountCents,
        currency: "eur",
        destination: destinationAccountId,
        transfer_group: payoutId,
        metadata: { payoutId },
      },
      { idempotencyKey: `payout-${payoutId}` },
    );
    return { transferId: transfer.id };
  };
}
